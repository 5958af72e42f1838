// Parses the ISO 8601 dates of the event-graph format, keeping the precision they were written with.
// Pure: never calls `new Date(string)` (V8 rolls 2025-02-30 over and reads date-only strings as UTC).
//
// Years are astronomical: 0000 is 1 BCE, -0001 is 2 BCE, -0490 is 491 BCE. The calendar is the
// proleptic Gregorian one, as in JavaScript's Date. A date names a span: `2008` is the whole year,
// `2008-04` the whole month, `2008-04-03` the whole day, `2008-04-03T10:30` one minute.
import { quickDate } from './quick-date.ts';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface PartialDate {
  /** The text as written in the file. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** Astronomical year: 0 is 1 BCE, -490 is 491 BCE. */
  readonly year: number;
  /** 1–12, present from month precision on. */
  readonly month?: number;
  /** 1–31, present from day precision on. */
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** Minutes east of UTC when the date names a zone (`Z` is 0); absent for a local time as written. */
  readonly offsetMinutes?: number;
  /** First instant of the span the date names, in ms since 1970 UTC. */
  readonly startMs: number;
  /** First instant after that span (exclusive). */
  readonly endMs: number;
}

export type DateParse = { readonly ok: true; readonly date: PartialDate } | { readonly ok: false; readonly problem: string; readonly fix: string };

/** Beyond this the span would not fit a JavaScript Date (±271,821 years around 1970). */
export const MAX_ABS_YEAR = 270_000;

/** The first and last instants a JavaScript Date holds (±100,000,000 days around 1970): an axis padded past them draws nothing. */
export const MIN_DATE_MS = -8.64e15;
export const MAX_DATE_MS = 8.64e15;

/** An instant moved inside what a Date holds. */
export const clampToDate = (ms: number) => Math.min(MAX_DATE_MS, Math.max(MIN_DATE_MS, ms));

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (optionally with Z or ±hh:mm)';
const ISO =
  /^(?<year>[+-]\d{4,6}|\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?<zone>Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ms since 1970 UTC of a calendar instant; works for years 0–99 and BCE, unlike Date.UTC. */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const refuse = (problem: string, fix: string): DateParse => ({ ok: false, problem, fix });
const outOfRange = (year: string) => refuse(`year ${year} is outside the supported range`, `use a year between -${MAX_ABS_YEAR} and ${MAX_ABS_YEAR}`);

/** Why a string that is not one of the accepted forms was refused, with the likely fix. */
function explainShape(text: string): DateParse {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('the date is empty', `write a date such as "2008-04-03"`);
  if (trimmed !== text) return refuse(`"${text}" has spaces around it`, `remove them: "${trimmed}"`);
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text)) return refuse(`"${text}" separates date and time with a space`, `use a "T": "${text.replace(' ', 'T')}"`);
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(text))
    return refuse(`"${text}" is not an ISO 8601 date (day and month order is ambiguous)`, `write it as YYYY-MM-DD, e.g. "2025-02-12"`);
  if (/^\d{4}-\d{1}(-|$)|^\d{4}-\d{2}-\d{1}(T|$)/.test(text))
    return refuse(`"${text}" has a one-digit month or day`, 'write months and days with two digits, e.g. "2008-04-03"');
  if (/^\d{1,3}$/.test(text))
    return refuse(
      `"${text}" has fewer than four year digits`,
      `pad the year to four digits: "${text.padStart(4, '0')}" (years 0–99 are AD 0–99, not the 1900s)`,
    );
  // Seven digits and more fit no Date at all: that, not the way the digits are written, is what to fix.
  const huge = /^([+-]?)0*(\d{7,})(?:-|T|$)/.exec(text);
  if (huge) return outOfRange(`${huge[1] === '-' ? '-' : ''}${huge[2]}`);
  if (/^\d{5,6}/.test(text))
    return refuse(`"${text}" has more than four year digits without a sign`, `write expanded years with a sign, e.g. "+${text.slice(0, 6)}"`);
  if (/T\d{2}:\d{2}(:\d{2})?\.\d+/.test(text)) return refuse(`"${text}" has fractions of a second`, 'give the time to the minute or the second');
  if (/T\d{2}:\d{2}(:\d{2})?z$/.test(text)) return refuse(`"${text}" ends in a lower-case z`, 'write UTC as a capital "Z"');
  if (/T\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(text)) return refuse(`"${text}" gives an hour without minutes`, 'write times as hh:mm, e.g. "T10:00"');
  if (/[+-]\d{4}$|[+-]\d{2}$/.test(text) && text.includes('T'))
    return refuse(`"${text}" has a time zone offset without a colon`, 'write offsets as ±hh:mm, e.g. "+02:00"');
  return refuse(`"${text}" is not a date in a form this format accepts`, `write ${FORMS}, e.g. "2008-04-03"`);
}

export function parseDate(text: string): DateParse {
  const quick = quickDate(text);
  return quick ? { ok: true, date: quick } : parseDateText(text);
}

/** parseDate without its quick path for the common forms (quick-date.ts): the general reader, which explains any refusal. */
export function parseDateText(text: string): DateParse {
  const match = ISO.exec(text);
  if (!match?.groups) return explainShape(text);
  const g = match.groups;
  const yearText = g.year!;
  if (/^-0+$/.test(yearText)) return refuse(`"${text}" writes year zero with a minus sign`, 'write year zero (1 BCE) as "0000"');
  const year = Number(yearText);
  if (Math.abs(year) > MAX_ABS_YEAR) return outOfRange(String(year));

  const month = g.month === undefined ? undefined : Number(g.month);
  if (month !== undefined && (month < 1 || month > 12)) return refuse(`month ${g.month} does not exist`, 'use a month from 01 to 12');
  const day = g.day === undefined ? undefined : Number(g.day);
  if (day !== undefined && month !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      const leap = month === 2 && last === 28 ? ` (${formatYear(year)} is not a leap year)` : '';
      return refuse(`${monthName(month)} ${formatYear(year)} has ${last} days${leap}, so day ${g.day} does not exist`, `use a day from 01 to ${last}`);
    }
  }
  const hour = g.hour === undefined ? undefined : Number(g.hour);
  const minute = g.minute === undefined ? undefined : Number(g.minute);
  const second = g.second === undefined ? undefined : Number(g.second);
  if (hour !== undefined && hour > 23)
    return refuse(`hour ${g.hour} does not exist`, 'use an hour from 00 to 23 (midnight at the end of a day is 00:00 of the next)');
  if (minute !== undefined && minute > 59) return refuse(`minute ${g.minute} does not exist`, 'use minutes from 00 to 59');
  if (second !== undefined && second > 59) return refuse(`second ${g.second} does not exist`, 'use seconds from 00 to 59 (leap seconds are not supported)');

  let offsetMinutes: number | undefined;
  if (g.zone === 'Z') offsetMinutes = 0;
  else if (g.zone !== undefined) {
    const sign = g.zone.startsWith('-') ? -1 : 1;
    const [h, m] = g.zone.slice(1).split(':').map(Number) as [number, number];
    if (h > 14 || m > 59 || (h === 14 && m > 0)) return refuse(`time zone offset ${g.zone} does not exist`, 'use an offset between -12:00 and +14:00');
    offsetMinutes = sign * (h * 60 + m);
  }

  const precision: DatePrecision =
    second !== undefined ? 'second' : minute !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const start = utcMs(year, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  const end =
    precision === 'year'
      ? utcMs(year + 1)
      : precision === 'month'
        ? utcMs(year, month! + 1)
        : precision === 'day'
          ? utcMs(year, month!, day! + 1)
          : start + (precision === 'minute' ? 60_000 : 1_000);
  const shift = (offsetMinutes ?? 0) * 60_000;
  return {
    ok: true,
    date: { text, precision, year, month, day, hour, minute, second, offsetMinutes, startMs: start - shift, endMs: end - shift },
  };
}

const pad = (n: number, digits: number) => String(Math.abs(n)).padStart(digits, '0');

/** An astronomical year as the format writes it: "2008", "0014", "-0489", "+012025". */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  if (year < 0 && year >= -9999) return `-${pad(year, 4)}`;
  return `${year < 0 ? '-' : '+'}${pad(year, 6)}`;
}

/** The calendar fields of a date, without its text or span. */
export type DateFields = Pick<PartialDate, 'precision' | 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offsetMinutes'>;

/**
 * A date's fields written as the format writes dates, at their own precision: "2008", "-0490-09",
 * "+012025-04-03T10:30Z", "2008-04-03T10:30:15+02:00". parseDate reads it back to the same fields;
 * an offset of zero is written "Z".
 */
export function formatIsoDate(d: DateFields): string {
  let text = isoYear(d.year);
  if (d.precision === 'year') return text;
  text += `-${pad(d.month ?? 1, 2)}`;
  if (d.precision === 'month') return text;
  text += `-${pad(d.day ?? 1, 2)}`;
  if (d.precision === 'day') return text;
  text += `T${pad(d.hour ?? 0, 2)}:${pad(d.minute ?? 0, 2)}`;
  if (d.precision === 'second') text += `:${pad(d.second ?? 0, 2)}`;
  const offset = d.offsetMinutes;
  if (offset === undefined) return text;
  if (offset === 0) return `${text}Z`;
  return `${text}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
}

/** "2008", "AD 14" for years 1–999, "491 BCE" for astronomical -490, "1 BCE" for year 0. */
export function formatYear(year: number): string {
  if (year <= 0) return `${1 - year} BCE`;
  if (year < 1000) return `AD ${year}`;
  return String(year);
}
