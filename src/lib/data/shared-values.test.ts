import { describe, expect, it } from 'vitest';
import { parseDate, type PartialDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { SharedValues } from './shared-values.ts';

const date = (text: string): PartialDate => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};

describe('SharedValues', () => {
  it('holds dates written alike once (to the day, month or year), and a date to the minute as it came', () => {
    const shared = new SharedValues();
    const events = ['2008-04-03', '2008-04-03', '2008', '2008', '2025-02-12T10:30', '2025-02-12T10:30'].map(
      (text, i) => ({ id: `e${i}`, title: 'E', start: date(text), end: i === 1 ? date('2008-04-03') : undefined }) as TimelineEvent,
    );
    const copies = events.map((e) => structuredClone(e));
    for (const event of events) shared.shareIn(event);
    expect(events[1]!.start).toBe(events[0]!.start);
    expect(events[1]!.end).toBe(events[0]!.start);
    expect(events[3]!.start).toBe(events[2]!.start);
    expect(events[5]!.start).not.toBe(events[4]!.start);
    // Nothing changes but which object holds the date.
    expect(events).toEqual(copies);
  });

  it('holds lists written alike once, in their order, frozen', () => {
    const shared = new SharedValues();
    const lists = [['nato', 'ua'], ['nato', 'ua'], ['ua', 'nato'], ['a\u0000b', 'c'], ['a', 'b\u0000c']];
    const events = lists.map((actors, i) => ({ id: `e${i}`, title: 'E', start: date('2008'), actors, tags: ['summit'], sources: ['s'] }) as TimelineEvent);
    const copies = events.map((e) => structuredClone(e));
    for (const event of events) shared.shareIn(event);
    expect(events[1]!.actors).toBe(events[0]!.actors);
    expect(events[2]!.actors).not.toBe(events[0]!.actors);
    // Lists that join alike are still told apart.
    expect(events[4]!.actors).not.toBe(events[3]!.actors);
    expect(new Set(events.map((e) => e.tags)).size).toBe(1);
    expect(Object.isFrozen(events[0]!.actors)).toBe(true);
    expect(() => (events[0]!.actors as string[]).push('x')).toThrow(TypeError);
    expect(events).toEqual(copies);
  });
});
