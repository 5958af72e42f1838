import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventGraphJson } from './export-data.ts';
import type { EventGraph } from './graph.ts';
import { validateEventGraph } from './validate.ts';
import { parseEventGraph } from './json-file.ts';

const SCHEMA = 'https://example.org/sourceline/schema/v1.json';
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const content = (graph: EventGraph) => ({
  title: graph.title,
  description: graph.description,
  language: graph.language,
  actors: graph.actors,
  sources: graph.sources,
  events: graph.events,
  quotes: graph.quotes,
  links: graph.links,
});

/** Dates as written, at every precision, BCE, expanded years and zones; events out of time order. */
const tricky = {
  version: 1,
  title: 'Dates as written',
  language: 'en',
  actors: [{ id: 'a', name: 'Ἀθῆναι', color: '#abc' }],
  sources: [
    { id: 's', title: 'A source', url: 'https://example.org/a', published: '2008-04', accessed: '2024-01-02T03:04:05Z', via: 't' },
    { id: 't', title: 'Its source', archiveUrl: 'https://web.archive.org/web/2008/https://example.org/' },
  ],
  events: [
    { id: 'late', title: 'Late', start: '+012025-06', approximate: true, sources: ['s'] },
    {
      id: 'marathon',
      title: 'Marathon',
      start: '-0489',
      end: '-0489-09',
      actors: ['a'],
      tags: ['war', 'πόλεμος'],
      place: 'Marathon',
      summary: 'A "battle" <b>not markup</b>.',
    },
    { id: 'zone', title: 'With a zone', start: '2008-04-03T10:30+02:00', end: '2008-04-03T11:00:30' },
    { id: 'year-zero', title: '1 BCE', start: '0000' },
    { id: 'ad', title: 'AD 14', start: '0014-08-19' },
  ],
  quotes: [
    {
      id: 'q',
      text: 'Words,\n"quoted" — verbatim',
      speaker: 'Herodotus',
      said: '-0430',
      event: 'marathon',
      about: ['year-zero'],
      source: 's',
      language: 'grc',
      translated: true,
    },
  ],
  links: [{ from: 'marathon', to: 'late', type: 'precedes', label: 'long after', source: 't' }],
};

describe('eventGraphJson', () => {
  it.each([
    ['the default story', () => parseEventGraph(read('../../../data/ukraine-nato.json'))],
    ['the BCE sample', () => parseEventGraph(read('../../../data/classical-antiquity.json'))],
    ['the small fixture', () => parseEventGraph(read('./small-graph.fixture.json'))],
    ['dates as written, out of time order', () => validateEventGraph(structuredClone(tricky))],
  ])('%s reads back as the same graph, with the same warnings', (_, load) => {
    const { graph, warnings } = load();
    const text = eventGraphJson(graph, { schemaUrl: SCHEMA });
    const back = parseEventGraph(text);
    expect(content(back.graph)).toEqual(content(graph));
    // Events are written in time order, so a warning's place may differ; what it says does not.
    const said = (list: readonly { message: string }[]) => list.map((w) => w.message).sort();
    expect(said(back.warnings)).toEqual(said(warnings));
  });

  it('writes every date exactly as it was written', () => {
    const written = JSON.parse(eventGraphJson(validateEventGraph(structuredClone(tricky)).graph, { schemaUrl: SCHEMA }));
    const starts = Object.fromEntries(written.events.map((e: { id: string; start: string }) => [e.id, e.start]));
    expect(starts).toEqual({ late: '+012025-06', marathon: '-0489', zone: '2008-04-03T10:30+02:00', 'year-zero': '0000', ad: '0014-08-19' });
    expect(written.events.find((e: { id: string }) => e.id === 'zone').end).toBe('2008-04-03T11:00:30');
    expect(written.sources[0]).toMatchObject({ published: '2008-04', accessed: '2024-01-02T03:04:05Z' });
    expect(written.quotes[0].said).toBe('-0430');
  });

  it('starts with $schema and version 1, pretty-printed, ending in a newline, fields in the order of the format', () => {
    const text = eventGraphJson(validateEventGraph(structuredClone(tricky)).graph, { schemaUrl: SCHEMA });
    expect(text.startsWith(`{\n  "$schema": "${SCHEMA}",\n  "version": 1,\n  "title": "Dates as written",\n  "language": "en",\n  "actors": [`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const written = JSON.parse(text);
    expect(Object.keys(written)).toEqual(['$schema', 'version', 'title', 'language', 'actors', 'sources', 'events', 'quotes', 'links']);
    expect(Object.keys(written.events.find((e: { id: string }) => e.id === 'marathon'))).toEqual([
      'id',
      'title',
      'start',
      'end',
      'summary',
      'actors',
      'tags',
      'place',
    ]);
  });

  it('leaves out fields the format does not know (they were warned about on loading)', () => {
    const { graph, warnings } = parseEventGraph(
      JSON.stringify({ version: 1, title: 'T', events: [{ id: 'e', title: 'E', start: '2008', sources: [], colour: 'red' }], extra: 1 }),
    );
    expect(warnings.length).toBeGreaterThan(0);
    const written = JSON.parse(eventGraphJson(graph, { schemaUrl: SCHEMA }));
    expect(written).not.toHaveProperty('extra');
    expect(written.events[0]).not.toHaveProperty('colour');
  });
});
