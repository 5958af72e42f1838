// Where words and events come from, through reports of reports: each source's chain of `via` (an
// article citing Reuters rests on Reuters too), and what rests on a source. Every source's chain is
// measured once per graph, so that a chain of 1,000 hops costs one pass, not one per citation; a
// citation names its first few hops and counts the rest. Pure.
import type { EventGraph } from './graph.ts';
import type { Source } from './schema.ts';

/** Hops of `via` a citation names after the source itself; the rest are counted ("… and 997 more hops"). */
export const SHOWN_HOPS = 3;

export interface RestingOn {
  readonly eventIds: ReadonlySet<string>;
  readonly quoteIds: ReadonlySet<string>;
  /** Keys of links (`link:3`) whose supporting source rests on it. */
  readonly linkKeys: ReadonlySet<string>;
}

interface ProvenanceIndex {
  /** How many `via` hops lead from each source to its original (0 for an original). */
  readonly hops: ReadonlyMap<string, number>;
  /** The sources that name each source in their `via`. */
  readonly reportedBy: ReadonlyMap<string, readonly string[]>;
}

type Sources = Pick<EventGraph, 'sources' | 'sourceById'>;

const indexes = new WeakMap<object, ProvenanceIndex>();

/** The graph's chains, measured once: each source is walked once, however long the chains. */
function provenanceIndex(graph: Sources): ProvenanceIndex {
  const known = indexes.get(graph);
  if (known) return known;
  const hops = new Map<string, number>();
  const reportedBy = new Map<string, string[]>();
  for (const source of graph.sources) {
    if (source.via === undefined || !graph.sourceById.has(source.via)) continue;
    const list = reportedBy.get(source.via);
    if (list) list.push(source.id);
    else reportedBy.set(source.via, [source.id]);
  }
  for (const source of graph.sources) {
    // Up the chain to a source already measured (or the original), then back down, counting.
    const walked: string[] = [];
    const seen = new Set<string>();
    let at: Source | undefined = source;
    while (at && !hops.has(at.id) && !seen.has(at.id)) {
      walked.push(at.id);
      seen.add(at.id);
      at = at.via === undefined ? undefined : graph.sourceById.get(at.via);
    }
    // A checked graph has no circle of `via`; one that closes anyway counts as ending where it closes.
    let count = at && hops.has(at.id) ? hops.get(at.id)! + 1 : 0;
    for (let i = walked.length - 1; i >= 0; i--) hops.set(walked[i]!, count++);
  }
  const index = { hops, reportedBy };
  indexes.set(graph, index);
  return index;
}

/** How many `via` hops lead from a source to its original. */
export const hopsToOriginal = (graph: Sources, sourceId: string): number => provenanceIndex(graph).hops.get(sourceId) ?? 0;

/**
 * A citation's chain as it is named: the source, then at most `shownHops` of the sources it reports
 * through, and how many hops are left unnamed ("Euromaidan Press, via Reuters, via … and 997 more hops").
 */
export function citedChain(graph: Sources, sourceId: string, shownHops = SHOWN_HOPS): { sources: Source[]; moreHops: number } {
  const sources: Source[] = [];
  let at = graph.sourceById.get(sourceId);
  while (at && sources.length <= shownHops && !sources.includes(at)) {
    sources.push(at);
    at = at.via === undefined ? undefined : graph.sourceById.get(at.via);
  }
  return { sources, moreHops: sources.length === 0 ? 0 : Math.max(0, hopsToOriginal(graph, sourceId) - (sources.length - 1)) };
}

/** The source and every source that reports through it: what citing any of them rests on. */
function reportingThrough(graph: Sources, sourceId: string): Set<string> {
  const { reportedBy } = provenanceIndex(graph);
  const through = new Set([sourceId]);
  const queue = [sourceId];
  while (queue.length > 0)
    for (const next of reportedBy.get(queue.pop()!) ?? []) {
      if (through.has(next)) continue;
      through.add(next);
      queue.push(next);
    }
  return through;
}

/** Whether citing `citedId` rests on `sourceId`: it is that source, or reports it through `via`. */
export function citesThrough(graph: Sources, citedId: string, sourceId: string): boolean {
  const { hops } = provenanceIndex(graph);
  const distance = (hops.get(citedId) ?? 0) - (hops.get(sourceId) ?? 0);
  if (distance < 0) return false;
  let at: string | undefined = citedId;
  for (let i = 0; i < distance && at !== undefined; i++) at = graph.sourceById.get(at)?.via;
  return at === sourceId;
}

/** Everything that rests on a source, directly or through reports of it: one pass over the graph. */
export function restingOn(graph: EventGraph, sourceId: string): RestingOn {
  const through = reportingThrough(graph, sourceId);
  const rests = (cited: string | undefined) => cited !== undefined && through.has(cited);
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

export interface SourceUse {
  readonly sourceId: string;
  readonly events: number;
  readonly quotes: number;
}

const usages = new WeakMap<object, SourceUse[]>();

/**
 * Every source with how many events and quotes rest on it, most first: the sources view. Counted for
 * all sources at once, in time linear in the graph (plus the chains between the sources one event
 * cites): each event and quote adds one where it cites, a sum over each source's reporters carries
 * it down the chains, and an event citing two sources of one chain is taken back once where the
 * chains meet, so that it counts once.
 */
export function sourceUsage(graph: EventGraph): SourceUse[] {
  const known = usages.get(graph);
  if (known) return known;
  const { hops, reportedBy } = provenanceIndex(graph);
  // Sources in an order where each comes after the one it reports (originals first), numbered.
  const order: string[] = [];
  const position = new Map<string, number>();
  for (const source of graph.sources) {
    if ((hops.get(source.id) ?? 0) !== 0) continue;
    const stack = [source.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (position.has(id)) continue;
      position.set(id, order.length);
      order.push(id);
      for (const next of reportedBy.get(id) ?? []) stack.push(next);
    }
  }
  const via = (id: string) => {
    const up = graph.sourceById.get(id)?.via;
    return up !== undefined && graph.sourceById.has(up) ? up : undefined;
  };
  /** Where two chains meet (the nearest source both report through), or undefined. */
  const meeting = (a: string | undefined, b: string | undefined) => {
    while (a !== undefined && b !== undefined && a !== b) {
      const [ha, hb] = [hops.get(a) ?? 0, hops.get(b) ?? 0];
      if (ha >= hb) a = via(a);
      if (hb >= ha) b = via(b);
    }
    return a !== undefined && a === b ? a : undefined;
  };
  const events = new Map<string, number>();
  const quotes = new Map<string, number>();
  const add = (counts: Map<string, number>, id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  for (const quote of graph.quotes) if (graph.sourceById.has(quote.source)) add(quotes, quote.source, 1);
  for (const event of graph.events) {
    const cited = new Set<string>();
    for (const id of event.sources ?? []) if (graph.sourceById.has(id)) cited.add(id);
    for (const quote of graph.quotesByEvent.get(event.id) ?? []) if (graph.sourceById.has(quote.source)) cited.add(quote.source);
    const sorted = [...cited].sort((a, b) => position.get(a)! - position.get(b)!);
    sorted.forEach((id, i) => {
      add(events, id, 1);
      const met = i > 0 ? meeting(sorted[i - 1], id) : undefined;
      if (met !== undefined) add(events, met, -1);
    });
  }
  // Down the chains: a source is rested on by all that rests on its reporters.
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const up = via(id);
    if (up === undefined) continue;
    add(events, up, events.get(id) ?? 0);
    add(quotes, up, quotes.get(id) ?? 0);
  }
  const usage = graph.sources
    .map((s) => ({ sourceId: s.id, events: events.get(s.id) ?? 0, quotes: quotes.get(s.id) ?? 0 }))
    .sort((a, b) => b.events + b.quotes - (a.events + a.quotes));
  usages.set(graph, usage);
  return usage;
}
