import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphemes, graphemeStarts, isOneUnitPerGrapheme } from './graphemes.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const bySegmenter = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Pieces that make graphemes of every kind: plain letters, accents precomposed and combining, CR LF, emoji with modifiers and joiners, flags, Hangul jamo, Devanagari. */
const PIECES = [
  'a',
  'Z',
  ' ',
  '-',
  '\r',
  '\n',
  'é',
  'e\u0301',
  '\u0301',
  'ß',
  'ı',
  '👍',
  '🏽',
  '\u200d',
  '👩',
  '🇺',
  '🇦',
  '\ufe0f',
  '한',
  '\u1100',
  '\u1161',
  'क',
  '\u094d',
  'ष',
  '¡',
  '\u00a0',
  '\t',
];

describe('graphemes', () => {
  it('splits any text as Intl.Segmenter does, and says where each grapheme starts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(graphemes(text)).toEqual(bySegmenter(text));
        expect(graphemeStarts(text)).toEqual(Array.from(segmenter.segment(text), (s) => s.index));
      }),
      { numRuns: 2000 },
    );
  });

  it('needs no segmenter for text with nothing from U+0300 up and no CR LF', () => {
    expect(isOneUnitPerGrapheme('Bucharest summit, 2008: “Ukraine will join”'.replace(/[“”]/g, '"'))).toBe(true);
    expect(isOneUnitPerGrapheme('Café ß ¡Olé!')).toBe(true);
    expect(isOneUnitPerGrapheme('e\u0301')).toBe(false);
    expect(isOneUnitPerGrapheme('a\r\nb')).toBe(false);
    expect(isOneUnitPerGrapheme('“quoted”')).toBe(false);
    expect(isOneUnitPerGrapheme('🇺🇦')).toBe(false);
  });

  it('makes no segmenter while evaluating: the first one costs a page tens of milliseconds', async () => {
    const Segmenter = Intl.Segmenter;
    let made = 0;
    const counted = class extends Segmenter {
      constructor(...args: ConstructorParameters<typeof Segmenter>) {
        super(...args);
        made++;
      }
    };
    // Intl's members are read-only to TypeScript, not to the test.
    const intl = Intl as { Segmenter: typeof Segmenter };
    intl.Segmenter = counted;
    try {
      const fresh = `./graphemes.ts?fresh=${Date.now()}`;
      const module = (await import(/* @vite-ignore */ fresh)) as typeof import('./graphemes.ts');
      await import(/* @vite-ignore */ `./display-text.ts?fresh=${Date.now()}`);
      await import(/* @vite-ignore */ `../layout/labels.ts?fresh=${Date.now()}`);
      expect(made).toBe(0);
      module.graphemes('plain text');
      expect(made).toBe(0);
      expect(module.graphemes('🇺🇦!')).toEqual(['🇺🇦', '!']);
      module.graphemes('e\u0301');
      expect(made).toBe(1);
    } finally {
      intl.Segmenter = Segmenter;
    }
  });
});
