// The event graph's edges and the chains along them: typed links, and quotes' "about" relations
// (from the event where words were said to the event they are about). Pure; ids in, ids out.
import type { EventGraph } from './graph.ts';
import { runSteps } from './steps.ts';

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
  return runSteps(indexEdgesSteps(graph));
}

/**
 * Edges one step handles: a millisecond or so of work. Callers on the page pause between steps only
 * once their budget is spent (yieldEvery), so a small step costs nothing; a large one, where a million
 * events' objects no longer fit the processor's caches, was 20–30 ms at once.
 */
const STEP_EDGES = 2048;

/**
 * indexEdges in steps of bounded work, for a loader that yields between them (a million events'
 * links took the page over 50 ms at once). The index is kept for the graph, as indexEdges keeps it.
 */
export function* indexEdgesSteps(graph: Pick<EventGraph, 'links' | 'quotes'>): Generator<void, EdgeIndex, void> {
  const known = indexed.get(graph);
  if (known) return known;
  const edges: GraphEdge[] = [];
  graph.links.forEach((link, i) => {
    edges.push({ key: `link:${i}`, kind: 'link', from: link.from, to: link.to, type: link.type, label: link.label, source: link.source });
  });
  yield;
  for (const quote of graph.quotes)
    for (const about of new Set(quote.about ?? []))
      if (about !== quote.event)
        edges.push({ key: `about:${quote.id}:${about}`, kind: 'about', from: quote.event, to: about, type: 'about', source: quote.source, quoteId: quote.id });
  yield;
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (let i = 0; i < edges.length; i++) {
    if (i % STEP_EDGES === STEP_EDGES - 1) yield;
    const edge = edges[i]!;
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }
  const index = { edges, outgoing, incoming };
  indexed.set(graph, index);
  return index;
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

/**
 * Where links run in a circle: for each strongly connected set of events (Tarjan's algorithm), one
 * circle through it, as the ids around it, starting where the search first met the set; and each
 * self-link, as a circle of one. Linear in events and links: the adjacency of the chosen kinds is
 * indexed once, and the search keeps its own stack (a long chain must not overflow the call stack).
 */
export function findCycles(index: EdgeIndex, kinds: readonly EdgeKind[] = ['link']): string[][] {
  const next = new Map<string, string[]>();
  const selfLinked = new Set<string>();
  for (const edge of index.edges) {
    if (!kinds.includes(edge.kind)) continue;
    if (edge.from === edge.to) selfLinked.add(edge.from);
    else push(next, edge.from, edge.to);
  }
  const order = new Map<string, number>(); // id → when the search reached it
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const report = (ids: string[]) => {
    for (const id of ids) if (selfLinked.has(id)) cycles.push([id]);
    if (ids.length > 1) cycles.push(circleThrough(ids[ids.length - 1]!, new Set(ids), next));
  };
  for (const root of index.outgoing.keys()) {
    if (order.has(root)) continue;
    const walk: { id: string; next: number }[] = [{ id: root, next: 0 }];
    order.set(root, order.size);
    low.set(root, order.get(root)!);
    stack.push(root);
    onStack.add(root);
    while (walk.length > 0) {
      const top = walk.at(-1)!;
      const targets = next.get(top.id) ?? [];
      if (top.next < targets.length) {
        const to = targets[top.next++]!;
        if (!order.has(to)) {
          order.set(to, order.size);
          low.set(to, order.get(to)!);
          stack.push(to);
          onStack.add(to);
          walk.push({ id: to, next: 0 });
        } else if (onStack.has(to)) low.set(top.id, Math.min(low.get(top.id)!, order.get(to)!));
        continue;
      }
      walk.pop();
      const parent = walk.at(-1);
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(top.id)!));
      if (low.get(top.id) !== order.get(top.id)) continue;
      // top is the first of its set the search reached: the set is on the stack above it.
      const set: string[] = [];
      for (let id = stack.pop()!; ; id = stack.pop()!) {
        onStack.delete(id);
        set.push(id);
        if (id === top.id) break;
      }
      report(set);
    }
  }
  // Sets are found deepest first; report them in the order the search reached them.
  return cycles.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}

/** The shortest circle from `start` back to it within a strongly connected set (breadth first). */
function circleThrough(start: string, set: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>): string[] {
  const cameFrom = new Map<string, string>();
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier)
      for (const to of next.get(id) ?? []) {
        if (!set.has(to) || cameFrom.has(to)) continue;
        cameFrom.set(to, id);
        if (to === start) {
          const circle = [start];
          for (let at = id; at !== start; at = cameFrom.get(at)!) circle.push(at);
          return [start, ...circle.slice(1).reverse()];
        }
        following.push(to);
      }
    frontier = following;
  }
  return [start];
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
  return runSteps(distinctEdgesSteps(index, hiddenTypes));
}

/** Edges one step of distinctEdgesSteps looks at (50,000 links at a million events were a 45 ms task at once). */
const DISTINCT_STEP = 2048;

/** distinctEdges in steps of bounded work. */
export function* distinctEdgesSteps(index: EdgeIndex, hiddenTypes: ReadonlySet<string>): Generator<void, GraphEdge[], void> {
  const seen = new Set<string>();
  const kept: GraphEdge[] = [];
  const { edges } = index;
  for (let i = 0; i < edges.length; i++) {
    if (i % DISTINCT_STEP === DISTINCT_STEP - 1) yield;
    const e = edges[i]!;
    const pair = `${e.type}\u0000${e.from}\u0000${e.to}`;
    if (hiddenTypes.has(e.type) || seen.has(pair)) continue;
    seen.add(pair);
    kept.push(e);
  }
  return kept;
}

/**
 * An event's edges one way, grouped under a heading per type, one entry per linked event: what the
 * details panel lists ("References", "Referenced by").
 */
export function groupEdges(list: readonly GraphEdge[], way: 'out' | 'in', heading: (type: string) => string): [string, GraphEdge[]][] {
  const groups = new Map<string, GraphEdge[]>();
  const listed = new Set<string>();
  const other = (e: GraphEdge) => (way === 'out' ? e.to : e.from);
  for (const e of list) {
    const key = heading(e.type);
    // One entry per heading and event, found in a set: an event with 50,000 links is listed in one pass.
    const entry = `${key}\u0000${other(e)}`;
    if (listed.has(entry)) continue;
    listed.add(entry);
    push(groups, key, e);
  }
  return [...groups];
}
