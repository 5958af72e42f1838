import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEventGraph } from './json-file.ts';
import { citesThrough, restingOn, sourceUsage } from './provenance.ts';

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
