// What rests on a source: the events, quotes and links that cite it, directly or through a chain of
// reports (an article citing Reuters rests on Reuters too). Pure.
import { sourceChain, type EventGraph } from './graph.ts';

export interface RestingOn {
  readonly eventIds: ReadonlySet<string>;
  readonly quoteIds: ReadonlySet<string>;
  /** Keys of links (`link:3`) whose supporting source rests on it. */
  readonly linkKeys: ReadonlySet<string>;
}

/** Whether citing `citedId` rests on `sourceId`: it is that source, or reports it through `via`. */
export function citesThrough(graph: Pick<EventGraph, 'sourceById'>, citedId: string, sourceId: string): boolean {
  return sourceChain(graph, citedId).some((s) => s.id === sourceId);
}

export function restingOn(graph: EventGraph, sourceId: string): RestingOn {
  const rests = (cited: string | undefined) => cited !== undefined && citesThrough(graph, cited, sourceId);
  const quoteIds = new Set(graph.quotes.filter((q) => rests(q.source)).map((q) => q.id));
  const eventIds = new Set(graph.events.filter((e) => e.sources?.some(rests)).map((e) => e.id));
  // An event whose quotes rest on the source rests on it too.
  for (const q of graph.quotes) if (quoteIds.has(q.id)) eventIds.add(q.event);
  const linkKeys = new Set<string>();
  graph.links.forEach((link, i) => {
    if (rests(link.source)) linkKeys.add(`link:${i}`);
  });
  return { eventIds, quoteIds, linkKeys };
}

/** Every source with how much rests on it, most first: the sources view. */
export function sourceUsage(graph: EventGraph): { sourceId: string; events: number; quotes: number }[] {
  return graph.sources
    .map((s) => {
      const r = restingOn(graph, s.id);
      return { sourceId: s.id, events: r.eventIds.size, quotes: r.quoteIds.size };
    })
    .sort((a, b) => b.events + b.quotes - (a.events + a.quotes));
}
