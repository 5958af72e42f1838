// The quick reader of common dates (quick-date.ts) gives exactly what the general one gives (the same
// fields, in the same order, the same instants), or leaves the text to it: for every date in the
// forms it reads, for near misses (impossible days, hours, offsets, one digit too many or too few) and
// for any string.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseDateText } from './dates.ts';
import { daysFromCivil, quickDate } from './quick-date.ts';

const pad = (n: number, digits = 2) => String(n).padStart(digits, '0');

/** Text in the quick forms, with fields that may be out of range (month 13, day 31 of April, hour 24…). */
const nearDate = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 99, 100, 400, 1600, 1900, 1969, 1970, 2000, 2024, 2100, 9999)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    form: fc.integer({ min: 0, max: 4 }),
    zone: fc.constantFrom('', 'Z', 'z', '+02:00', '-00:00', '+1400', ' '),
  })
  .map(({ year, month, day, hour, minute, second, form, zone }) => {
    const parts = [pad(year, 4), `-${pad(month)}`, `-${pad(day)}`, `T${pad(hour)}:${pad(minute)}`, `:${pad(second)}`];
    return parts.slice(0, form + 1).join('') + (form >= 3 ? zone : '');
  });

function same(text: string): void {
  const quick = quickDate(text);
  const full = parseDateText(text);
  if (quick === null) return;
  expect(full.ok).toBe(true);
  if (!full.ok) return;
  expect(quick).toStrictEqual(full.date);
  expect(Object.keys(quick)).toEqual(Object.keys(full.date));
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full.date));
}

describe('quickDate reads the common forms exactly as parseDate does, and leaves the rest to it', () => {
  it('dates in the quick forms, possible or not', () => {
    let read = 0;
    fc.assert(
      fc.property(nearDate, (text) => {
        same(text);
        if (quickDate(text)) read++;
        // parseDate with its quick path is the general reader's answer, whichever read it.
        expect(parseDate(text)).toStrictEqual(parseDateText(text));
      }),
      { seed: 20250218, numRuns: 5000 },
    );
    expect(read).toBeGreaterThan(1500);
  });

  it('every day of some years, at every precision', () => {
    for (const year of [0, 1, 4, 100, 1600, 1900, 1970, 2000, 2023, 2024, 9999])
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          same(text);
          expect(quickDate(text) !== null).toBe(parseDateText(text).ok);
          same(`${text}T23:59:59Z`);
          same(`${text}T00:00`);
        }
  });

  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (text) => same(text)),
      { seed: 7, numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-T:Z+ '), maxLength: 21 }), (text) => same(text)),
      { seed: 8, numRuns: 5000 },
    );
  });

  it('days from 1970 as Date counts them', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 3_000_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});
