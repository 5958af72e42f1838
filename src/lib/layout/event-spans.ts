// Where a graph's events are, in steps of bounded work so that a million events never hold the page:
// the intervals they cover (for the axis and its gaps) and the instant each is drawn at, sorted (for
// density bars). Events come in time order (by start), so the intervals are merged in one pass,
// without the sort coveredIntervals needs for spans in any order. Pure.
import type { TimelineEvent } from '../model/schema.ts';
import { countsBeforeSteps, coveredIntervals, gapsBetweenSteps, type CoveredInterval, type Span } from '../scale/gaps.ts';
import { sortedInSteps } from './sorted-in-steps.ts';
import { runStepsWith } from '../model/steps.ts';

/** Events one step handles: a millisecond or two of work (16,384 were up to 6–10 ms at a million events, the caches cold). */
const STEP_ITEMS = 4096;

const startOf = (e: TimelineEvent) => e.start.startMs;
const endOf = (e: TimelineEvent) => (e.end ?? e.start).endMs;

/** coveredIntervals of the events' spans, in steps; the same intervals and counts. */
export function* coveredSteps(events: readonly TimelineEvent[]): Generator<void, CoveredInterval[], void> {
  const merged: { startMs: number; endMs: number; count: number }[] = [];
  let last: { startMs: number; endMs: number; count: number } | undefined;
  let previousStart = -Infinity;
  for (let i = 0; i < events.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const event = events[i]!;
    const startMs = startOf(event);
    const endMs = endOf(event);
    // Not in time order after all (a graph built by hand): merge them the slow way.
    if (startMs < previousStart) return coveredIntervals(events.map((e) => ({ startMs: startOf(e), endMs: endOf(e) })));
    previousStart = startMs;
    if (last && startMs <= last.endMs) {
      last.endMs = Math.max(last.endMs, endMs);
      last.count += 1;
    } else merged.push((last = { startMs, endMs: Math.max(startMs, endMs), count: 1 }));
  }
  return merged;
}

/** The instant each event is drawn at (the middle of its span), sorted, in steps. */
export function* drawnInstantsSteps(events: readonly TimelineEvent[]): Generator<void, Float64Array<ArrayBuffer>, void> {
  const drawn = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const event = events[i]!;
    drawn[i] = (startOf(event) + endOf(event)) / 2;
  }
  return yield* sortedInSteps(drawn);
}

/** Where a list of events is: the intervals they cover (their running counts made) and the gaps worth collapsing. */
export interface EventExtent {
  readonly covered: readonly CoveredInterval[];
  readonly gaps: readonly Span[];
}

const extents = new WeakMap<readonly TimelineEvent[], Promise<EventExtent>>();

/**
 * The events' extent, worked out once per list in steps (`pause` between them): the chart and the
 * overview strip ask for the same list (a million intervals made twice were 40 MB more and a 50 ms task).
 */
export function eventExtent(events: readonly TimelineEvent[], pause: () => Promise<void>): Promise<EventExtent> {
  let known = extents.get(events);
  if (!known) {
    known = (async () => {
      const covered = await runStepsWith(coveredSteps(events), pause);
      // Their running counts, which every axis made on them reads (axis-model.ts).
      await runStepsWith(countsBeforeSteps(covered), pause);
      return { covered, gaps: await runStepsWith(gapsBetweenSteps(covered), pause) };
    })();
    extents.set(events, known);
  }
  return known;
}
