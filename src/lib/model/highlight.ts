// What the timeline highlights (everything else is dimmed): the sources view's chosen source and
// what rests on it, or an actor's events (chosen on the network), or else the selected event's chain of links. Nothing when there is no chain to
// show (a selected event without links dims nothing). Pure.
import { chainFrom, type ChainDirection, type EdgeIndex } from './chains.ts';
import type { EventGraph } from './graph.ts';
import { restingOn } from './provenance.ts';

export interface Highlight {
  readonly eventIds: ReadonlySet<string>;
  readonly edgeKeys: ReadonlySet<string>;
}

export interface HighlightRequest {
  readonly selectedId: string | null;
  readonly direction: ChainDirection;
  readonly steps: number;
  /** The source chosen in the sources view, when that view is open. */
  readonly sourceId: string | null;
  /** An actor whose events are highlighted (chosen on the network view). */
  readonly actorId?: string | null;
}

export function highlightFor(graph: EventGraph, edges: EdgeIndex, request: HighlightRequest): Highlight | null {
  if (request.sourceId !== null) {
    const resting = restingOn(graph, request.sourceId);
    return { eventIds: resting.eventIds, edgeKeys: resting.linkKeys };
  }
  if (request.actorId) return actorHighlight(graph, edges, request.actorId);
  if (request.selectedId === null || !graph.eventById.has(request.selectedId)) return null;
  const chain = chainFrom(edges, request.selectedId, request.direction, request.steps);
  if (chain.steps.size < 2) return null;
  return { eventIds: new Set(chain.steps.keys()), edgeKeys: chain.edgeKeys };
}

/** The events an actor took part in, and the links among them. */
export function actorHighlight(graph: Pick<EventGraph, 'events'>, edges: EdgeIndex, actorId: string): Highlight {
  const eventIds = new Set(graph.events.filter((e) => e.actors?.includes(actorId)).map((e) => e.id));
  const edgeKeys = new Set(edges.edges.filter((e) => eventIds.has(e.from) && eventIds.has(e.to)).map((e) => e.key));
  return { eventIds, edgeKeys };
}
