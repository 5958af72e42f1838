import { describe, expect, it } from 'vitest';
import { parseDate, type PartialDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { SharedDates } from './shared-dates.ts';

const date = (text: string): PartialDate => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};

describe('SharedDates', () => {
  it('holds dates written alike once (to the day, month or year), and a date to the minute as it came', () => {
    const shared = new SharedDates();
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
});
