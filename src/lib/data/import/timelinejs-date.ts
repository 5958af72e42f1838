// TimelineJS dates ({ year, month, day, hour, minute, second, millisecond }, numbers or numeric text)
// as Sourceline's ISO 8601 dates, at the precision they were given. Pure.
//
// BCE: TimelineJS's documentation says "BCE years should be negative numbers", and it shows year -490
// as "490 BCE": its negative years count back from 1 BCE = -1, with no year zero. Sourceline's years
// are astronomical (0000 is 1 BCE), so a TimelineJS year -N becomes -(N-1): -490 → "-0489" (490 BCE).
// Year 0, which that numbering lacks, is read as 1 BCE ("0000") with a warning.
import { isoYear, MAX_ABS_YEAR, parseDate } from '../../model/dates.ts';

export type DateField = 'year' | 'month' | 'day' | 'time' | 'hour' | 'minute' | 'second' | 'millisecond';

/** A date as TimelineJS takes it: each part a number, numeric text, or absent/empty. */
export type TimelineJsDateParts = Partial<Record<Exclude<DateField, 'time'>, unknown>>;

export interface DateNote {
  readonly field: DateField;
  readonly message: string;
  readonly fix: string;
}

export type DateRead =
  | { readonly ok: true; readonly text: string; readonly notes: readonly DateNote[] }
  | ({ readonly ok: false } & DateNote);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

type Part = { readonly value: number | null } | { readonly problem: string };

/** A whole number from a number or text ("1,500", " 12 ", "-490"); null when empty or absent. */
function wholeNumber(value: unknown, field: DateField): Part {
  if (value === undefined || value === null) return { value: null };
  if (typeof value === 'number') return Number.isInteger(value) ? { value } : { problem: `the ${field} ${value} is not a whole number` };
  if (typeof value !== 'string') return { problem: `the ${field} ${JSON.stringify(value)} is not a number` };
  const cleaned = value.replace(/[\s,]+/g, '');
  if (cleaned === '') return { value: null };
  if (/^[+-]?\d+$/.test(cleaned)) return { value: Number(cleaned) };
  if (field === 'month') {
    const name = cleaned.toLowerCase().replace(/\.$/, '');
    const index = name.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(name)) : -1;
    if (index !== -1) return { value: index + 1 };
  }
  if (field === 'year' && /^\d+(BCE?|AD|CE)$/i.test(cleaned)) return { problem: `the year ${JSON.stringify(value)} is not a number (TimelineJS writes BCE years as negative numbers)` };
  return { problem: `the ${field} ${JSON.stringify(value)} is not a whole number` };
}

const pad = (n: number, digits: number) => String(Math.abs(n)).padStart(digits, '0');

/** TimelineJS's year (negative for BCE, no year zero) as an astronomical year. */
export const astronomicalYear = (timelineJsYear: number) => (timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear);

const RANGES: Partial<Record<DateField, [number, number, string]>> = {
  month: [1, 12, 'use a month from 1 to 12'],
  hour: [0, 23, 'use an hour from 0 to 23'],
  minute: [0, 59, 'use minutes from 0 to 59'],
  second: [0, 59, 'use seconds from 0 to 59'],
};

/** A TimelineJS date as an ISO 8601 date at its precision, with notes on what was left out; or why it cannot be read. */
export function timelineJsDate(parts: TimelineJsDateParts): DateRead {
  const read: Partial<Record<DateField, number | null>> = {};
  for (const field of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const part = wholeNumber(parts[field], field);
    if ('problem' in part) return { ok: false, field, message: part.problem, fix: field === 'year' ? 'write the year as a number, e.g. 1969, or -490 for 490 BCE' : `write the ${field} as a number` };
    const range = RANGES[field];
    if (range && part.value !== null && (part.value < range[0] || part.value > range[1])) return { ok: false, field, message: `${field} ${part.value} does not exist`, fix: range[2] };
    read[field] = part.value;
  }
  const { year, month, day, hour, minute, second, millisecond } = read;
  if (year === null || year === undefined) return { ok: false, field: 'year', message: 'the year is missing', fix: 'write a year: every date needs one (e.g. 1969, or -490 for 490 BCE)' };
  const notes: DateNote[] = [];
  const astronomical = astronomicalYear(year);
  if (year === 0) notes.push({ field: 'year', message: 'year 0 does not exist when BCE years are negative (-1 is 1 BCE, 1 is AD 1); it is read as 1 BCE', fix: 'write -1 for 1 BCE or 1 for AD 1' });
  if (Math.abs(astronomical) > MAX_ABS_YEAR) return { ok: false, field: 'year', message: `year ${year} is beyond the ${MAX_ABS_YEAR.toLocaleString('en')} years Sourceline can place`, fix: 'leave out events in deep time, or give them a year within range' };

  let text = isoYear(astronomical);
  const hasTime = [hour, minute, second].some((v) => v !== null && v !== undefined);
  if (month !== null && month !== undefined) {
    text += `-${pad(month, 2)}`;
    if (day !== null && day !== undefined) {
      text += `-${pad(day, 2)}`;
      if (hasTime) {
        text += `T${pad(hour ?? 0, 2)}:${pad(minute ?? 0, 2)}`;
        if (second !== null && second !== undefined) text += `:${pad(second, 2)}`;
        if (millisecond) notes.push({ field: 'millisecond', message: `${millisecond} milliseconds are left out`, fix: 'Sourceline keeps times to the second' });
      }
    } else if (hasTime) notes.push({ field: 'time', message: 'a time without a day is left out', fix: 'give the day as well, or leave the time out' });
  } else {
    if (day !== null && day !== undefined) notes.push({ field: 'day', message: 'a day without a month is left out', fix: 'give the month as well, or leave the day out' });
    else if (hasTime) notes.push({ field: 'time', message: 'a time without a day is left out', fix: 'give the month and day as well, or leave the time out' });
  }
  const parsed = parseDate(text);
  if (!parsed.ok) return { ok: false, field: parsed.problem.includes('day') ? 'day' : 'year', message: parsed.problem, fix: parsed.fix };
  return { ok: true, text, notes };
}

export type TimeRead = { readonly ok: true; readonly parts: TimelineJsDateParts } | { readonly ok: false; readonly message: string; readonly fix: string };

/**
 * A spreadsheet's Time cell, read as TimelineJS reads it: "21:30", "9:30 PM", "2130", "21.30",
 * "21:30:15", "21:30:15.5". Empty is no time.
 */
export function timeOfDay(cell: string): TimeRead {
  const refuse = (): TimeRead => ({ ok: false, message: `${JSON.stringify(cell)} is not a time of day`, fix: 'write a time such as 21:30 or 9:30 PM' });
  let text = cell.trim();
  if (text === '') return { ok: true, parts: {} };
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(text);
  if (period) text = text.slice(0, period.index).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  const match = compact ? [compact[1]!, compact[2]!] : /^\d{1,2}([:.]\d{1,2}([:.]\d{1,2}([.,]\d{1,3})?)?)?$/.test(text) ? text.split(/[:.,]/) : null;
  if (!match) return refuse();
  const [h, m, s, fraction] = match.map(Number) as [number, number?, number?, number?];
  let hour = h;
  if (period) {
    if (hour < 1 || hour > 12) return { ok: false, message: `${JSON.stringify(cell)} has hour ${hour} with AM/PM`, fix: 'use hours 1–12 with AM or PM, or 0–23 without' };
    const pm = period[1]!.toLowerCase() === 'p';
    hour = pm ? (hour % 12) + 12 : hour % 12;
  }
  if (hour > 23 || (m ?? 0) > 59 || (s ?? 0) > 59) return refuse();
  return { ok: true, parts: { hour, minute: m ?? 0, second: s, millisecond: fraction === undefined ? undefined : Math.round(Number(`0.${match[3]}`) * 1000) } };
}
