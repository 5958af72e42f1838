import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexEdges } from './chains.ts';
import { highlightFor } from './highlight.ts';
import { parseEventGraph } from './json-file.ts';

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
const edges = indexEdges(graph);
const request = { selectedId: null, direction: 'both', steps: Infinity, sourceId: null } as const;

describe('highlightFor', () => {
  it.each<[string, Partial<Parameters<typeof highlightFor>[2]>, (ids: ReadonlySet<string>) => void]>([
    ['nothing chosen: nothing highlighted', {}, (ids) => expect(ids.size).toBe(0)],
    [
      'an actor: every event it took part in, and only those',
      { actorId: 'georgia' },
      (ids) => expect([...ids].sort()).toEqual(['bucharest-summit', 'russo-georgian-war']),
    ],
    [
      'an actor outranks the selected event',
      { actorId: 'georgia', selectedId: 'zakharova-statement' },
      (ids) => expect(ids.has('zakharova-statement')).toBe(false),
    ],
  ])('%s', (_what, partial, check) => check(highlightFor(graph, edges, { ...request, ...partial })?.eventIds ?? new Set()));

  it("links between an actor's events are highlighted with them, and no others", () => {
    const highlight = highlightFor(graph, edges, { ...request, actorId: 'nato' })!;
    expect(highlight.edgeKeys.size).toBeGreaterThan(0);
    for (const key of highlight.edgeKeys) {
      const edge = edges.edges.find((e) => e.key === key)!;
      expect(highlight.eventIds.has(edge.from) && highlight.eventIds.has(edge.to)).toBe(true);
    }
  });
});
