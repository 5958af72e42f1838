import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEventGraph } from '../model/json-file.ts';
import { assignLanes, laneSpan, MAX_MARK_ROWS, NO_ACTOR_LANE, type Lane } from './lanes.ts';

const STORY = `{
  "version": 1,
  "title": "Lanes",
  "actors": [
    { "id": "ukraine", "name": "Ukraine", "color": "#ffd500" },
    { "id": "nato", "name": "NATO", "color": "#1f77b4" },
    { "id": "russia", "name": "Russia" },
    { "id": "eu", "name": "European Union" }
  ],
  "sources": [{ "id": "s", "title": "A source" }],
  "events": [
    { "id": "putin-speech", "title": "Putin speaks", "start": "2008-04-04", "actors": ["russia", "nato"] },
    { "id": "summit", "title": "Bucharest summit", "start": "2008-04-02", "end": "2008-04-04", "actors": ["nato", "ukraine"] },
    { "id": "war", "title": "Russo-Georgian War", "start": "2008-08-07", "end": "2008-08-12" },
    { "id": "orange", "title": "Orange Revolution", "start": "2004-11-22", "end": "2005-01-23", "actors": ["ukraine"] },
    { "id": "map", "title": "Membership Action Plan letter", "start": "2008-01", "actors": ["ukraine"], "summary": "A letter." },
    { "id": "no-actors", "title": "An empty actors list", "start": "2009", "actors": [] }
  ],
  "quotes": [
    { "id": "q1", "text": "Words.", "event": "summit", "source": "s" },
    { "id": "q2", "text": "More words.", "event": "putin-speech", "about": ["summit"], "source": "s" }
  ],
  "links": [{ "from": "summit", "to": "putin-speech", "type": "responds-to" }]
}`;

const lanesOf = (text: string) => assignLanes(parseEventGraph(text).graph);

/** A one-lane story (no actors) from [id, start, end?] rows. */
function laneOf(events: readonly (readonly [string, string, string?])[]): Lane {
  const json = { version: 1, title: 'Rows', events: events.map(([id, start, end]) => ({ id, title: id, start, ...(end ? { end } : {}) })) };
  const lanes = lanesOf(JSON.stringify(json));
  expect(lanes).toHaveLength(1);
  return lanes[0]!;
}

describe('assignLanes: one lane per actor, by an event’s first actor', () => {
  const lanes = lanesOf(STORY);
  const idsIn = (lane: Lane) => lane.events.map((e) => e.event.id);

  it('keeps the actors’ order, leaves out actors without events, and puts events without actors last', () => {
    expect(lanes.map((l) => [l.id, l.label, l.color])).toEqual([
      ['ukraine', 'Ukraine', '#ffd500'],
      ['nato', 'NATO', '#1f77b4'],
      ['russia', 'Russia', undefined],
      [NO_ACTOR_LANE, 'No actor', undefined],
    ]);
  });

  it.each([
    // lane, events in time order
    ['ukraine', ['orange', 'map']],
    ['nato', ['summit']],
    ['russia', ['putin-speech']],
    [NO_ACTOR_LANE, ['war', 'no-actors']],
  ])('lane %j holds %j', (laneId, ids) => {
    expect(idsIn(lanes.find((l) => l.id === laneId)!)).toEqual(ids);
  });

  it('places every event exactly once', () => {
    const all = lanes.flatMap(idsIn).sort();
    expect(all).toEqual(['map', 'no-actors', 'orange', 'putin-speech', 'summit', 'war']);
  });

  it('gives a lane’s events their spans, range or point', () => {
    const summit = laneSpan(lanes[1]!.events[0]!);
    expect(summit).toMatchObject({ startMs: Date.parse('2008-04-02T00:00:00Z'), endMs: Date.parse('2008-04-05T00:00:00Z'), isRange: true });
    const map = laneSpan(lanes[0]!.events[1]!);
    expect(map).toMatchObject({ startMs: Date.parse('2008-01-01T00:00:00Z'), endMs: Date.parse('2008-02-01T00:00:00Z'), isRange: false });
  });

  it.each([
    // event, weight relative to another
    ['summit', '>', 'putin-speech'], // a quote in it, one about it, a link: more than a quote and a link
    ['putin-speech', '>', 'map'], // a quote and a link outweigh a summary
    ['map', '>', 'orange'], // a summary outweighs nothing
    ['war', '=', 'orange'],
  ] as const)('%s weighs %s %s', (a, rel, b) => {
    const weight = (id: string) => lanes.flatMap((l) => l.events).find((e) => e.event.id === id)!.weight;
    if (rel === '>') expect(weight(a)).toBeGreaterThan(weight(b));
    else expect(weight(a)).toBe(weight(b));
  });

  it('leaves out the no-actor lane when every event has an actor', () => {
    const json = { version: 1, title: 'All attributed', actors: [{ id: 'a', name: 'A' }], events: [{ id: 'e', title: 'E', start: '2008', actors: ['a'] }] };
    expect(lanesOf(JSON.stringify(json)).map((l) => l.id)).toEqual(['a']);
  });

  it('makes no lanes for no events', () => {
    expect(lanesOf(JSON.stringify({ version: 1, title: 'Empty', actors: [{ id: 'a', name: 'A' }], events: [] }))).toEqual([]);
  });
});

describe('assignLanes stacks what overlaps in time into rows', () => {
  it.each([
    // what, events [id, start, end?], row of each, rows in the lane
    ['one point', [['p', '2008-04-03']], { p: 0 }, 1],
    [
      'ranges apart share row 0',
      [
        ['a', '2008-01-01', '2008-01-10'],
        ['b', '2008-02-01', '2008-02-10'],
      ],
      { a: 0, b: 0 },
      1,
    ],
    [
      'touching ranges share row 0',
      [
        ['a', '2008-04-01', '2008-04-03'],
        ['b', '2008-04-04', '2008-04-05'],
      ],
      { a: 0, b: 0 },
      1,
    ],
    [
      'ranges sharing a day stack',
      [
        ['a', '2008-04-01', '2008-04-03'],
        ['b', '2008-04-03', '2008-04-05'],
      ],
      { a: 0, b: 1 },
      2,
    ],
    [
      'overlapping ranges stack',
      [
        ['a', '2008-01', '2008-06'],
        ['b', '2008-03', '2008-09'],
      ],
      { a: 0, b: 1 },
      2,
    ],
    [
      'three deep, then back to row 0',
      [
        ['a', '2008-01', '2008-03'],
        ['b', '2008-02', '2008-05'],
        ['c', '2008-03', '2008-06'],
        ['d', '2008-04', '2008-04'],
      ],
      { a: 0, b: 1, c: 2, d: 0 },
      3,
    ],
    [
      'points on the same day share a row',
      [
        ['p', '2008-04-03'],
        ['q', '2008-04-03'],
        ['r', '2008-04-03'],
      ],
      { p: 0, q: 0, r: 0 },
      1,
    ],
    [
      'points on different days share a row',
      [
        ['p', '2008-04-03'],
        ['q', '2008-04-04'],
      ],
      { p: 0, q: 0 },
      1,
    ],
    [
      'a point inside a range goes to another row',
      [
        ['a', '2008-04-01', '2008-04-10'],
        ['p', '2008-04-05'],
      ],
      { a: 0, p: 1 },
      2,
    ],
    [
      'a point on a range’s first day goes to another row',
      [
        ['a', '2008-04-01', '2008-04-10'],
        ['p', '2008-04-01'],
      ],
      { a: 0, p: 1 },
      2,
    ],
    [
      'a point the day after a range shares its row',
      [
        ['a', '2008-04-01', '2008-04-10'],
        ['p', '2008-04-11'],
      ],
      { a: 0, p: 0 },
      1,
    ],
    [
      'a point before a range shares its row',
      [
        ['p', '2008-03-31'],
        ['a', '2008-04-01', '2008-04-10'],
      ],
      { a: 0, p: 0 },
      1,
    ],
    [
      'a year point drawn inside a month range goes to another row',
      [
        ['p', '2008'],
        ['a', '2008-03', '2008-09'],
      ],
      { p: 1, a: 0 },
      2,
    ],
    [
      'a month point drawn inside a day range goes to another row',
      [
        ['p', '2008-04'],
        ['a', '2008-04-10', '2008-04-20'],
      ],
      { p: 1, a: 0 },
      2,
    ],
    [
      'a year point drawn where a range starts goes to another row',
      [
        ['p', '2008'],
        ['a', '2008-07-02', '2008-07-05'],
      ],
      { p: 0, a: 1 },
      2,
    ],
    [
      'a year point drawn where a range ends shares its row',
      [
        ['p', '2008'],
        ['a', '2008-06-20', '2008-07-01'],
      ],
      { p: 0, a: 0 },
      1,
    ],
    [
      'a year point drawn after a range in its year shares its row',
      [
        ['p', '2008'],
        ['a', '2008-01', '2008-02'],
      ],
      { p: 0, a: 0 },
      1,
    ],
    [
      'a minute point and a range later that day share a row',
      [
        ['p', '2008-04-03T09:00'],
        ['a', '2008-04-03T10:00', '2008-04-03T12:00'],
      ],
      { p: 0, a: 0 },
      1,
    ],
  ] as const)('%s', (_what, events, rows, count) => {
    const lane = laneOf(events);
    expect(Object.fromEntries(lane.events.map((e) => [e.event.id, e.row]))).toEqual(rows);
    expect(lane.rows).toBe(count);
  });

  /** Ranges cover [start, end); a point is drawn at the middle of the span its date names. */
  function expectNoOverlapInARow(lane: Lane) {
    const footprint = (le: Lane['events'][number]): [number, number] => {
      const e = laneSpan(le)!;
      return e.isRange ? [e.startMs, e.endMs] : [(e.startMs + e.endMs) / 2, (e.startMs + e.endMs) / 2];
    };
    for (const a of lane.events)
      for (const b of lane.events) {
        if (a === b || a.row !== b.row) continue;
        const [a0, a1] = footprint(a);
        const [b0, b1] = footprint(b);
        // One range may start where another ends, but not where a point is drawn.
        const apart = (!a.isRange && !b.isRange) || (a.isRange ? a1 <= b0 : a1 < b0) || (b.isRange ? b1 <= a0 : b1 < a0);
        expect(apart, `${a.event.id} and ${b.event.id} share row ${a.row}`).toBe(true);
      }
    expect(lane.depth).toBe(Math.max(...lane.events.map((e) => e.row)) + 1);
    expect(lane.rows).toBe(Math.min(lane.depth, MAX_MARK_ROWS));
  }

  it('stacks ten overlapping ranges in ten time rows, but gives the lane at most MAX_MARK_ROWS', () => {
    const lane = laneOf(Array.from({ length: 10 }, (_, i) => [`r${i}`, '2008-01-01', `2008-02-${String(i + 10)}`]));
    expect(lane.events.map((e) => e.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(lane.depth).toBe(10);
    expect(lane.rows).toBe(MAX_MARK_ROWS);
  });

  it('never draws two events of a row over each other: mixed precisions', () => {
    expectNoOverlapInARow(
      laneOf([
        ['y', '2008'],
        ['m', '2008-07'],
        ['d', '2008-07-02'],
        ['r1', '2008-06', '2008-08'],
        ['r2', '2008-01-15', '2008-12-15'],
        ['r3', '2008-07-02', '2008-07-03'],
        ['t', '2008-07-02T12:00'],
        ['r4', '2007', '2009'],
        ['e', '2008-12-31'],
      ]),
    );
  });

  const PRECISION_CHARS = { year: 4, month: 7, day: 10, minute: 16 } as const;
  const iso = (ms: number, precision: keyof typeof PRECISION_CHARS) => new Date(ms).toISOString().slice(0, PRECISION_CHARS[precision]);
  const precisionArb = fc.constantFrom('year', 'month', 'day', 'day', 'day', 'minute');
  const eventArb = fc.record({
    startMs: fc.integer({ min: Date.UTC(2007, 0, 1), max: Date.UTC(2009, 11, 31) }),
    startPrecision: precisionArb,
    lengthMs: fc.option(fc.integer({ min: 0, max: 400 * 86_400_000 }), { nil: undefined }),
    endPrecision: precisionArb,
  });

  it('never draws two events of a row over each other: any events', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 25 }), (events) => {
        const lane = laneOf(
          events.map((e, i) => {
            const start = iso(e.startMs, e.startPrecision);
            // An end at or after the start, at any precision: still a valid file.
            return e.lengthMs === undefined ? [`e${i}`, start] : [`e${i}`, start, iso(e.startMs + e.lengthMs, e.endPrecision)];
          }),
        );
        expect(lane.events).toHaveLength(events.length);
        expectNoOverlapInARow(lane);
      }),
      { seed: 20080807, numRuns: 300 },
    );
  });
});
