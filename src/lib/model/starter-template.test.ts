// public/templates/starter.json is what "Start from a template" downloads: it must load without a
// problem and show each part of the format once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventGraph } from './json-file.ts';

const text = readFileSync(new URL('../../../public/templates/starter.json', import.meta.url), 'utf8');

describe('the starter template', () => {
  const { graph, warnings } = parseEventGraph(text);

  it('loads without errors or warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('is small and shows sources, a source reported via another, a quote and links', () => {
    expect(graph.events).toHaveLength(3);
    expect(graph.sources.some((s) => s.via !== undefined && graph.sourceById.has(s.via))).toBe(true);
    expect(graph.quotes).toHaveLength(1);
    expect(graph.sourceById.get(graph.quotes[0]!.source)?.via).toBeDefined();
    expect(graph.links.length).toBeGreaterThan(0);
  });

  it('names the schema published beside it, for editors', () => {
    expect(JSON.parse(text).$schema).toBe('../schema/v1.json');
  });
});
