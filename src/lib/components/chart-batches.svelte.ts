// The chart's first drawing in parts, each in a task of its own, so that mounting it never holds the
// page for one long task: first the chart's frame (its layout and lane bands), then its axis, lane
// names, density and legend (at 1,000 events, frame and axis in one task took ~60 ms of CPU), then its
// links (at a million, links with the first marks made a task of 50–88 ms), then its marks, a batch
// at a time (each mark with its label is
// a component of its own: creating a hundred costs about as much as laying them out). Only the first drawing: once every mark is in, later
// layouts (zoom, pan, filters) draw them all at once.
// A page whose HTML already holds the drawing (taken over by hydrate) is drawn whole: it must match.
import { untrack } from 'svelte';
import { yieldToPage } from '../data/yield-to-page.ts';

/** Marks added per task (a mark with its label costs the page about 0.3–0.5 ms to create on this 2-core machine: a hundred at once made a task of 50–75 ms). */
export const MARKS_PER_BATCH = 40;

export class FirstDrawingBatches {
  /** How many marks are drawn; Infinity once the first drawing is complete. */
  #limit = $state(Infinity);
  /** The first drawing's steps before its marks, a task each: 0 the frame alone, 1 with its axis, lane names, density and legend, 2 with its links. */
  #step = $state(2);
  readonly #whole: () => number;
  readonly #done: () => void;

  /**
   * @param whole how many marks the current layout has (read after each batch)
   * @param done called once every mark is drawn (once mounted, when drawn at once)
   * @param atOnce draw everything in the first task (a drawn page taken over, the server)
   */
  constructor(whole: () => number, done: () => void, atOnce: boolean) {
    this.#whole = whole;
    this.#done = done;
    if (atOnce) {
      // Once mounted (never on the server).
      $effect(() => untrack(done));
      return;
    }
    this.#limit = 0;
    this.#step = 0;
    void this.#grow();
  }

  /** True until every mark of the first drawing is drawn (the chart says it is busy). */
  get drawing(): boolean {
    return this.#limit !== Infinity;
  }

  /** False in the first drawing's first task (the chart's frame alone), when its axis, lane names, density and legend wait for the next. */
  get dressed(): boolean {
    return this.#step >= 1;
  }

  /** False until the first drawing's third task, which draws its links (the marks come after). */
  get linked(): boolean {
    return this.#step >= 2;
  }

  /** The items drawn now: the first ones while the first drawing is under way, else all. */
  shown<T>(items: readonly T[]): readonly T[] {
    return items.length <= this.#limit ? items : items.slice(0, this.#limit);
  }

  async #grow() {
    while (this.#step < 2) {
      await yieldToPage();
      this.#step++;
    }
    for (;;) {
      await yieldToPage();
      if (this.#limit >= this.#whole()) break;
      this.#limit += MARKS_PER_BATCH;
    }
    this.#limit = Infinity;
    this.#done();
  }
}
