// inTimeOrder (instants read into typed arrays, then sorted) gives the order a stable sort by
// compareEvents gives: by start, longer spans first, then file order; for events in order already too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEvents, inTimeOrder } from './graph.ts';
import { parseDate } from './dates.ts';
import type { TimelineEvent } from './schema.ts';

const day = fc.constantFrom('2008', '2008-04', '2008-04-03', '2008-04-04', '2008-04-03T10:30', '2008-04-03T10:30:15Z', '-0490', '2009', '2008-05');
const events = fc.array(fc.tuple(day, fc.option(day, { nil: undefined })), { maxLength: 60 }).map((pairs) =>
  pairs.map(([start, end], i) => {
    const s = parseDate(start);
    const e = end === undefined ? undefined : parseDate(end);
    return { id: `e${i}`, title: `E${i}`, start: s.ok ? s.date : undefined, ...(e?.ok ? { end: e.date } : {}) } as TimelineEvent;
  }),
);

describe('inTimeOrder', () => {
  it('orders as a stable sort by compareEvents does', () => {
    fc.assert(
      fc.property(events, fc.boolean(), (list, presorted) => {
        const input = presorted ? [...list].sort(compareEvents) : list;
        const sorted = inTimeOrder(input);
        expect(sorted.map((e) => e.id)).toEqual([...input].sort(compareEvents).map((e) => e.id));
        expect(sorted).not.toBe(input);
      }),
      { seed: 20250218, numRuns: 1000 },
    );
  });
});
