import { describe, expect, it } from 'vitest';
import { chainFrom, countEdgeTypes, distinctEdges, distinctEdgesSteps, findCycles, groupEdges, indexEdges, type ChainDirection } from './chains.ts';

type Row = readonly [from: string, to: string, type?: string];
const links = (...rows: Row[]) => rows.map(([from, to, type = 'causes']) => ({ from, to, type }));
const graphOf = (rows: Row[], quotes: { id: string; event: string; about?: string[]; source: string }[] = []) =>
  indexEdges({ links: links(...rows), quotes: quotes.map((q) => ({ text: 'words', ...q })) } as never);

// a → b → c → d, and x → c; e stands alone.
const LINE = graphOf([
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['x', 'c', 'responds-to'],
]);

describe('indexEdges', () => {
  it('indexes links both ways, with stable keys', () => {
    expect(LINE.outgoing.get('b')!.map((e) => e.to)).toEqual(['c']);
    expect(LINE.incoming.get('c')!.map((e) => `${e.from}:${e.type}`)).toEqual(['b:causes', 'x:responds-to']);
    expect(LINE.edges.map((e) => e.key)).toEqual(['link:0', 'link:1', 'link:2', 'link:3']);
  });

  it('adds a quote’s "about" relations as edges of their own kind, from where it was said', () => {
    const index = graphOf([], [{ id: 'q1', event: 'zakharova', about: ['bucharest', 'bucharest', 'zakharova'], source: 'emp' }]);
    expect(index.edges).toEqual([
      { key: 'about:q1:bucharest', kind: 'about', from: 'zakharova', to: 'bucharest', type: 'about', source: 'emp', quoteId: 'q1' },
    ]);
  });
});

describe('chainFrom', () => {
  it.each([
    // start, direction, steps, events reached with their distance
    ['b', 'downstream', Infinity, { b: 0, c: 1, d: 2 }],
    ['b', 'upstream', Infinity, { b: 0, a: 1 }],
    ['c', 'upstream', Infinity, { c: 0, b: 1, x: 1, a: 2 }],
    ['c', 'both', Infinity, { c: 0, d: 1, b: 1, x: 1, a: 2 }],
    ['a', 'downstream', 1, { a: 0, b: 1 }],
    ['a', 'downstream', 2, { a: 0, b: 1, c: 2 }],
    ['d', 'upstream', 2, { d: 0, c: 1, b: 2, x: 2 }],
    ['a', 'both', 0, { a: 0 }],
    ['e', 'both', Infinity, { e: 0 }],
  ] as const)('from %s, %s, %s steps', (start, direction, steps, expected) => {
    const chain = chainFrom(LINE, start, direction as ChainDirection, steps);
    expect(Object.fromEntries(chain.steps)).toEqual(expected);
  });

  it('collects the edges walked, and only those', () => {
    expect([...chainFrom(LINE, 'b', 'downstream').edgeKeys]).toEqual(['link:1', 'link:2']);
    expect([...chainFrom(LINE, 'a', 'downstream', 1).edgeKeys]).toEqual(['link:0']);
  });

  it('ends a cycle where it closes', () => {
    const loop = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
    ]);
    expect(Object.fromEntries(chainFrom(loop, 'a', 'downstream').steps)).toEqual({ a: 0, b: 1, c: 2 });
    expect(chainFrom(loop, 'a', 'downstream').edgeKeys.size).toBe(3);
  });

  it('walks a long chain without running out of stack', () => {
    const long = graphOf(Array.from({ length: 50_000 }, (_, i) => [`e${i}`, `e${i + 1}`] as Row));
    expect(chainFrom(long, 'e0', 'downstream').steps.get('e50000')).toBe(50_000);
  });
});

describe('findCycles', () => {
  it.each([
    [
      'no cycle',
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      [],
    ],
    ['a self-link', [['a', 'a']], [['a']]],
    [
      'a loop of three, found once',
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
      [['a', 'b', 'c']],
    ],
    [
      'two loops',
      [
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'd'],
        ['d', 'c'],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a diamond is not a loop',
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['c', 'd'],
      ],
      [],
    ],
  ] as const)('%s', (_what, rows, expected) => {
    expect(findCycles(graphOf(rows as unknown as Row[]))).toEqual(expected);
  });

  it('ignores "about" relations, which may point both ways', () => {
    const index = graphOf([['a', 'b']], [{ id: 'q', event: 'b', about: ['a'], source: 's' }]);
    expect(findCycles(index)).toEqual([]);
  });

  it('handles 50,000 links in a line without running out of stack', () => {
    expect(findCycles(graphOf(Array.from({ length: 50_000 }, (_, i) => [`e${i}`, `e${i + 1}`] as Row)))).toEqual([]);
  });

  it('reports a set of events linked in circles once, by its shortest circle, and each self-link', () => {
    const rows: Row[] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'b'],
      ['b', 'b'],
    ];
    expect(findCycles(graphOf(rows))).toEqual([['a', 'b', 'c'], ['b']]);
  });

  it.each([
    // One event with 50,000 links (to 50,000 events, one of which links back): quadratic before, linear now.
    ['a hub', [...Array.from({ length: 50_000 }, (_, i) => ['hub', `e${i}`] as Row), ['e7', 'hub'] as Row], [['hub', 'e7']]],
    // 50,000 links between the same two events, both ways.
    ['50,000 parallel links', Array.from({ length: 50_000 }, (_, i) => (i % 2 ? ['a', 'b'] : ['b', 'a']) as Row), [['b', 'a']]],
    // 3,000 events in a line, each linking back to the first: one set, one circle (not 3,000 circles of up to 3,000 events).
    [
      '3,000 links back to the start',
      Array.from({ length: 3_000 }, (_, i) => [[`e${i}`, `e${i + 1}`] as Row, [`e${i + 1}`, 'e0'] as Row]).flat(),
      [['e0', 'e1']],
    ],
  ] as const)('is linear: %s', (_what, rows, expected) => {
    const index = graphOf(rows as unknown as Row[]);
    const started = performance.now();
    expect(findCycles(index)).toEqual(expected);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('edge helpers for the legend, the arcs and the details', () => {
  const index = graphOf(
    [
      ['z', 'b', 'references'],
      ['m', 'b', 'responds-to'],
      ['b', 'w', 'precedes'],
      ['z', 'b', 'echoes'],
    ],
    [
      { id: 'q1', event: 'z', about: ['b'], source: 's' },
      { id: 'q2', event: 'z', about: ['b'], source: 's' },
    ],
  );

  it('counts types, known ones first in their order, then the rest by name', () => {
    expect(countEdgeTypes(index, ['references', 'responds-to', 'precedes', 'about'])).toEqual([
      ['references', 1],
      ['responds-to', 1],
      ['precedes', 1],
      ['about', 2],
      ['echoes', 1],
    ]);
  });

  it('keeps one edge per type and pair (two quotes about one event draw one arc), minus hidden types', () => {
    expect(distinctEdges(index, new Set()).map((e) => e.key)).toEqual(['link:0', 'link:1', 'link:2', 'link:3', 'about:q1:b']);
    expect(distinctEdges(index, new Set(['about', 'echoes'])).map((e) => e.key)).toEqual(['link:0', 'link:1', 'link:2']);
  });

  it('finds the distinct edges of 50,000 links in steps of at most 2,048, the same as at once', () => {
    const links = Array.from({ length: 50_000 }, (_, i) => ({ from: `e${i % 900}`, to: `e${(i * 7) % 1000}`, type: i % 3 ? 'precedes' : 'responds-to' }));
    const many = indexEdges({ links, quotes: [] });
    const steps = distinctEdgesSteps(many, new Set());
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(Math.floor(many.edges.length / 2048));
    expect(step.value).toEqual(distinctEdges(many, new Set()));
    expect(new Set(step.value.map((e) => `${e.type} ${e.from} ${e.to}`)).size).toBe(step.value.length);
  });

  it('groups an event’s links under a heading per type, one entry per linked event', () => {
    const incoming = groupEdges(index.incoming.get('b')!, 'in', (t) => `← ${t}`);
    expect(incoming.map(([heading, list]) => [heading, list.map((e) => e.from)])).toEqual([
      ['← references', ['z']],
      ['← responds-to', ['m']],
      ['← echoes', ['z']],
      ['← about', ['z']],
    ]);
  });
});

describe('indexEdges, asked twice for one graph', () => {
  it('builds the index once (the page and the chart share it)', () => {
    const graph = { links: [{ from: 'a', to: 'b', type: 'causes' }], quotes: [] } as never;
    expect(indexEdges(graph)).toBe(indexEdges(graph));
    expect(indexEdges({ ...(graph as object) } as never)).not.toBe(indexEdges(graph));
  });
});
