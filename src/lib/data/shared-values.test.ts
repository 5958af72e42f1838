import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDate, parseDate, type PartialDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';
import type { WireEvent } from './parse-protocol.ts';
import { SharedValues } from './shared-values.ts';

const date = (text: string): PartialDate => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};

/** An event as the worker writes it into a slice: its dates as their text (parse-job.ts). */
const wire = (event: TimelineEvent): WireEvent => {
  const { start, end, ...rest } = structuredClone(event);
  return { ...rest, start: start.text, ...(end ? { end: end.text } : {}) };
};

describe('SharedValues', () => {
  it('makes an event whole from a slice: the same event the worker checked, its dates read from their text', () => {
    const shared = new SharedValues();
    const events = ['2008-04-03', '2008', '-0490-09', '2025-02-12T10:30', '2025-02-12T10:30:15Z', '-12000', '1999-12-31T23:59+01:00'].map(
      (text, i) => ({ id: `e${i}`, title: 'E', start: date(text), end: i === 0 ? date('2008-04-05') : undefined, actors: ['nato'] }) as TimelineEvent,
    );
    for (const event of events) expect(shared.eventOf(wire(event))).toEqual(JSON.parse(JSON.stringify(event)));
  });

  it('reads any date the format allows back from its text as the check read it', () => {
    const shared = new SharedValues();
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
        expect(shared.dateOf(parsed.date.text)).toEqual(parsed.date);
      }),
      { seed: 20250218, numRuns: 500 },
    );
  });

  it('holds dates written alike once (to the day, month or year), and a date to the minute as it came', () => {
    const shared = new SharedValues();
    const texts = ['2008-04-03', '2008-04-03', '2008', '2008', '2025-02-12T10:30', '2025-02-12T10:30'];
    const events = texts.map((start, i) => shared.eventOf({ id: `e${i}`, title: 'E', start, ...(i === 1 ? { end: '2008-04-03' } : {}) })!);
    expect(events[1]!.start).toBe(events[0]!.start);
    expect(events[1]!.end).toBe(events[0]!.start);
    expect(events[3]!.start).toBe(events[2]!.start);
    expect(events[5]!.start).not.toBe(events[4]!.start);
    expect(events[5]!.start).toEqual(events[4]!.start);
  });

  it('says so when a text names no date (the worker checked them: a fault of the app)', () => {
    const shared = new SharedValues();
    expect(shared.eventOf({ id: 'e', title: 'E', start: '2008-02-30' })).toBeNull();
    expect(shared.eventOf({ id: 'e', title: 'E', start: '2008', end: 'soon' })).toBeNull();
  });

  it('holds lists written alike once, in their order, frozen', () => {
    const shared = new SharedValues();
    const lists = [['nato', 'ua'], ['nato', 'ua'], ['ua', 'nato'], ['a\u0000b', 'c'], ['a', 'b\u0000c'], ['nato', 'ua', 'us'], ['nato', 'ua', 'us'], ['nato']];
    const events = lists.map((actors, i) => shared.eventOf({ id: `e${i}`, title: 'E', start: '2008', actors: [...actors], tags: ['summit'], sources: ['s'] })!);
    expect(events[1]!.actors).toBe(events[0]!.actors);
    expect(events[2]!.actors).not.toBe(events[0]!.actors);
    // Lists that join alike are still told apart.
    expect(events[4]!.actors).not.toBe(events[3]!.actors);
    // Longer lists too, and one of one item is not a pair's.
    expect(events[6]!.actors).toBe(events[5]!.actors);
    expect(events[7]!.actors).toEqual(['nato']);
    expect(events.map((e) => e.actors)).toEqual(lists);
    expect(new Set(events.map((e) => e.tags)).size).toBe(1);
    expect(Object.isFrozen(events[0]!.actors)).toBe(true);
    expect(() => (events[0]!.actors as string[]).push('x')).toThrow(TypeError);
  });
});
