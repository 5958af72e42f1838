import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcMs } from '../model/dates.ts';
import { makeAxisModel, zoomAxis } from './axis-model.ts';
import { coveredIntervals } from './gaps.ts';
import { formatLens, LENS_SHARE, lensAxis, lensFromMs, lensSpan, lensWithEdge, moveLens, parseLens, stepLens, type Lens } from './lens.ts';
import { segmentedTicks } from './ticks.ts';
import { instantAt, maxZoom } from './time-scale.ts';

const lens = (text: string): Lens => {
  const parsed = parseLens(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.lens;
};
const year = (y: number) => ({ startMs: utcMs(y), endMs: utcMs(y + 1) });
/** Events every year from 1994 to 2025, on a linear axis 100…1100 px. */
const YEARS = Array.from({ length: 32 }, (_, i) => year(1994 + i));
const linear = makeAxisModel(coveredIntervals(YEARS), 100, 1100, []);

describe('parseLens / formatLens', () => {
  it('keeps each date at its precision: months, years, days, BCE', () => {
    for (const text of ['2014-01..2014-03', '2008..2014', '2014-02-18..2014-02-22', '-0490..-0479', '0000-06..0001-02', '2013-11..2014-03-18'])
      expect(formatLens(lens(text))).toBe(text);
  });

  it('spans from the first instant of the start to the end of the end, exact in UTC', () => {
    expect(lensSpan(lens('2014-01..2014-03'))).toEqual({ startMs: Date.UTC(2014, 0, 1), endMs: Date.UTC(2014, 3, 1) });
    // 491 BCE to 480 BCE: astronomical years -490 … -479.
    expect(lensSpan(lens('-0490..-0479'))).toEqual({ startMs: utcMs(-490), endMs: utcMs(-478) });
    // A single day, the leap day of 2024.
    expect(lensSpan(lens('2024-02-29..2024-02-29'))).toEqual({ startMs: Date.UTC(2024, 1, 29), endMs: Date.UTC(2024, 2, 1) });
  });

  it.each([
    ['2014-01', /needs a start and an end/, /lens=2014-01\.\.2014-03/],
    ['2014-01..', /needs a start and an end/, /START\.\.END/],
    ['2014-13..2014-03', /start is wrong: month 13 does not exist/, /01 to 12/],
    ['2014-01..2014-02-30', /end is wrong: February 2014 has 28 days/, /01 to 28/],
    ['2014-03..2014-01', /ends \(2014-01\) before it starts \(2014-03\)/, /2014-01\.\.2014-03/],
    ['1/1/2014..2014-03', /not an ISO 8601 date/, /YYYY-MM-DD/],
    ['2014..2015..2016', /needs a start and an end/, /START\.\.END/],
  ])('refuses %s with what is wrong and how to write it', (text, problem, fix) => {
    const parsed = parseLens(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatch(problem);
    expect(parsed.fix).toMatch(fix);
  });
});

describe('lensFromMs, stepLens, lensWithEdge, moveLens', () => {
  it('writes a dragged range at the precision its length calls for', () => {
    expect(formatLens(lensFromMs(Date.UTC(2014, 0, 10), Date.UTC(2014, 2, 20))!)).toBe('2014-01-10..2014-03-19');
    expect(formatLens(lensFromMs(Date.UTC(2013, 10, 10), Date.UTC(2014, 2, 20))!)).toBe('2013-11..2014-03');
    expect(formatLens(lensFromMs(Date.UTC(2008, 3, 10), Date.UTC(2014, 2, 20))!)).toBe('2008..2014');
    // An end exactly on a month's first instant ends the month before.
    expect(formatLens(lensFromMs(Date.UTC(2013, 9, 1), Date.UTC(2014, 3, 1))!)).toBe('2013-10..2014-03');
    expect(formatLens(lensFromMs(utcMs(-490), utcMs(-470))!)).toBe('-0490..-0471');
  });

  it('steps an edge or the whole lens by units of its precision, across years and BCE', () => {
    expect(formatLens(stepLens(lens('2014-01..2014-03'), 'end', 1)!)).toBe('2014-01..2014-04');
    expect(formatLens(stepLens(lens('2014-01..2014-03'), 'start', -1)!)).toBe('2013-12..2014-03');
    expect(formatLens(stepLens(lens('2014-01..2014-03'), 'both', 11)!)).toBe('2014-12..2015-02');
    expect(formatLens(stepLens(lens('0000..0001'), 'both', -1)!)).toBe('-0001..0000');
    expect(formatLens(stepLens(lens('2024-02-28..2024-02-29'), 'end', 1)!)).toBe('2024-02-28..2024-03-01');
    // Never an empty lens.
    expect(stepLens(lens('2014-01..2014-03'), 'start', 3)).toBeNull();
    expect(formatLens(stepLens(lens('2014-01..2014-03'), 'start', 2)!)).toBe('2014-03..2014-03');
  });

  it('puts a dropped edge at the date holding the instant, at that edge’s precision', () => {
    expect(formatLens(lensWithEdge(lens('2014-01..2014-03'), 'end', Date.UTC(2014, 5, 17, 23))!)).toBe('2014-01..2014-06');
    expect(lensWithEdge(lens('2014-01..2014-03'), 'start', Date.UTC(2014, 5, 1))).toBeNull();
    expect(formatLens(moveLens(lens('2014-01..2014-03'), 62 * 86_400_000)!)).toBe('2014-03..2014-05');
  });
});

describe('lensAxis', () => {
  const span = lensSpan(lens('2014-01..2014-03'));
  const lensed = lensAxis(linear, span);

  it('opens the lens to its share of the plot, exactly at its UTC edges', () => {
    const [x0, x1] = [lensed.scale(span.startMs), lensed.scale(span.endMs)];
    expect(x1 - x0).toBeCloseTo(LENS_SHARE * 1000, 6);
    // The instants just either side of the edges are on the right sides of them.
    expect(lensed.scale(span.startMs - 60_000)).toBeLessThan(x0);
    expect(lensed.scale(span.endMs + 60_000)).toBeGreaterThan(x1);
    expect(+lensed.scale.invert(x0)).toBe(span.startMs);
    expect(+lensed.scale.invert(x1)).toBe(span.endMs);
  });

  it('keeps the whole axis on the plot, in order, the context squeezed by one factor on both sides', () => {
    expect(lensed.scale(utcMs(1994))).toBeGreaterThanOrEqual(100);
    expect(lensed.scale(utcMs(2026))).toBeLessThanOrEqual(1100);
    expect(lensed.scale.range()[0]).toBe(100);
    expect(lensed.scale.range().at(-1)).toBe(1100);
    const before = (lensed.scale(utcMs(2009)) - lensed.scale(utcMs(2008))) / (linear.scale(utcMs(2009)) - linear.scale(utcMs(2008)));
    const after = (lensed.scale(utcMs(2021)) - lensed.scale(utcMs(2020))) / (linear.scale(utcMs(2021)) - linear.scale(utcMs(2020)));
    expect(before).toBeCloseTo(after, 9);
    expect(before).toBeLessThan(1);
  });

  it('splits the segment at the lens’s edges: ticks name days in the lens and years outside', () => {
    expect(lensed.segments.map((s) => [s.startMs, s.endMs]).flat()).toContain(span.startMs);
    const labels = segmentedTicks(lensed.segments, 100, 1100, 80).map((t) => t.label);
    expect(labels).toContain('16 Feb');
    expect(labels).toContain('2000');
  });

  it('names the lens’s year where the context’s last tick would collide with it (the widest stretch’s ticks are kept first)', () => {
    // Twenty years of context squeezed into 150 px, then the lens: "2010" ends past where "2014" begins.
    const pieces = [
      { startMs: utcMs(1994), endMs: span.startMs, x0Px: 100, x1Px: 250 },
      { startMs: span.startMs, endMs: span.endMs, x0Px: 250, x1Px: 700 },
      { startMs: span.endMs, endMs: utcMs(2026), x0Px: 700, x1Px: 1100 },
    ];
    const labels = segmentedTicks(pieces, 100, 1100, 110).map((t) => t.label);
    expect(labels).toContain('2014');
    expect(labels).toContain('Feb');
    expect(labels).toContain('2000');
  });

  it('zooms, inverts past its ends and bounds the zoom as any piecewise axis does', () => {
    const zoomed = zoomAxis(lensed, { k: 4, x: -1500 });
    expect(zoomed.scale(span.endMs) - zoomed.scale(span.startMs)).toBeCloseTo(4 * LENS_SHARE * 1000, 6);
    expect(instantAt(lensed.scale, 1200)).toBeGreaterThan(utcMs(2026));
    expect(Number.isFinite(maxZoom(lensed.scale))).toBe(true);
    expect(maxZoom(lensed.scale)).toBeGreaterThan(1);
  });

  it('takes a lens as well as its period', () => {
    expect(lensAxis(linear, lens('2014-01..2014-03')).scale.range()).toEqual(lensed.scale.range());
  });

  it('leaves the axis as it was with no lens, a lens outside the data, or a lens already wider than its share', () => {
    expect(lensAxis(linear, null)).toBe(linear);
    expect(lensAxis(linear, lensSpan(lens('1800..1900')))).toBe(linear);
    expect(lensAxis(linear, lensSpan(lens('1990..2030')))).toBe(linear);
  });

  it('cuts a lens reaching past the data to it', () => {
    const cut = lensAxis(linear, lensSpan(lens('1900..1995')));
    // From the first instant of the axis (its padding before 1994 included) to the end of 1995.
    expect(cut.scale(linear.scale.domain()[0]!)).toBe(100);
    expect(cut.scale(utcMs(1996))).toBeCloseTo(100 + LENS_SHARE * 1000, 6);
  });

  it('works BCE: a lens on 480 BCE in a chronology of the fifth century BCE', () => {
    const bce = makeAxisModel(coveredIntervals(Array.from({ length: 100 }, (_, i) => year(-499 + i))), 0, 1000, []);
    const salamis = lensSpan(lens('-0479..-0479'));
    const opened = lensAxis(bce, salamis);
    expect(opened.scale(salamis.endMs) - opened.scale(salamis.startMs)).toBeCloseTo(600, 6);
    expect(+opened.scale.invert(opened.scale(salamis.startMs))).toBe(utcMs(-479));
  });

  it('keeps a collapsed gap as a gap, squeezed with its side', () => {
    const events = [year(2008), year(2009), year(2010), year(2011), year(2024), year(2025)];
    const collapsed = makeAxisModel(coveredIntervals(events), 0, 1000, [{ startMs: utcMs(2012), endMs: utcMs(2024) }], 56);
    const opened = lensAxis(collapsed, lensSpan(lens('2008..2009')));
    expect(opened.gaps).toHaveLength(1);
    const gap = opened.gaps[0]!;
    expect(gap.x1Px - gap.x0Px).toBeLessThan(56);
    expect(gap.x1Px - gap.x0Px).toBeGreaterThan(0);
  });

  it('is monotone and keeps every instant within the plot, whatever the lens (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0.1, max: 0.95, noNaN: true }),
        (from, length, share) => {
          const opened = lensAxis(linear, { startMs: utcMs(from), endMs: utcMs(from + length + 1) }, share);
          let last = -Infinity;
          for (let y = 1994; y <= 2026; y++) {
            const x = opened.scale(utcMs(y));
            expect(x).toBeGreaterThanOrEqual(last);
            expect(x).toBeGreaterThanOrEqual(100 - 1e-6);
            expect(x).toBeLessThanOrEqual(1100 + 1e-6);
            last = x;
          }
        },
      ),
    );
  });
});
