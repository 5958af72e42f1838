// The named overview's births (layout/named-overview.ts) for the chart's lanes on its unzoomed axis,
// found again when the lanes, the axis or the lanes' rows of labels change: for a small chronology at
// once, when the layout asks for them (so the first layout already has its names: no second pass, and
// the server draws them too), else lane by lane with the page answering between steps, so that 100,000
// events make no long task. Until those are found, bands are drawn unnamed.
import { yieldEvery } from '../data/yield-to-page.ts';
import { makeTextMeasurer } from '../dom/measure-text.ts';
import type { Lane } from '../layout/lanes.ts';
import { estimateTextPx, NO_OVERVIEW, OVERVIEW, overviewSteps, type LaneOverview } from '../layout/named-overview.ts';
import { labelRowsOf } from '../layout/timeline-layout.ts';
import type { TimeScale } from '../scale/time-scale.ts';

/** Up to this many events in all, births are found at once (a few milliseconds). */
const AT_ONCE_EVENTS = 5_000;

/** A small chronology's births, by its lanes: for the same axis (by value) and rows, found once, whoever asked first (the chart, or the work before it: take-over.ts). */
const atOnce = new WeakMap<readonly Lane[], { axis: string; labelRows: ReadonlyMap<string, number>; births: ReadonlyMap<string, LaneOverview> }>();
const axisKey = (base: TimeScale) => `${base.domain().map(Number).join(',')}|${base.range().join(',')}`;

export class ChartOverview {
  /** What the steps found for a large chronology (NO_OVERVIEW until they are done). */
  #found = $state.raw<ReadonlyMap<string, LaneOverview>>(NO_OVERVIEW);
  #run = 0;
  readonly #measureChar = makeTextMeasurer();

  /** True when births() finds these lanes' births at once (else update() finds them in steps). */
  static atOnce(lanes: readonly Lane[]): boolean {
    return totalEvents(lanes) <= AT_ONCE_EVENTS;
  }

  /** The births for these lanes on this axis: found now for a small chronology (once per inputs), else what update() found. */
  births(lanes: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>): ReadonlyMap<string, LaneOverview> {
    if (!ChartOverview.atOnce(lanes)) return this.#found;
    const axis = axisKey(base);
    const kept = atOnce.get(lanes);
    if (kept && kept.axis === axis && kept.labelRows === labelRows) return kept.births;
    const steps = this.#steps(lanes, base, labelRows);
    let step = steps.next();
    while (!step.done) step = steps.next();
    atOnce.set(lanes, { axis, labelRows, births: step.value });
    return step.value;
  }

  #steps(lanes: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>) {
    const inputOf = (lane: Lane) => {
      const n = lane.events.length;
      const basePx = new Float64Array(n);
      const textPx = new Float32Array(n);
      // Only the candidates are placed: the others need no position or width.
      for (let r = 0; r < Math.min(n, OVERVIEW.maxCandidates); r++) {
        const i = lane.rank[r]!;
        const le = lane.events[i]!;
        basePx[i] = base((le.startMs + le.endMs) / 2);
        textPx[i] = estimateTextPx(le.event.title, this.#measureChar);
      }
      return { basePx, textPx, rank: lane.rank, rows: labelRowsOf(lane, labelRows) };
    };
    return overviewSteps(lanes, inputOf);
  }

  /** For a large chronology: find births for these lanes on this axis in steps; a later call supersedes one still running. */
  update(lanes: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>) {
    const run = ++this.#run;
    if (totalEvents(lanes) <= AT_ONCE_EVENTS) return;
    const steps = this.#steps(lanes, base, labelRows);
    // Births on another axis would put names in the wrong places: none until these are found.
    this.#found = NO_OVERVIEW;
    void (async () => {
      const pause = yieldEvery(8);
      let step = steps.next();
      while (!step.done) {
        await pause();
        if (run !== this.#run) return;
        step = steps.next();
      }
      this.#found = step.value;
    })();
  }
}

const totalEvents = (lanes: readonly Lane[]) => lanes.reduce((sum, lane) => sum + lane.events.length, 0);
