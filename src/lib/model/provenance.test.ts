import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { EventGraph } from './graph.ts';
import { parseEventGraph } from './json-file.ts';
import { citedChain, citesThrough, hopsToOriginal, restingOn, sourceUsage } from './provenance.ts';
import { validateEventGraph } from './validate.ts';

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
const reuters = graph.sources.find((s) => s.publisher === 'Reuters' && !s.via)!;

describe('provenance', () => {
  it('follows via: the Euromaidan Press article’s account of Zakharova rests on Reuters; its own lines do not', () => {
    expect(citesThrough(graph, 'euromaidanpress-2025-02-18-via-reuters', reuters.id)).toBe(true);
    expect(citesThrough(graph, reuters.id, 'euromaidanpress-2025-02-18-via-reuters')).toBe(false);
    expect(citesThrough(graph, 'euromaidanpress-2025-02-18', reuters.id)).toBe(false);
  });

  it('answers "what rests on this one Reuters report?"', () => {
    const r = restingOn(graph, reuters.id);
    expect(r.eventIds.has('zakharova-statement')).toBe(true);
    expect(r.quoteIds.has('zakharova-revoke')).toBe(true);
    expect(r.eventIds.has('bucharest-summit')).toBe(false);
    expect(r.eventIds.has('hegseth-udcg')).toBe(false);
    expect(r.quoteIds.has('hegseth-unrealistic')).toBe(false);
  });

  it('lists every source with its use, most used first', () => {
    const usage = sourceUsage(graph);
    expect(usage).toHaveLength(graph.sources.length);
    expect(usage[0]!.events + usage[0]!.quotes).toBeGreaterThanOrEqual(usage.at(-1)!.events + usage.at(-1)!.quotes);
  });
});

describe('provenance over any sources, however long their chains', () => {
  /** What rests on a source, the plain way: walk each citation's whole chain. */
  function naive(graph: EventGraph, sourceId: string) {
    const chainOf = (id: string) => {
      const ids: string[] = [];
      for (let at: string | undefined = id; at !== undefined && !ids.includes(at); at = graph.sourceById.get(at)?.via) ids.push(at);
      return ids;
    };
    const rests = (cited: string | undefined) => cited !== undefined && chainOf(cited).includes(sourceId);
    const quoteIds = new Set(graph.quotes.filter((q) => rests(q.source)).map((q) => q.id));
    const eventIds = new Set(graph.events.filter((e) => e.sources?.some(rests)).map((e) => e.id));
    for (const q of graph.quotes) if (quoteIds.has(q.id)) eventIds.add(q.event);
    return { eventIds, quoteIds };
  }

  const graphArb = fc.integer({ min: 1, max: 12 }).chain((sources) =>
    fc.record({
      via: fc.array(fc.option(fc.nat(sources - 1), { nil: undefined }), { minLength: sources, maxLength: sources }),
      events: fc.array(fc.array(fc.nat(sources - 1), { maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      quotes: fc.array(fc.tuple(fc.nat(7), fc.nat(sources - 1)), { maxLength: 6 }),
    }),
  );

  /** A checked graph: `via` only to an earlier source, so that no chain runs in a circle. */
  function build({ via, events, quotes }: { via: (number | undefined)[]; events: number[][]; quotes: [number, number][] }): EventGraph {
    const data = {
      version: 1,
      title: 'T',
      sources: via.map((v, i) => ({ id: `s${i}`, title: `S${i}`, ...(v !== undefined && v < i ? { via: `s${v}` } : {}) })),
      events: events.map((cited, i) => ({ id: `e${i}`, title: `E${i}`, start: '2008', sources: cited.map((c) => `s${c}`) })),
      quotes: quotes.filter(([e]) => e < events.length).map(([e, s], i) => ({ id: `q${i}`, text: 'words', event: `e${e}`, source: `s${s}` })),
    };
    return validateEventGraph(data).graph;
  }

  it('counts what rests on each source as walking every chain would', () => {
    fc.assert(
      fc.property(graphArb, (shape) => {
        const graph = build(shape);
        for (const use of sourceUsage(graph)) {
          const expected = naive(graph, use.sourceId);
          expect([use.events, use.quotes]).toEqual([expected.eventIds.size, expected.quoteIds.size]);
          const resting = restingOn(graph, use.sourceId);
          expect([...resting.eventIds].sort()).toEqual([...expected.eventIds].sort());
          expect([...resting.quoteIds].sort()).toEqual([...expected.quoteIds].sort());
        }
      }),
      { seed: 14, numRuns: 150 },
    );
  }, 60_000);

  /** `s0` reports `s1`, which reports `s2`… to `s{hops}`, the original; one event cites `s0`. */
  function chain(hops: number): EventGraph {
    const sources = Array.from({ length: hops + 1 }, (_, i) => ({ id: `s${i}`, title: `Source ${i}`, ...(i < hops ? { via: `s${i + 1}` } : {}) }));
    return validateEventGraph({ version: 1, title: 'T', sources, events: [{ id: 'e', title: 'E', start: '2008', sources: ['s0'] }] }).graph;
  }

  it('names a chain of 1,000 hops by its first three, and counts the rest', () => {
    const graph = chain(1_000);
    const { sources, moreHops } = citedChain(graph, 's0');
    expect(sources.map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3']);
    expect(moreHops).toBe(997);
    expect(citedChain(graph, 's998')).toMatchObject({ moreHops: 0 });
    expect(citedChain(graph, 's998').sources.map((s) => s.id)).toEqual(['s998', 's999', 's1000']);
    expect(hopsToOriginal(graph, 's0')).toBe(1_000);
    expect(citesThrough(graph, 's0', 's1000')).toBe(true);
    expect(citesThrough(graph, 's1000', 's0')).toBe(false);
  });

  it('counts what rests on every source of a chain of 1,000 hops in one pass', () => {
    const graph = chain(1_000);
    const started = performance.now();
    const usage = sourceUsage(graph);
    for (const id of ['s0', 's500', 's1000']) restingOn(graph, id);
    // Walking every chain for every source, as before, took seconds.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(usage.every((u) => u.events === 1)).toBe(true);
  });
});
