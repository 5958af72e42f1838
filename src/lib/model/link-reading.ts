// A link read from one of its events, as a person would say it: "Responds to …" from the event that
// answers, "Answered by …" from the one answered; and on which side of the event in time the other
// end lies, so that "what led here" never lists a later event, whatever the link's direction. Pure.
import type { EdgeIndex, GraphEdge } from './chains.ts';
import { eventSpanMs, type EventGraph } from './graph.ts';
import type { TimelineEvent } from './schema.ts';

/** How each known type reads from its `from` end (out) and from its `to` end (in). */
export const LINK_VERBS: Readonly<Record<string, { readonly out: string; readonly in: string }>> = {
  causes: { out: 'Causes', in: 'Caused by' },
  'responds-to': { out: 'Responds to', in: 'Answered by' },
  references: { out: 'References', in: 'Referenced by' },
  contradicts: { out: 'Contradicts', in: 'Contradicted by' },
  precedes: { out: 'Precedes', in: 'Preceded by' },
  'coincides-with': { out: 'Coincides with', in: 'Coincides with' },
  reverses: { out: 'Reverses', in: 'Reversed by' },
  about: { out: 'Said about', in: 'Talked about in' },
};

/** A link's heading read from one end: the known verb, or the type itself with an arrow for its direction. */
export function linkVerb(type: string, way: 'out' | 'in'): string {
  return LINK_VERBS[type]?.[way] ?? (way === 'out' ? `${type} →` : `← ${type}`);
}

/** Types whose `to` end comes first in the story they tell (the `from` end answers or cites it). */
const TO_FIRST = new Set(['responds-to', 'references', 'reverses']);

export interface LinkReading {
  readonly edge: GraphEdge;
  /** The event at the other end. */
  readonly other: TimelineEvent;
  /** The link as read from this event: "Responds to", "Answered by". */
  readonly verb: string;
}

/**
 * An event's links (quotes' "about" relations left out), split by where the other end lies in time:
 * before it (what led here) or after it (what followed). Events at the same instant are placed as
 * the link's type tells: an answer comes after what it answers, a cause before what it causes.
 */
export function readLinks(
  graph: Pick<EventGraph, 'eventById'>,
  edges: Pick<EdgeIndex, 'incoming' | 'outgoing'>,
  eventId: string,
): { ledHere: LinkReading[]; followed: LinkReading[] } {
  const event = graph.eventById.get(eventId);
  const ledHere: LinkReading[] = [];
  const followed: LinkReading[] = [];
  if (!event) return { ledHere, followed };
  const startMs = eventSpanMs(event).startMs;
  const read = (edge: GraphEdge, way: 'out' | 'in') => {
    const other = graph.eventById.get(way === 'out' ? edge.to : edge.from);
    if (!other || edge.kind !== 'link' || other.id === eventId) return;
    const otherMs = eventSpanMs(other).startMs;
    // At the same instant: from `to` to `from` for answers and citations, else from `from` to `to`.
    const otherFirst = otherMs !== startMs ? otherMs < startMs : TO_FIRST.has(edge.type) === (way === 'out');
    (otherFirst ? ledHere : followed).push({ edge, other, verb: linkVerb(edge.type, way) });
  };
  for (const edge of edges.outgoing.get(eventId) ?? []) read(edge, 'out');
  for (const edge of edges.incoming.get(eventId) ?? []) read(edge, 'in');
  const byTime = (a: LinkReading, b: LinkReading) => eventSpanMs(a.other).startMs - eventSpanMs(b.other).startMs;
  return { ledHere: ledHere.sort(byTime), followed: followed.sort(byTime) };
}
