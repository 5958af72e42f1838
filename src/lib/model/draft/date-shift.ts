// Moving a date as the format writes it, at its own precision: by whole units (a keyboard step moves
// "2008-04" to "2008-05"), or to the unit that holds an instant (a drag ends at some pixel: the date
// becomes the day, month or year under it). Offsets are kept; BCE years work. Pure.
import { formatIsoDate, parseDate, utcMs, type DateFields, type DatePrecision, type PartialDate } from '../dates.ts';

/** The calendar fields of an instant, read in a zone `offsetMinutes` east of UTC (UTC when absent). */
function fieldsAt(ms: number, offsetMinutes: number | undefined) {
  const d = new Date(ms + (offsetMinutes ?? 0) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The date at `like`'s precision (and offset) that holds the instant `ms`: "2008-04" for any moment in April 2008. */
export function dateNear(ms: number, like: Pick<DateFields, 'precision' | 'offsetMinutes'>): string {
  const f = fieldsAt(ms, like.offsetMinutes);
  return formatIsoDate({ ...f, precision: like.precision, offsetMinutes: like.offsetMinutes });
}

/** `text` moved by `units` of its own precision ("2008-04-30" + 1 → "2008-05-01"), or null when it is not a date. */
export function shiftDate(text: string, units: number): string | null {
  const parsed = parseDate(text);
  if (!parsed.ok) return null;
  const d = parsed.date;
  const local = {
    year: d.year + (d.precision === 'year' ? units : 0),
    month: (d.month ?? 1) + (d.precision === 'month' ? units : 0),
    day: (d.day ?? 1) + (d.precision === 'day' ? units : 0),
    hour: d.hour ?? 0,
    minute: (d.minute ?? 0) + (d.precision === 'minute' ? units : 0),
    second: (d.second ?? 0) + (d.precision === 'second' ? units : 0),
  };
  // utcMs rolls over on purpose here: 30 April + 1 day is 1 May.
  const ms = utcMs(local.year, local.month, local.day, local.hour, local.minute, local.second);
  return formatIsoDate({ ...fieldsAt(ms, 0), precision: d.precision, offsetMinutes: d.offsetMinutes });
}

/** The middle of the span a date names: where a point is drawn. */
export const middleMs = (d: Pick<PartialDate, 'startMs' | 'endMs'>) => (d.startMs + d.endMs) / 2;

/** A precision that suits a window of this length, for an event made by a click: years over decades, days over months. */
export function precisionForWindow(spanMs: number): DatePrecision {
  const days = spanMs / 86_400_000;
  if (days > 40 * 365) return 'year';
  if (days > 3 * 365) return 'month';
  if (days > 2) return 'day';
  return 'minute';
}
