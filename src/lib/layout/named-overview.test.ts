import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextPx, laneOverview, namedAt, OVERVIEW, type LaneOverview } from './named-overview.ts';

const rightOf = (textPx: number) => OVERVIEW.textOffsetPx + textPx + OVERVIEW.gapPx;

/** Every two events named at zoom k in the same row, as boxes on screen: none may overlap. */
function overlapsAt(overview: LaneOverview, k: number): [number, number][] {
  const named = namedAt(overview, k, -Infinity, Infinity);
  const found: [number, number][] = [];
  for (const i of named)
    for (const j of named) {
      if (i >= j || overview.row[i] !== overview.row[j]) continue;
      const [a, b] = overview.basePx[i]! <= overview.basePx[j]! ? [i, j] : [j, i];
      const gapPx = k * (overview.basePx[b]! - overview.basePx[a]!);
      if (gapPx < rightOf(overview.textPx[a]!) + OVERVIEW.leftPx - 1e-6) found.push([a, b]);
    }
  return found;
}

const overviewOf = (events: readonly { x: number; text: number }[], rows = 1, rank?: number[]) =>
  laneOverview({ basePx: events.map((e) => e.x), textPx: events.map((e) => e.text), rank: rank ?? events.map((_, i) => i), rows });

describe('laneOverview', () => {
  it('names the most significant event at once, and one too near it only once zoomed far enough apart', () => {
    // Event 1 is 50 px right of event 0, whose label reaches 9 + 100 + 8 + 8 = 125 px: apart from ×2.5.
    const o = overviewOf([
      { x: 100, text: 100 },
      { x: 150, text: 100 },
    ]);
    expect(o.bornAt[0]).toBe(1);
    expect(o.bornAt[1]).toBeCloseTo(125 / 50, 9);
    expect(namedAt(o, 2.4, -Infinity, Infinity)).toEqual([0]);
    expect(namedAt(o, 2.5, -Infinity, Infinity)).toEqual([0, 1]);
  });

  it('puts an event in a free row rather than wait', () => {
    const o = overviewOf(
      [
        { x: 100, text: 100 },
        { x: 150, text: 100 },
      ],
      2,
    );
    expect([...o.bornAt]).toEqual([1, 1]);
    expect([...o.row]).toEqual([0, 1]);
  });

  it('follows significance, not time: the later event, ranked first, is named first', () => {
    const o = overviewOf(
      [
        { x: 100, text: 100 },
        { x: 150, text: 100 },
      ],
      1,
      [1, 0],
    );
    expect(o.bornAt[1]).toBe(1);
    // Event 0's label ends at 150 + …: it collides with event 1's dot until 8 + 9 + 100 + 8 = 125 > 50 · k.
    expect(o.bornAt[0]).toBeCloseTo(125 / 50, 9);
  });

  it('never names two events at the same instant in one row', () => {
    const o = overviewOf([
      { x: 100, text: 40 },
      { x: 100, text: 40 },
    ]);
    expect(o.bornAt[1]).toBe(Infinity);
    expect([...o.byPx]).toEqual([0]);
  });

  it('is not blocked by an event born after their collision is over', () => {
    // 0 first; 1 near it (born late, ×12.5); 2 collides with 1 only until ×(125/40) < 12.5: born at once.
    const o = overviewOf([
      { x: 100, text: 100 },
      { x: 110, text: 100 },
      { x: 150, text: 100 },
    ]);
    expect(o.bornAt[1]).toBeCloseTo(12.5, 9);
    expect(o.bornAt[2]).toBeCloseTo(125 / 50, 9);
  });

  it(`considers a lane's ${OVERVIEW.maxCandidates} most significant events only`, () => {
    const events = Array.from({ length: OVERVIEW.maxCandidates + 10 }, (_, i) => ({ x: i * 1000, text: 10 }));
    const o = overviewOf(
      events,
      1,
      events.map((_, i) => events.length - 1 - i),
    );
    expect(o.byPx.length).toBe(OVERVIEW.maxCandidates);
    expect(o.bornAt[0]).toBe(Infinity);
    expect(o.bornAt[events.length - 1]).toBe(1);
  });

  it('finds those in view by anchor', () => {
    const o = overviewOf([
      { x: 0, text: 10 },
      { x: 500, text: 10 },
      { x: 1000, text: 10 },
    ]);
    expect(namedAt(o, 1, 400, 1000)).toEqual([1, 2]);
    expect(namedAt(o, 1, 1001, 2000)).toEqual([]);
  });

  // The property the reader relies on: zooming in keeps every named event named, and names never overlap.
  it('zooming in only adds names, and names never overlap, at any zoom (random lanes)', () => {
    const lane = fc.record({
      events: fc.array(fc.record({ x: fc.integer({ min: 0, max: 1200 }), text: fc.integer({ min: 10, max: OVERVIEW.maxTextPx }) }), {
        minLength: 1,
        maxLength: 120,
      }),
      rows: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer(),
      zooms: fc.array(fc.double({ min: 1, max: 200, noNaN: true }), { minLength: 2, maxLength: 6 }),
    });
    fc.assert(
      fc.property(lane, ({ events, rows, seed, zooms }) => {
        // A shuffled significance order.
        const rank = events.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const o = overviewOf(events, rows, rank);
        const sorted = [...zooms].sort((a, b) => a - b);
        let before = new Set<number>();
        for (const k of sorted) {
          const now = new Set(namedAt(o, k, -Infinity, Infinity));
          for (const id of before) expect(now.has(id)).toBe(true);
          expect(overlapsAt(o, k)).toEqual([]);
          before = now;
        }
        // The most significant event is always named, at once.
        expect(o.bornAt[rank[0]!]).toBe(1);
      }),
      { seed: 20250218, numRuns: 200 },
    );
  });

  it('names many of a dense lane at the unzoomed scale, and more at each zoom in', () => {
    // 3,000 events over 1,200 px, labels of 60–150 px, three rows.
    let state = 7;
    const rand = () => (state = (state * 16807) % 2147483647) / 2147483647;
    const events = Array.from({ length: 3000 }, () => ({ x: rand() * 1200, text: 60 + rand() * 90 }));
    const o = overviewOf(events, 3);
    const counts = [1, 2, 4, 8].map((k) => namedAt(o, k, -Infinity, Infinity).length);
    expect(counts[0]).toBeGreaterThanOrEqual(15);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
  });
});

describe('estimateTextPx', () => {
  const measureChar = () => 7;
  it.each([
    ['', 0],
    ['abc', 1 + 21 * 1.02],
    ['x'.repeat(100), OVERVIEW.maxTextPx],
  ])('%j is %d px', (text, px) => expect(estimateTextPx(text, measureChar)).toBeCloseTo(px, 9));
});
