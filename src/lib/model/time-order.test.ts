// timeOrder (a radix sort over the instants' bits) gives the order of a stable sort by start, then the
// later end first: for negative instants (BCE), -0, ties in either, and sizes across a digit's buckets.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCountingSteps } from './steps.ts';
import { timeOrder, timeOrderSteps } from './time-order.ts';

const byComparator = (starts: Float64Array, ends: Float64Array) =>
  Array.from(starts, (_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]! || a - b);

/** Instants as the model makes them (whole milliseconds, from far BCE to far future), drawn from few values to make ties. */
const instant = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 65_535, 65_536, -65_536, 2 ** 32, -(2 ** 32), 1_202_947_200_000, 1_739_318_400_000, -62_198_755_200_000),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
);

describe('timeOrder', () => {
  it('orders as a stable sort by start, then later end first', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, instant), { maxLength: 300 }), (pairs) => {
        const starts = Float64Array.from(pairs, ([s]) => s);
        const ends = Float64Array.from(pairs, ([s, e]) => Math.max(s, e));
        expect([...timeOrder(starts, ends)]).toEqual(byComparator(starts, ends));
      }),
      { seed: 20080403, numRuns: 2000 },
    );
  });

  it('keeps file order among events alike in start and end, and sorts many', () => {
    const n = 100_000;
    const starts = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) * 86_400_000 - 5e13);
    const ends = Float64Array.from(starts, (s, i) => s + (i % 3) * 3_600_000);
    expect([...timeOrder(starts, ends)]).toEqual(byComparator(starts, ends));
    expect([...timeOrder(new Float64Array(5), new Float64Array(5))]).toEqual([0, 1, 2, 3, 4]);
    expect([...timeOrder(new Float64Array(0), new Float64Array(0))]).toEqual([]);
  });

  it('works in steps of bounded work for the page, with the same order', () => {
    const n = 300_000;
    const starts = Float64Array.from({ length: n }, (_, i) => Math.floor(Math.abs(Math.sin(i * 12.9898)) * 5000) * 86_400_000);
    const ends = Float64Array.from(starts, (s, i) => s + (i % 5) * 86_400_000);
    const { value, steps } = runCountingSteps(timeOrderSteps(starts, ends));
    expect([...value]).toEqual([...timeOrder(starts, ends)]);
    // Eight passes over 300,000 indices, a step per 65,536 at most.
    expect(steps).toBeGreaterThan(20);
  });
});
