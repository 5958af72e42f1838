// Groups events into lanes (one per actor, by an event's first actor; events without actors last)
// and stacks overlapping ranges into rows within a lane. Depends on time only, never on zoom,
// so marks keep their rows while the reader zooms and pans.
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import type { TimelineEvent } from '../model/schema.ts';

export const NO_ACTOR_LANE = '';

export interface LaneEvent {
  readonly event: TimelineEvent;
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
  /** Events whose spans overlap in time stack in rows 0, 1, …; the rest share row 0. */
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
  /** How many mark rows the lane needs. */
  readonly rows: number;
}

function weightOf(graph: EventGraph, event: TimelineEvent): number {
  const quotes = (graph.quotesByEvent.get(event.id)?.length ?? 0) + (graph.quotesAbout.get(event.id)?.length ?? 0);
  const links = (graph.linksFrom.get(event.id)?.length ?? 0) + (graph.linksTo.get(event.id)?.length ?? 0);
  return quotes * 4 + links * 2 + (event.summary ? 1 : 0);
}

/**
 * Rows for spans: each goes to the first row whose last span ended before it starts. A point takes
 * the instant it is drawn at (the middle of the span its date names), so "2008" stacks over a range
 * in mid-2008 but not over one in January; points on the same day share a row.
 */
function stackSpans(spans: readonly { startMs: number; endMs: number; isRange: boolean }[]): number[] {
  const footprints = spans.map((s) => (s.isRange ? [s.startMs, s.endMs] : [(s.startMs + s.endMs) / 2, (s.startMs + s.endMs) / 2]) as [number, number]);
  // By where each is drawn, which for a coarse point is later than its start; stable, so ties keep time order.
  const order = spans.map((_, i) => i).sort((a, b) => footprints[a]![0] - footprints[b]![0]);
  // A range's end is exclusive, a point's instant is not: a range may start where a range ends, and
  // a point may sit where a point sits, but a range may not start at a point.
  const rowEnds: { ms: number; isRange: boolean }[] = [];
  const rows: number[] = new Array<number>(spans.length);
  for (const i of order) {
    const [start, end] = footprints[i]!;
    const { isRange } = spans[i]!;
    let row = rowEnds.findIndex((last) => last.ms < start || (last.ms === start && (last.isRange || !isRange)));
    if (row === -1) row = rowEnds.push({ ms: end, isRange }) - 1;
    else rowEnds[row] = { ms: end, isRange };
    rows[i] = row;
  }
  return rows;
}

export function assignLanes(graph: EventGraph): Lane[] {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const actor of graph.actors) byLane.set(actor.id, []);
  byLane.set(NO_ACTOR_LANE, []);
  for (const event of graph.events) byLane.get(event.actors?.[0] ?? NO_ACTOR_LANE)?.push(event);

  const lanes: Lane[] = [];
  for (const [id, events] of byLane) {
    if (events.length === 0) continue;
    const rows = stackSpans(events.map((e) => ({ ...eventSpanMs(e), isRange: e.end !== undefined })));
    const actor = graph.actorById.get(id);
    lanes.push({
      id,
      label: actor?.name ?? 'No actor',
      color: actor?.color,
      events: events.map((event, i) => ({ event, ...eventSpanMs(event), isRange: event.end !== undefined, row: rows[i]!, weight: weightOf(graph, event) })),
      rows: Math.max(0, ...rows) + 1,
    });
  }
  return lanes;
}
