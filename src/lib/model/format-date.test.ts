import { describe, expect, it } from 'vitest';
import { utcMs } from './dates.ts';
import { formatWindow } from './format-date.ts';

const DAY = 86_400_000;

describe('formatWindow names the visible window as coarsely as its length allows', () => {
  it.each([
    // what, start, end, shown
    ['decades: years', utcMs(1992), utcMs(2026), '1992 – 2026'],
    ['34 years from mid-year: still years', utcMs(1992, 7, 1), utcMs(2026, 7, 1), '1992 – 2026'],
    ['a few years: years', utcMs(2008), utcMs(2011, 6), '2008 – 2011'],
    ['a year: months', utcMs(2008), utcMs(2009), 'Jan 2008 – Jan 2009'],
    ['half a year: months', utcMs(2008, 1, 15), utcMs(2008, 9, 1), 'Jan 2008 – Sep 2008'],
    ['ten days: days', utcMs(2025, 2, 10), utcMs(2025, 2, 20), '10 Feb 2025 – 20 Feb 2025'],
    ['across new year: days', utcMs(2024, 12, 20), utcMs(2025, 1, 10), '20 Dec 2024 – 10 Jan 2025'],
    ['one day: hours and minutes', utcMs(2025, 2, 18), utcMs(2025, 2, 19), '18 Feb 2025, 00:00 – 19 Feb 2025, 00:00'],
    ['30 minutes', utcMs(2025, 2, 18, 10), utcMs(2025, 2, 18, 10, 30), '18 Feb 2025, 10:00 – 18 Feb 2025, 10:30'],
    ['late evening UTC is not moved to the reader’s zone', utcMs(2025, 2, 18, 23, 5), utcMs(2025, 2, 19, 1, 45), '18 Feb 2025, 23:05 – 19 Feb 2025, 01:45'],
    ['BCE centuries', utcMs(-599), utcMs(-399), '600 BCE – 400 BCE'],
    ['across year zero', utcMs(-50), utcMs(50), '51 BCE – AD 50'],
    ['years 1–99 are not the 1900s', utcMs(14), utcMs(99), 'AD 14 – AD 99'],
    ['BCE months', utcMs(-43, 1), utcMs(-43, 7), 'Jan 44 BCE – Jul 44 BCE'],
    ['BCE days', utcMs(-43, 3, 10), utcMs(-43, 3, 20), '10 Mar 44 BCE – 20 Mar 44 BCE'],
    ['AD 50, two and a half days: minutes', utcMs(50, 4, 20), utcMs(50, 4, 22, 12), '20 Apr AD 50, 00:00 – 22 Apr AD 50, 12:00'],
  ] as const)('%s', (_what, startMs, endMs, shown) => {
    expect(formatWindow(startMs, endMs)).toBe(shown);
  });

  it.each([
    // length, precision the ends are shown at
    [3 * DAY, 'minutes'],
    [3 * DAY + 60_000, 'days'],
    [90 * DAY, 'days'],
    [90 * DAY + 60_000, 'months'],
    [3 * 365 * DAY, 'months'],
    [3 * 365 * DAY + 60_000, 'years'],
  ] as const)('a window of %i ms is shown in %s', (lengthMs, unit) => {
    const start = utcMs(2001, 3, 1);
    const shown = formatWindow(start, start + lengthMs).split(' – ')[0];
    const expected = { minutes: '1 Mar 2001, 00:00', days: '1 Mar 2001', months: 'Mar 2001', years: '2001' }[unit];
    expect(shown).toBe(expected);
  });
});
