// Measures label widths with a canvas in the label font, so layout stays a pure function of
// numbers (never of measured DOM). Cached: the same titles are measured on every zoom frame.
import { FONTS } from '../layout/drawing.ts';

/** Measures text in `font` (a CSS font value; by default an event label's, FONTS.markLabel). */
export function makeTextMeasurer(font: string = FONTS.markLabel): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * 7.5;
      cache.set(text, width);
    }
    return width;
  };
}
