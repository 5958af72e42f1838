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
 * Rows for spans in time order: each goes to the first row whose last span ended before it starts.
 * A point stacks only over a range it falls inside; points on the same day share a row.
 */
function stackSpans(spans: readonly { startMs: number; endMs: number; isRange: boolean }[]): number[] {
  const rowEnds: number[] = [];
  return spans.map((span) => {
    const footprintEnd = span.isRange ? span.endMs : span.startMs;
    let row = rowEnds.findIndex((end) => end <= span.startMs);
    if (row === -1) row = rowEnds.push(footprintEnd) - 1;
    else rowEnds[row] = footprintEnd;
    return row;
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
