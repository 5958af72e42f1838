import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDate, parseDate, utcMs, type PartialDate } from './dates.ts';
import { formatDate, formatSpan } from './format-date.ts';

function parsed(text: string): PartialDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problem}`);
  return result.date;
}

describe('the test time zone', () => {
  it('is west of UTC, so local-time bugs fail', () => {
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBeGreaterThan(0);
  });
});

describe('parseDate keeps the precision and span of what was written', () => {
  const Z = (iso: string) => Date.parse(iso);
  it.each([
    // text, precision, start (UTC), end (exclusive), shown as
    ['2008', 'year', Z('2008-01-01T00:00:00Z'), Z('2009-01-01T00:00:00Z'), '2008'],
    ['2008-04', 'month', Z('2008-04-01T00:00:00Z'), Z('2008-05-01T00:00:00Z'), 'April 2008'],
    ['2008-12', 'month', Z('2008-12-01T00:00:00Z'), Z('2009-01-01T00:00:00Z'), 'December 2008'],
    ['2008-04-03', 'day', Z('2008-04-03T00:00:00Z'), Z('2008-04-04T00:00:00Z'), '3 April 2008'],
    ['2024-02-29', 'day', Z('2024-02-29T00:00:00Z'), Z('2024-03-01T00:00:00Z'), '29 February 2024'],
    ['2000-02-29', 'day', Z('2000-02-29T00:00:00Z'), Z('2000-03-01T00:00:00Z'), '29 February 2000'],
    ['2008-04-03T10:30', 'minute', Z('2008-04-03T10:30:00Z'), Z('2008-04-03T10:31:00Z'), '3 April 2008, 10:30'],
    ['2008-04-03T10:30Z', 'minute', Z('2008-04-03T10:30:00Z'), Z('2008-04-03T10:31:00Z'), '3 April 2008, 10:30 UTC'],
    ['2008-04-03T10:30+02:00', 'minute', Z('2008-04-03T08:30:00Z'), Z('2008-04-03T08:31:00Z'), '3 April 2008, 10:30 UTC+02:00'],
    ['2008-04-03T10:30-05:30', 'minute', Z('2008-04-03T16:00:00Z'), Z('2008-04-03T16:01:00Z'), '3 April 2008, 10:30 UTC−05:30'],
    ['2008-04-03T10:30:15Z', 'second', Z('2008-04-03T10:30:15Z'), Z('2008-04-03T10:30:16Z'), '3 April 2008, 10:30:15 UTC'],
    ['2025-02-18T23:59+14:00', 'minute', Z('2025-02-18T09:59:00Z'), Z('2025-02-18T10:00:00Z'), '18 February 2025, 23:59 UTC+14:00'],
  ] as const)('%s', (text, precision, startMs, endMs, shown) => {
    const d = parsed(text);
    expect(d.precision).toBe(precision);
    expect(d.startMs).toBe(startMs);
    expect(d.endMs).toBe(endMs);
    expect(formatDate(d)).toBe(shown);
  });

  it.each([
    // Astronomical numbering: year 0 is 1 BCE, -0490 is 491 BCE.
    ['0000', 0, '1 BCE'],
    ['-0001', -1, '2 BCE'],
    ['-0490', -490, '491 BCE'],
    ['-0490-09', -490, 'September 491 BCE'],
    ['-0043-03-15', -43, '15 March 44 BCE'],
    ['-012000', -12000, '12001 BCE'],
    ['0001', 1, 'AD 1'],
    ['0014', 14, 'AD 14'],
    ['0050-04-20', 50, '20 April AD 50'],
    ['0099', 99, 'AD 99'],
    ['0476', 476, 'AD 476'],
    ['+002025', 2025, '2025'],
    ['+012025', 12025, '12025'],
  ] as const)('%s is year %i, shown as %s', (text, year, shown) => {
    const d = parsed(text);
    expect(d.year).toBe(year);
    expect(new Date(d.startMs).getUTCFullYear()).toBe(year);
    expect(formatDate(d)).toBe(shown);
  });

  it('years 1–99 are not moved to the 1900s', () => {
    expect(parsed('0050').startMs).toBe(utcMs(50));
    expect(parsed('0050').startMs).toBeLessThan(parsed('0100').startMs);
    expect(new Date(parsed('0050-04-20').startMs).toISOString()).toBe('0050-04-20T00:00:00.000Z');
  });

  it('a year-zero leap day exists (year 0 is a leap year)', () => {
    expect(formatDate(parsed('0000-02-29'))).toBe('29 February 1 BCE');
  });
});

describe('parseDate refuses what is not a real date, saying why and how to fix it', () => {
  it.each([
    ['2025-02-30', /February 2025 has 28 days .*not a leap year/, /01 to 28/],
    ['2023-02-29', /February 2023 has 28 days/, /01 to 28/],
    ['2025-04-31', /April 2025 has 30 days/, /01 to 30/],
    ['2025-00', /month 00 does not exist/, /01 to 12/],
    ['2025-13-01', /month 13 does not exist/, /01 to 12/],
    ['2025-01-00', /day 00 does not exist/, /01 to 31/],
    ['2025-01-01T24:00', /hour 24/, /00 to 23/],
    ['2025-01-01T10:60', /minute 60/, /00 to 59/],
    ['2025-01-01T10:30:60', /second 60/, /leap seconds/],
    ['2025-01-01T10:30+15:00', /offset \+15:00/, /-12:00 and \+14:00/],
    ['2025-01-01T10:30+0200', /without a colon/, /±hh:mm/],
    ['2025-01-01 10:30', /with a space/, /2025-01-01T10:30/],
    ['2025-01-01T10:30z', /lower-case z/, /capital/],
    ['2025-01-01T10', /hour without minutes/, /hh:mm/],
    ['2025-01-01T10:30:00.250Z', /fractions of a second/, /minute or the second/],
    ['12/02/2025', /ambiguous/, /YYYY-MM-DD/],
    ['2025-2-12', /one-digit/, /two digits/],
    ['50', /fewer than four year digits/, /"0050"/],
    ['20250', /more than four year digits without a sign/, /\+/],
    ['-0000', /year zero with a minus sign/, /"0000"/],
    ['+300000', /outside the supported range/, /270000/],
    ['', /empty/, /2008-04-03/],
    [' 2008', /spaces/, /"2008"/],
    ['yesterday', /not a date/, /YYYY-MM-DD/],
    ['2008-W14', /not a date/, /YYYY-MM-DD/],
  ])('%j', (text, problem, fix) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(problem);
    expect(result.fix).toMatch(fix);
  });
});

describe('formatSpan joins a start and an inclusive end', () => {
  it.each([
    ['2008-04-02', '2008-04-04', '2–4 April 2008'],
    ['2008-08-07', '2008-08-12', '7–12 August 2008'],
    ['2013-11-21', '2014-02-22', '21 November 2013 – 22 February 2014'],
    ['2014-11-30', '2014-12-02', '30 November – 2 December 2014'],
    ['1991', '1994', '1991–1994'],
    ['-0500', '0014', '501 BCE – AD 14'],
    ['2008-01', '2008-03', 'January–March 2008'],
    ['2008-04-03', '2008-04-03', '3 April 2008'],
  ])('%s to %s', (a, b, shown) => {
    expect(formatSpan(parsed(a), parsed(b))).toBe(shown);
  });
});

describe('formatIsoDate writes a date back as the format writes it', () => {
  it.each([
    ['2008', '2008'],
    ['2008-04', '2008-04'],
    ['0014-03-01', '0014-03-01'],
    ['0000', '0000'],
    ['-0490-09', '-0490-09'],
    ['+002025', '2025'],
    ['+012025-04-03', '+012025-04-03'],
    ['-270000', '-270000'],
    ['2008-04-03T10:30', '2008-04-03T10:30'],
    ['2008-04-03T10:30:15+00:00', '2008-04-03T10:30:15Z'],
    ['2008-04-03T10:30-05:30', '2008-04-03T10:30-05:30'],
    ['2008-04-03T10:30-00:45', '2008-04-03T10:30-00:45'],
  ])('%s → %s', (text, iso) => {
    expect(formatIsoDate(parsed(text))).toBe(iso);
  });
});

describe('round trip', () => {
  const isoDay = fc
    .record({ year: fc.integer({ min: -9999, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => {
      const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
      return { year, month, day, text: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
    });

  it('every valid day parses to a UTC midnight with the same fields, one day long', () => {
    fc.assert(
      fc.property(isoDay, ({ year, month, day, text }) => {
        const d = parsed(text);
        const start = new Date(d.startMs);
        expect([start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours()]).toEqual([year, month, day, 0]);
        expect(d.endMs - d.startMs).toBe(86_400_000);
        expect(formatDate(d)).toContain(String(day));
      }),
      { seed: 20250218, numRuns: 500 },
    );
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseDate(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { seed: 2008, numRuns: 2000 },
    );
  });
});
