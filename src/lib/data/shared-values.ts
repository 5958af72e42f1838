// Values written alike in a file, held once on the page (parse-replies.ts makes each slice's events
// whole here as it arrives: their dates come as text, read once per distinct text, and their lists
// are shared): a million events dated to the day name a few thousand days
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
  readonly #single = new Map<string, readonly string[]>();
  /** Lists of two, by their first item then their second (no key to make for each). */
  readonly #pairs = new Map<string, Map<string, readonly string[]>>();
  #pairsKept = 0;
  readonly #lists = new Map<string, readonly string[]>();

  /** The date a text names (as the file's check read it), held once when written to the day, month or year; null if it names none. */
  dateOf(text: string): PartialDate | null {
    // Longer than a day's "2008-04-03": to the minute or second (or a year beyond 9999), rarely written twice: read, not looked up or kept.
    if (text.length > 10) return quickDate(text) ?? readDate(text);
    const known = this.#dates.get(text);
    if (known) return known;
    const date = quickDate(text) ?? readDate(text);
    if (date && this.#dates.size < MAX_KEPT) this.#dates.set(text, date);
    return date;
  }

  /** The list held for these items, in this order (frozen). */
  list(items: readonly string[]): readonly string[] {
    // One item, the usual case, is looked up by itself; two by each in turn: no key to make for each of a million lists.
    if (items.length === 1) return keep(this.#single, items[0]!, items);
    if (items.length === 2) {
      let second = this.#pairs.get(items[0]!);
      if (!second) {
        if (this.#pairs.size >= MAX_KEPT) return items;
        this.#pairs.set(items[0]!, (second = new Map()));
      }
      if (this.#pairsKept >= MAX_KEPT) return second.get(items[1]!) ?? items;
      const before = second.size;
      const held = keep(second, items[1]!, items);
      this.#pairsKept += second.size - before;
      return held;
    }
    return keep(this.#lists, JSON.stringify(items), items);
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

/** The list held under this key, else these items, frozen and held (while fewer than MAX_KEPT are). */
function keep(byKey: Map<string, readonly string[]>, key: string, items: readonly string[]): readonly string[] {
  const known = byKey.get(key);
  if (known) return known;
  if (byKey.size >= MAX_KEPT) return items;
  const frozen = Object.freeze(items);
  byKey.set(key, frozen);
  return frozen;
}

function readDate(text: string): PartialDate | null {
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date : null;
}
