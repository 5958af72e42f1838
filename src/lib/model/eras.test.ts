// The optional "eras" list: named stretches of time, checked like events' dates, kept on the graph,
// and written back out as they were written.
import { describe, expect, it } from 'vitest';
import { eventGraphJson } from './export-data.ts';
import { EventGraphError, type Problem } from './problems.ts';
import { parseEventGraph } from './json-file.ts';

const base = { version: 1, title: 'T', events: [{ id: 'e', title: 'E', start: '-0489-09', sources: ['s'] }], sources: [{ id: 's', title: 'S' }] };
const withEras = (eras: unknown) => JSON.stringify({ ...base, eras });

function problemsOf(text: string): readonly Problem[] {
  try {
    return parseEventGraph(text).warnings;
  } catch (caught) {
    expect(caught).toBeInstanceOf(EventGraphError);
    return (caught as EventGraphError).problems;
  }
}

describe('eras', () => {
  it('are read with their dates at their precision and kept on the graph', () => {
    const { graph, warnings } = parseEventGraph(withEras([{ start: '-0498', end: '-0448', label: 'Greco-Persian Wars' }]));
    expect(warnings).toEqual([]);
    expect(graph.eras).toHaveLength(1);
    expect(graph.eras![0]).toMatchObject({ label: 'Greco-Persian Wars', start: { year: -498, precision: 'year' }, end: { year: -448 } });
  });

  it('are optional', () => {
    expect(parseEventGraph(JSON.stringify(base)).graph.eras).toBeUndefined();
  });

  it.each([
    ['an end before the start', [{ start: '1950', end: '1949', label: 'x' }], 'error', 'eras[0].end', /the end 1949 comes before the start 1950/],
    ['no label', [{ start: '1950', end: '1960' }], 'error', 'eras[0].label', /"label" is missing/],
    ['no end', [{ start: '1950', label: 'x' }], 'error', 'eras[0].end', /"end" is missing/],
    ['an impossible date', [{ start: '1950-02-30', end: '1960', label: 'x' }], 'error', 'eras[0].start', /February 1950 has 28 days/],
    [
      'a misspelt field',
      [{ start: '1950', end: '1960', label: 'x', lable: 'y' }],
      'warning',
      'eras[0].lable',
      /"lable" is not a field of an era; did you mean "label"\?/,
    ],
  ])('%s is reported', (_, eras, severity, path, message) => {
    const problem = problemsOf(withEras(eras)).find((p) => p.path === path);
    expect(problem).toMatchObject({ severity, message: expect.stringMatching(message) });
  });

  it('story steps are checked for misspelt fields too', () => {
    const text = JSON.stringify({ ...base, story: [{ event: 'e', nots: 'x' }] });
    expect(parseEventGraph(text).warnings.map((w) => w.path)).toEqual(['story[0].nots']);
  });

  it('and the story are written back out as they were written', () => {
    const text = JSON.stringify({
      ...base,
      story: [{ event: 'e', note: 'Begin here', zoom: 'all' }],
      eras: [{ start: '-0498', end: '-0448-08', label: 'Wars' }],
    });
    const written = JSON.parse(eventGraphJson(parseEventGraph(text).graph, { schemaUrl: 'v1.json' }));
    expect(written.story).toEqual([{ event: 'e', note: 'Begin here', zoom: 'all' }]);
    expect(written.eras).toEqual([{ start: '-0498', end: '-0448-08', label: 'Wars' }]);
    expect(Object.keys(written).slice(-2)).toEqual(['story', 'eras']);
  });
});
