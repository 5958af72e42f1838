import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventGraph } from './json-file.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const article = readFileSync(new URL('../../../data/sources/euromaidanpress-2025-02-18-russia-demands-nato-revoke.txt', import.meta.url), 'utf8');

describe('the README', () => {
  const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];

  it('shows a format example that loads without errors or warnings', () => {
    expect(example).toBeDefined();
    const { graph, warnings } = parseEventGraph(example!);
    expect(warnings).toEqual([]);
    expect(graph.events.map((e) => e.id)).toEqual(['bucharest-summit', 'zakharova-statement']);
  });

  it('quotes the article verbatim in its example', () => {
    for (const quote of parseEventGraph(example!).graph.quotes) expect(article).toContain(quote.text);
  });

  it('opens with the two set-up commands', () => {
    const firstLines = readme.split('\n').slice(0, 6).join('\n');
    expect(firstLines).toContain('npm install && npm run dev');
    expect(firstLines).toContain('npm test');
  });
});
