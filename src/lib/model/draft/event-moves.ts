// What a drag or a key means for an event's dates: moved so that its mark lands near an instant
// (each date snapped to its own precision; Shift keeps the duration in whole units), its end
// dragged, or the whole event stepped by one unit of its precision. Never makes an end before the
// start. Pure: dates in, the texts to write out.
import { parseDate, type PartialDate } from '../dates.ts';
import { dateNear, middleMs, shiftDate } from './date-shift.ts';

export interface EventDates {
  readonly start: PartialDate;
  readonly end?: PartialDate;
}

export interface DateTexts {
  readonly start: string;
  readonly end?: string;
}

const parsed = (text: string): PartialDate => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(`not a date: ${text}`);
  return r.date;
};

/** Whole units of `from`'s precision between two dates of that precision ("2008-01" → "2008-03": 2). */
function unitsBetween(from: PartialDate, to: PartialDate): number {
  switch (from.precision) {
    case 'year':
      return to.year - from.year;
    case 'month':
      return (to.year - from.year) * 12 + ((to.month ?? 1) - (from.month ?? 1));
    default:
      return Math.round((to.startMs - from.startMs) / (from.endMs - from.startMs));
  }
}

/** Where a mark is drawn from: a point's middle, a range's start. */
export const anchorMs = ({ start, end }: EventDates) => (end ? start.startMs : middleMs(start));

/** The dates once the mark's anchor is dragged to `toMs`; `keepDuration` moves the end by the same whole units. */
export function movedTo(dates: EventDates, toMs: number, options: { keepDuration?: boolean } = {}): DateTexts {
  const start = parsed(dateNear(toMs, dates.start));
  if (!dates.end) return { start: start.text };
  const units = unitsBetween(dates.start, start);
  const sameUnit = dates.end.precision === dates.start.precision;
  let end =
    options.keepDuration && sameUnit
      ? parsed(shiftDate(dates.end.text, units)!)
      : parsed(dateNear(dates.end.startMs + (start.startMs - dates.start.startMs), dates.end));
  if (end.endMs <= start.startMs) end = parsed(dateNear(start.startMs, dates.end));
  return { start: start.text, end: end.text };
}

/** The end once dragged to `toMs` (a point gains an end at its own precision); never before the start. */
export function endDraggedTo(dates: EventDates, toMs: number): string {
  const like = dates.end ?? dates.start;
  const end = parsed(dateNear(Math.max(toMs, dates.start.startMs), like));
  return end.endMs <= dates.start.startMs ? dates.start.text : end.text;
}

/** The whole event moved by `units` of its start's precision (Alt+←/→). */
export function steppedBy(dates: EventDates, units: number): DateTexts {
  const start = parsed(shiftDate(dates.start.text, units)!);
  if (!dates.end) return { start: start.text };
  const end =
    dates.end.precision === dates.start.precision
      ? shiftDate(dates.end.text, units)!
      : dateNear(dates.end.startMs + (start.startMs - dates.start.startMs), dates.end);
  return { start: start.text, end };
}

/** The end alone moved by `units` of its precision (Alt+Shift+←/→), kept after the start. */
export function endSteppedBy(dates: EventDates, units: number): string {
  const end = parsed(shiftDate((dates.end ?? dates.start).text, units)!);
  return end.endMs <= dates.start.startMs ? (dates.end ?? dates.start).text : end.text;
}
