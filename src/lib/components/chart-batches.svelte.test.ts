// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FirstDrawingBatches, MARKS_PER_BATCH } from './chart-batches.svelte.ts';

/** Resolves once the page (here: Node's timers) has run `n` more tasks. */
const tasks = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve));
};

describe('FirstDrawingBatches (the chart’s first drawing in tasks of its own)', () => {
  it('draws no mark in the task that mounts the chart, then a batch per task, then all of them for good', async () => {
    const marks = Array.from({ length: MARKS_PER_BATCH * 2 + 10 }, (_, i) => i);
    let done = 0;
    const batches = new FirstDrawingBatches(
      () => marks.length,
      () => done++,
      false,
    );
    expect(batches.drawing).toBe(true);
    expect(batches.shown(marks)).toEqual([]);
    // The frame alone first; its axis, lane names, density and legend in the next task; its links in
    // the next; then the marks.
    expect(batches.dressed).toBe(false);
    expect(batches.linked).toBe(false);
    await tasks(1);
    expect(batches.dressed).toBe(true);
    expect(batches.linked).toBe(false);
    expect(batches.shown(marks)).toEqual([]);
    await tasks(1);
    expect(batches.linked).toBe(true);
    expect(batches.shown(marks)).toEqual([]);
    const seen: number[] = [];
    for (let i = 0; i < 10 && batches.drawing; i++) {
      await tasks(1);
      seen.push(batches.shown(marks).length);
    }
    // Each task adds at most one batch; none is left out.
    expect(seen.slice(0, 3)).toEqual([MARKS_PER_BATCH, MARKS_PER_BATCH * 2, marks.length]);
    expect(batches.drawing).toBe(false);
    expect(batches.linked).toBe(true);
    expect(done).toBe(1);
    // Later layouts (zoom, pan) are drawn whole at once, however many marks they have.
    const more = [...marks, ...marks];
    expect(batches.shown(more)).toBe(more);
  });

  it('finishes at once for a chart with no marks', async () => {
    let done = 0;
    const batches = new FirstDrawingBatches(
      () => 0,
      () => done++,
      false,
    );
    expect(batches.linked).toBe(false);
    await tasks(3);
    expect(batches.dressed).toBe(true);
    expect(batches.linked).toBe(true);
    expect(batches.drawing).toBe(false);
    expect(done).toBe(1);
  });

  it('draws everything in the first task when it takes a drawn page over (it must match the page)', () => {
    let checked = false;
    const cleanup = $effect.root(() => {
      const batches = new FirstDrawingBatches(
        () => 1000,
        () => {},
        true,
      );
      const marks = Array.from({ length: 1000 }, (_, i) => i);
      expect(batches.drawing).toBe(false);
      expect(batches.dressed).toBe(true);
      expect(batches.linked).toBe(true);
      expect(batches.shown(marks)).toBe(marks);
      checked = true;
    });
    cleanup();
    // (In Node, Svelte's server runtime runs no effect root: this file runs in a DOM.)
    expect(checked).toBe(true);
  });
});
