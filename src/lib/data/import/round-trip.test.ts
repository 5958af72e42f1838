// Exporting a graph as flat CSV and importing it again gives back the same events, as far as the
// flat form carries them: ids, titles, dates as written, ends, approximation, actors (by name), tags,
// summaries, places (their names and where they are), sources (by title and address), the quotes
// said in each event (with speakers) and its media (address, type, alt text, caption and credit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { eventGraphCsv, guardFormula, unguardFormula } from '../../model/flat-csv.ts';
import { buildGraph, type EventGraph } from '../../model/graph.ts';
import { validateEventGraph } from '../../model/validate.ts';
import { parseEventGraph } from '../../model/json-file.ts';
import { eventLonLat, eventPlaceName } from '../../model/places.ts';
import { checkInput, readInput } from './read-input.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** What the flat form carries of each event, in a form that does not depend on actor or source ids. */
function flat(graph: EventGraph) {
  return graph.events.map((event) => ({
    id: event.id,
    title: event.title,
    start: event.start.text,
    end: event.end?.text,
    approximate: event.approximate ?? false,
    actors: (event.actors ?? []).map((id) => graph.actorById.get(id)!.name),
    tags: event.tags ?? [],
    summary: event.summary,
    place: eventPlaceName(graph, event),
    at: eventLonLat(graph, event),
    sources: (event.sources ?? []).map((id) => [graph.sourceById.get(id)!.title, graph.sourceById.get(id)!.url ?? '']),
    quotes: (graph.quotesByEvent.get(event.id) ?? []).map((q) => [q.text, q.speaker ?? '']),
    media: (event.media ?? []).map((m) => [m.url, m.type, m.alt ?? '', m.caption ?? '', m.credit ?? '']),
  }));
}

/** Text that spreadsheets and the list cells must not mangle. */
const tricky = {
  version: 1,
  title: 'Cells that bite',
  actors: [{ id: 'a', name: 'Athens; the city' }, { id: 'b', name: '=cmd|calc' }],
  sources: [
    { id: 's', title: 'A "quoted"; source', url: 'https://example.org/a?b=1,2' },
    { id: 't', title: '+44 report' },
    { id: 'u', title: "'quoted' with a quote first" },
  ],
  events: [
    { id: 'e1', title: '=HYPERLINK("https://evil.example")', start: '-0489-09', end: '-0489-09-12', approximate: true, actors: ['a', 'b'], tags: ['war; peace', 'back\\slash', '@home'], summary: 'Line one,\nline two — "quoted".', place: '-40 m', coordinates: [23.96, 38.15], sources: ['s', 't'] },
    {
      id: 'e2',
      title: 'Zoned',
      start: '2008-04-03T10:30+02:00',
      end: '2008-04-03T11:00:30',
      sources: ['t'],
      media: [
        { url: '/media/a;b.jpg', type: 'image', alt: 'Steps; a hall', credit: '=Photo' },
        { url: 'https://youtu.be/dQw4w9WgXcQ', type: 'video', caption: 'The speech' },
      ],
    },
    { id: 'e3', title: "'=not a formula either", start: '+012025', sources: ['u'], tags: ["'tis"] },
  ],
  quotes: [
    { id: 'q1', text: 'One; two', speaker: 'Herodotus', event: 'e1', source: 's' },
    { id: 'q2', text: '-minus first', event: 'e1', source: 's' },
    { id: 'q3', text: 'Only words', event: 'e2', source: 't' },
  ],
};

describe('flat CSV round trip', () => {
  it.each([
    ['the default story', () => parseEventGraph(read('../../../../data/ukraine-nato.json')).graph],
    ['the BCE sample', () => parseEventGraph(read('../../../../data/classical-antiquity.json')).graph],
    ['the small fixture', () => parseEventGraph(read('../../model/small-graph.fixture.json')).graph],
    ['cells that bite', () => validateEventGraph(structuredClone(tricky)).graph],
  ])('%s comes back with the same events', (_, load) => {
    const graph = load();
    const csv = eventGraphCsv(graph);
    const input = readInput(csv, 'export.csv');
    expect(input.format).toBe('sourceline-csv');
    expect(input.warnings).toEqual([]);
    const back = buildGraph(checkInput(input).data);
    expect(flat(back)).toEqual(flat(graph));
  });

  it('writes the header, one row per event in time order, dates as written, and guards formulas', () => {
    const lines = eventGraphCsv(validateEventGraph(structuredClone(tricky)).graph).split('\n');
    expect(lines[0]).toBe('id,title,start,end,approximate,actors,tags,summary,place,latitude,longitude,source title,source URL,quote,speaker,media,media type,media alt,media caption,media credit');
    expect(lines[1]).toBe(
      `e1,"'=HYPERLINK(""https://evil.example"")",'-0489-09,'-0489-09-12,yes,Athens\\; the city; =cmd|calc,war\\; peace; back\\\\slash; @home,"Line one,`,
    );
    expect(lines).toContain(
      "e2,Zoned,2008-04-03T10:30+02:00,2008-04-03T11:00:30,,,,,,,,'+44 report,,Only words,,/media/a\\;b.jpg; https://youtu.be/dQw4w9WgXcQ,image; video,Steps\\; a hall; ,; The speech,'=Photo; ",
    );
    expect(lines).toContain("e3,''=not a formula either,'+012025,,,,''tis,,,,,''quoted' with a quote first,,,,,,,,");
    // No cell, in any column, starts as a formula would.
    const cells = csvParseRows(lines.join('\n')).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(lines.find((line) => line.startsWith('line two'))).toContain(",'-40 m,38.15,23.96,");
    expect(lines.at(-1)).toBe('');
  });
});

describe('formula guard', () => {
  it.each([
    ['-0489-09', "'-0489-09"],
    ['+012025', "'+012025"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@home', "'@home"],
    ["'tis", "''tis"],
    ['plain', 'plain'],
  ])('%j is written %j and read back', (text, written) => {
    expect(guardFormula(text)).toBe(written);
    expect(unguardFormula(written)).toBe(text);
  });

  it('reads back any text as it was', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
        expect(guardFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { seed: 14 },
    );
  });
});
