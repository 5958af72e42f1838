// Groups events into lanes (one per actor, by an event's first actor; events without actors last)
// and stacks overlapping ranges into rows within a lane. Depends on time only, never on zoom,
// so marks keep their rows while the reader zooms and pans. Each lane also keeps its instants in
// typed arrays, so the view can find and count what is on screen without touching every event.
import type { EventGraph } from '../model/graph.ts';
import type { TimelineEvent } from '../model/schema.ts';
import {
  quoteAndLinkCounts,
  quoteAndLinkCountsSteps,
  rankBySignificanceSteps,
  significance,
  significanceFacts,
  storyIds,
  type QuoteAndLinkCounts,
} from './significance.ts';
import { runSteps, runStepsWith } from '../model/steps.ts';
import type { TimeSpan } from './link-routes.ts';
import { sortedInSteps } from './sorted-in-steps.ts';

export const NO_ACTOR_LANE = '';

/**
 * A lane's entry for an event. Its instants are its event's (laneStartMs, laneEndMs): a million entries,
 * each with two numbers of its own, were 24 MB more of heap for the collector. buildLane writes each
 * as an object literal, not with a class: V8 learns that the objects made at a literal outlive the young
 * generation and makes them in the old one (a million entries made with a class took three times the
 * collectors' time in Node, each young collection moving the entries made since the last).
 */
export interface LaneEvent {
  readonly event: TimelineEvent;
  readonly isRange: boolean;
  /**
   * Events whose spans overlap in time stack in rows 0, 1, …; the rest share row 0. A row may be
   * past the lane's `rows`: a view then stacks its marks anew (mark-rows.ts) or shows a density band.
   */
  readonly row: number;
  /** Higher wins a label: events with quotes, links and sources say more. */
  readonly weight: number;
}

/** Where a lane's entry starts and ends in time: its event's first and last instant. */
export const laneStartMs = (le: LaneEvent): number => le.event.start.startMs;
export const laneEndMs = (le: LaneEvent): number => (le.event.end ?? le.event.start).endMs;

/** A lane's entry as a span in time (for the links' routes), or undefined for none. */
export const laneSpan = (le: LaneEvent | undefined): TimeSpan | undefined => le && { startMs: laneStartMs(le), endMs: laneEndMs(le), isRange: le.isRange };

/** The lane an event belongs to: its first actor's, or the lane of events without actors. */
export const laneIdOf = (event: TimelineEvent): string => event.actors?.[0] ?? NO_ACTOR_LANE;

export interface Lane {
  readonly id: string;
  readonly label: string;
  readonly color?: string;
  /** In time order. */
  readonly events: readonly LaneEvent[];
  /** How many mark rows its time stacking needs, at most MAX_MARK_ROWS. */
  readonly rows: number;
  /** How many ranges (and points within them) overlap at once, at most: the time stacking's rows, uncapped. */
  readonly depth: number;
  /** Starts and ends of `events`, in the same (time) order. */
  readonly startsMs: Float64Array;
  readonly endsMs: Float64Array;
  /** Where each event is drawn (a point at the middle of its date's span, a range at its middle), sorted. */
  readonly drawnMs: Float64Array;
  /** The longest span in the lane, to find ranges that began before the view. */
  readonly maxSpanMs: number;
  /** How many of its events are ranges (the rest are points). */
  readonly rangeCount: number;
  /** Indices into `events`, the most significant first (significance.ts): the order the named overview names them in. */
  readonly rank: Uint32Array;
}

/** A lane grows to at most this many rows of marks; where more overlap, it is drawn as a density band. */
export const MAX_MARK_ROWS = 6;

function weightOf(event: TimelineEvent, counts: QuoteAndLinkCounts): number {
  return counts.quotes * 4 + counts.links * 2 + (event.summary ? 1 : 0);
}

/** Items one step of a lane's building handles before it offers to pause: a millisecond or two of work (4,096 were up to 20 ms at a million events). */
const STEP_ITEMS = 1024;

/**
 * Rows for spans: each goes to the first row whose last span ended before it starts. A point takes
 * the instant it is drawn at (the middle of the span its date names), so "2008" stacks over a range
 * in mid-2008 but not over one in January; points on the same day share a row. Linear in the
 * number of spans times the rows they take. `from` and `to` are where each is drawn.
 */
function* stackSpans(from: Float64Array, to: Float64Array, isRange: Uint8Array): Generator<void, Int32Array, void> {
  const n = from.length;
  // By where each is drawn, which for a coarse point is later than its start; ties keep time order.
  // Events come in time order, so with precise dates this order is already the one given.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = from[i - 1]! <= from[i]!;
  yield;
  const order = sorted ? null : Array.from({ length: n }, (_, i) => i).sort((a, b) => from[a]! - from[b]! || a - b);
  if (order) yield;
  // A range's end is exclusive, a point's instant is not: a range may start where a range ends, and
  // a point may sit where a point sits, but a range may not start at a point.
  const rowEnd: number[] = [];
  const rowEndIsRange: boolean[] = [];
  const rows = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (k % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const i = order ? order[k]! : k;
    const start = from[i]!;
    const range = isRange[i] === 1;
    let row = 0;
    while (row < rowEnd.length && !(rowEnd[row]! < start || (rowEnd[row] === start && (rowEndIsRange[row] || !range)))) row++;
    if (row === rowEnd.length || to[i]! > rowEnd[row]!) {
      rowEnd[row] = to[i]!;
      rowEndIsRange[row] = range;
    }
    rows[i] = row;
  }
  return rows;
}

/** Events grouped by their first actor, in the actors' order; events without actors last. */
export function groupByLane(graph: EventGraph): Map<string, TimelineEvent[]> {
  return runSteps(groupByLaneSteps(graph));
}

function* groupByLaneSteps(graph: EventGraph): Generator<void, Map<string, TimelineEvent[]>, void> {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const actor of graph.actors) byLane.set(actor.id, []);
  byLane.set(NO_ACTOR_LANE, []);
  const events = graph.events;
  for (let i = 0; i < events.length; i++) {
    if (i % (4 * STEP_ITEMS) === 4 * STEP_ITEMS - 1) yield;
    const event = events[i]!;
    byLane.get(laneIdOf(event))?.push(event);
  }
  for (const [id, list] of byLane) if (list.length === 0) byLane.delete(id);
  return byLane;
}

export function buildLane(graph: EventGraph, id: string, events: readonly TimelineEvent[]): Lane {
  return runSteps(buildLaneSteps(graph, id, events));
}

/** buildLane in steps of bounded work (a lane of 100,000 events took the page over 100 ms at once). */
export function* buildLaneSteps(
  graph: EventGraph,
  id: string,
  events: readonly TimelineEvent[],
  /** Every event's counts (quoteAndLinkCountsSteps), when many lanes are built; else each event's are counted. */
  countsOf: (event: TimelineEvent) => QuoteAndLinkCounts = (event) => quoteAndLinkCounts(graph, event.id),
): Generator<void, Lane, void> {
  const n = events.length;
  const startsMs = new Float64Array(n);
  const endsMs = new Float64Array(n);
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const ranges = new Uint8Array(n);
  let maxSpanMs = 0;
  let rangeCount = 0;
  for (let i = 0; i < n; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const event = events[i]!;
    // eventSpanMs without its object (a million of them).
    const startMs = event.start.startMs;
    const endMs = (event.end ?? event.start).endMs;
    const isRange = event.end !== undefined;
    startsMs[i] = startMs;
    endsMs[i] = endMs;
    ranges[i] = isRange ? 1 : 0;
    rangeCount += ranges[i]!;
    from[i] = isRange ? startMs : (startMs + endMs) / 2;
    to[i] = isRange ? endMs : from[i]!;
    if (endMs - startMs > maxSpanMs) maxSpanMs = endMs - startMs;
  }
  const rows = yield* stackSpans(from, to, ranges);
  let depth = 1;
  for (let i = 0; i < n; i++) if (rows[i]! + 1 > depth) depth = rows[i]! + 1;
  // Each event's quotes and links counted once, for its weight and its significance.
  const laneEvents: LaneEvent[] = new Array<LaneEvent>(n);
  const story = storyIds(graph);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const event = events[i]!;
    const counts = countsOf(event);
    laneEvents[i] = { event, isRange: ranges[i] === 1, row: rows[i]!, weight: weightOf(event, counts) };
    scores[i] = significance(significanceFacts(graph, event, story, counts));
  }
  const drawnMs = new Float64Array(n);
  for (let i = 0; i < n; i++) drawnMs[i] = (startsMs[i]! + endsMs[i]!) / 2;
  yield;
  const actor = graph.actorById.get(id);
  return {
    id,
    label: actor?.name ?? 'No actor',
    color: actor?.color,
    events: laneEvents,
    rows: Math.min(depth, MAX_MARK_ROWS),
    depth,
    startsMs,
    endsMs,
    drawnMs: yield* sortedInSteps(drawnMs),
    maxSpanMs,
    rangeCount,
    rank: yield* rankBySignificanceSteps(scores, startsMs),
  };
}

export function assignLanes(graph: EventGraph): Lane[] {
  const countsOf = runSteps(quoteAndLinkCountsSteps(graph));
  return [...groupByLane(graph)].map(([id, events]) => runSteps(buildLaneSteps(graph, id, events, countsOf)));
}

/** The same lanes, built one at a time with `pause()` between, so a large graph never blocks the page. */
export async function assignLanesInSteps(graph: EventGraph, pause: () => Promise<void>): Promise<Lane[]> {
  const lanes: Lane[] = [];
  const countsOf = await runStepsWith(quoteAndLinkCountsSteps(graph), pause);
  for (const [id, events] of await runStepsWith(groupByLaneSteps(graph), pause)) {
    await pause();
    lanes.push(await runStepsWith(buildLaneSteps(graph, id, events, countsOf), pause));
  }
  return lanes;
}
