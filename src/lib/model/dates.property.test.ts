// Property tests of dates across the whole supported range (±MAX_ABS_YEAR) and every precision:
// what is written parses to the same calendar fields, writes back (formatIsoDate) to text that
// parses the same, spans exactly its year, month, day, minute or second, is shown with the right era
// and no more precision than it has; and what names no real instant is refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDate, MAX_ABS_YEAR, monthName, parseDate, type DateFields, type DatePrecision, type PartialDate } from './dates.ts';
import { formatDate } from './format-date.ts';

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute', 'second'];
const DAY_MS = 86_400_000;

/** The Gregorian calendar repeats every 400 years: a day's existence is read from a year JavaScript's Date handles plainly. */
const realDay = (year: number, month: number, day: number) => {
  const probe = 2000 + (((year % 400) + 400) % 400);
  return new Date(Date.UTC(probe, month - 1, day)).getUTCDate() === day;
};
const monthDays = (year: number, month: number) => [31, 30, 29, 28].find((d) => realDay(year, month, d))!;
const isLeap = (year: number) => realDay(year, 2, 29);

/** Years from the whole range, with the edges (0, ±1, 99/100, 9999/10000, ±MAX) and BCE/AD 1–999 made likely. */
const year = fc.oneof(
  fc.integer({ min: -MAX_ABS_YEAR, max: MAX_ABS_YEAR }),
  fc.integer({ min: -9999, max: 9999 }),
  fc.integer({ min: -999, max: 999 }),
  fc.constantFrom(0, 1, -1, 99, 100, 999, 1000, 1969, 1970, 9999, 10_000, -9999, -10_000, -490, MAX_ABS_YEAR, -MAX_ABS_YEAR),
);

const pad = (n: number, digits: number) => String(Math.abs(n)).padStart(digits, '0');

/** A year as an author may write it: the short form where it fits, or the expanded signed form (always allowed). */
function writeYear(y: number, expanded: boolean): string {
  if (expanded || y > 9999 || y < -9999) return `${y < 0 ? '-' : '+'}${pad(y, 6)}`;
  return y < 0 ? `-${pad(y, 4)}` : pad(y, 4);
}

type Written = { fields: DateFields; text: string; canonical: boolean };

const written: fc.Arbitrary<Written> = fc
  .record({
    precision: fc.constantFrom(...PRECISIONS),
    year,
    expanded: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    zone: fc.oneof(
      fc.constant(null),
      fc.constant('Z' as const),
      fc.record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 14 }), minutes: fc.integer({ min: 0, max: 59 }) }),
    ),
  })
  .map(({ precision, year: y, expanded, month, day: rawDay, hour, minute, second, zone }) => {
    const day = Math.min(rawDay, monthDays(y, month));
    const timed = precision === 'minute' || precision === 'second';
    const offset = zone !== null && zone !== 'Z' && zone.hours === 14 ? { ...zone, minutes: 0 } : zone;
    const offsetMinutes = !timed || offset === null ? undefined : offset === 'Z' ? 0 : (offset.sign === '-' ? -1 : 1) * (offset.hours * 60 + offset.minutes);
    const fields: DateFields = {
      precision,
      year: y,
      month: precision === 'year' ? undefined : month,
      day: precision === 'year' || precision === 'month' ? undefined : day,
      hour: timed ? hour : undefined,
      minute: timed ? minute : undefined,
      second: precision === 'second' ? second : undefined,
      offsetMinutes,
    };
    let text = writeYear(y, expanded);
    if (fields.month !== undefined) text += `-${pad(month, 2)}`;
    if (fields.day !== undefined) text += `-${pad(day, 2)}`;
    if (timed) text += `T${pad(hour, 2)}:${pad(minute, 2)}`;
    if (precision === 'second') text += `:${pad(second, 2)}`;
    const zoneText = !timed || offset === null ? '' : offset === 'Z' ? 'Z' : `${offset.sign}${pad(offset.hours, 2)}:${pad(offset.minutes, 2)}`;
    text += zoneText;
    // Canonical: the form formatIsoDate writes (short years where they fit, a zero offset as Z).
    const canonical = (!expanded || y > 9999 || y < -9999) && !/^[+-]00:00$/.test(zoneText);
    return { fields, text, canonical };
  });

function parsed(text: string): PartialDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.problem}`);
  return result.date;
}

const fieldsOf = (d: PartialDate): DateFields => ({
  precision: d.precision,
  year: d.year,
  month: d.month,
  day: d.day,
  hour: d.hour,
  minute: d.minute,
  second: d.second,
  offsetMinutes: d.offsetMinutes,
});

/** How long the span a date names is, from the calendar alone. */
function spanMs({ precision, year: y, month }: DateFields): number {
  if (precision === 'year') return (isLeap(y) ? 366 : 365) * DAY_MS;
  if (precision === 'month') return monthDays(y, month!) * DAY_MS;
  if (precision === 'day') return DAY_MS;
  return precision === 'minute' ? 60_000 : 1_000;
}

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December)/;

const RUNS = { seed: 20260301, numRuns: 1000 };

describe('a date written at any precision, anywhere in the supported range', () => {
  it('parses to the fields written, at the precision written', () => {
    fc.assert(
      fc.property(written, ({ fields, text }) => {
        const d = parsed(text);
        expect(fieldsOf(d)).toEqual(fields);
        expect(d.text).toBe(text);
      }),
      RUNS,
    );
  });

  it('is written back by formatIsoDate as text that parses to the same fields (the same text, when it was written canonically)', () => {
    fc.assert(
      fc.property(written, ({ fields, text, canonical }) => {
        const back = formatIsoDate(parsed(text));
        expect(fieldsOf(parsed(back))).toEqual(fields);
        if (canonical) expect(back).toBe(text);
        else expect(back).not.toBe(text);
      }),
      RUNS,
    );
  });

  it('starts at its first instant (in its own zone) and spans exactly its year, month, day, minute or second', () => {
    fc.assert(
      fc.property(written, ({ fields, text }) => {
        const d = parsed(text);
        const local = new Date(d.startMs + (fields.offsetMinutes ?? 0) * 60_000);
        expect([
          local.getUTCFullYear(),
          local.getUTCMonth() + 1,
          local.getUTCDate(),
          local.getUTCHours(),
          local.getUTCMinutes(),
          local.getUTCSeconds(),
        ]).toEqual([fields.year, fields.month ?? 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0]);
        expect(d.endMs - d.startMs).toBe(spanMs(fields));
      }),
      RUNS,
    );
  });

  it('is shown with its era, and with no more precision than it has', () => {
    fc.assert(
      fc.property(written, ({ fields, text }) => {
        const shown = formatDate(parsed(text));
        const y = fields.year;
        // Astronomical years: 0 is 1 BCE, -490 is 491 BCE; AD only where a bare number could be misread (1–999).
        const era = y <= 0 ? `${1 - y} BCE` : y < 1000 ? `AD ${y}` : String(y);
        const month = fields.month === undefined ? '' : monthName(fields.month);
        const time =
          fields.hour === undefined
            ? ''
            : `, ${pad(fields.hour, 2)}:${pad(fields.minute!, 2)}${fields.second === undefined ? '' : `:${pad(fields.second, 2)}`}`;
        const zone =
          fields.offsetMinutes === undefined
            ? ''
            : fields.offsetMinutes === 0
              ? ' UTC'
              : ` UTC${fields.offsetMinutes < 0 ? '−' : '+'}${pad(Math.trunc(fields.offsetMinutes / 60), 2)}:${pad(fields.offsetMinutes % 60, 2)}`;
        const expected = [fields.day, month, era].filter((part) => part !== undefined && part !== '').join(' ') + time + zone;
        expect(shown).toBe(expected);
        // Never invented: a year shows no month, a month no day, a day no time.
        if (fields.month === undefined) expect(shown).not.toMatch(MONTH);
        if (fields.day === undefined) expect(shown).not.toMatch(new RegExp(`^\\d+ ${MONTH.source}`));
        if (fields.hour === undefined) expect(shown).not.toContain(':');
        if (fields.second === undefined) expect(shown).not.toMatch(/\d:\d\d:\d\d/);
      }),
      RUNS,
    );
  });
});

describe('what names no real date or instant is refused, with a problem and a fix', () => {
  const refused = (text: string) => {
    const result = parseDate(text);
    expect(result.ok, text).toBe(false);
    if (!result.ok) {
      expect(result.problem.trim()).not.toBe('');
      expect(result.fix.trim()).not.toBe('');
    }
  };
  const y = (value: number) => writeYear(value, false);

  it('a day beyond the end of its month (30 February, 29 February outside leap years, 31 April)', () => {
    const beyond = fc
      .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 29, max: 99 }) })
      .filter(({ year: yr, month, day }) => day > monthDays(yr, month));
    fc.assert(
      fc.property(beyond, ({ year: yr, month, day }) => refused(`${y(yr)}-${pad(month, 2)}-${pad(day, 2)}`)),
      { seed: 30, numRuns: 300 },
    );
  });

  it('month 00 or 13–99, day 00', () => {
    const badMonth = fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 }));
    fc.assert(
      fc.property(year, badMonth, (yr, month) => refused(`${y(yr)}-${pad(month, 2)}`)),
      { seed: 13, numRuns: 200 },
    );
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (yr, month) => refused(`${y(yr)}-${pad(month, 2)}-00`)),
      { seed: 0, numRuns: 100 },
    );
  });

  it('hour 24–99, minute or second 60–99, an offset beyond ±14:00', () => {
    const day = '2025-01-01';
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 99 }), (h) => refused(`${day}T${pad(h, 2)}:00`)),
      { seed: 24, numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 99 }), (m) => refused(`${day}T10:${pad(m, 2)}`)),
      { seed: 60, numRuns: 50 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 99 }), (s) => refused(`${day}T10:00:${pad(s, 2)}`)),
      { seed: 61, numRuns: 50 },
    );
    const beyond = fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 14, max: 99 }), fc.integer({ min: 0, max: 99 })).filter(([, h, m]) => h > 14 || m > 0);
    fc.assert(
      fc.property(beyond, ([sign, h, m]) => refused(`${day}T10:00${sign}${pad(h, 2)}:${pad(m, 2)}`)),
      { seed: 14, numRuns: 100 },
    );
  });

  it('a year beyond ±MAX_ABS_YEAR, at every precision', () => {
    const far = fc.integer({ min: MAX_ABS_YEAR + 1, max: 999_999 }).chain((abs) => fc.constantFrom(abs, -abs));
    const suffix = fc.constantFrom('', '-01', '-12-31', '-12-31T23:59', '-01-01T00:00:00Z');
    fc.assert(
      fc.property(far, suffix, (yr, rest) => refused(`${writeYear(yr, true)}${rest}`)),
      { seed: 270001, numRuns: 200 },
    );
  });
});
