// Data near the ±270,000-year limits of the format: the axis, its ticks and the window's name stay
// within what a Date holds, so that everything valid is drawn (the padding once pushed the axis past
// it, and every position was NaN: "Showing NaN undefined NaN", <rect x="NaN">).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ABS_YEAR, MAX_DATE_MS, MIN_DATE_MS, utcMs } from '../model/dates.ts';
import { makeAxisModel, zoomAxis } from './axis-model.ts';
import { formatWindow } from '../model/format-date.ts';
import { coveredIntervals, detectGaps } from './gaps.ts';
import { segmentedTicks } from './ticks.ts';
import { instantAt, visibleWindowMs } from './time-scale.ts';

const year = (y: number) => ({ startMs: utcMs(y), endMs: utcMs(y + 1) });

function check(spans: { startMs: number; endMs: number }[], collapse: boolean) {
  const model = makeAxisModel(coveredIntervals(spans), 100, 1100, collapse ? detectGaps(spans) : []);
  for (const ms of model.scale.domain().map(Number)) {
    expect(ms).toBeGreaterThanOrEqual(MIN_DATE_MS);
    expect(ms).toBeLessThanOrEqual(MAX_DATE_MS);
  }
  for (const span of spans) for (const ms of [span.startMs, span.endMs]) expect(Number.isFinite(model.scale(ms))).toBe(true);
  const ticks = segmentedTicks(model.segments, 100, 1100, 110, model.gaps);
  for (const tick of ticks) {
    expect(Number.isFinite(tick.xPx)).toBe(true);
    expect(tick.label).not.toMatch(/NaN|undefined/);
  }
  const window = visibleWindowMs(model.scale, 100, 1100);
  expect(formatWindow(window[0], window[1])).not.toMatch(/NaN|undefined/);
  return { model, ticks };
}

describe('an axis over data near the limits of the supported range', () => {
  it.each([
    ['the whole range, drawn linear', [year(-MAX_ABS_YEAR), year(0), year(MAX_ABS_YEAR)], false],
    ['the whole range, evenly filled', Array.from({ length: 11 }, (_, i) => year(-MAX_ABS_YEAR + i * 54_000)), true],
    ['from the first year to now', [year(-MAX_ABS_YEAR), year(2008), year(2025)], false],
    ['from now to the last day', [year(2008), { startMs: utcMs(MAX_ABS_YEAR, 12, 31), endMs: utcMs(MAX_ABS_YEAR + 1) }], false],
  ])('%s: every position finite, the padding cut at what a Date holds, ticks labelled', (_what, spans, collapse) => {
    const { ticks } = check(spans, collapse);
    expect(ticks.length).toBeGreaterThan(2);
  });

  it('names the window in years, never "NaN undefined NaN"', () => {
    expect(formatWindow(MIN_DATE_MS, MAX_DATE_MS)).toBe('271822 BCE – 275760');
    expect(formatWindow(MIN_DATE_MS - 1e15, MAX_DATE_MS + 1e15)).toBe('271822 BCE – 275760');
  });

  it('reads the instant at a pixel past the ends of the range as far as a Date holds (d3 gives NaN there)', () => {
    const model = makeAxisModel(coveredIntervals([year(-MAX_ABS_YEAR), year(MAX_ABS_YEAR)]), 100, 1100, []);
    const zoomed = zoomAxis(model, { k: 1, x: 0 }).scale;
    expect(+zoomed.invert(-5_000)).toBeNaN();
    expect(instantAt(zoomed, -5_000)).toBe(MIN_DATE_MS);
    expect(instantAt(zoomed, 9_000)).toBe(MAX_DATE_MS);
    // Within what a Date holds, as d3 extrapolates.
    const story = makeAxisModel(coveredIntervals([year(2008), year(2025)]), 100, 1100, []).scale;
    expect(instantAt(story, 1200)).toBeCloseTo(+story.invert(1200), -1);
    expect(instantAt(story, 0)).toBeCloseTo(+story.invert(0), -1);
  });

  it('holds for any data within the range', () => {
    const anyYear = fc.integer({ min: -MAX_ABS_YEAR, max: MAX_ABS_YEAR });
    fc.assert(
      fc.property(fc.array(anyYear, { minLength: 1, maxLength: 8 }), fc.boolean(), (years, collapse) => {
        check(years.map(year), collapse);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});
