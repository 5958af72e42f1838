// Measures label widths with a canvas in the label font, so layout stays a pure function of
// numbers (never of measured DOM). Cached: the same titles are measured on every zoom frame.
import { FONTS } from '../layout/drawing.ts';

/** In the browser, one cache per font for the whole page: what the chart, its overview and the work before a take-over measured is not measured again. */
const pageCaches = new Map<string, Map<string, number>>();
/** A cache holding more texts than this starts afresh (a session may open file after file). */
const MAX_CACHED_TEXTS = 100_000;

/** Measures text in `font` (a CSS font value; by default an event label's, FONTS.markLabel). */
export function makeTextMeasurer(font: string = FONTS.markLabel): (text: string) => number {
  // On the server (prerendering) there is no canvas: an estimate, corrected as soon as the page takes over.
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let cache = context ? pageCaches.get(font) : undefined;
  if (!cache || cache.size > MAX_CACHED_TEXTS) {
    cache = new Map<string, number>();
    if (context) pageCaches.set(font, cache);
  }
  // On the server: the font's size times the average advance of a label's characters in the system
  // sans-serif (0.53 em, measured on the default story in Chromium), so it draws nearly what the page will.
  const charPx = typeof document === 'undefined' ? 0.53 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 14) : 7.5;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * charPx;
      cache.set(text, width);
    }
    return width;
  };
}
