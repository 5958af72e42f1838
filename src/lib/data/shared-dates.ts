// Dates written alike in a file, held once on the page (parse-in-worker.ts shares each slice's
// events' dates as it arrives). Pure.
import type { PartialDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';

/**
 * Dates written alike, held once: a million events dated to the day name a few thousand days, and
 * each event's own copy of its dates (an object with its text and two instants) was ~100 MB of heap
 * for the collector to trace. A date to the minute or second is rarely shared: kept as it came.
 */
export class SharedDates {
  readonly #byText = new Map<string, PartialDate>();

  share(date: PartialDate): PartialDate {
    if (date.precision === 'minute' || date.precision === 'second') return date;
    const known = this.#byText.get(date.text);
    if (known) return known;
    this.#byText.set(date.text, date);
    return date;
  }

  /** The event with its dates shared (set in place: it was just parsed from a slice). */
  shareIn(event: TimelineEvent): void {
    const mutable = event as { start: PartialDate; end?: PartialDate };
    mutable.start = this.share(event.start);
    if (event.end) mutable.end = this.share(event.end);
  }
}
