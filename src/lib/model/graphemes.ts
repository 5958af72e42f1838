// Text as the characters a reader sees (graphemes): a letter with its accent, a flag, a family emoji
// are each one, though several code points. Intl.Segmenter is made only when a text needs it: the
// first one a page makes loads the platform's break data (15–42 ms in Chromium on this machine, once
// per page), which was a third of evaluating the app's script; text with no code point from U+0300
// up (combining marks, other scripts, emoji) is one grapheme per code unit, and needs none. Pure.

let made: Intl.Segmenter | null | undefined;

function segmenter(): Intl.Segmenter | null {
  if (made === undefined)
    made = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;
  return made;
}

/** True when each UTF-16 code unit of the text is a grapheme of its own: nothing from U+0300 up, and no CR LF (one grapheme of two). */
export function isOneUnitPerGrapheme(text: string): boolean {
  return !/[\u0300-\uffff]|\r\n/.test(text);
}

/** The text's graphemes, in order. */
export function graphemes(text: string): string[] {
  if (isOneUnitPerGrapheme(text)) return text.split('');
  const by = segmenter();
  return by ? Array.from(by.segment(text), (s) => s.segment) : Array.from(text);
}

/** The code-unit index at which each of the text's graphemes starts, in order. */
export function graphemeStarts(text: string): number[] {
  if (isOneUnitPerGrapheme(text)) return Array.from({ length: text.length }, (_, i) => i);
  const by = segmenter();
  if (by) return Array.from(by.segment(text), (s) => s.index);
  const starts: number[] = [];
  let at = 0;
  for (const point of text) {
    starts.push(at);
    at += point.length;
  }
  return starts;
}
