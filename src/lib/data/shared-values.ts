// Values written alike in a file, held once on the page (parse-in-worker.ts shares each slice's
// events' dates and lists as it arrives): a million events dated to the day name a few thousand days
// and their actors, tags and sources repeat, and each event's own copy of them (a date is an object
// with its text and two instants, a list an array and its store) was ~180 MB of heap for the
// collector to trace. Shared lists are frozen, so that no change to one reaches the events that share
// it (nothing on the page changes them: edits make new events). Pure.
import type { PartialDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';

/** Values kept per kind at most: past it, values not met yet are kept as they came (a file of unique values gains nothing). */
const MAX_KEPT = 200_000;

type Lists = Pick<TimelineEvent, 'actors' | 'tags' | 'sources'>;
const LISTS = ['actors', 'tags', 'sources'] as const satisfies readonly (keyof Lists)[];

export class SharedValues {
  readonly #dates = new Map<string, PartialDate>();
  readonly #lists = new Map<string, readonly string[]>();
  readonly #single = new Map<string, readonly string[]>();

  /** The date held for its text; a date to the minute or second (rarely shared) as it came. */
  date(date: PartialDate): PartialDate {
    if (date.precision === 'minute' || date.precision === 'second') return date;
    const known = this.#dates.get(date.text);
    if (known) return known;
    if (this.#dates.size < MAX_KEPT) this.#dates.set(date.text, date);
    return date;
  }

  /** The list held for these items, in this order (frozen). */
  list(items: readonly string[]): readonly string[] {
    // One item, the usual case, is looked up by itself: no key to make for each of a million lists.
    const [byKey, key] = items.length === 1 ? [this.#single, items[0]!] : [this.#lists, JSON.stringify(items)];
    const known = byKey.get(key);
    if (known) return known;
    if (byKey.size >= MAX_KEPT) return items;
    const frozen = Object.freeze(items);
    byKey.set(key, frozen);
    return frozen;
  }

  /** The event with its dates and lists shared (set in place: it was just parsed from a slice). */
  shareIn(event: TimelineEvent): void {
    const mutable = event as { start: PartialDate; end?: PartialDate } & { -readonly [K in keyof Lists]: Lists[K] };
    mutable.start = this.date(event.start);
    if (event.end) mutable.end = this.date(event.end);
    for (const name of LISTS) {
      const items = event[name];
      if (items) mutable[name] = this.list(items) as string[];
    }
  }
}
