import { describe, expect, it } from 'vitest';
import { hasInvisible, invisibleCodes, quoteVisibly, withoutInvisible } from './visible-text.ts';

describe('quoteVisibly', () => {
  it.each([
    ['first', '"first"'],
    ['first\u200b', '"first\\u200b"'],
    ['java\u0001script:', '"java\\u0001script:"'],
    ['\u202egnp.exe', '"\\u202egnp.exe"'],
    ['\ufeffbom', '"\\ufeffbom"'],
    ['a\u2028b', '"a\\u2028b"'],
    ['Zoë “quoted” 東京', '"Zoë “quoted” 東京"'],
  ])('%j → %s', (text, quoted) => {
    expect(quoteVisibly(text)).toBe(quoted);
  });
});

describe('invisible characters', () => {
  it('are found, named and removed', () => {
    const text = 'a\u200bb\u200bc\u2060';
    expect(hasInvisible(text)).toBe(true);
    expect(hasInvisible('abc')).toBe(false);
    expect(invisibleCodes(text)).toEqual(['U+200B', 'U+2060']);
    expect(withoutInvisible(text)).toBe('abc');
  });
});
