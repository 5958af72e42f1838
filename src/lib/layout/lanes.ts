// Groups events into lanes (one per actor, by an event's first actor; events without actors last)
// and stacks overlapping ranges into rows within a lane. Depends on time only, never on zoom,
// so marks keep their rows while the reader zooms and pans. Each lane also keeps its instants in
// typed arrays, so the view can find and count what is on screen without touching every event.
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { rankBySignificance, significance, significanceFacts, storyIds } from './significance.ts';

export const NO_ACTOR_LANE = '';

export interface LaneEvent {
  readonly event: TimelineEvent;
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
  /**
   * Events whose spans overlap in time stack in rows 0, 1, …; the rest share row 0. A row may be
   * past the lane's `rows`: a view then stacks its marks anew (mark-rows.ts) or shows a density band.
   */
  readonly row: number;
  /** Higher wins a label: events with quotes, links and sources say more. */
  readonly weight: number;
}

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
  /** Indices into `events`, the most significant first (significance.ts): the order the named overview names them in. */
  readonly rank: Uint32Array;
}

/** A lane grows to at most this many rows of marks; where more overlap, it is drawn as a density band. */
export const MAX_MARK_ROWS = 6;

function weightOf(graph: EventGraph, event: TimelineEvent): number {
  const quotes = (graph.quotesByEvent.get(event.id)?.length ?? 0) + (graph.quotesAbout.get(event.id)?.length ?? 0);
  const links = (graph.linksFrom.get(event.id)?.length ?? 0) + (graph.linksTo.get(event.id)?.length ?? 0);
  return quotes * 4 + links * 2 + (event.summary ? 1 : 0);
}

/**
 * Rows for spans: each goes to the first row whose last span ended before it starts. A point takes
 * the instant it is drawn at (the middle of the span its date names), so "2008" stacks over a range
 * in mid-2008 but not over one in January; points on the same day share a row. Linear in the
 * number of spans times the rows they take.
 */
function stackSpans(spans: readonly { startMs: number; endMs: number; isRange: boolean }[]): number[] {
  const n = spans.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = spans[i]!;
    from[i] = s.isRange ? s.startMs : (s.startMs + s.endMs) / 2;
    to[i] = s.isRange ? s.endMs : from[i]!;
  }
  // By where each is drawn, which for a coarse point is later than its start; ties keep time order.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => from[a]! - from[b]! || a - b);
  // A range's end is exclusive, a point's instant is not: a range may start where a range ends, and
  // a point may sit where a point sits, but a range may not start at a point.
  const rowEnd: number[] = [];
  const rowEndIsRange: boolean[] = [];
  const rows: number[] = new Array<number>(n);
  for (const i of order) {
    const start = from[i]!;
    const isRange = spans[i]!.isRange;
    let row = 0;
    while (row < rowEnd.length && !(rowEnd[row]! < start || (rowEnd[row] === start && (rowEndIsRange[row] || !isRange)))) row++;
    if (row === rowEnd.length || to[i]! > rowEnd[row]!) {
      rowEnd[row] = to[i]!;
      rowEndIsRange[row] = isRange;
    }
    rows[i] = row;
  }
  return rows;
}

/** Events grouped by their first actor, in the actors' order; events without actors last. */
export function groupByLane(graph: EventGraph): Map<string, TimelineEvent[]> {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const actor of graph.actors) byLane.set(actor.id, []);
  byLane.set(NO_ACTOR_LANE, []);
  for (const event of graph.events) byLane.get(event.actors?.[0] ?? NO_ACTOR_LANE)?.push(event);
  for (const [id, events] of byLane) if (events.length === 0) byLane.delete(id);
  return byLane;
}

export function buildLane(graph: EventGraph, id: string, events: readonly TimelineEvent[]): Lane {
  const spans = events.map((e) => ({ ...eventSpanMs(e), isRange: e.end !== undefined }));
  const rows = stackSpans(spans);
  const depth = rows.reduce((max, row) => Math.max(max, row), 0) + 1;
  const actor = graph.actorById.get(id);
  const story = storyIds(graph);
  const scores = Float64Array.from(events, (event) => significance(significanceFacts(graph, event, story)));
  const startsMs = Float64Array.from(spans, (s) => s.startMs);
  return {
    id,
    label: actor?.name ?? 'No actor',
    color: actor?.color,
    events: events.map((event, i) => ({ event, ...spans[i]!, row: rows[i]!, weight: weightOf(graph, event) })),
    rows: Math.min(depth, MAX_MARK_ROWS),
    depth,
    startsMs,
    endsMs: Float64Array.from(spans, (s) => s.endMs),
    drawnMs: Float64Array.from(spans, (s) => (s.startMs + s.endMs) / 2).sort(),
    maxSpanMs: spans.reduce((max, s) => Math.max(max, s.endMs - s.startMs), 0),
    rank: rankBySignificance(scores, startsMs),
  };
}

export function assignLanes(graph: EventGraph): Lane[] {
  return [...groupByLane(graph)].map(([id, events]) => buildLane(graph, id, events));
}

/** The same lanes, built one at a time with `pause()` between, so a large graph never blocks the page. */
export async function assignLanesInSteps(graph: EventGraph, pause: () => Promise<void>): Promise<Lane[]> {
  const lanes: Lane[] = [];
  for (const [id, events] of groupByLane(graph)) {
    await pause();
    lanes.push(buildLane(graph, id, events));
  }
  return lanes;
}
