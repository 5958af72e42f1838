import { describe, expect, it } from 'vitest';
import { runCountingSteps, runSteps, runStepsWith } from './steps.ts';

function* threeSteps(): Generator<void, string, void> {
  yield;
  yield;
  yield;
  return 'done';
}

describe('running steps', () => {
  it('runs them to their end: at once, counting them, or with a pause between', async () => {
    expect(runSteps(threeSteps())).toBe('done');
    expect(runCountingSteps(threeSteps())).toEqual({ value: 'done', steps: 3 });
    let pauses = 0;
    expect(await runStepsWith(threeSteps(), async () => void pauses++)).toBe('done');
    expect(pauses).toBe(3);
  });
});
