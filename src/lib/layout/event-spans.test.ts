import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inTimeOrder } from '../model/graph.ts';
import { parseDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { coveredIntervals, gapsBetween } from '../scale/gaps.ts';
import { coveredSteps, drawnInstantsSteps, eventExtent } from './event-spans.ts';
import { runSteps } from '../model/steps.ts';

const day = (n: number) => {
  const d = new Date(Date.UTC(2000, 0, 1 + n));
  return d.toISOString().slice(0, 10);
};
const date = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};
const event = (i: number, start: number, length: number | null): TimelineEvent =>
  ({ id: `e${i}`, title: `E${i}`, start: date(day(start)), ...(length === null ? {} : { end: date(day(start + length)) }) }) as TimelineEvent;
const spansOf = (events: readonly TimelineEvent[]) => events.map((e) => ({ startMs: e.start.startMs, endMs: (e.end ?? e.start).endMs }));

describe('where events are, in steps', () => {
  it('gives the same intervals and counts as coveredIntervals, in time order or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 1, max: 60 }))), { maxLength: 80 }), (specs) => {
        const events = specs.map(([start, length], i) => event(i, start, length));
        expect(runSteps(coveredSteps(inTimeOrder(events)))).toEqual(coveredIntervals(spansOf(events)));
        expect(runSteps(coveredSteps(events))).toEqual(coveredIntervals(spansOf(events)));
      }),
    );
  });

  it('gives each event its middle instant, sorted', () => {
    const events = [event(0, 10, null), event(1, 2, 4), event(2, 5, null)];
    const middles = spansOf(events).map((s) => (s.startMs + s.endMs) / 2);
    expect([...runSteps(drawnInstantsSteps(events))]).toEqual(middles.sort((a, b) => a - b));
  });

  it('works out a list’s extent once, in steps, for every one that asks (the chart and the overview strip)', async () => {
    const events = inTimeOrder(Array.from({ length: 40_000 }, (_, i) => event(i, i % 300 === 0 ? i * 40 : i, null)));
    let pauses = 0;
    const pause = () => (pauses++, Promise.resolve());
    const [first, second] = await Promise.all([eventExtent(events, pause), eventExtent(events, pause)]);
    expect(second).toBe(first);
    expect(first.covered).toEqual(coveredIntervals(spansOf(events)));
    expect(first.gaps).toEqual(gapsBetween(first.covered));
    expect(pauses).toBeGreaterThan(2);
    const again = pauses;
    expect(await eventExtent(events, pause)).toBe(first);
    expect(pauses).toBe(again);
    // A list of its own (an edit, a filter) gets its own.
    expect(await eventExtent(events.slice(1), pause)).not.toBe(first);
  });
});
