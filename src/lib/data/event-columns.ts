// Events across the worker boundary as columns rather than objects: each slice of checked events goes
// to the page as one Int32Array (transferred, not copied) of indices into tables of the distinct dates
// and lists met so far, plus one short JSON text of what only text can carry (ids, titles, summaries,
// the few other fields, and the dates' texts and lists not sent before). A million events dated to the
// day name a few thousand days, and their actors, tags and sources repeat: the page reads each distinct
// date's text once, keeps each distinct list once (frozen, so that no change to one reaches the events
// that share it: edits make new events), and builds each event by indexing into them and copying a
// template of its fields, with none of the objects, strings and look-ups that parsing whole events as
// JSON made for the collector. The writer runs in the
// worker, the reader on the page; both pure.
import { parseDate, type PartialDate } from '../model/dates.ts';
import { quickDate } from '../model/quick-date.ts';
import type { TimelineEvent } from '../model/schema.ts';

/** Checked events in time order, as columns (see the module's comment). */
export interface EventSlice {
  readonly type: 'event-slice';
  /** The events' count. */
  readonly count: number;
  /**
   * COLUMNS.length columns of `count` indices each, one after the other: each event's start and end in
   * the table of dates, its actors, tags and sources in the table of lists; -1 for none.
   */
  readonly columns: Int32Array;
  /** JSON of SliceText. A date in a column is an index into the table of dates (0 up), -1 for none, or one of the slice's own dates (-2 down). */
  readonly json: string;
}

/** The columns, in the order they follow each other in EventSlice.columns. */
const COLUMNS = ['start', 'end', 'actors', 'tags', 'sources'] as const;
type Column = (typeof COLUMNS)[number];
const LISTS = ['actors', 'tags', 'sources'] as const satisfies readonly Column[];

/**
 * An event's fields in the order the check gives them (the schema's: event-columns.test.ts holds this to
 * KNOWN_FIELDS.events), so that an event read from columns is written out again as it was checked.
 */
export const EVENT_FIELDS = ['id', 'title', 'start', 'end', 'approximate', 'summary', 'actors', 'tags', 'place', 'placeId', 'coordinates', 'sources', 'media'] as const;
type EventField = (typeof EVENT_FIELDS)[number];
/** Fields that few events have, sent as JSON with the index of their event. */
const OTHERS = EVENT_FIELDS.filter((field): field is Exclude<EventField, Column | 'id' | 'title' | 'summary'> => !['id', 'title', 'summary', ...COLUMNS].includes(field));

/** Each field's bit in a set of fields. */
const FIELD_BIT = Object.fromEntries(EVENT_FIELDS.map((field, f) => [field, 1 << f])) as Record<EventField, number>;
const REQUIRED_BITS = FIELD_BIT.id | FIELD_BIT.title | FIELD_BIT.start;

/** A slice's text: the dates' texts and the lists new in it, each event's id, title and summary (or null), then each event with other fields, by its index, and them. */
type SliceText = [newDates: string[], newLists: string[][], texts: (string | null)[], others: (number | Partial<TimelineEvent>)[], ownDates: string[]];

/** Writes events as slices, in the worker: the tables of dates and lists grow as slices are written, and each slice sends only what is new. */
export class EventColumnWriter {
  /**
   * The dates sent, by their text: those written to the day, month or year. A date to the minute or
   * second is rarely written twice: it is sent as one of the slice's own, and the page keeps no table of
   * a million of them.
   */
  readonly #dates = new Map<string, number>();
  #sentDates = 0;
  /** The lists sent: of one item by it, of two by each in turn (no key to make for each of a million lists), longer by their JSON. */
  readonly #single = new Map<string, number>();
  readonly #pairs = new Map<string, Map<string, number>>();
  readonly #longer = new Map<string, number>();
  #sentLists = 0;

  write(events: readonly TimelineEvent[]): EventSlice {
    const count = events.length;
    const columns = new Int32Array(COLUMNS.length * count).fill(-1);
    const newDates: string[] = [];
    const ownDates: string[] = [];
    const newLists: string[][] = [];
    const texts: (string | null)[] = [];
    const others: SliceText[3] = [];
    const dateAt = (date: PartialDate) => {
      const text = date.text;
      if (text.length > 10) return -2 - (ownDates.push(text) - 1);
      let at = this.#dates.get(text);
      if (at === undefined) {
        this.#dates.set(text, (at = this.#sentDates++));
        newDates.push(text);
      }
      return at;
    };
    const listAt = (items: string[]) => {
      let byKey: Map<string, number>;
      let key: string;
      if (items.length === 2) {
        const known = this.#pairs.get(items[0]!);
        if (known) byKey = known;
        else this.#pairs.set(items[0]!, (byKey = new Map()));
        key = items[1]!;
      } else if (items.length === 1) [byKey, key] = [this.#single, items[0]!];
      else [byKey, key] = [this.#longer, JSON.stringify(items)];
      let at = byKey.get(key);
      if (at === undefined) {
        byKey.set(key, (at = this.#sentLists++));
        newLists.push(items);
      }
      return at;
    };
    for (let i = 0; i < count; i++) {
      const event = events[i]!;
      columns[i] = dateAt(event.start);
      if (event.end) columns[count + i] = dateAt(event.end);
      for (let c = 0; c < LISTS.length; c++) {
        const items = event[LISTS[c]!];
        if (items) columns[(2 + c) * count + i] = listAt(items);
      }
      texts.push(event.id, event.title, event.summary ?? null);
      let other: Partial<TimelineEvent> | null = null;
      for (const field of OTHERS) if (event[field] !== undefined) (other ??= {})[field] = event[field] as never;
      if (other) others.push(i, other);
    }
    const text: SliceText = [newDates, newLists, texts, others, ownDates];
    return { type: 'event-slice', count, columns, json: JSON.stringify(text) };
  }
}

/**
 * A date's text as the check read it, or null (the worker checked it: a fault of the app's own). The
 * quick reader first, as parseDate does, but without parseDate's result object for each of a million dates.
 */
function readDate(text: string): PartialDate | null {
  const quick = quickDate(text);
  if (quick) return quick;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date : null;
}

/** Reads slices on the page, in the order they were written, into events. */
export class EventColumnReader {
  readonly #dates: (PartialDate | null)[] = [];
  readonly #lists: (readonly string[])[] = [];
  /**
   * An object with the fields of each set of fields met (by FIELD_BIT), in EVENT_FIELDS' order, to copy
   * for each event: a copy has its template's shape, every field inside the object. An object grown a
   * field at a time keeps the fields past its first few in a store of their own: 32 MB more for a
   * million events.
   */
  readonly #templates = new Map<number, Record<string, unknown>>();

  #template(fields: number): Record<string, unknown> {
    let template = this.#templates.get(fields);
    if (!template) {
      // Parsed from JSON: an object made with exactly its fields (null: no field is held as a small integer, to be widened when an event sets it).
      template = JSON.parse(JSON.stringify(Object.fromEntries(EVENT_FIELDS.filter((field) => fields & FIELD_BIT[field]).map((field) => [field, null])))) as Record<string, unknown>;
      this.#templates.set(fields, template);
    }
    return template;
  }

  /** The slice's events, or the id of the first whose date arrived unreadable. */
  read(slice: EventSlice): TimelineEvent[] | { readonly unreadable: string } {
    const [newDates, newLists, texts, others, ownDates] = JSON.parse(slice.json) as SliceText;
    for (const text of newDates) this.#dates.push(readDate(text));
    const own = ownDates.map(readDate);
    const dateAt = (at: number) => (at >= 0 ? this.#dates[at] : at < -1 ? own[-2 - at] : undefined);
    for (const items of newLists) this.#lists.push(Object.freeze(items));
    const { count, columns } = slice;
    const lists = this.#lists;
    const otherAt: (Partial<TimelineEvent> | undefined)[] = [];
    for (let o = 0; o < others.length; o += 2) otherAt[others[o] as number] = others[o + 1] as Partial<TimelineEvent>;
    const events: TimelineEvent[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const start = dateAt(columns[i]!);
      const end = dateAt(columns[count + i]!);
      if (!start || end === null) return { unreadable: String(texts[3 * i]) };
      const summary = texts[3 * i + 2];
      const actors = columns[2 * count + i]!;
      const tags = columns[3 * count + i]!;
      const sources = columns[4 * count + i]!;
      const other = otherAt[i];
      let fields = REQUIRED_BITS;
      if (end) fields |= FIELD_BIT.end;
      if (summary !== null) fields |= FIELD_BIT.summary;
      if (actors >= 0) fields |= FIELD_BIT.actors;
      if (tags >= 0) fields |= FIELD_BIT.tags;
      if (sources >= 0) fields |= FIELD_BIT.sources;
      if (other) for (const field of OTHERS) if (other[field] !== undefined) fields |= FIELD_BIT[field];
      const event = { ...this.#template(fields) };
      event.id = texts[3 * i];
      event.title = texts[3 * i + 1];
      event.start = start;
      if (end) event.end = end;
      if (summary !== null) event.summary = summary;
      if (actors >= 0) event.actors = lists[actors];
      if (tags >= 0) event.tags = lists[tags];
      if (sources >= 0) event.sources = lists[sources];
      if (other) for (const field of OTHERS) if (other[field] !== undefined) event[field] = other[field];
      events[i] = event as unknown as TimelineEvent;
    }
    return events;
  }
}
