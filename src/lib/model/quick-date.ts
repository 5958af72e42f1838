// The dates almost every file is written in (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss], with an
// optional Z, years 0000–9999), read digit by digit with calendar arithmetic: a million events' dates
// in a few tens of milliseconds, where the general reader (dates.ts: a regular expression with named
// groups, and Date objects for the instants) takes ten times longer. Gives exactly what parseDate
// gives for such a date, or null for anything else (other forms, impossible dates, offsets), which
// parseDate then reads and explains. Pure.
import type { DatePrecision, PartialDate } from './dates.ts';

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthDays = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** The two digits at `at` as a number, or -1. */
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** A date in one of the common forms, exactly as parseDate reads it; null for any other text. */
export function quickDate(text: string): PartialDate | null {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10 && length !== 16 && length !== 17 && length !== 19 && length !== 20) return null;
  const high = two(text, 0);
  const low = two(text, 2);
  if (high < 0 || low < 0) return null;
  const year = high * 100 + low;
  if (length === 4) return date(text, 'year', year, undefined, undefined, undefined, undefined, undefined, undefined);
  if (text.charCodeAt(4) !== 45 /* - */) return null;
  const month = two(text, 5);
  if (month < 1 || month > 12) return null;
  if (length === 7) return date(text, 'month', year, month, undefined, undefined, undefined, undefined, undefined);
  if (text.charCodeAt(7) !== 45) return null;
  const day = two(text, 8);
  if (day < 1 || day > monthDays(year, month)) return null;
  if (length === 10) return date(text, 'day', year, month, day, undefined, undefined, undefined, undefined);
  if (text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== 58 /* : */) return null;
  const hour = two(text, 11);
  const minute = two(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  // What follows the minutes: nothing, Z, :ss or :ssZ.
  const zoned = text.charCodeAt(length - 1) === 90; /* Z */
  const rest = length - (zoned ? 1 : 0);
  if (rest === 16) return date(text, 'minute', year, month, day, hour, minute, undefined, zoned ? 0 : undefined);
  if (rest !== 19 || text.charCodeAt(16) !== 58) return null;
  const second = two(text, 17);
  if (second < 0 || second > 59) return null;
  return date(text, 'second', year, month, day, hour, minute, second, zoned ? 0 : undefined);
}

function date(
  text: string,
  precision: DatePrecision,
  year: number,
  month: number | undefined,
  day: number | undefined,
  hour: number | undefined,
  minute: number | undefined,
  second: number | undefined,
  offsetMinutes: number | undefined,
): PartialDate {
  const startDay = daysFromCivil(year, month ?? 1, day ?? 1);
  const startMs = startDay * DAY_MS + ((hour ?? 0) * 60 + (minute ?? 0)) * 60_000 + (second ?? 0) * 1000;
  const endMs =
    precision === 'year'
      ? daysFromCivil(year + 1, 1, 1) * DAY_MS
      : precision === 'month'
        ? (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month! + 1, 1)) * DAY_MS
        : precision === 'day'
          ? startMs + DAY_MS
          : startMs + (precision === 'minute' ? 60_000 : 1_000);
  // The same properties in the same order as parseDate's (JSON text and hidden classes alike).
  return { text, precision, year, month, day, hour, minute, second, offsetMinutes, startMs, endMs };
}
