// Quotes text from a data file for a message so that every character in it can be seen. JSON.stringify
// escapes control characters ("java\u0001script") but leaves the invisible ones alone: a zero-width
// space, a joiner, a bidi override or a byte-order mark would make "first\u200b" look like "first" and
// a message about it unreadable. Pure.

/** Characters that take no visible space or only steer others: format characters, odd spaces, line separators. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/gu;

const escape = (c: string) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/** Whether the text holds a character a reader cannot see. */
export const hasInvisible = (text: string): boolean => new RegExp(INVISIBLE.source, 'u').test(text);

/** The text without its invisible characters. */
export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');

/** `"first\u200b"`: the text in double quotes, as JSON writes it, with invisible characters escaped too. */
export function quoteVisibly(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, escape);
}

/** `U+200B` for each different invisible character in the text, in order of first appearance. */
export function invisibleCodes(text: string): string[] {
  const codes = (text.match(INVISIBLE) ?? []).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...new Set(codes)];
}
