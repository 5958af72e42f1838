import { describe, expect, it } from 'vitest';
import { sortedInSteps } from './sorted-in-steps.ts';

/** The generator's result and how many steps it took. */
function run<T>(steps: Generator<void, T, void>): { value: T; steps: number } {
  let count = 0;
  let step = steps.next();
  while (!step.done) {
    count++;
    step = steps.next();
  }
  return { value: step.value, steps: count };
}

describe('sortedInSteps', () => {
  it('sorts as a typed array sorts, whatever the length, in steps', () => {
    for (const n of [0, 1, 5, 40_000, 100_003]) {
      const values = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
      const expected = values.slice().sort();
      const { value, steps } = run(sortedInSteps(values));
      expect(value).toEqual(expected);
      if (n > 100_000) expect(steps).toBeGreaterThan(10);
    }
  });
});
