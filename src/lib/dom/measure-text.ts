// Measures label widths with a canvas in the label font, so layout stays a pure function of
// numbers (never of measured DOM). Cached: the same titles are measured on every zoom frame.
export const LABEL_FONT = '500 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export function makeTextMeasurer(font = LABEL_FONT): (text: string) => number {
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
