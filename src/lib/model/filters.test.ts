import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { utcMs } from './dates.ts';
import { indexEdges } from './chains.ts';
import { actorCounts, filterEvents, MENU_CHOICES, menuChoices, subgraph, tagCounts, type EventFilter } from './filters.ts';
import { parseEventGraph } from './json-file.ts';

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
const edges = indexEdges(graph);
const none: EventFilter = { actors: new Set(), tags: new Set(), linkTypes: new Set(), range: null };

describe('filterEvents', () => {
  it('lets everything through when nothing is chosen', () => {
    expect(filterEvents(graph, edges, none)).toBeNull();
  });

  it.each([
    ['an actor: Georgia', { actors: new Set(['georgia']) }, ['bucharest-summit', 'russo-georgian-war']],
    ['a tag: summit', { tags: new Set(['summit']) }, ['nato-ukraine-charter', 'bucharest-summit', 'vilnius-summit', 'washington-summit']],
    [
      'a date range: February 2025',
      { range: [utcMs(2025, 2, 1), utcMs(2025, 3, 1)] as const },
      ['hegseth-udcg', 'trump-putin-call', 'riyadh-talks', 'zakharova-statement', 'zelenskyy-ankara'],
    ],
    ['two kinds at once: NATO in 2008', { actors: new Set(['nato']), range: [utcMs(2008), utcMs(2009)] as const }, ['map-request', 'bucharest-summit']],
    ['an area: the Gulf (events placed by their place id)', { area: [40, 20, 55, 30] as const }, ['riyadh-talks']],
    [
      'an area and a date range: Europe in February 2025 (Riyadh and Washington left out, and the call placed nowhere)',
      { area: [-12, 34, 45, 72] as const, range: [utcMs(2025, 2, 1), utcMs(2025, 3, 1)] as const },
      ['hegseth-udcg', 'zakharova-statement', 'zelenskyy-ankara'],
    ],
  ])('%s', (_what, partial, expected) => {
    const kept = filterEvents(graph, edges, { ...none, ...partial })!;
    expect([...kept].sort()).toEqual([...expected].sort());
  });

  it('keeps events with links of a chosen type, in or out', () => {
    const kept = filterEvents(graph, edges, { ...none, linkTypes: new Set(['contradicts']) })!;
    expect(kept.size).toBeGreaterThan(1);
    for (const id of kept) expect([...(edges.outgoing.get(id) ?? []), ...(edges.incoming.get(id) ?? [])].some((e) => e.type === 'contradicts')).toBe(true);
  });
});

describe('subgraph', () => {
  it('keeps the chosen events and the quotes and links among them', () => {
    const keep = new Set(['bucharest-summit', 'zakharova-statement']);
    const sub = subgraph(graph, keep);
    expect(sub.events.map((e) => e.id)).toEqual(['bucharest-summit', 'zakharova-statement']);
    expect(sub.links.every((l) => keep.has(l.from) && keep.has(l.to))).toBe(true);
    expect(sub.links.some((l) => l.from === 'zakharova-statement' && l.to === 'bucharest-summit')).toBe(true);
    expect(sub.quotes.every((q) => keep.has(q.event))).toBe(true);
    expect(sub.eventById.has('russo-georgian-war')).toBe(false);
    expect(sub.sources).toBe(graph.sources);
  });
});

describe('actorCounts', () => {
  it("counts the events naming each actor, in the file's order, an actor named twice in an event once", () => {
    const counts = actorCounts(graph);
    expect(counts.map(([id]) => id)).toEqual(graph.actors.map((a) => a.id));
    for (const [id, , n] of counts) expect(n).toBe(graph.events.filter((e) => e.actors?.includes(id)).length);
    const doubled = { ...graph, events: [{ ...graph.events[0]!, actors: ['nato', 'nato'] }] };
    expect(actorCounts(doubled).find(([id]) => id === 'nato')![2]).toBe(1);
  });
});

describe('tagCounts', () => {
  it('lists tags, most used first', () => {
    const counts = tagCounts(graph);
    expect(counts[0]![1]).toBeGreaterThanOrEqual(counts.at(-1)![1]);
    expect(counts.map(([t]) => t)).toContain('summit');
  });
});

describe('menuChoices: a menu of 10,000 tags says so, and search reaches every one', () => {
  const tags = Array.from({ length: 10_000 }, (_, i) => `tag-${i}`);
  const none = () => false;

  it.each([
    ['no search: the first 40 of all', '', [], 40, 10_000, 'tag-0', 'tag-39'],
    ['a search that finds one far down the list', 'tag-9999', [], 1, 1, 'tag-9999', 'tag-9999'],
    ['a search that finds more than fit', 'tag-99', [], 40, 111, 'tag-99', 'tag-9928'],
    ['a chosen tag out of the first 40 is listed too', '', ['tag-5000'], 41, 10_000, 'tag-0', 'tag-5000'],
    ['and while searching for another', 'tag-9999', ['tag-5000'], 2, 1, 'tag-9999', 'tag-5000'],
  ])('%s', (_what, query, chosen, shown, matching, first, last) => {
    const choices = menuChoices(
      tags,
      (t) => t,
      query,
      (t) => chosen.includes(t),
    );
    expect(choices.shown).toHaveLength(shown);
    expect(choices).toMatchObject({ matching, total: 10_000 });
    expect([choices.shown[0], choices.shown.at(-1)]).toEqual([first, last]);
  });

  it('ignores case and accents', () => {
    expect(menuChoices(['Türkiye', 'Ukraine'], (t) => t, 'TURK', none).shown).toEqual(['Türkiye']);
  });

  it('lists a short menu whole', () => {
    expect(menuChoices(['a', 'b'], (t) => t, '', none)).toEqual({ shown: ['a', 'b'], matching: 2, total: 2 });
    expect(MENU_CHOICES).toBe(40);
  });
});
