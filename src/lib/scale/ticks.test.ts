import { describe, expect, it } from 'vitest';
import { utcMs } from '../model/dates.ts';
import { axisTicks } from './ticks.ts';
import { makeTimeScale } from './time-scale.ts';

const ticksOver = (startMs: number, endMs: number, spacingPx = 110) => axisTicks(makeTimeScale([startMs, endMs], 0, 1000), spacingPx);

describe('axisTicks adapts from decades to minutes', () => {
  it.each([
    // what, start, end, spacing, labels (a leading * marks a major tick)
    ['34 years, every 5', utcMs(1992), utcMs(2026), 110, ['1995', '2000', '2005', '2010', '2015', '2020', '2025']],
    ['34 years, decades', utcMs(1992), utcMs(2026), 250, ['2000', '2010', '2020']],
    ['2008, months', utcMs(2008), utcMs(2009), 110, ['*2008', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '*2009']],
    ['a season across new year', utcMs(2007, 11), utcMs(2008, 3), 250, ['Nov 2007', 'Dec', '*2008', 'Feb', 'Mar']],
    [
      '10–20 Feb 2025, days',
      utcMs(2025, 2, 10),
      utcMs(2025, 2, 20),
      110,
      ['10 Feb 2025', '11 Feb', '12 Feb', '13 Feb', '14 Feb', '15 Feb', '16 Feb', '17 Feb', '18 Feb', '19 Feb', '20 Feb'],
    ],
    ['days across a month end', utcMs(2025, 2, 26), utcMs(2025, 3, 4), 150, ['26 Feb 2025', '27 Feb', '28 Feb', '*Mar', '2 Mar', '3 Mar', '4 Mar']],
    [
      '18 Feb 2025, hours',
      utcMs(2025, 2, 18),
      utcMs(2025, 2, 19),
      110,
      ['*18 Feb 2025', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00', '*19 Feb'],
    ],
    ['30 minutes', utcMs(2025, 2, 18, 10, 0), utcMs(2025, 2, 18, 10, 30), 110, ['18 Feb, 10:00', '10:05', '10:10', '10:15', '10:20', '10:25', '10:30']],
    [
      'two minutes, seconds',
      utcMs(2025, 2, 18, 10, 0),
      utcMs(2025, 2, 18, 10, 2),
      110,
      ['*18 Feb, 10:00', '10:00:15', '10:00:30', '10:00:45', '*10:01', '10:01:15', '10:01:30', '10:01:45', '*10:02'],
    ],
    [
      '600–400 BCE, BCE years count down',
      utcMs(-599),
      utcMs(-399),
      110,
      ['600 BCE', '580 BCE', '560 BCE', '540 BCE', '520 BCE', '500 BCE', '480 BCE', '460 BCE', '440 BCE', '420 BCE', '400 BCE'],
    ],
    ['600–400 BCE, centuries', utcMs(-599), utcMs(-399), 400, ['600 BCE', '500 BCE', '400 BCE']],
    [
      '6 BCE – AD 5, no year zero between',
      utcMs(-5),
      utcMs(5),
      110,
      ['6 BCE', '5 BCE', '4 BCE', '3 BCE', '2 BCE', '1 BCE', 'AD 1', 'AD 2', 'AD 3', 'AD 4', 'AD 5'],
    ],
    [
      '51 BCE – AD 50, decades either side',
      utcMs(-50),
      utcMs(50),
      110,
      ['50 BCE', '40 BCE', '30 BCE', '20 BCE', '10 BCE', 'AD 1', 'AD 10', 'AD 20', 'AD 30', 'AD 40', 'AD 50'],
    ],
    ['AD 14–20, never 1914', utcMs(14), utcMs(20), 110, ['AD 14', 'AD 15', 'AD 16', 'AD 17', 'AD 18', 'AD 19', 'AD 20']],
    ['AD 1–99, never the 1900s', utcMs(1), utcMs(99), 110, ['AD 1', 'AD 10', 'AD 20', 'AD 30', 'AD 40', 'AD 50', 'AD 60', 'AD 70', 'AD 80', 'AD 90']],
    ['months in AD 50', utcMs(50, 3), utcMs(50, 7), 250, ['Mar AD 50', 'Apr', 'May', 'Jun', 'Jul']],
  ] as const)('%s', (_what, startMs, endMs, spacingPx, expected) => {
    const ticks = ticksOver(startMs, endMs, spacingPx);
    expect(ticks.map((t) => (t.major ? '*' : '') + t.label)).toEqual(expected);
  });
});

describe('every tick', () => {
  const SPANS = [
    ['34 years', utcMs(1992), utcMs(2026)],
    ['a year', utcMs(2008), utcMs(2009)],
    ['ten days', utcMs(2025, 2, 10), utcMs(2025, 2, 20)],
    ['a day', utcMs(2025, 2, 18), utcMs(2025, 2, 19)],
    ['half an hour', utcMs(2025, 2, 18, 10), utcMs(2025, 2, 18, 10, 30)],
    ['200 BCE years', utcMs(-599), utcMs(-399)],
    ['across year zero', utcMs(-50), utcMs(50)],
    ['ten millennia BCE', utcMs(-12000), utcMs(-2000)],
  ] as const;

  it.each(SPANS)('%s: lies on screen, left to right, at its own instant', (_what, startMs, endMs) => {
    const ticks = ticksOver(startMs, endMs);
    const scale = makeTimeScale([startMs, endMs], 0, 1000);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const [i, t] of ticks.entries()) {
      expect(t.xPx).toBeGreaterThanOrEqual(0);
      expect(t.xPx).toBeLessThanOrEqual(1000);
      expect(t.xPx).toBeCloseTo(scale(t.ms), 9);
      expect(t.ms).toBeGreaterThanOrEqual(startMs);
      expect(t.ms).toBeLessThanOrEqual(endMs);
      if (i > 0) expect(t.xPx).toBeGreaterThan(ticks[i - 1]!.xPx);
    }
    expect(new Set(ticks.map((t) => t.ms)).size).toBe(ticks.length);
  });

  it.each(SPANS)('%s: about one tick per spacing', (_what, startMs, endMs) => {
    expect(ticksOver(startMs, endMs, 110).length).toBeLessThanOrEqual(20);
    expect(ticksOver(startMs, endMs, 250).length).toBeLessThan(ticksOver(startMs, endMs, 50).length);
  });
});

describe('the first tick carries the context to read it alone', () => {
  it.each([
    ['12 Feb 2025, then 13 Feb', utcMs(2025, 2, 11, 12), utcMs(2025, 2, 20), '12 Feb 2025', '13 Feb'],
    ['Feb 2008, then Mar', utcMs(2008, 1, 15), utcMs(2008, 12, 15), 'Feb 2008', 'Mar'],
    ['Feb 44 BCE, then Mar', utcMs(-43, 1, 15), utcMs(-43, 12, 15), 'Feb 44 BCE', 'Mar'],
    ['18 Feb, 03:00, then 06:00', utcMs(2025, 2, 18, 1, 30), utcMs(2025, 2, 19), '18 Feb, 03:00', '06:00'],
    ['years need no context', utcMs(1992), utcMs(2026), '1995', '2000'],
  ] as const)('%s', (_what, startMs, endMs, first, second) => {
    const [a, b] = ticksOver(startMs, endMs);
    expect(a?.label).toBe(first);
    expect(b?.label).toBe(second);
  });
});
