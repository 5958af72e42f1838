import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcMs } from '../model/dates.ts';
import { GAP_PX, gapLabelPlace, makeAxisModel, zoomAxis, placeGapLabels } from './axis-model.ts';
import { coveredIntervals, detectGaps } from './gaps.ts';
import { maxZoom } from './time-scale.ts';

const day = (y: number, m: number, d: number) => ({ startMs: utcMs(y, m, d), endMs: utcMs(y, m, d + 1) });
/** 2008, seventeen quiet years, then a week of February 2025: the default story's shape. */
const STORY = [
  day(2008, 4, 2),
  day(2008, 4, 3),
  day(2008, 4, 4),
  day(2008, 8, 7),
  day(2025, 2, 12),
  day(2025, 2, 12),
  day(2025, 2, 18),
  day(2025, 2, 18),
  day(2025, 2, 18),
];
const collapsed = makeAxisModel(coveredIntervals(STORY), 100, 1100, detectGaps(STORY));
const linear = makeAxisModel(coveredIntervals(STORY), 100, 1100, []);

describe('makeAxisModel', () => {
  it('collapses the quiet years into one gap of GAP_PX, between two linear segments', () => {
    expect(collapsed.segments).toHaveLength(2);
    expect(collapsed.gaps).toHaveLength(1);
    const [a, b] = collapsed.segments;
    const gap = collapsed.gaps[0]!;
    expect(gap.x1Px - gap.x0Px).toBe(GAP_PX);
    expect([a!.x0Px, a!.x1Px === gap.x0Px, gap.x1Px === b!.x0Px, b!.x1Px]).toEqual([100, true, true, 1100]);
    // The gap's stated length is the empty stretch, not the padded band.
    expect(gap.emptyMs).toBe(utcMs(2025, 2, 12) - utcMs(2008, 8, 8));
  });

  it('counts the events of each segment as a pass over every interval would, for any spans and gaps', () => {
    const span = fc.record({ startMs: fc.integer({ min: 0, max: 1e9 }), lengthMs: fc.integer({ min: 0, max: 1e7 }) });
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 300 }), (drawn) => {
        const spans = drawn.map(({ startMs, lengthMs }) => ({ startMs, endMs: startMs + lengthMs }));
        const covered = coveredIntervals(spans);
        const model = makeAxisModel(covered, 0, 1000, detectGaps(spans, { ratio: 2, minShare: 0.001, window: 4, minEvents: 1 }));
        // Each interval in the first segment whose end it does not start after.
        const counted = model.segments.map(() => 0);
        for (const interval of covered)
          counted[
            Math.max(
              0,
              model.segments.findIndex((s) => interval.startMs <= s.endMs),
            )
          ]! += interval.count;
        expect(model.segments.map((s) => s.eventCount)).toEqual(counted);
        expect(counted.reduce((a, b) => a + b, 0)).toBe(spans.length);
      }),
    );
  });

  it('shares the width by events: the week of February 2025 is wide enough to read', () => {
    const [a, b] = collapsed.segments;
    expect(a!.eventCount).toBe(4);
    expect(b!.eventCount).toBe(5);
    const dayPx = (b!.x1Px - b!.x0Px) / ((b!.endMs - b!.startMs) / 86_400_000);
    expect(dayPx).toBeGreaterThan(30);
    // On the linear axis the same week is under a pixel a day.
    expect(linear.scale(utcMs(2025, 2, 18)) - linear.scale(utcMs(2025, 2, 12))).toBeLessThan(6);
  });

  it('is one segment and no gap when linear, or when the data has no gaps', () => {
    expect(linear.segments).toHaveLength(1);
    expect(linear.gaps).toHaveLength(0);
    const even = Array.from({ length: 20 }, (_, i) => day(2000 + i, 6, 1));
    expect(makeAxisModel(coveredIntervals(even), 0, 500, detectGaps(even)).gaps).toHaveLength(0);
  });

  it('draws an empty dataset over the year 2000 rather than failing', () => {
    const empty = makeAxisModel([], 0, 100, []);
    expect(+empty.scale.invert(0)).toBeLessThan(utcMs(2000, 1, 2));
  });

  it('maps time to pixels and back across the gap (piecewise, monotonic, invertible)', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcMs(2008, 3, 1), max: utcMs(2025, 2, 25) }), (ms) => {
        const x = collapsed.scale(ms);
        expect(x).toBeGreaterThanOrEqual(collapsed.scale(utcMs(2008, 3, 1)));
        expect(Math.abs(+collapsed.scale.invert(x) - ms)).toBeLessThanOrEqual(1);
      }),
      { seed: 7, numRuns: 300 },
    );
    const gap = collapsed.gaps[0]!;
    // Every event lands in a segment, none in the gap band.
    for (const span of STORY) {
      const x = collapsed.scale((span.startMs + span.endMs) / 2);
      expect(x < gap.x0Px || x > gap.x1Px).toBe(true);
    }
  });
});

describe('zoomAxis', () => {
  it('zooms into a segment like a linear zoom: pixels move by x·k + offset, times stay put', () => {
    const zoom = { k: 4, x: -3000 };
    const zoomed = zoomAxis(collapsed, zoom);
    for (const ms of [utcMs(2008, 4, 3), utcMs(2025, 2, 14)]) expect(zoomed.scale(ms)).toBeCloseTo(collapsed.scale(ms) * 4 - 3000, 6);
    expect(zoomed.segments[1]!.x0Px).toBeCloseTo(collapsed.segments[1]!.x0Px * 4 - 3000, 6);
    expect(zoomed.gaps[0]!.x1Px - zoomed.gaps[0]!.x0Px).toBeCloseTo(GAP_PX * 4, 6);
  });

  it('lets the sparsest segment reach hours at the deepest zoom', () => {
    const deepest = zoomAxis(collapsed, { k: maxZoom(collapsed.scale), x: 0 });
    expect(deepest.scale(utcMs(2008, 4, 3, 11)) - deepest.scale(utcMs(2008, 4, 3, 10))).toBeGreaterThanOrEqual(599);
  });
});

describe('gapLabelPlace', () => {
  const plot = [100, 1100] as const;
  const gap = (x0Px: number, x1Px: number) => ({ startMs: 0, endMs: 1, x0Px, x1Px });
  it.each([
    // break, label width, place
    ['well inside: centred over it', gap(500, 556), 50, { xPx: 528, anchor: 'middle' }],
    ['half scrolled out to the left: against the plot’s left edge', gap(60, 116), 50, { xPx: 102, anchor: 'start' }],
    ['near the left edge, wider label: against the edge', gap(100, 156), 80, { xPx: 102, anchor: 'start' }],
    ['half scrolled out to the right: against the right edge', gap(1080, 1136), 50, { xPx: 1098, anchor: 'end' }],
  ] as const)('%s', (_what, g, labelPx, expected) => {
    expect(gapLabelPlace(g, plot[0], plot[1], labelPx)).toEqual(expected);
  });
});

describe('placeGapLabels', () => {
  const gap = (x0Px: number) => ({ startMs: 0, endMs: 1, x0Px, x1Px: x0Px + 28 });
  it('writes each length over its break', () => {
    expect(placeGapLabels([gap(100), gap(300)], 0, 1000, () => 50)).toEqual([
      { xPx: 114, anchor: 'middle' },
      { xPx: 314, anchor: 'middle' },
    ]);
  });
  it('leaves out a label that would run into the one before (narrow breaks side by side)', () => {
    expect(placeGapLabels([gap(100), gap(130), gap(400)], 0, 1000, () => 58)).toEqual([{ xPx: 114, anchor: 'middle' }, null, { xPx: 414, anchor: 'middle' }]);
  });
});
