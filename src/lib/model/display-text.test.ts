import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutNote, MAX_TITLE_CHARS, shortText } from './display-text.ts';

describe('shortText cuts text for the page, between graphemes', () => {
  it.each([
    ['short text, whole', 'Bucharest summit', 20, 'Bucharest summit'],
    ['cut, with "…"', 'abcdefghij', 4, 'abcd…'],
    ['no space before "…"', 'abc defgh', 4, 'abc…'],
    ['an accent stays with its letter', 'cafe\u0301 cafe\u0301', 4, 'cafe\u0301…'],
    ['a flag is not split', '🇺🇦🇺🇦🇺🇦', 2, '🇺🇦🇺🇦…'],
    ['a family emoji counts as one', '👨‍👩‍👧👨‍👩‍👧', 1, '👨‍👩‍👧…'],
    ['fewer graphemes than the limit, more code units: whole', '👨‍👩‍👧👨‍👩‍👧', 3, '👨‍👩‍👧👨‍👩‍👧'],
  ])('%s', (_what, text, max, shown) => {
    expect(shortText(text, max)).toBe(shown);
  });

  it('cuts a 5 MB title in well under a millisecond a call', () => {
    const title = 'A very long title. '.repeat(270_000);
    const started = performance.now();
    for (let i = 0; i < 100; i++) shortText(title);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect([...new Intl.Segmenter().segment(shortText(title).slice(0, -1))].length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });

  it('keeps the start of any text, and never more than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (text, max) => {
        const shown = shortText(text, max);
        const graphemes = [...new Intl.Segmenter().segment(text)].length;
        if (graphemes <= max) expect(shown).toBe(text);
        else {
          expect(shown.endsWith('…')).toBe(true);
          expect(text.startsWith(shown.slice(0, -1))).toBe(true);
          expect([...new Intl.Segmenter().segment(shown.slice(0, -1))].length).toBeLessThanOrEqual(max);
        }
      }),
      { seed: 14 },
    );
  });

  it('says how much was left out', () => {
    expect(cutNote('a'.repeat(25_000), 20_000)).toBe(' (5,000 more characters not shown)');
    expect(cutNote('short', 20_000)).toBe('');
  });
});
