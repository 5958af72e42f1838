import { describe, expect, it } from 'vitest';
import { runCountingSteps } from '../model/steps.ts';
import { sortedInSteps } from './sorted-in-steps.ts';

describe('sortedInSteps', () => {
  it('sorts as a typed array sorts, whatever the length, in steps', () => {
    for (const n of [0, 1, 5, 40_000, 100_003]) {
      const values = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
      const expected = values.slice().sort();
      const { value, steps } = runCountingSteps(sortedInSteps(values));
      expect(value).toEqual(expected);
      if (n > 100_000) expect(steps).toBeGreaterThan(10);
    }
  });
});
