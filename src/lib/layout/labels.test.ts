import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LABEL_GAP_PX, labelOrder, placeLabels, truncateToWidth, wrapToWidth, type LabelBounds, type LabelCandidate, type LabelPlacement } from './labels.ts';

const label = (id: string, anchorPx: number, widthPx: number, priority = 0): LabelCandidate => ({ id, anchorPx, widthPx, priority });
/** Each placed label as "row:x0–x1", hidden ones as "hidden". */
function summary(placement: LabelPlacement, candidates: readonly LabelCandidate[]): Record<string, string> {
  return Object.fromEntries(
    candidates.map((c) => {
      const p = placement.placed.get(c.id);
      return [c.id, p ? `${p.row}:${p.x0Px}–${p.x1Px}` : 'hidden'];
    }),
  );
}

describe('placeLabels', () => {
  const WIDE: LabelBounds = { minPx: 0, maxPx: 1000 };
  it.each([
    ['one label: row 0, starting at its anchor', 3, WIDE, [label('a', 100, 50)], { a: '0:100–150' }],
    ['no bounds given: anywhere', 1, undefined, [label('a', -500, 50)], { a: '0:-500–-450' }],
    ['apart: both in row 0', 2, WIDE, [label('a', 100, 50), label('b', 300, 50)], { a: '0:100–150', b: '0:300–350' }],
    [
      'overlapping on the right: the row above, still right of its mark',
      2,
      WIDE,
      [label('a', 100, 50, 1), label('b', 80, 40)],
      { a: '0:100–150', b: '1:80–120' },
    ],
    ['overlapping on the right, one row: the left slot', 1, WIDE, [label('a', 100, 50, 1), label('b', 80, 40)], { a: '0:100–150', b: '0:40–80' }],
    ['overlapping both slots, anchor clear of the first: row 1', 2, WIDE, [label('a', 100, 50, 1), label('b', 160, 50)], { a: '0:100–150', b: '1:160–210' }],
    ['overlapping, one row only: hidden', 1, WIDE, [label('a', 100, 50, 1), label('b', 160, 50)], { a: '0:100–150', b: 'hidden' }],
    ['the leader would cross the first label: hidden, not stacked', 3, WIDE, [label('a', 100, 50, 1), label('b', 120, 50)], { a: '0:100–150', b: 'hidden' }],
    [
      'a later label does not sit across an earlier leader',
      2,
      WIDE,
      [label('a', 100, 50, 2), label('b', 160, 50, 1), label('c', 140, 100)],
      { a: '0:100–150', b: '1:160–210', c: 'hidden' },
    ],
    ['priority wins the contested spot', 1, WIDE, [label('a', 100, 50, 1), label('b', 110, 50, 5)], { a: 'hidden', b: '0:110–160' }],
    [
      'equal priority: the later anchor wins (labels stack from right to left)',
      1,
      WIDE,
      [label('a', 100, 50), label('b', 110, 50)],
      { a: 'hidden', b: '0:110–160' },
    ],
    ['equal priority, room above: a staircase', 2, WIDE, [label('a', 100, 50), label('b', 110, 50)], { a: '1:100–150', b: '0:110–160' }],
    [
      'near the right edge: the mirror staircase, left to right',
      2,
      { minPx: 0, maxPx: 200 },
      [label('a', 170, 60), label('b', 190, 60)],
      { a: '0:110–170', b: '1:130–190' },
    ],
    ['equal priority and anchor: the smaller id wins', 1, WIDE, [label('b', 100, 50), label('a', 100, 50)], { a: '0:100–150', b: 'hidden' }],
    ['past the right edge: the left slot', 1, { minPx: 0, maxPx: 500 }, [label('a', 480, 60)], { a: '0:420–480' }],
    ['at the left edge: the right slot', 1, WIDE, [label('a', 10, 50)], { a: '0:10–60' }],
    ['fits neither side of the bounds: hidden', 3, { minPx: 0, maxPx: 50 }, [label('a', 20, 60)], { a: 'hidden' }],
    ['wider than the bounds: hidden', 3, { minPx: 0, maxPx: 100 }, [label('a', 0, 101)], { a: 'hidden' }],
    ['exactly the bounds: placed', 1, { minPx: 0, maxPx: 100 }, [label('a', 0, 100)], { a: '0:0–100' }],
    [
      'gap respected: touching labels are apart by two gaps',
      1,
      WIDE,
      [label('a', 100, 50), label('b', 150 + 2 * LABEL_GAP_PX, 50)],
      { a: '0:100–150', b: '0:162–212' },
    ],
    [
      'gap respected: one pixel short, so the other slot',
      1,
      WIDE,
      [label('a', 100, 50), label('b', 149 + 2 * LABEL_GAP_PX, 50)],
      { a: '0:50–100', b: '0:161–211' },
    ],
    ['no candidates', 2, WIDE, [], {}],
  ] as const)('%s', (_what, rows, bounds, candidates, expected) => {
    const placement = placeLabels(candidates, rows, bounds);
    expect(summary(placement, candidates)).toEqual(expected);
    expect(placement.hidden).toEqual(Object.keys(expected).filter((id) => expected[id as keyof typeof expected] === 'hidden'));
  });
});

describe('placeLabels, for any candidates', () => {
  const candidatesArb = fc
    .array(
      fc.record({
        // Some anywhere, some crowded together so that rows and slots are contested.
        anchorPx: fc.oneof(fc.integer({ min: -100, max: 1100 }), fc.double({ min: -100, max: 1100, noNaN: true }), fc.integer({ min: 300, max: 500 })),
        widthPx: fc.integer({ min: 1, max: 200 }),
        priority: fc.integer({ min: 0, max: 4 }),
      }),
      { maxLength: 40 },
    )
    .map((cs) => cs.map((c, i): LabelCandidate => ({ id: `e${i}`, ...c })));
  const boundsArb = fc
    .tuple(fc.integer({ min: -50, max: 600 }), fc.integer({ min: 0, max: 1000 }))
    .map(([minPx, length]): LabelBounds => ({ minPx, maxPx: minPx + length }));
  const caseArb = fc.record({ candidates: candidatesArb, rows: fc.integer({ min: 1, max: 4 }), bounds: boundsArb });
  const RUNS = { seed: 20080403, numRuns: 500 };

  const placedOf = (placement: LabelPlacement) => [...placement.placed.values()];

  it('places no two labels in a row closer than the gap', () => {
    fc.assert(
      fc.property(caseArb, ({ candidates, rows, bounds }) => {
        const placed = placedOf(placeLabels(candidates, rows, bounds));
        for (const a of placed)
          for (const b of placed) {
            if (a === b || a.row !== b.row) continue;
            expect(a.x1Px + LABEL_GAP_PX <= b.x0Px || b.x1Px + LABEL_GAP_PX <= a.x0Px).toBe(true);
          }
      }),
      RUNS,
    );
  });

  it('places every label inside the bounds, in a row that exists, at its width, touching its anchor', () => {
    fc.assert(
      fc.property(caseArb, ({ candidates, rows, bounds }) => {
        const placement = placeLabels(candidates, rows, bounds);
        for (const c of candidates) {
          const p = placement.placed.get(c.id);
          if (!p) continue;
          expect(p.x0Px).toBeGreaterThanOrEqual(bounds.minPx);
          expect(p.x1Px).toBeLessThanOrEqual(bounds.maxPx);
          expect(p.row).toBeGreaterThanOrEqual(0);
          expect(p.row).toBeLessThan(rows);
          expect(p.x1Px - p.x0Px).toBeCloseTo(c.widthPx, 9);
          expect(Math.min(Math.abs(p.x0Px - c.anchorPx), Math.abs(p.x1Px - c.anchorPx))).toBeLessThan(1e-9);
        }
      }),
      RUNS,
    );
  });

  it('draws no leader through a label in a lower row', () => {
    fc.assert(
      fc.property(caseArb, ({ candidates, rows, bounds }) => {
        const placement = placeLabels(candidates, rows, bounds);
        const anchorOf = new Map(candidates.map((c) => [c.id, c.anchorPx]));
        for (const upper of placedOf(placement)) {
          const x = anchorOf.get(upper.id)!;
          for (const lower of placedOf(placement)) {
            if (lower.row >= upper.row) continue;
            expect(lower.x0Px <= x && x <= lower.x1Px, `${upper.id}'s leader at ${x} crosses ${lower.id}`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('either places or hides every candidate, exactly once', () => {
    fc.assert(
      fc.property(caseArb, ({ candidates, rows, bounds }) => {
        const placement = placeLabels(candidates, rows, bounds);
        const seen = [...placement.placed.keys(), ...placement.hidden].sort();
        expect(seen).toEqual(candidates.map((c) => c.id).sort());
        for (const [id, p] of placement.placed) expect(p.id).toBe(id);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the candidates', () => {
    const shuffledArb = caseArb.chain((c) =>
      fc.record({
        c: fc.constant(c),
        shuffled: fc.shuffledSubarray(c.candidates, { minLength: c.candidates.length, maxLength: c.candidates.length }),
      }),
    );
    fc.assert(
      fc.property(shuffledArb, ({ c: { candidates, rows, bounds }, shuffled }) => {
        const a = placeLabels(candidates, rows, bounds);
        const b = placeLabels(shuffled, rows, bounds);
        expect(summary(b, candidates)).toEqual(summary(a, candidates));
        expect(b.hidden).toEqual(a.hidden);
      }),
      RUNS,
    );
  });

  it('hides a label that would fit alone only when others took its place', () => {
    fc.assert(
      fc.property(caseArb, ({ candidates, rows, bounds }) => {
        const placement = placeLabels(candidates, rows, bounds);
        for (const id of placement.hidden) {
          const c = candidates.find((x) => x.id === id)!;
          if (placeLabels([c], rows, bounds).placed.size === 1) expect(placement.placed.size).toBeGreaterThan(0);
        }
        const top = labelOrder(candidates, bounds)[0];
        if (top) expect(placement.placed.has(top.id)).toBe(placeLabels([top], rows, bounds).placed.size === 1);
      }),
      RUNS,
    );
  });
});

describe('truncateToWidth', () => {
  const measure = (s: string) => s.length * 7;
  it.each([
    // text, max px, shown
    ['Bucharest', 100, 'Bucharest'],
    ['abcdefghij', 70, 'abcdefghij'],
    ['abcdefghijk', 70, 'abcdefghi…'],
    ['NATO summit in Bucharest', 100, 'NATO summit i…'],
    ['NATO summit in Bucharest', 90, 'NATO summit…'],
    ['NATO summit in Bucharest', 7, '…'],
    ['ab😀cd', 35, 'ab😀…'],
    ['ab😀cd', 28, 'ab…'],
    ['😀😀😀😀', 42, '😀😀…'],
    ['', 0, ''],
  ] as const)('%j in %i px: %j', (text, maxPx, shown) => {
    expect(truncateToWidth(text, maxPx, measure)).toBe(shown);
  });

  const graphemes = (s: string) => Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s), (g) => g.segment);
  it.each([
    // text, max px: the kept part must be whole characters as a reader sees them
    ['🇺🇦🇺🇦🇺🇦', 42],
    ['Kyiv 🇺🇦 talks', 56],
    ['👩‍👩‍👧 family', 42],
    ['e\u0301te\u0301 long title', 28],
  ] as const)('%j in %i px never splits a character', (text, maxPx) => {
    const shown = truncateToWidth(text, maxPx, measure);
    expect(shown.endsWith('…')).toBe(true);
    expect(measure(shown)).toBeLessThanOrEqual(maxPx);
    const kept = graphemes(shown.slice(0, -1).trimEnd());
    expect(graphemes(text).slice(0, kept.length)).toEqual(kept);
  });

  it('cuts a label once per width: a redraw (an edit, a pan) measures nothing again', () => {
    let measured = 0;
    const counting = (s: string) => (measured++, s.length * 7);
    expect(truncateToWidth('NATO summit in Bucharest', 100, counting)).toBe('NATO summit i…');
    const first = measured;
    expect(first).toBeGreaterThan(1);
    expect(truncateToWidth('NATO summit in Bucharest', 100, counting)).toBe('NATO summit i…');
    // Only the whole text is measured again (the measurer caches that), not the cut's tries.
    expect(measured - first).toBe(1);
    expect(truncateToWidth('NATO summit in Bucharest', 90, counting)).toBe('NATO summit…');
    expect(truncateToWidth('NATO summit in Bucharest…', 90, counting)).toBe('NATO summit…');
  });

  it('measures a 5 MB title by its start', () => {
    const title = 'A very long title. '.repeat(270_000);
    const measured: number[] = [];
    const started = performance.now();
    const shown = truncateToWidth(title, 240, (s) => (measured.push(s.length), s.length * 7));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(shown).toBe('A very long title. A very long ti…');
    expect(Math.max(...measured)).toBeLessThan(1_000);
    expect(wrapToWidth(title, 120, measure, 2)).toEqual(['A very long', 'title. A very lo…']);
  });

  it('for any text: unchanged when it fits, else a prefix and "…" that fits', () => {
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 7, max: 400 }), (text, maxPx) => {
        const shown = truncateToWidth(text, maxPx, measure);
        if (measure(text) <= maxPx) return void expect(shown).toBe(text);
        expect(shown.endsWith('…')).toBe(true);
        expect(measure(shown)).toBeLessThanOrEqual(maxPx);
        expect(text.startsWith(shown.slice(0, -1))).toBe(true);
        expect(loneSurrogate.test(shown)).toBe(false);
      }),
      { seed: 1991, numRuns: 500 },
    );
  });

  it('keeps the longest start that fits, as a search over every length would, with characters of any widths', () => {
    // Widths by character (a measure of its own each run, so nothing is cached between runs): the guess from the whole width may be far off.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 40 }),
        (widths, maxPx, ellipsisPx) => {
          const text = widths.map((_, i) => String.fromCharCode(65 + (i % 26))).join('');
          const widthOf = new Map(widths.map((w, i) => [text[i]!, w]));
          const measure = (s: string) => [...s].reduce((sum, c) => sum + (c === '…' ? ellipsisPx : widthOf.get(c)!), 0);
          if (measure(text) <= maxPx) return;
          let longest = 0;
          while (longest < text.length && measure(text.slice(0, longest + 1) + '…') <= maxPx) longest++;
          expect(truncateToWidth(text, maxPx, measure)).toBe(text.slice(0, longest).trimEnd() + '…');
        },
      ),
      { seed: 2008, numRuns: 500 },
    );
  });

  it('cuts a label of even-width characters with two or three measures of its starts', () => {
    const tried: string[] = [];
    const measure = (s: string) => (tried.push(s), s.length * 7);
    expect(truncateToWidth('Russia demands NATO revoke the Bucharest promise', 200, measure)).toBe('Russia demands NATO revoke…');
    expect(tried.filter((s) => s.endsWith('…')).length).toBeLessThanOrEqual(3);
  });
});

describe('wrapToWidth', () => {
  const measure = (s: string) => s.length * 7;
  it('breaks at spaces into lines that fit, keeping every word when it can', () => {
    expect(wrapToWidth('United States', 70, measure, 3)).toEqual(['United', 'States']);
    expect(wrapToWidth('NATO', 70, measure, 3)).toEqual(['NATO']);
    expect(wrapToWidth('European Union member states', 105, measure, 3)).toEqual(['European Union', 'member states']);
  });
  it('cuts what does not fit in the last line, and a word wider than a line, with an ellipsis', () => {
    expect(wrapToWidth('Organization for Security and Co-operation in Europe', 84, measure, 2)).toEqual(['Organization', 'for Securit…']);
    expect(wrapToWidth('Supercalifragilistic', 70, measure, 3)).toEqual(['Supercali…']);
    expect(wrapToWidth('', 70, measure, 3)).toEqual(['']);
  });
  it('never gives more lines than asked, nor a line wider than asked (random texts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z]{1,14}$/), { maxLength: 8 }),
        fc.integer({ min: 14, max: 120 }),
        fc.integer({ min: 1, max: 4 }),
        (words, maxPx, maxLines) => {
          const text = words.join(' ');
          const lines = wrapToWidth(text, maxPx, measure, maxLines);
          expect(lines.length).toBeGreaterThan(0);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(maxPx);
          if (!lines.some((l) => l.includes('…'))) expect(lines.join(' ')).toBe(text);
        },
      ),
    );
  });
});
