import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexEdges } from '../model/chains.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { actorRelations, buildNetwork } from './network.ts';
import { arrowEdge, fitNodes, forceLayoutSteps, nodeRadius, placeNodeLabels, settle } from './force-layout.ts';

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
const edges = indexEdges(graph);

describe('buildNetwork', () => {
  it('has every actor that took part and every event, each event tied to its actors', () => {
    const net = buildNetwork(graph, graph.events, edges);
    const ids = new Set(net.nodes.map((n) => n.id));
    expect(
      net.nodes
        .filter((n) => n.kind === 'actor')
        .map((n) => n.ref)
        .sort(),
    ).toEqual(graph.actors.map((a) => a.id).sort());
    expect(net.nodes.filter((n) => n.kind === 'event')).toHaveLength(graph.events.length);
    for (const e of net.edges) expect(ids.has(e.source) && ids.has(e.target), e.key).toBe(true);
    expect(
      net.edges
        .filter((e) => e.type === 'member' && e.source === 'actor:georgia')
        .map((e) => e.target)
        .sort(),
    ).toEqual(['event:bucharest-summit', 'event:russo-georgian-war']);
    expect(net.leftOut).toBe(0);
  });

  it.each<[string, Parameters<typeof buildNetwork>[3], (net: ReturnType<typeof buildNetwork>) => void]>([
    [
      'links are directed from → to, typed',
      {},
      (net) => expect(net.edges.some((e) => e.source === 'event:zakharova-statement' && e.target === 'event:bucharest-summit')).toBe(true),
    ],
    [
      'hidden link types are left out',
      { hiddenTypes: new Set(['references', 'about', 'precedes', 'contradicts', 'responds-to', 'coincides-with', 'reverses', 'causes']) },
      (net) => expect(net.edges.every((e) => e.type === 'member')).toBe(true),
    ],
    [
      'at most maxEvents events, the most connected kept, and the rest counted',
      { maxEvents: 5 },
      (net) => {
        expect(net.nodes.filter((n) => n.kind === 'event')).toHaveLength(5);
        expect(net.leftOut).toBe(graph.events.length - 5);
        expect(net.nodes.some((n) => n.ref === 'bucharest-summit')).toBe(true);
      },
    ],
  ])('%s', (_what, options, check) => check(buildNetwork(graph, graph.events, edges, options)));

  it('only the events given (the window) are in it, with only their actors', () => {
    const feb2025 = graph.events.filter((e) => e.start.text.startsWith('2025-02'));
    const net = buildNetwork(graph, feb2025, edges);
    expect(net.nodes.filter((n) => n.kind === 'event').map((n) => n.ref)).toEqual(feb2025.map((e) => e.id));
    expect(net.nodes.some((n) => n.ref === 'georgia')).toBe(false);
  });
});

describe('actorRelations: who acted on whom', () => {
  it('sums links from the actors of one event to those of the other, most first, never an actor on itself', () => {
    const relations = actorRelations(graph, edges.edges, new Set(graph.events.map((e) => e.id)));
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect(r.from).not.toBe(r.to);
    for (let i = 1; i < relations.length; i++) expect(relations[i - 1]!.total).toBeGreaterThanOrEqual(relations[i]!.total);
    const russiaNato = relations.find((r) => r.from === 'russia' && r.to === 'nato');
    expect(russiaNato?.total).toBeGreaterThan(0);
  });
});

describe('forceLayoutSteps: the layout in steps', () => {
  const net = buildNetwork(graph, graph.events, edges);
  const options = { widthPx: 900, heightPx: 500 };

  it('stepping to the end gives the same layout as settling at once (seeded)', () => {
    const a = settle(forceLayoutSteps(net, { ...options, budgetMs: 0 }));
    const b = settle(forceLayoutSteps(net, { ...options, budgetMs: 1000 }));
    expect(a.done).toBe(true);
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  it.each([
    [0, 'one tick per step'],
    [5, 'as many ticks as fit in the budget'],
  ])('with a budget of %d ms: %s, each step ending at its budget', (budgetMs) => {
    let clock = 0;
    const steps = forceLayoutSteps(net, { ...options, budgetMs, now: () => (clock += 1) });
    let previous = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      const ticks = step.value.ticks - previous;
      expect(ticks).toBeGreaterThanOrEqual(1);
      // The clock advances 1 ms per reading, one reading per tick: at most `budget` ticks per step.
      expect(ticks).toBeLessThanOrEqual(Math.max(1, budgetMs));
      previous = step.value.ticks;
    }
  });

  it('settles with no two nodes on top of each other, and fits the box', () => {
    const { nodes } = settle(forceLayoutSteps(net, options));
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan((nodeRadius(a.node) + nodeRadius(b.node)) * 0.7);
      }
    const fit = fitNodes(nodes, 900, 500);
    expect(fit.kx / fit.ky).toBeLessThanOrEqual(2);
    expect(fit.ky / fit.kx).toBeLessThanOrEqual(2);
    for (const n of nodes) {
      const x = fit.x + fit.kx * n.x;
      const y = fit.y + fit.ky * n.y;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(900);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(500);
    }
  });
});

describe('arrowEdge', () => {
  it.each<[number, number, number, number, number, string]>([
    [0, 0, 100, 0, 10, 'M0,0L81.5,0'],
    [0, 0, 0, 50, 5, 'M0,0L0,36.5'],
  ])('from (%d, %d) to a node of radius %d at (%d, %d): the line stops at the arrowhead, which stops at the rim', (x1, y1, x2, y2, r, line) => {
    const edge = arrowEdge(x1, y1, x2, y2, r);
    expect(edge.line).toBe(line);
    expect(edge.head.startsWith(`M${x2 === 0 ? 0 : x2 - r - 1.5},${y2 === 0 ? 0 : y2 - r - 1.5}`)).toBe(true);
  });
});

describe('placeNodeLabels', () => {
  const measure = (text: string) => text.length * 6;
  it.each<[string, { i: number; xPx: number; yPx: number; text: string }[], number[]]>([
    [
      'apart: all labelled',
      [
        { i: 0, xPx: 100, yPx: 100, text: 'NATO' },
        { i: 1, xPx: 300, yPx: 100, text: 'Russia' },
      ],
      [0, 1],
    ],
    [
      'overlapping: the first in priority wins',
      [
        { i: 0, xPx: 100, yPx: 100, text: 'NATO summit' },
        { i: 1, xPx: 110, yPx: 104, text: 'Russia' },
      ],
      [0],
    ],
    [
      'one above the other, clear of each other',
      [
        { i: 0, xPx: 100, yPx: 100, text: 'A long label' },
        { i: 1, xPx: 100, yPx: 120, text: 'Another' },
      ],
      [0, 1],
    ],
    ['cut by the right edge: left out', [{ i: 0, xPx: 390, yPx: 100, text: 'A long label' }], []],
  ])('%s', (_what, items, expected) => expect([...placeNodeLabels(items, measure, { widthPx: 400, heightPx: 300 })]).toEqual(expected));
});
