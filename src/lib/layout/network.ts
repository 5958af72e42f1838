// The network view's graph: actors and the events in the window as nodes, each event tied to the
// actors who took part, and the typed links between events as directed edges; at most a screen's
// worth of events (the most connected first); and who acted on whom, summed from actor to actor
// along the links. Pure.
import { distinctEdges, type EdgeIndex, type GraphEdge } from '../model/chains.ts';
import type { EventGraph } from '../model/graph.ts';
import type { TimelineEvent } from '../model/schema.ts';

export interface NetworkNode {
  readonly id: string;
  readonly kind: 'actor' | 'event';
  /** The actor's or event's own id. */
  readonly ref: string;
  readonly label: string;
  /** The actor, or the event's first actor (its colour). */
  readonly actorId: string | null;
  /** Edges at the node. */
  readonly degree: number;
}

export interface NetworkEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  /** 'member' for an actor's part in an event, else the link's type. */
  readonly type: string;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** Events in the window left out to keep the drawing readable. */
  readonly leftOut: number;
}

export const actorNode = (id: string) => `actor:${id}`;
export const eventNode = (id: string) => `event:${id}`;

/**
 * The network of `events` (those in the window, in time order): at most `maxEvents`, the most
 * connected first (then the earliest), with their actors and the links among them (types the
 * reader hid left out).
 */
export function buildNetwork(
  graph: Pick<EventGraph, 'actorById'>,
  events: readonly TimelineEvent[],
  edges: EdgeIndex,
  options: { maxEvents?: number; hiddenTypes?: ReadonlySet<string> } = {},
): Network {
  const { maxEvents = 150, hiddenTypes = new Set<string>() } = options;
  const links = (id: string) => (edges.outgoing.get(id)?.length ?? 0) + (edges.incoming.get(id)?.length ?? 0);
  // The most connected first, then the earliest: scores are small whole numbers, so the events are
  // taken from buckets of equal score (one pass over 100,000 events, no sort of them all).
  let chosen: readonly TimelineEvent[] = events;
  if (events.length > maxEvents) {
    const buckets: number[][] = [];
    events.forEach((event, i) => {
      const score = Math.min(links(event.id) * 2 + (event.actors?.length ?? 0), 1000);
      (buckets[score] ??= []).push(i);
    });
    const taken: number[] = [];
    for (let score = buckets.length - 1; score >= 0 && taken.length < maxEvents; score--)
      for (const i of buckets[score] ?? []) {
        if (taken.length === maxEvents) break;
        taken.push(i);
      }
    chosen = taken.sort((a, b) => a - b).map((i) => events[i]!);
  }
  const inNetwork = new Set(chosen.map((e) => e.id));
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  const out: NetworkEdge[] = [];
  const actors: string[] = [];
  for (const event of chosen)
    for (const actor of new Set(event.actors ?? [])) {
      if (!graph.actorById.has(actor)) continue;
      if (!degree.has(actorNode(actor))) actors.push(actor);
      out.push({ key: `member:${actor}:${event.id}`, source: actorNode(actor), target: eventNode(event.id), type: 'member' });
      bump(actorNode(actor));
      bump(eventNode(event.id));
    }
  for (const edge of distinctEdges(edges, hiddenTypes))
    if (inNetwork.has(edge.from) && inNetwork.has(edge.to) && edge.from !== edge.to) {
      out.push({ key: edge.key, source: eventNode(edge.from), target: eventNode(edge.to), type: edge.type });
      bump(eventNode(edge.from));
      bump(eventNode(edge.to));
    }
  const nodes: NetworkNode[] = [
    ...actors.map((id) => ({
      id: actorNode(id),
      kind: 'actor' as const,
      ref: id,
      label: graph.actorById.get(id)!.name,
      actorId: id,
      degree: degree.get(actorNode(id)) ?? 0,
    })),
    ...chosen.map((e) => ({
      id: eventNode(e.id),
      kind: 'event' as const,
      ref: e.id,
      label: e.title,
      actorId: e.actors?.find((a) => graph.actorById.has(a)) ?? null,
      degree: degree.get(eventNode(e.id)) ?? 0,
    })),
  ];
  return { nodes, edges: out, leftOut: events.length - chosen.length };
}

export interface ActorRelation {
  readonly from: string;
  readonly to: string;
  /** Links from the first actor's events to the second's, by type. */
  readonly types: ReadonlyMap<string, number>;
  readonly total: number;
}

/**
 * Who acted on whom: for each link from an event to another, from each actor of the first to each
 * actor of the second (an actor's links among its own events are not counted). Most links first.
 */
export function actorRelations(graph: Pick<EventGraph, 'eventById'>, links: readonly GraphEdge[], eventIds: ReadonlySet<string>): ActorRelation[] {
  const pairs = new Map<string, { from: string; to: string; types: Map<string, number>; total: number }>();
  for (const link of links) {
    if (!eventIds.has(link.from) || !eventIds.has(link.to)) continue;
    const fromActors = new Set(graph.eventById.get(link.from)?.actors ?? []);
    const toActors = new Set(graph.eventById.get(link.to)?.actors ?? []);
    for (const a of fromActors)
      for (const b of toActors) {
        if (a === b) continue;
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key) ?? { from: a, to: b, types: new Map<string, number>(), total: 0 };
        pair.types.set(link.type, (pair.types.get(link.type) ?? 0) + 1);
        pair.total++;
        pairs.set(key, pair);
      }
  }
  return [...pairs.values()].sort((a, b) => b.total - a.total || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
