import { describe, expect, it } from 'vitest';
import { utcMs } from '../model/dates.ts';
import { coveredIntervals, detectGaps, formatDuration, gapsBetween, gapsBetweenSteps } from './gaps.ts';
import { runCountingSteps } from '../model/steps.ts';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => ({ startMs: utcMs(y, m, d), endMs: utcMs(y, m, d + 1) });
const year = (y: number) => ({ startMs: utcMs(y), endMs: utcMs(y + 1) });
const everyMonth = (from: number, count: number) => Array.from({ length: count }, (_, i) => day(from, 1 + i, 15));

describe('detectGaps', () => {
  it.each([
    ['no events', [], []],
    ['a single event', [day(2008, 4, 3)], []],
    ['all events on one day', [day(2025, 2, 18), day(2025, 2, 18), { startMs: utcMs(2025, 2, 18, 10), endMs: utcMs(2025, 2, 18, 10, 1) }], []],
    ['evenly spread, no gaps', everyMonth(2000, 48), []],
    ['many small gaps: 2 and 9 days apart in turn', Array.from({ length: 60 }, (_, i) => day(2020, 1, 1 + Math.floor(i / 2) * 11 + (i % 2) * 2)), []],
    ['three events far apart, evenly: no spacing to compare with, nothing collapses', [year(1900), year(1950), year(2000)], []],
    [
      'a pair of events close together is no pattern: the stretch beside it stays',
      [year(1980), day(1997, 5, 27), day(1997, 7, 9), year(2004), year(2010), year(2016)],
      [],
    ],
    [
      'one huge gap: 2008, then seventeen quiet years, then a week in 2025',
      [day(2008, 4, 2), day(2008, 4, 3), day(2008, 4, 4), day(2025, 2, 12), day(2025, 2, 12), day(2025, 2, 18)],
      [[utcMs(2008, 4, 5), utcMs(2025, 2, 12)]],
    ],
    ['two events only, years apart: the stretch between collapses', [year(1994), year(2025)], [[utcMs(1995), utcMs(2025)]]],
    [
      'a burst after a quiet spell: collapse even though the spell is short against the whole',
      [...everyMonth(2000, 60), day(2005, 9, 1), day(2005, 9, 3), day(2005, 9, 4), day(2005, 9, 6)],
      [[utcMs(2004, 12, 16), utcMs(2005, 9, 1)]],
    ],
    [
      'a quiet spell between two bursts: the spell collapses, the bursts stay whole',
      [day(2001, 3, 1), day(2001, 3, 2), day(2001, 3, 4), day(2001, 3, 5), day(2009, 6, 1), day(2009, 6, 3), day(2009, 6, 4)],
      [[utcMs(2001, 3, 6), utcMs(2009, 6, 1)]],
    ],
    ['ranges that cover a stretch leave no gap in it', [{ startMs: utcMs(2000), endMs: utcMs(2020) }, day(2001, 1, 1), day(2019, 6, 1)], []],
    [
      'BCE: centuries without events',
      [year(-752), year(-489), year(-479), year(-430), year(-398), year(-43), year(-30), year(-26), year(14), year(476)],
      'some',
    ],
  ] as const)('%s', (_what, spans, expected) => {
    const gaps = detectGaps(spans);
    if (expected === 'some') {
      expect(gaps.length).toBeGreaterThan(0);
      for (const gap of gaps) for (const s of spans) expect(s.endMs <= gap.startMs || s.startMs >= gap.endMs).toBe(true);
      return;
    }
    expect(gaps.map((g) => [g.startMs, g.endMs])).toEqual(expected);
  });

  it('never puts a gap where an event is', () => {
    const spans = [...everyMonth(1990, 24), year(2001), day(2010, 5, 5), ...everyMonth(2020, 12)];
    for (const gap of detectGaps(spans)) for (const s of spans) expect(s.endMs <= gap.startMs || s.startMs >= gap.endMs).toBe(true);
  });
});

describe('coveredIntervals', () => {
  it('merges overlapping and touching spans, in time order', () => {
    expect(coveredIntervals([day(2008, 4, 4), day(2008, 4, 3), { startMs: utcMs(2008, 4, 10), endMs: utcMs(2008, 4, 20) }, day(2008, 4, 12)])).toEqual([
      { startMs: utcMs(2008, 4, 3), endMs: utcMs(2008, 4, 5), count: 2 },
      { startMs: utcMs(2008, 4, 10), endMs: utcMs(2008, 4, 20), count: 2 },
    ]);
  });
});

describe('gapsBetweenSteps', () => {
  it('passes over 300,000 spaces in steps of at most 65,536, finding the gaps a single pass finds', () => {
    // Events an hour apart, with a quiet year every 50,000 of them.
    const covered: { startMs: number; endMs: number; count: number }[] = [];
    let at = utcMs(2000, 0, 1);
    for (let i = 0; i <= 300_000; i++) {
      at += i % 50_000 === 0 && i > 0 ? 365 * 86_400_000 : 3_600_000;
      covered.push({ startMs: at, endMs: at + 60_000, count: 1 });
    }
    const { value, steps } = runCountingSteps(gapsBetweenSteps(covered));
    expect(steps).toBe(Math.floor(300_000 / 65_536));
    expect(value).toHaveLength(6);
    expect(value).toEqual(gapsBetween(covered));
    expect(value[0]).toEqual({ startMs: covered[49_999]!.endMs, endMs: covered[50_000]!.startMs });
  });
});

describe('formatDuration', () => {
  it.each([
    [16.9 * 365.25 * DAY, '17 years'],
    [2 * 365.25 * DAY, '2 years'],
    [7 * 30.4 * DAY, '7 months'],
    [45 * DAY, '45 days'],
    [5 * DAY, '5 days'],
    [1.2 * DAY, '29 hours'],
    [3 * 3_600_000, '3 hours'],
    [60_000, '1 minute'],
  ])('%d ms is "%s"', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});
