import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './yield-to-page.ts';

describe('whenIdle', () => {
  afterEach(() => vi.useRealTimers());

  it('runs the work later (on a timer where there is no requestIdleCallback), and not once cancelled', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, 1000);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    whenIdle(cancelled, 1000)();
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
