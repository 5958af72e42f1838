// Lays the network out with d3-force, in steps: each step runs ticks until its time budget is spent,
// so the page can draw the layout as it settles and never waits in one long task. Seeded, so the
// same network always settles the same way. Pure (d3-force needs no DOM).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Network, NetworkNode } from './network.ts';
import { seededRandom as seeded } from '../model/seeded-random.ts';
import { runSteps } from '../model/steps.ts';

export interface PlacedNode extends SimulationNodeDatum {
  readonly node: NetworkNode;
  x: number;
  y: number;
}

type PlacedLink = SimulationLinkDatum<PlacedNode> & { readonly key: string; readonly type: string };

export interface ForceLayout {
  readonly nodes: readonly PlacedNode[];
  readonly done: boolean;
  readonly ticks: number;
}

export const nodeRadius = (node: NetworkNode) => (node.kind === 'actor' ? 10 + Math.min(12, Math.sqrt(node.degree) * 2) : 5);

/**
 * Steps of the layout of `network` in a box of this size, centred on (0, 0). Each `next()` ticks
 * until `budgetMs` has passed (at least one tick) and returns the nodes where they are; the last
 * says `done`. `now` is the clock (performance.now in the page).
 */
export function* forceLayoutSteps(
  network: Network,
  options: { widthPx: number; heightPx: number; budgetMs?: number; now?: () => number; seed?: number; maxTicks?: number },
): Generator<ForceLayout, ForceLayout, void> {
  const { widthPx, heightPx, budgetMs = 8, now = () => performance.now(), seed = 19, maxTicks = 400 } = options;
  const random = seeded(seed);
  // Actors start on a ring, events near their first actor: fewer ticks to settle, and no tangle.
  const actors = network.nodes.filter((n) => n.kind === 'actor');
  const ring = new Map(actors.map((a, i) => [a.ref, (2 * Math.PI * i) / Math.max(1, actors.length)]));
  const r0 = Math.min(widthPx, heightPx) * 0.3;
  const nodes: PlacedNode[] = network.nodes.map((node) => {
    const angle = ring.get(node.actorId ?? '') ?? random() * 2 * Math.PI;
    const r = node.kind === 'actor' ? r0 : r0 * (0.4 + random() * 0.5);
    return { node, x: Math.cos(angle) * r + (random() - 0.5) * 10, y: Math.sin(angle) * r + (random() - 0.5) * 10 };
  });
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  const links: PlacedLink[] = network.edges.map((e) => ({ key: e.key, type: e.type, source: byId.get(e.source)!, target: byId.get(e.target)! }));
  const simulation = forceSimulation<PlacedNode>(nodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<PlacedNode, PlacedLink>(links)
        .distance((l) => (l.type === 'member' ? 60 : 70))
        .strength((l) => (l.type === 'member' ? 0.25 : 0.5)),
    )
    .force(
      'charge',
      forceManyBody<PlacedNode>().strength((n) => (n.node.kind === 'actor' ? -420 : -90)),
    )
    .force(
      'collide',
      forceCollide<PlacedNode>((n) => nodeRadius(n.node) + 3),
    )
    // Held in the box's shape: a wide screen gets a wide network.
    .force('x', forceX<PlacedNode>(0).strength(0.03 * Math.min(1, heightPx / widthPx)))
    .force('y', forceY<PlacedNode>(0).strength(0.05 * Math.min(1, widthPx / heightPx)))
    .stop();
  let ticks = 0;
  const finished = () => simulation.alpha() < simulation.alphaMin() || ticks >= maxTicks;
  while (!finished()) {
    const started = now();
    do {
      simulation.tick();
      ticks++;
    } while (!finished() && now() - started < budgetMs);
    if (!finished()) yield { nodes, done: false, ticks };
  }
  return { nodes, done: true, ticks };
}

/** Runs the steps to the end at once (tests, and readers who prefer reduced motion still get steps). */
export function settle(steps: Generator<ForceLayout, ForceLayout, void>): ForceLayout {
  return runSteps(steps);
}

/**
 * The scales and offsets that fit the laid-out nodes into the box, with `padPx` around: x and y
 * scaled apart, one at most twice the other, so a round layout spreads across a wide screen
 * (positions stretch, circles do not); never enlarged past 2.5×.
 */
export function fitNodes(
  nodes: readonly Pick<PlacedNode, 'node' | 'x' | 'y'>[],
  widthPx: number,
  heightPx: number,
  padPx = 36,
): { kx: number; ky: number; x: number; y: number } {
  if (nodes.length === 0) return { kx: 1, ky: 1, x: widthPx / 2, y: heightPx / 2 };
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y);
    y1 = Math.max(y1, n.y);
  }
  const room = (size: number) => Math.max(1, size - 2 * padPx);
  let kx = Math.min(2.5, room(widthPx) / Math.max(1, x1 - x0));
  let ky = Math.min(2.5, room(heightPx) / Math.max(1, y1 - y0));
  kx = Math.min(kx, 2 * ky);
  ky = Math.min(ky, 2 * kx);
  return { kx, ky, x: widthPx / 2 - kx * ((x0 + x1) / 2), y: heightPx / 2 - ky * ((y0 + y1) / 2) };
}

/** A directed edge from (x1, y1) to the rim of a node of radius r2 at (x2, y2): the line and its arrowhead. */
export function arrowEdge(x1: number, y1: number, x2: number, y2: number, r2: number, headPx = 7): { line: string; head: string } {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const tipX = x2 - ux * (r2 + 1.5);
  const tipY = y2 - uy * (r2 + 1.5);
  const baseX = tipX - ux * headPx;
  const baseY = tipY - uy * headPx;
  const f = (n: number) => Math.round(n * 10) / 10;
  return {
    line: `M${f(x1)},${f(y1)}L${f(baseX)},${f(baseY)}`,
    head: `M${f(tipX)},${f(tipY)}L${f(baseX - uy * headPx * 0.5)},${f(baseY + ux * headPx * 0.5)}L${f(baseX + uy * headPx * 0.5)},${f(baseY - ux * headPx * 0.5)}Z`,
  };
}

/**
 * Labels under their nodes where they overlap no label placed before them and fit inside the drawing:
 * `items` in order of priority (actors, the selection, the highlighted, the most connected). Returns
 * the indices labelled.
 */
export function placeNodeLabels(
  items: readonly { readonly i: number; readonly xPx: number; readonly yPx: number; readonly text: string }[],
  measure: (text: string) => number,
  options: { readonly widthPx?: number; readonly heightPx?: number; readonly lineHeightPx?: number } = {},
): Set<number> {
  const { widthPx = Infinity, heightPx = Infinity, lineHeightPx = 14 } = options;
  const placed: [number, number, number, number][] = [];
  const labelled = new Set<number>();
  for (const item of items) {
    const w = measure(item.text);
    const box: [number, number, number, number] = [item.xPx - w / 2 - 2, item.yPx - lineHeightPx + 3, item.xPx + w / 2 + 2, item.yPx + 3];
    // A label cut by the drawing's edge is no label.
    if (box[0] < 0 || box[2] > widthPx || box[1] < 0 || box[3] > heightPx) continue;
    if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
    placed.push(box);
    labelled.add(item.i);
  }
  return labelled;
}
