// The event graph's edges and the chains along them: typed links, and quotes' "about" relations
// (from the event where words were said to the event they are about). Pure; ids in, ids out.
import type { EventGraph } from './graph.ts';

export type EdgeKind = 'link' | 'about';

export interface GraphEdge {
  /** Stable key: `link:3` for links[3], `about:q1:bucharest-summit` for a quote's about. */
  readonly key: string;
  readonly kind: EdgeKind;
  readonly from: string;
  readonly to: string;
  /** The link's type, or "about" for a quote's relation. */
  readonly type: string;
  readonly label?: string;
  /** The link's supporting source, or the quote's source. */
  readonly source?: string;
  /** The quote behind an "about" edge. */
  readonly quoteId?: string;
}

export interface EdgeIndex {
  readonly edges: readonly GraphEdge[];
  readonly outgoing: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly GraphEdge[]>;
}

export type ChainDirection = 'upstream' | 'downstream' | 'both';

export interface Chain {
  /** The events in the chain, the start included, with how many steps away each is. */
  readonly steps: ReadonlyMap<string, number>;
  /** Keys of the edges walked. */
  readonly edgeKeys: ReadonlySet<string>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes already built, by graph: the page and the chart both ask for the same graph's (graphs never change). */
const indexed = new WeakMap<object, EdgeIndex>();

export function indexEdges(graph: Pick<EventGraph, 'links' | 'quotes'>): EdgeIndex {
  const known = indexed.get(graph);
  if (known) return known;
  const index = buildEdgeIndex(graph);
  indexed.set(graph, index);
  return index;
}

function buildEdgeIndex(graph: Pick<EventGraph, 'links' | 'quotes'>): EdgeIndex {
  const edges: GraphEdge[] = graph.links.map((link, i) => ({
    key: `link:${i}`,
    kind: 'link',
    from: link.from,
    to: link.to,
    type: link.type,
    label: link.label,
    source: link.source,
  }));
  for (const quote of graph.quotes)
    for (const about of new Set(quote.about ?? []))
      if (about !== quote.event)
        edges.push({ key: `about:${quote.id}:${about}`, kind: 'about', from: quote.event, to: about, type: 'about', source: quote.source, quoteId: quote.id });
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }
  return { edges, outgoing, incoming };
}

/**
 * The events reached from `startId` along edges — downstream follows them from→to, upstream
 * to→from — up to `maxSteps` steps (Infinity for all), breadth first so each event gets its
 * shortest distance. Cycles end where they close.
 */
export function chainFrom(index: EdgeIndex, startId: string, direction: ChainDirection, maxSteps = Infinity): Chain {
  const steps = new Map<string, number>([[startId, 0]]);
  const edgeKeys = new Set<string>();
  const walk = (next: (id: string) => readonly GraphEdge[], far: (edge: GraphEdge) => string) => {
    let frontier = [startId];
    for (let step = 1; frontier.length > 0 && step <= maxSteps; step++) {
      const following: string[] = [];
      for (const id of frontier)
        for (const edge of next(id)) {
          edgeKeys.add(edge.key);
          const other = far(edge);
          if (!steps.has(other)) {
            steps.set(other, step);
            following.push(other);
          }
        }
      frontier = following;
    }
  };
  if (direction !== 'upstream')
    walk(
      (id) => index.outgoing.get(id) ?? [],
      (e) => e.to,
    );
  if (direction !== 'downstream')
    walk(
      (id) => index.incoming.get(id) ?? [],
      (e) => e.from,
    );
  return { steps, edgeKeys };
}

/** Each cycle of links once, as the ids around it (a self-link is a cycle of one). */
export function findCycles(index: EdgeIndex, kinds: readonly EdgeKind[] = ['link']): string[][] {
  const out = (id: string) => (index.outgoing.get(id) ?? []).filter((e) => kinds.includes(e.kind));
  const state = new Map<string, 'active' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  // Iterative depth-first search: a long chain must not overflow the stack.
  for (const root of index.outgoing.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'active');
    path.push(root);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const edges = out(top.id);
      if (top.next < edges.length) {
        const to = edges[top.next++]!.to;
        if (state.get(to) === 'active') {
          const cycle = path.slice(path.indexOf(to));
          const key = [...cycle].sort().join('\u0000');
          if (!seen.has(key)) {
            seen.add(key);
            cycles.push(cycle);
          }
        } else if (!state.has(to)) {
          state.set(to, 'active');
          path.push(to);
          stack.push({ id: to, next: 0 });
        }
      } else {
        state.set(top.id, 'done');
        path.pop();
        stack.pop();
      }
    }
  }
  return cycles;
}

/** How many edges of each type, in a stable order: the known types first, then the rest by name. */
export function countEdgeTypes(index: EdgeIndex, known: readonly string[]): [type: string, count: number][] {
  const counts = new Map<string, number>();
  for (const e of index.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const rank = (t: string) => (known.includes(t) ? known.indexOf(t) : known.length);
  return [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

/** One edge per type and pair of events (three quotes about the same event draw one arc), minus hidden types. */
export function distinctEdges(index: EdgeIndex, hiddenTypes: ReadonlySet<string>): GraphEdge[] {
  const seen = new Set<string>();
  return index.edges.filter((e) => {
    const pair = `${e.type}\u0000${e.from}\u0000${e.to}`;
    if (hiddenTypes.has(e.type) || seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}

/**
 * An event's edges one way, grouped under a heading per type, one entry per linked event: what the
 * details panel lists ("References", "Referenced by").
 */
export function groupEdges(list: readonly GraphEdge[], way: 'out' | 'in', heading: (type: string) => string): [string, GraphEdge[]][] {
  const groups = new Map<string, GraphEdge[]>();
  const other = (e: GraphEdge) => (way === 'out' ? e.to : e.from);
  for (const e of list) {
    const key = heading(e.type);
    const group = groups.get(key) ?? [];
    if (!group.some((g) => other(g) === other(e))) groups.set(key, [...group, e]);
  }
  return [...groups];
}
