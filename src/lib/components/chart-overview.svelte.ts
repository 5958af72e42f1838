// The named overview's births (layout/named-overview.ts) for the chart's lanes on its unzoomed axis,
// found again when the lanes, the axis or the lanes' rows of labels change: at once for a small chronology,
// else lane by lane with the page answering between steps, so that 100,000 events make no long task.
// A lane that did not change (the same lane, rows and axis: an edit builds anew only the lanes it
// touched) keeps the births found for it, so an edit finds births for one or two lanes, at once.
// Until they are found, bands are drawn unnamed.
import { yieldEvery } from '../data/yield-to-page.ts';
import { makeTextMeasurer } from '../dom/measure-text.ts';
import type { Lane } from '../layout/lanes.ts';
import { estimateTextPx, NO_OVERVIEW, OVERVIEW, overviewSteps, type LaneOverview } from '../layout/named-overview.ts';
import { labelRowsOf } from '../layout/timeline-layout.ts';
import type { TimeScale } from '../scale/time-scale.ts';

/** Up to this many events in all (in the lanes whose births are to be found), births are found at once (a few milliseconds). */
const AT_ONCE_EVENTS = 5_000;

/** Births found for a lane, and what they were found for. */
interface Found {
  readonly base: TimeScale;
  readonly rows: number;
  readonly overview: LaneOverview;
}

export class ChartOverview {
  lanes = $state.raw<ReadonlyMap<string, LaneOverview>>(NO_OVERVIEW);
  #run = 0;
  readonly #measureChar;
  /** By lane (lanes are never changed in place: an edit makes a new one). */
  #found = new WeakMap<Lane, Found>();
  /** Label widths by title: a lane built again after an edit has the same titles but one. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, never drawn
  #textPx = new Map<string, number>();

  constructor(measureChar: (c: string) => number = makeTextMeasurer()) {
    this.#measureChar = measureChar;
  }

  #widthOf(title: string): number {
    let width = this.#textPx.get(title);
    if (width === undefined) {
      if (this.#textPx.size >= 200_000) this.#textPx.clear();
      this.#textPx.set(title, (width = estimateTextPx(title, this.#measureChar)));
    }
    return width;
  }

  /** Find births for these lanes on this axis; a later call supersedes one still running. */
  update(lanes: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>) {
    const run = ++this.#run;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built here, then set whole as $state.raw
    const kept = new Map<string, LaneOverview>();
    const missing: Lane[] = [];
    for (const lane of lanes) {
      const found = this.#found.get(lane);
      if (found && found.base === base && found.rows === labelRowsOf(lane, labelRows)) kept.set(lane.id, found.overview);
      else missing.push(lane);
    }
    const inputOf = (lane: Lane) => {
      const n = lane.events.length;
      const basePx = new Float64Array(n);
      const textPx = new Float32Array(n);
      // Only the candidates are placed: the others need no position or width.
      for (let r = 0; r < Math.min(n, OVERVIEW.maxCandidates); r++) {
        const i = lane.rank[r]!;
        const le = lane.events[i]!;
        basePx[i] = base((le.startMs + le.endMs) / 2);
        textPx[i] = this.#widthOf(le.event.title);
      }
      return { basePx, textPx, rank: lane.rank, rows: labelRowsOf(lane, labelRows) };
    };
    const done = (found: ReadonlyMap<string, LaneOverview>) => {
      for (const lane of missing) {
        const overview = found.get(lane.id);
        if (overview) this.#found.set(lane, { base, rows: labelRowsOf(lane, labelRows), overview });
      }
      // In the lanes' order, as found at once.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built here, then set whole as $state.raw
      const all = new Map<string, LaneOverview>();
      for (const lane of lanes) {
        const overview = kept.get(lane.id) ?? found.get(lane.id);
        if (overview) all.set(lane.id, overview);
      }
      this.lanes = all;
    };
    if (missing.length === 0) {
      // Nothing new: the same births (a new map only when the lanes named are not the same).
      if (kept.size !== this.lanes.size || [...kept].some(([id, o]) => this.lanes.get(id) !== o)) this.lanes = kept;
      return;
    }
    const steps = overviewSteps(missing, inputOf);
    const total = missing.reduce((sum, lane) => sum + lane.events.length, 0);
    if (total <= AT_ONCE_EVENTS) {
      let step = steps.next();
      while (!step.done) step = steps.next();
      done(step.value);
      return;
    }
    // Births on another axis would put names in the wrong places: only those kept until these are found.
    this.lanes = kept.size > 0 ? kept : NO_OVERVIEW;
    void (async () => {
      const pause = yieldEvery(8);
      let step = steps.next();
      while (!step.done) {
        await pause();
        if (run !== this.#run) return;
        step = steps.next();
      }
      done(step.value);
    })();
  }
}
