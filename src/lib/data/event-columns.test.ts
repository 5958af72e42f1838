import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDate, parseDate, type PartialDate } from '../model/dates.ts';
import { KNOWN_FIELDS, type TimelineEvent } from '../model/schema.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { EVENT_FIELDS, EventColumnReader, EventColumnWriter, type EventSlice } from './event-columns.ts';

const date = (text: string): PartialDate => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};

/** Indices 0 … count - 1 from `from`. */
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * Slices written in the worker (the events given to the writer in file order, each slice the indices
 * of its events, in the order given) and read on the page, each structured-cloned with its columns
 * transferred, as postMessage does.
 */
function across(slices: readonly (readonly TimelineEvent[])[], order?: readonly number[]): TimelineEvent[][] {
  const all = slices.flat();
  const writer = new EventColumnWriter(all);
  const reader = new EventColumnReader();
  let from = 0;
  return slices.map((events) => {
    const indices = order ? order.slice(from, from + events.length) : range(from, events.length);
    from += events.length;
    const slice = writer.write(indices);
    const sent = structuredClone(slice, { transfer: [slice.columns.buffer] });
    expect(slice.columns.byteLength).toBe(0);
    const read = reader.read(sent);
    if (!Array.isArray(read)) throw new Error(`unreadable ${read.unreadable}`);
    return read;
  });
}

/** The slices of these indices' events, written in turn. */
const writeSlices = (writer: EventColumnWriter, slices: readonly (readonly number[])[]) => slices.map((indices) => writer.write(indices));

const event = (i: number, fields: Partial<TimelineEvent> = {}): TimelineEvent => ({ id: `e${i}`, title: `Event ${i}`, start: date('2008-04-03'), ...fields });

describe('events as columns across the worker boundary', () => {
  it('gives back the events the check gave, field for field and in the same order, whatever fields they have', () => {
    const file = {
      version: 1,
      title: 'All fields',
      actors: [{ id: 'nato', name: 'NATO' }, { id: 'ua', name: 'Ukraine' }],
      places: [{ id: 'bucharest', name: 'Bucharest', coordinates: [26.1, 44.43] }],
      sources: [{ id: 's', title: 'S' }],
      events: [
        { id: 'a', title: 'Everything', start: '2008-04-03', end: '2008-04-04', approximate: true, summary: 'Said & done', actors: ['nato', 'ua'], tags: ['summit'], place: 'Bucharest', placeId: 'bucharest', sources: ['s'], media: [{ url: 'https://example.org/a.jpg', type: 'image', alt: 'A photo' }] },
        { id: 'b', title: 'Little', start: '-0490-09' },
        { id: 'c', title: 'Here', start: '2025-02-12T10:30:15Z', coordinates: [30.5, 50.45], summary: 'Kyiv' },
        { id: 'd', title: 'Offset', start: '1999-12-31T23:59+01:00', end: '2000', tags: [] },
      ],
      quotes: [],
      links: [],
    };
    const parsed = parseEventGraph(JSON.stringify(file));
    const checked = parsed.graph.events;
    const [read] = across([checked]);
    expect(read).toStrictEqual(checked.map((e) => structuredClone(e)));
    for (const [i, e] of read!.entries()) expect(Object.keys(e)).toEqual(Object.keys(checked[i]!));
  });

  it('gives back events with every set of the common fields (each made at a literal of its own) as the check gave them', () => {
    const common = ['end', 'summary', 'actors', 'tags', 'sources'] as const;
    const values = { end: '2008-04-04', summary: 'Said', actors: ['nato'], tags: ['summit'], sources: ['s'] };
    const file = {
      version: 1,
      title: 'Every set',
      actors: [{ id: 'nato', name: 'NATO' }],
      sources: [{ id: 's', title: 'S' }],
      events: Array.from({ length: 2 ** common.length }, (_, set) => ({
        id: `e${set}`,
        title: `Set ${set}`,
        start: '2008-04-03',
        ...Object.fromEntries(common.filter((_, f) => set & (1 << f)).map((field) => [field, values[field]])),
      })),
      quotes: [],
      links: [],
    };
    const checked = parseEventGraph(JSON.stringify(file)).graph.events;
    const [read] = across([checked]);
    expect(read).toStrictEqual(checked.map((e) => structuredClone(e)));
    for (const [i, e] of read!.entries()) expect(Object.keys(e)).toEqual(Object.keys(checked[i]!));
  });

  it('names every field of an event, in the order of the format (a new field must be carried too)', () => {
    expect([...EVENT_FIELDS]).toEqual(KNOWN_FIELDS.events);
  });

  it('reads any date the format allows back from its text as the check read it', () => {
    const day = fc.record({
      year: fc.integer({ min: -9999, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      precision: fc.constantFrom('year', 'month', 'day', 'minute') as fc.Arbitrary<PartialDate['precision']>,
    });
    fc.assert(
      fc.property(day, (fields) => {
        const parsed = parseDate(formatIsoDate(fields));
        if (!parsed.ok) return;
        const read = new EventColumnReader().read(new EventColumnWriter([event(0, { start: parsed.date })]).write([0]));
        expect(Array.isArray(read) && read[0]!.start).toEqual(parsed.date);
      }),
      { seed: 20250218, numRuns: 500 },
    );
  });

  it('sends each distinct date and list once, and the page holds one of each, across slices', () => {
    const writer = new EventColumnWriter(
      range(0, 6).map((i) => event(i, { start: date(i % 3 ? '2008-04-03' : '2008'), actors: ['nato', 'ua'], tags: ['summit'], sources: ['nato'] })),
    );
    const slices = writeSlices(writer, [range(0, 3), range(3, 3)]);
    const texts = slices.map((slice) => JSON.parse(slice.json) as [unknown[], unknown[]]);
    expect(texts.map(([dates, lists]) => [dates, lists])).toEqual([
      [
        [0, '2008', 1, '2008-04-03'],
        [0, ['nato', 'ua'], 1, ['summit'], 2, ['nato']],
      ],
      [[], []],
    ]);
    const reader = new EventColumnReader();
    const events = slices.flatMap((slice) => reader.read(slice) as TimelineEvent[]);
    expect(new Set(events.map((e) => e.start)).size).toBe(2);
    expect(new Set(events.map((e) => e.actors)).size).toBe(1);
    expect(new Set(events.map((e) => e.sources)).size).toBe(1);
    expect(events[1]!.actors).toEqual(['nato', 'ua']);
  });

  it('writes slices in any order of the events given (time order, not the file\'s), each with the dates and lists new to the page', () => {
    // In file order, 2009 and ['ua'] are met first; in time order, the first slice needs neither.
    const file = [
      event(0, { start: date('2009'), actors: ['ua'] }),
      event(1, { start: date('2008-04-03'), actors: ['nato'], tags: ['summit'] }),
      event(2, { start: date('2008'), end: date('2009'), actors: ['ua'] }),
      event(3, { start: date('2008-04-03'), actors: ['nato'] }),
    ];
    const order = [2, 1, 3, 0];
    const read = across([file.slice(0, 1), file.slice(1, 3), file.slice(3)], order).flat();
    expect(read).toStrictEqual(order.map((i) => structuredClone(file[i]!)));
    const [first, second, third] = writeSlices(new EventColumnWriter(file), [[2], [1, 3], [0]]).map((slice) => JSON.parse(slice.json) as [unknown[], unknown[]]);
    expect(first!.slice(0, 2)).toEqual([
      [2, '2008', 0, '2009'],
      [0, ['ua']],
    ]);
    expect(second!.slice(0, 2)).toEqual([
      [1, '2008-04-03'],
      [1, ['nato'], 2, ['summit']],
    ]);
    expect(third!.slice(0, 2)).toEqual([[], []]);
  });

  it('sends a date to the minute each time it is written (rarely twice), and reads each alike', () => {
    const start = date('2025-02-12T10:30');
    const slice = new EventColumnWriter([event(0, { start }), event(1, { start, end: date('2025-02-12T11:00') }), event(2, { start })]).write([0, 1, 2]);
    // The slice's own dates, not the table's: the page keeps no table of a million dates to the minute.
    const [tableDates, , , , ownDates] = JSON.parse(slice.json) as string[][];
    expect(tableDates).toEqual([]);
    expect(ownDates).toEqual(['2025-02-12T10:30', '2025-02-12T10:30', '2025-02-12T11:00', '2025-02-12T10:30']);
    const events = new EventColumnReader().read(slice) as TimelineEvent[];
    expect(events.map((e) => e.start)).toEqual([start, start, start]);
    expect(events[1]!.end).toEqual(date('2025-02-12T11:00'));
  });

  it('tells lists apart that would join alike, keeps their order, and freezes them', () => {
    const lists = [['nato', 'ua'], ['ua', 'nato'], ['a\u0000b', 'c'], ['a', 'b\u0000c'], ['a,b'], ['a', 'b'], ['nato']];
    const [events] = across([lists.map((actors, i) => event(i, { actors: [...actors] }))]);
    expect(events!.map((e) => e.actors)).toEqual(lists);
    expect(new Set(events!.map((e) => e.actors)).size).toBe(lists.length);
    expect(Object.isFrozen(events![0]!.actors)).toBe(true);
    expect(() => (events![0]!.actors as string[]).push('x')).toThrow(TypeError);
  });

  it('keeps text as text, whatever it holds', () => {
    const title = '<img src=x onerror=alert(1)> "quoted" \\ \u2028 \u0000 ';
    const [events] = across([[event(0, { title, summary: '</script>' }), event(1, { id: 'é\u0301', title: '🇺🇦 \ud800 lone', summary: '' }), event(2, { title: '' })]]);
    expect(events![0]).toMatchObject({ title, summary: '</script>' });
    // Pairs, lone surrogates and empty text come back as written; no summary stays none.
    expect(events![1]).toMatchObject({ id: 'é\u0301', title: '🇺🇦 \ud800 lone', summary: '' });
    expect(events![2]!.title).toBe('');
    expect(events![2]).not.toHaveProperty('summary');
  });

  it('names the event whose date arrives unreadable (the worker checked it: a fault of the app)', () => {
    const slice: EventSlice = { type: 'event-slice', count: 2, columns: new Int32Array([0, 1, -1, -1, -1, -1, -1, -1, -1, -1]), json: JSON.stringify([[0, '2008', 1, '2008-02-30'], [], ['e0', 'A', null, 'e1', 'B', null], [], []]) };
    expect(new EventColumnReader().read(slice)).toEqual({ unreadable: 'e1' });
    const own: EventSlice = { ...slice, columns: new Int32Array([-2, -3, -1, -1, -1, -1, -1, -1, -1, -1]), json: JSON.stringify([[], [], ['e0', 'A', null, 'e1', 'B', null], [], ['2025-02-12T10:30', '2025-02-30T10:30']]) };
    expect(new EventColumnReader().read(own)).toEqual({ unreadable: 'e1' });
    // A date of the table the page has not had (the writer's fault) is unreadable too, not a hole read as no date.
    const notSent: EventSlice = { ...slice, json: JSON.stringify([[0, '2008'], [], ['e0', 'A', null, 'e1', 'B', null], [], []]) };
    expect(new EventColumnReader().read(notSent)).toEqual({ unreadable: 'e1' });
  });
});
