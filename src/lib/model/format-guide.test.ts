// docs/format.md builds a file up by example: each example must be valid, and together they must
// make a file that loads without errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventGraph } from './json-file.ts';

const guide = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

type Graph = Record<string, unknown> & { events: { id: string }[] };

/** Adds a fragment's lists to the file: items with the id of an earlier one replace it, others are added. */
function merge(file: Graph, fragment: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fragment)) {
    if (!Array.isArray(value)) continue;
    const list = (Array.isArray(file[key]) ? file[key] : []) as { id?: string }[];
    for (const item of value as { id?: string }[]) {
      const at = item.id === undefined ? -1 : list.findIndex((x) => x.id === item.id);
      if (at === -1) list.push(item);
      else list[at] = { ...list[at], ...item };
    }
    file[key] = list;
  }
}

describe('docs/format.md', () => {
  const [first] = blocks;

  it('starts with a three-event file that loads', () => {
    const { graph } = parseEventGraph(first!);
    expect(graph.events).toHaveLength(3);
  });

  it('its fragments are JSON, and together with the first file they load without an error', () => {
    const file = JSON.parse(first!) as Graph;
    for (const block of blocks.slice(1)) {
      if (block.includes('…') || block.includes('json.schemas')) continue;
      if (block.startsWith('{ "id"')) merge(file, { events: [JSON.parse(block)] });
      else merge(file, JSON.parse(`{${block}}`) as Record<string, unknown>);
    }
    const { graph, warnings } = parseEventGraph(JSON.stringify(file));
    expect(graph.eras).toHaveLength(2);
    expect(graph.story).toHaveLength(3);
    expect(graph.quotes).toHaveLength(1);
    expect(graph.quotes[0]!.note).toMatch(/^Said of the old bridge/);
    expect(graph.sourceById.get('gazette')?.via).toBe('minutes');
    // Only events left without a source are warned about.
    expect(warnings.every((w) => /rests on no source/.test(w.message))).toBe(true);
  });
});
