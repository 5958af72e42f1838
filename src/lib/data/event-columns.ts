// Events across the worker boundary as columns rather than objects: each slice of checked events goes
// to the page as one Int32Array (transferred, not copied) of indices into tables of the distinct dates
// and lists, plus one short JSON text of what only text can carry (ids, titles, summaries, the few
// other fields, and the dates' texts and lists the page has not had). A million events dated to the
// day name a few thousand days, and their actors, tags and sources repeat: the page reads each distinct
// date's text once, keeps each distinct list once (frozen, so that no change to one reaches the events
// that share it: edits make new events), and builds each event by indexing into them and copying a
// template of its fields, with none of the objects, strings and look-ups that parsing whole events as
// JSON made for the collector. The writer runs in the worker, the reader on the page; both pure.
import { parseDate, type PartialDate } from '../model/dates.ts';
import { quickDate } from '../model/quick-date.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { LITERAL_BIT, literalEvent } from './event-literals.ts';

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

/**
 * A slice's text: the dates' texts and the lists new to the page, each after its index in its table;
 * each event's id, title and summary (or null); then each event with other fields, by its index in the
 * slice, and them; and the slice's own dates.
 */
type SliceText = [newDates: (number | string)[], newLists: (number | string[])[], texts: (string | null)[], others: (number | Partial<TimelineEvent>)[], ownDates: string[]];

/** In a column of the writer's, before a slice is written: a date of the slice's own (to the minute or second). */
const OWN_DATE = -2;

/**
 * Writes events as slices, in the worker. The events' dates and lists are looked up once, in the order
 * the events were given (the file's: objects parsed one after another lie together in memory, and a
 * million of them read in time order instead took twice as long); a slice then takes any events, in any
 * order, by their indices, and sends with them the dates and lists the page has not had yet.
 */
export class EventColumnWriter {
  readonly #events: readonly TimelineEvent[];
  /** Each event's entries in COLUMNS (by its index in #events): table indices, -1 for none, OWN_DATE. */
  readonly #columns: Int32Array[];
  /**
   * The dates' texts by their index in the table: those written to the day, month or year. A date to
   * the minute or second is rarely written twice: it is sent as one of its slice's own, and the page
   * keeps no table of a million of them.
   */
  readonly #dates: string[] = [];
  /** The distinct lists, by their index in the table. */
  readonly #lists: string[][] = [];
  readonly #datesSent: Uint8Array;
  readonly #listsSent: Uint8Array;
  /**
   * Each event's id, title and summary (undefined for none), three by three, and whether it has any of
   * the OTHERS fields: read in the file's order with the rest, so that writing the slices, in time
   * order, does not read a million objects again scattered over the heap (a third of its time, in Node).
   */
  readonly #texts: (string | undefined)[];
  readonly #hasOthers: Uint8Array;

  constructor(events: readonly TimelineEvent[]) {
    this.#events = events;
    const count = events.length;
    this.#columns = COLUMNS.map(() => new Int32Array(count).fill(-1));
    const [starts, ends] = this.#columns as [Int32Array, Int32Array];
    const dateIndex = new Map<string, number>();
    const dateAt = (date: PartialDate) => {
      const text = date.text;
      if (text.length > 10) return OWN_DATE;
      let at = dateIndex.get(text);
      if (at === undefined) dateIndex.set(text, (at = this.#dates.push(text) - 1));
      return at;
    };
    // Lists of one item by it, of two by each in turn (no key to make for each of a million lists), longer by their JSON.
    const single = new Map<string, number>();
    const pairs = new Map<string, Map<string, number>>();
    const longer = new Map<string, number>();
    const listAt = (items: string[]) => {
      let byKey: Map<string, number>;
      let key: string;
      if (items.length === 2) {
        const known = pairs.get(items[0]!);
        if (known) byKey = known;
        else pairs.set(items[0]!, (byKey = new Map()));
        key = items[1]!;
      } else if (items.length === 1) [byKey, key] = [single, items[0]!];
      else [byKey, key] = [longer, JSON.stringify(items)];
      let at = byKey.get(key);
      if (at === undefined) byKey.set(key, (at = this.#lists.push(items) - 1));
      return at;
    };
    this.#texts = new Array<string | undefined>(3 * count);
    this.#hasOthers = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const event = events[i]!;
      starts[i] = dateAt(event.start);
      if (event.end) ends[i] = dateAt(event.end);
      for (let c = 0; c < LISTS.length; c++) {
        const items = event[LISTS[c]!];
        if (items) this.#columns[2 + c]![i] = listAt(items);
      }
      this.#texts[3 * i] = event.id;
      this.#texts[3 * i + 1] = event.title;
      this.#texts[3 * i + 2] = event.summary;
      for (const field of OTHERS) if (event[field] !== undefined) this.#hasOthers[i] = 1;
    }
    this.#datesSent = new Uint8Array(this.#dates.length);
    this.#listsSent = new Uint8Array(this.#lists.length);
  }

  /** A slice of the events at these indices (into the events given), in this order. */
  write(indices: ArrayLike<number>): EventSlice {
    const count = indices.length;
    const columns = new Int32Array(COLUMNS.length * count);
    const newDates: SliceText[0] = [];
    const newLists: SliceText[1] = [];
    const ownDates: string[] = [];
    const texts: (string | null)[] = [];
    const others: SliceText[3] = [];
    for (let i = 0; i < count; i++) {
      const e = indices[i]!;
      for (let c = 0; c < COLUMNS.length; c++) {
        let at = this.#columns[c]![e]!;
        if (at === OWN_DATE) at = -2 - (ownDates.push((c === 0 ? this.#events[e]!.start : this.#events[e]!.end!).text) - 1);
        else if (at >= 0 && c < 2 && !this.#datesSent[at]) {
          this.#datesSent[at] = 1;
          newDates.push(at, this.#dates[at]!);
        } else if (at >= 0 && c >= 2 && !this.#listsSent[at]) {
          this.#listsSent[at] = 1;
          newLists.push(at, this.#lists[at]!);
        }
        columns[c * count + i] = at;
      }
      texts.push(this.#texts[3 * e]!, this.#texts[3 * e + 1]!, this.#texts[3 * e + 2] ?? null);
      if (!this.#hasOthers[e]) continue;
      const event = this.#events[e]!;
      const other: Partial<TimelineEvent> = {};
      for (const field of OTHERS) if (event[field] !== undefined) other[field] = event[field] as never;
      others.push(i, other);
    }
    const text: SliceText = [newDates, newLists, texts, others, ownDates];
    return { type: 'event-slice', count, columns, json: JSON.stringify(text) };
  }
}

/** `value` at `at`, the places before it that are not yet filled held by undefined (the array stays a packed list, not a dictionary). */
function setAt<T>(array: (T | undefined)[], at: number, value: T): void {
  while (array.length < at) array.push(undefined);
  array[at] = value;
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
  /** By their index in the writer's tables; undefined where none has come yet. */
  readonly #dates: (PartialDate | null | undefined)[] = [];
  readonly #lists: (readonly string[] | undefined)[] = [];
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
    for (let d = 0; d < newDates.length; d += 2) setAt(this.#dates, newDates[d] as number, readDate(newDates[d + 1] as string));
    const own = ownDates.map(readDate);
    const dateAt = (at: number) => (at >= 0 ? (this.#dates[at] ?? null) : at < -1 ? own[-2 - at] : undefined);
    for (let l = 0; l < newLists.length; l += 2) setAt(this.#lists, newLists[l] as number, Object.freeze(newLists[l + 1] as string[]));
    const { count, columns } = slice;
    const lists = this.#lists;
    const otherAt: (Partial<TimelineEvent> | undefined)[] = [];
    for (let o = 0; o < others.length; o += 2) otherAt[others[o] as number] = others[o + 1] as Partial<TimelineEvent>;
    const events: TimelineEvent[] = new Array(count);
    const listAt = (at: number) => (at >= 0 ? (lists[at] as string[]) : undefined);
    for (let i = 0; i < count; i++) {
      const start = dateAt(columns[i]!);
      const end = dateAt(columns[count + i]!);
      if (!start || end === null) return { unreadable: String(texts[3 * i]) };
      const summary = texts[3 * i + 2];
      const actors = columns[2 * count + i]!;
      const tags = columns[3 * count + i]!;
      const sources = columns[4 * count + i]!;
      const other = otherAt[i];
      if (!other) {
        // The usual event: one of the literals (event-literals.ts says why).
        let bits = 0;
        if (end) bits |= LITERAL_BIT.end;
        if (summary !== null) bits |= LITERAL_BIT.summary;
        if (actors >= 0) bits |= LITERAL_BIT.actors;
        if (tags >= 0) bits |= LITERAL_BIT.tags;
        if (sources >= 0) bits |= LITERAL_BIT.sources;
        events[i] = literalEvent(bits, texts[3 * i]!, texts[3 * i + 1]!, start, end, summary ?? undefined, listAt(actors), listAt(tags), listAt(sources));
        continue;
      }
      let fields = REQUIRED_BITS;
      if (end) fields |= FIELD_BIT.end;
      if (summary !== null) fields |= FIELD_BIT.summary;
      if (actors >= 0) fields |= FIELD_BIT.actors;
      if (tags >= 0) fields |= FIELD_BIT.tags;
      if (sources >= 0) fields |= FIELD_BIT.sources;
      for (const field of OTHERS) if (other[field] !== undefined) fields |= FIELD_BIT[field];
      const event = { ...this.#template(fields) };
      event.id = texts[3 * i];
      event.title = texts[3 * i + 1];
      event.start = start;
      if (end) event.end = end;
      if (summary !== null) event.summary = summary;
      if (actors >= 0) event.actors = lists[actors];
      if (tags >= 0) event.tags = lists[tags];
      if (sources >= 0) event.sources = lists[sources];
      for (const field of OTHERS) if (other[field] !== undefined) event[field] = other[field];
      events[i] = event as unknown as TimelineEvent;
    }
    return events;
  }
}
