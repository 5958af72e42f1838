// Checks the bundled default dataset (data/ukraine-nato.json): it parses cleanly, every reference
// resolves, and quotes taken from the stored Euromaidan Press article are verbatim substrings of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventGraph } from './json-file.ts';
import { eventSpanMs, sourceChain } from './graph.ts';

const datasetText = readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8');
const articleText = readFileSync(new URL('../../../data/sources/euromaidanpress-2025-02-18-russia-demands-nato-revoke.txt', import.meta.url), 'utf8');
const ARTICLE_SOURCE_ID = 'euromaidanpress-2025-02-18';

const { graph, warnings } = parseEventGraph(datasetText);

function eventById(id: string) {
  const event = graph.eventById.get(id);
  if (!event) throw new Error(`no event "${id}" in the default dataset`);
  return event;
}

/** WCAG relative luminance of a #rrggbb or #rgb colour. */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const channel = (i: number) => {
    const v = parseInt(digits.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

describe('the default dataset', () => {
  it('parses without errors or warnings', () => {
    expect(() => parseEventGraph(datasetText)).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('has at least 15 events', () => {
    expect(graph.events.length).toBeGreaterThanOrEqual(15);
  });

  it('covers the Bucharest summit of April 2008 and 12 and 18 February 2025', () => {
    const bucharest = eventById('bucharest-summit');
    expect(bucharest.start.text).toBe('2008-04-02');
    expect(bucharest.end?.text).toBe('2008-04-04');
    const starts = graph.events.map((e) => e.start.text);
    expect(starts.filter((s) => s.startsWith('2008-04')).length).toBeGreaterThanOrEqual(1);
    expect(starts.filter((s) => s === '2025-02-12').length).toBeGreaterThanOrEqual(2);
    expect(starts.filter((s) => s === '2025-02-18').length).toBeGreaterThanOrEqual(3);
  });

  it('gives every event at least one source', () => {
    const unsourced = graph.events.filter((e) => (e.sources ?? []).length === 0).map((e) => e.id);
    expect(unsourced).toEqual([]);
  });

  it('uses every id once per kind', () => {
    for (const [kind, ids] of [
      ['actors', graph.actors.map((a) => a.id)],
      ['sources', graph.sources.map((s) => s.id)],
      ['events', graph.events.map((e) => e.id)],
      ['quotes', graph.quotes.map((q) => q.id)],
    ] as const) {
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates, kind).toEqual([]);
    }
  });

  it('refers only to ids that exist', () => {
    const missing: string[] = [];
    const check = (where: string, id: string | undefined, known: ReadonlyMap<string, unknown>) => {
      if (id !== undefined && !known.has(id)) missing.push(`${where} → ${id}`);
    };
    for (const e of graph.events) {
      for (const a of e.actors ?? []) check(`events.${e.id}.actors`, a, graph.actorById);
      for (const s of e.sources ?? []) check(`events.${e.id}.sources`, s, graph.sourceById);
    }
    for (const q of graph.quotes) {
      check(`quotes.${q.id}.event`, q.event, graph.eventById);
      for (const a of q.about ?? []) check(`quotes.${q.id}.about`, a, graph.eventById);
      check(`quotes.${q.id}.source`, q.source, graph.sourceById);
    }
    for (const s of graph.sources) check(`sources.${s.id}.via`, s.via, graph.sourceById);
    graph.links.forEach((l, i) => {
      check(`links[${i}].from`, l.from, graph.eventById);
      check(`links[${i}].to`, l.to, graph.eventById);
      check(`links[${i}].source`, l.source, graph.sourceById);
    });
    expect(missing).toEqual([]);
  });

  it('cites every source it lists', () => {
    const cited = new Set<string>([
      ...graph.events.flatMap((e) => e.sources ?? []),
      ...graph.quotes.map((q) => q.source),
      ...graph.links.flatMap((l) => (l.source ? [l.source] : [])),
      ...graph.sources.flatMap((s) => (s.via ? [s.via] : [])),
    ]);
    expect(graph.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('ends no event before it starts, and dates each quote within its event', () => {
    for (const e of graph.events) {
      const { startMs, endMs } = eventSpanMs(e);
      expect(endMs, e.id).toBeGreaterThan(startMs);
    }
    for (const q of graph.quotes) {
      if (!q.said) continue;
      const { startMs, endMs } = eventSpanMs(eventById(q.event));
      expect(q.said.startMs, q.id).toBeGreaterThanOrEqual(startMs);
      expect(q.said.endMs, q.id).toBeLessThanOrEqual(endMs);
    }
  });

  it('traces the Euromaidan Press article to Reuters', () => {
    const chain = sourceChain(graph, ARTICLE_SOURCE_ID).map((s) => s.publisher);
    expect(chain).toEqual(['Euromaidan Press', 'Reuters']);
  });

  it('quotes the stored Euromaidan Press article verbatim', () => {
    const fromArticle = graph.quotes.filter((q) => sourceChain(graph, q.source).some((s) => s.id === ARTICLE_SOURCE_ID));
    expect(fromArticle.map((q) => q.id).sort()).toEqual(['hegseth-unrealistic', 'zakharova-poison', 'zakharova-revoke']);
    for (const q of fromArticle) expect(articleText.includes(q.text), `${q.id}: ${q.text}`).toBe(true);
  });

  it('links the Zakharova statement to the Bucharest summit it refers to', () => {
    expect(graph.links).toContainEqual(expect.objectContaining({ from: 'zakharova-statement', to: 'bucharest-summit', type: 'references' }));
    const zakharova = graph.quotes.filter((q) => q.speaker === 'Maria Zakharova');
    expect(zakharova.length).toBeGreaterThanOrEqual(2);
    for (const q of zakharova) {
      expect(q.event).toBe('zakharova-statement');
      expect(q.about).toContain('bucharest-summit');
    }
  });

  it('gives every actor a colour readable as text on white (WCAG 4.5:1)', () => {
    for (const actor of graph.actors) {
      expect(actor.color, actor.id).toBeDefined();
      const contrast = 1.05 / (luminance(actor.color ?? '#ffffff') + 0.05);
      expect(contrast, `${actor.id} ${actor.color}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
