import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEventGraph } from './json-file.ts';
import { buildSearchIndex, fold, matchingIds, searchGraph } from './search.ts';

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
const index = buildSearchIndex(graph);

describe('searchGraph', () => {
  it.each([
    // query, an event it must find, the field it was found in
    ['Bucharest summit', 'bucharest-summit', 'title'],
    ['poison the atmosphere', 'zakharova-statement', 'quote'],
    ['Zakharova', 'zakharova-statement', 'summary'],
    ['Ankara', 'zelenskyy-ankara', 'title'],
    ['turkiye', 'zelenskyy-ankara', 'summary'],
    ['RIYADH saudi', 'riyadh-talks', 'title'],
    ['Euromaidan Press', 'zakharova-statement', 'source'],
    ['enlargement', 'enlargement-2004', 'summary'],
    ['Membership Action Plan', 'map-request', 'title'],
    ['security-assurances', 'budapest-memorandum', 'tag'],
  ])('"%s" finds %s (in its %s)', (query, eventId, field) => {
    const result = searchGraph(index, query).find((r) => r.eventId === eventId);
    expect(result).toBeDefined();
    expect(result!.field).toBe(field);
  });

  it('needs every word', () => {
    expect(searchGraph(index, 'Bucharest poison').map((r) => r.eventId)).toEqual(['zakharova-statement']);
    expect(searchGraph(index, 'Bucharest xylophone')).toEqual([]);
  });

  it('puts title matches first, then the rest in time order', () => {
    const ids = searchGraph(index, 'NATO').map((r) => r.eventId);
    const firstTitleMiss = ids.findIndex((id) => !graph.eventById.get(id)!.title.includes('NATO'));
    expect(ids.slice(firstTitleMiss).every((id) => !graph.eventById.get(id)!.title.includes('NATO'))).toBe(true);
  });

  it('gives an excerpt around the words, as text', () => {
    const [result] = searchGraph(index, 'poison');
    expect(result!.excerpt).toContain('poison the atmosphere');
    expect(result!.excerpt.length).toBeLessThan(120);
  });

  it('treats markup in a query as words', () => {
    expect(searchGraph(index, '<img src=x onerror=alert(1)>')).toEqual([]);
  });

  it('finds nothing for an empty query, and limits results', () => {
    expect(searchGraph(index, '   ')).toEqual([]);
    expect(searchGraph(index, 'a', 3)).toHaveLength(3);
    expect(matchingIds(index, 'Hegseth').has('hegseth-udcg')).toBe(true);
  });

  it('folds case and accents', () => {
    expect(fold('Türkiye ÉTÉ')).toBe('turkiye ete');
  });
});
