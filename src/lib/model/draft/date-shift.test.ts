import { describe, expect, it } from 'vitest';
import { parseDate } from '../dates.ts';
import { dateNear, precisionForWindow, shiftDate } from './date-shift.ts';

const ms = (text: string) => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(text);
  return r.date.startMs;
};

describe('shiftDate', () => {
  it.each([
    ['2008', 1, '2009'],
    ['2008-12', 1, '2009-01'],
    ['2008-04-30', 1, '2008-05-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2008-04-03T23:59', 1, '2008-04-04T00:00'],
    ['2008-04-03T10:30+02:00', -1, '2008-04-03T10:29+02:00'],
    ['0000', -1, '-0001'],
    ['-0490', 1, '-0489'],
    ['0001-01-01', -1, '0000-12-31'],
  ])('%s moved by %d is %s', (text, units, expected) => {
    expect(shiftDate(text, units)).toBe(expected);
  });
  it('refuses what is not a date', () => expect(shiftDate('2025-02-30', 1)).toBeNull());
});

describe('dateNear', () => {
  it.each([
    ['2008-04-17T13:00Z', 'day', undefined, '2008-04-17'],
    ['2008-04-17T13:00Z', 'month', undefined, '2008-04'],
    ['2008-04-17T13:00Z', 'year', undefined, '2008'],
    ['2008-04-17T23:30Z', 'minute', 120, '2008-04-18T01:30+02:00'],
    ['-0490-06-01', 'year', undefined, '-0490'],
  ] as const)('%s at %s precision is %s', (instant, precision, offsetMinutes, expected) => {
    expect(dateNear(ms(instant), { precision, offsetMinutes })).toBe(expected);
  });
});

describe('precisionForWindow', () => {
  it.each([
    [100 * 365, 'year'],
    [10 * 365, 'month'],
    [60, 'day'],
    [1, 'minute'],
  ] as const)('%d days → %s', (days, precision) => expect(precisionForWindow(days * 86_400_000)).toBe(precision));
});
