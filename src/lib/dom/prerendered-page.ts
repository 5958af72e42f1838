// A page whose HTML already holds the app's first drawing (npm run build, npm run site): the width the
// server drew the timeline at, and whether the app is taking such a page over. The first render in the
// browser (hydration) must draw exactly what the server drew, so it uses the same width; the chart is
// then laid out again at the width it really has, before the next frame is painted.

/** The width the server draws the timeline at: a 1440-pixel-wide window's, less the page's margins. */
export const PRERENDER_WIDTH_PX = 1400;

let takingOver = typeof window === 'undefined';

/** The width for the first drawing when nothing has been measured yet: the server's, while rendering or taking over its page. */
export const firstDrawingWidth = (): number | undefined => (takingOver ? PRERENDER_WIDTH_PX : undefined);

/** Whether the page's drawing is being taken over (hydrate() is running, for the page or a part of it). */
export const isTakingOver = (): boolean => takingOver;

/** Called by the page's script around hydrate(). */
export function setTakingOver(value: boolean) {
  takingOver = value;
}
