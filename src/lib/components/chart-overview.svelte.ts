// The named overview's births (layout/named-overview.ts) for the chart's lanes on its unzoomed axis,
// found again when the lanes, the axis or the lanes' rows of labels change. A lane that did not change
// (the same lane, rows and axis: an edit builds anew only the lanes it touched) keeps the births found
// for it, whoever found them (the chart, or the work before a first drawing: take-over.ts). The lanes
// still to do are done at once when they are small (a few milliseconds: when the layout asks, so the
// first layout already has its names, and the server draws them too), else lane by lane with the page
// answering between steps, so that 100,000 events make no long task; until then those are drawn unnamed.
import { yieldEvery, yieldToPage } from '../data/yield-to-page.ts';
import { makeTextMeasurer } from '../dom/measure-text.ts';
import type { Lane } from '../layout/lanes.ts';
import { estimateTextPx, NO_OVERVIEW, OVERVIEW, overviewSteps, type LaneOverview } from '../layout/named-overview.ts';
import { LAYOUT, labelRowsOf } from '../layout/timeline-layout.ts';
import { scaleKey, type TimeScale } from '../scale/time-scale.ts';

/** Up to this many events in all (in the lanes still to do), births are found at once. */
const AT_ONCE_EVENTS = 5_000;

/** Births found for a lane (lanes are never changed in place: an edit makes a new one), and the axis and rows they were found for. */
const byLane = new WeakMap<Lane, { readonly axis: string; readonly rows: number; readonly overview: LaneOverview }>();
/** The whole answer for a list of lanes, so that every layout of the same inputs gets the very same map. */
const answers = new WeakMap<
  readonly Lane[],
  { readonly axis: string; readonly labelRows: ReadonlyMap<string, number>; readonly births: ReadonlyMap<string, LaneOverview> }
>();
/** An axis by value: the work before a first drawing and the chart make the same axis as two scales. */
const axisKey = scaleKey;
const totalEvents = (lanes: readonly Lane[]) => lanes.reduce((sum, lane) => sum + lane.events.length, 0);

/**
 * The lanes a named overview is for: those with more events than the layout draws one by one (a lane
 * with fewer is never a band that needs naming). Ten thousand lanes of a few events each: none.
 */
const namedLanesOf = new WeakMap<readonly Lane[], readonly Lane[]>();
function lanesToName(lanes: readonly Lane[]): readonly Lane[] {
  let named = namedLanesOf.get(lanes);
  if (!named) namedLanesOf.set(lanes, (named = lanes.filter((lane) => lane.events.length > LAYOUT.maxMarks)));
  return named;
}

export class ChartOverview {
  /** Bumped when steps have found births (births() reads it, so the layout asks again). */
  #found = $state.raw<ReadonlyMap<string, LaneOverview>>(NO_OVERVIEW);
  #run = 0;
  readonly #measureChar: (c: string) => number;
  /** Label widths by title: a lane built again after an edit has the same titles but one. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, never drawn
  readonly #textPx = new Map<string, number>();

  constructor(measureChar: (c: string) => number = makeTextMeasurer()) {
    this.#measureChar = measureChar;
  }

  /** True when a first drawing of these lanes finds their births at once (else update() finds them in steps). */
  static atOnce(lanes: readonly Lane[]): boolean {
    return totalEvents(lanesToName(lanes)) <= AT_ONCE_EVENTS;
  }

  /**
   * The births for these lanes on this axis: those kept, and those still to do found now when they
   * are few; lanes too many to do at once are left out until update() has found them in steps.
   */
  births(all: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>): ReadonlyMap<string, LaneOverview> {
    const lanes = lanesToName(all);
    const axis = axisKey(base);
    const known = answers.get(lanes);
    if (known && known.axis === axis && known.labelRows === labelRows) return known.births;
    let missing = this.#missing(lanes, axis, labelRows);
    if (missing.length > 0 && totalEvents(missing) <= AT_ONCE_EVENTS) {
      const steps = this.#steps(missing, base, labelRows);
      let step = steps.next();
      while (!step.done) step = steps.next();
      this.#keep(missing, step.value, axis, labelRows);
      missing = [];
    }
    // Read, so that the layout asks again once steps have found the rest.
    void this.#found;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built here, never changed after
    const births = new Map<string, LaneOverview>();
    for (const lane of lanes) {
      const found = byLane.get(lane);
      if (found && found.axis === axis && found.rows === labelRowsOf(lane, labelRows)) births.set(lane.id, found.overview);
    }
    if (missing.length === 0) answers.set(lanes, { axis, labelRows, births });
    return births.size > 0 ? births : NO_OVERVIEW;
  }

  /** Find in steps the births of lanes too many to do at once; a later call supersedes one still running. */
  update(all: readonly Lane[], base: TimeScale, labelRows: ReadonlyMap<string, number>) {
    const lanes = lanesToName(all);
    const run = ++this.#run;
    const axis = axisKey(base);
    const missing = this.#missing(lanes, axis, labelRows);
    if (missing.length === 0 || totalEvents(missing) <= AT_ONCE_EVENTS) return;
    const steps = this.#steps(missing, base, labelRows);
    void (async () => {
      // Not in the task that asked (the chart's first drawing is one of its own already).
      await yieldToPage();
      if (run !== this.#run) return;
      const pause = yieldEvery(8);
      let step = steps.next();
      while (!step.done) {
        await pause();
        if (run !== this.#run) return;
        step = steps.next();
      }
      this.#keep(missing, step.value, axis, labelRows);
      this.#found = step.value;
    })();
  }

  #missing(lanes: readonly Lane[], axis: string, labelRows: ReadonlyMap<string, number>): Lane[] {
    return lanes.filter((lane) => {
      const found = byLane.get(lane);
      return !found || found.axis !== axis || found.rows !== labelRowsOf(lane, labelRows);
    });
  }

  #keep(lanes: readonly Lane[], found: ReadonlyMap<string, LaneOverview>, axis: string, labelRows: ReadonlyMap<string, number>) {
    for (const lane of lanes) {
      const overview = found.get(lane.id);
      if (overview) byLane.set(lane, { axis, rows: labelRowsOf(lane, labelRows), overview });
    }
  }

  #widthOf(title: string): number {
    let width = this.#textPx.get(title);
    if (width === undefined) {
      if (this.#textPx.size >= 200_000) this.#textPx.clear();
      this.#textPx.set(title, (width = estimateTextPx(title, this.#measureChar)));
    }
    return width;
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
        basePx[i] = base((lane.startsMs[i]! + lane.endsMs[i]!) / 2);
        textPx[i] = this.#widthOf(le.event.title);
      }
      return { basePx, textPx, rank: lane.rank, rows: labelRowsOf(lane, labelRows) };
    };
    return overviewSteps(lanes, inputOf);
  }
}
