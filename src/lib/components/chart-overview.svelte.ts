// The named overview's births (layout/named-overview.ts) for the chart's lanes on its unzoomed axis,
// found again when the lanes, the axis or the lanes' rows of labels change: at once for a small chronology,
// else lane by lane with the page answering between steps, so that 100,000 events make no long task.
// Until they are found, bands are drawn unnamed.
import { yieldEvery } from '../data/yield-to-page.ts';
import { makeTextMeasurer } from '../dom/measure-text.ts';
import type { Lane } from '../layout/lanes.ts';
import { estimateTextPx, NO_OVERVIEW, OVERVIEW, overviewSteps, type LaneOverview } from '../layout/named-overview.ts';
import { labelRowsOf } from '../layout/timeline-layout.ts';
import type { TimeScale } from '../scale/time-scale.ts';

/** Up to this many events in all, births are found at once (a few milliseconds). */
const AT_ONCE_EVENTS = 5_000;

export class ChartOverview {
  lanes = $state.raw<ReadonlyMap<string, LaneOverview>>(NO_OVERVIEW);
  #run = 0;
  readonly #measureChar = makeTextMeasurer();

  /** Find births for these lanes on this axis; a later call supersedes one still running. */
  update(lanes: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>) {
    const run = ++this.#run;
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
    const steps = overviewSteps(lanes, inputOf);
    const total = lanes.reduce((sum, lane) => sum + lane.events.length, 0);
    if (total <= AT_ONCE_EVENTS) {
      let step = steps.next();
      while (!step.done) step = steps.next();
      this.lanes = step.value;
      return;
    }
    // Births on another axis would put names in the wrong places: none until these are found.
    this.lanes = NO_OVERVIEW;
    void (async () => {
      const pause = yieldEvery(8);
      let step = steps.next();
      while (!step.done) {
        await pause();
        if (run !== this.#run) return;
        step = steps.next();
      }
      this.lanes = step.value;
    })();
  }
}
