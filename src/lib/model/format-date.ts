// Shows a parsed date as written, at its own precision, the same in every time zone.
// Formats from the date's own fields, never from the reader's clock (no toLocaleString).
import { formatYear, monthName, type PartialDate } from './dates.ts';

const pad2 = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

function formatZone(offsetMinutes: number | undefined): string {
  if (offsetMinutes === undefined) return '';
  if (offsetMinutes === 0) return ' UTC';
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return ` UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function formatTime(d: PartialDate): string {
  const seconds = d.precision === 'second' ? `:${pad2(d.second)}` : '';
  return `${pad2(d.hour)}:${pad2(d.minute)}${seconds}${formatZone(d.offsetMinutes)}`;
}

/** "2008", "April 2008", "3 April 2008", "3 April 2008, 10:30 UTC+02:00", "491 BCE". */
export function formatDate(d: PartialDate): string {
  const year = formatYear(d.year);
  switch (d.precision) {
    case 'year':
      return year;
    case 'month':
      return `${monthName(d.month!)} ${year}`;
    case 'day':
      return `${d.day} ${monthName(d.month!)} ${year}`;
    default:
      return `${d.day} ${monthName(d.month!)} ${year}, ${formatTime(d)}`;
  }
}

/** A start and an inclusive end: "2–4 April 2008", "7 August – 12 August 2008" collapses shared parts. */
export function formatSpan(start: PartialDate, end?: PartialDate): string {
  if (!end || end.text === start.text) return formatDate(start);
  const sameYear = start.year === end.year;
  if (start.precision === 'day' && end.precision === 'day' && sameYear) {
    if (start.month === end.month) return `${start.day}–${end.day} ${monthName(end.month!)} ${formatYear(end.year)}`;
    return `${start.day} ${monthName(start.month!)} – ${formatDate(end)}`;
  }
  if (start.precision === 'month' && end.precision === 'month' && sameYear)
    return `${monthName(start.month!)}–${monthName(end.month!)} ${formatYear(end.year)}`;
  if (start.precision === 'year' && end.precision === 'year') {
    // "1991–1994", but "500 BCE – AD 14" keeps the era on both sides.
    const a = formatYear(start.year);
    const b = formatYear(end.year);
    return /^\d+$/.test(a) && /^\d+$/.test(b) ? `${a}–${b}` : `${a} – ${b}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The visible time window in words, as coarse as its length allows: "1993 – 2026", "3 Feb – 21 Feb 2025". */
export function formatWindow(startMs: number, endMs: number): string {
  const a = new Date(startMs);
  const b = new Date(endMs);
  const days = (endMs - startMs) / 86_400_000;
  const year = (d: Date) => formatYear(d.getUTCFullYear());
  const month = (d: Date) => `${SHORT_MONTHS[d.getUTCMonth()]} ${year(d)}`;
  const day = (d: Date) => `${d.getUTCDate()} ${month(d)}`;
  const time = (d: Date) => `${day(d)}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const fmt = days > 3 * 365 ? year : days > 90 ? month : days > 3 ? day : time;
  return `${fmt(a)} – ${fmt(b)}`;
}
