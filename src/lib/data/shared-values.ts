// Values written alike in a file, held once on the page (parse-in-worker.ts shares each slice's
// events' dates and lists as it arrives): a million events dated to the day name a few thousand days
// and their actors, tags and sources repeat, and each event's own copy of them (a date is an object
// with its text and two instants, a list an array and its store) was ~180 MB of heap for the
// collector to trace. Shared lists are frozen, so that no change to one reaches the events that share
// it (nothing on the page changes them: edits make new events). Pure.
import { parseDate, type PartialDate } from '../model/dates.ts';
import { quickDate } from '../model/quick-date.ts';
import type { TimelineEvent } from '../model/schema.ts';
import type { WireEvent } from './parse-protocol.ts';

/** Values kept per kind at most: past it, values not met yet are kept as they came (a file of unique values gains nothing). */
const MAX_KEPT = 200_000;

type Lists = Pick<TimelineEvent, 'actors' | 'tags' | 'sources'>;
const LISTS = ['actors', 'tags', 'sources'] as const satisfies readonly (keyof Lists)[];

export class SharedValues {
  readonly #dates = new Map<string, PartialDate>();
  readonly #lists = new Map<string, readonly string[]>();
  readonly #single = new Map<string, readonly string[]>();

  /** The date a text names (as the file's check read it), held once when written to the day, month or year; null if it names none. */
  dateOf(text: string): PartialDate | null {
    const known = this.#dates.get(text);
    if (known) return known;
    const date = quickDate(text) ?? readDate(text);
    // A date to the minute or second is rarely written twice: not kept.
    if (date && date.precision !== 'minute' && date.precision !== 'second' && this.#dates.size < MAX_KEPT) this.#dates.set(text, date);
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

  /**
   * An event as a slice carried it (its dates as text), made whole in place: its dates read (each
   * distinct text once) and its lists shared. Null when a date names none (the worker checked them all:
   * a fault of the app's own).
   */
  eventOf(wire: WireEvent): TimelineEvent | null {
    const event = wire as unknown as { start: PartialDate | string; end?: PartialDate | string } & { -readonly [K in keyof Lists]: Lists[K] };
    const start = this.dateOf(wire.start);
    const end = wire.end === undefined ? undefined : this.dateOf(wire.end);
    if (!start || end === null) return null;
    event.start = start;
    if (end) event.end = end;
    for (const name of LISTS) {
      const items = wire[name];
      if (items) event[name] = this.list(items) as string[];
    }
    return event as unknown as TimelineEvent;
  }
}

function readDate(text: string): PartialDate | null {
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date : null;
}
