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
  /** 0 for points; ranges stack in rows 1, 2, … so that no two overlap. */
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
  readonly rangeRows: number;
}

function weightOf(graph: EventGraph, event: TimelineEvent): number {
  const quotes = (graph.quotesByEvent.get(event.id)?.length ?? 0) + (graph.quotesAbout.get(event.id)?.length ?? 0);
  const links = (graph.linksFrom.get(event.id)?.length ?? 0) + (graph.linksTo.get(event.id)?.length ?? 0);
  return quotes * 4 + links * 2 + (event.summary ? 1 : 0);
}

/** Rows for ranges: each goes to the first row whose last range ended before it starts. */
function stackRanges(spans: readonly { startMs: number; endMs: number }[]): number[] {
  const rowEnds: number[] = [];
  return spans.map((span) => {
    let row = rowEnds.findIndex((end) => end <= span.startMs);
    if (row === -1) row = rowEnds.push(span.endMs) - 1;
    else rowEnds[row] = span.endMs;
    return row + 1;
  });
}

export function assignLanes(graph: EventGraph): Lane[] {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const actor of graph.actors) byLane.set(actor.id, []);
  byLane.set(NO_ACTOR_LANE, []);
  for (const event of graph.events) byLane.get(event.actors?.[0] ?? NO_ACTOR_LANE)?.push(event);

  const lanes: Lane[] = [];
  for (const [id, events] of byLane) {
    if (events.length === 0) continue;
    const ranges = events.filter((e) => e.end !== undefined);
    const rows = stackRanges(ranges.map(eventSpanMs));
    const rowOf = new Map(ranges.map((e, i) => [e, rows[i]!]));
    const actor = graph.actorById.get(id);
    lanes.push({
      id,
      label: actor?.name ?? 'No actor',
      color: actor?.color,
      events: events.map((event) => ({ event, ...eventSpanMs(event), isRange: event.end !== undefined, row: rowOf.get(event) ?? 0, weight: weightOf(graph, event) })),
      rangeRows: Math.max(0, ...rows),
    });
  }
  return lanes;
}
