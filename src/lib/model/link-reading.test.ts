import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexEdges } from './chains.ts';
import { eventSpanMs } from './graph.ts';
import { linkVerb, readLinks } from './link-reading.ts';
import { validateEventGraph } from './validate.ts';

const event = (id: string, start: string) => ({ id, title: id.toUpperCase(), start });
const graphOf = (links: { from: string; to: string; type: string }[]) =>
  validateEventGraph({
    version: 1,
    title: 't',
    events: [event('early', '2000-01-01'), event('mid', '2001-01-01'), event('late', '2002-01-01'), event('twin', '2001-01-01')],
    links,
  }).graph;

const read = (links: { from: string; to: string; type: string }[], id: string) => {
  const graph = graphOf(links);
  const { ledHere, followed } = readLinks(graph, indexEdges(graph), id);
  return { ledHere: ledHere.map((r) => `${r.verb} ${r.other.id}`), followed: followed.map((r) => `${r.verb} ${r.other.id}`) };
};

describe('readLinks: each link by its direction and type, from the event read', () => {
  it.each([
    // type, link, read from, what led here, what followed
    ['causes', { from: 'early', to: 'mid', type: 'causes' }, 'mid', ['Caused by early'], []],
    ['causes', { from: 'early', to: 'mid', type: 'causes' }, 'early', [], ['Causes mid']],
    ['responds-to', { from: 'late', to: 'mid', type: 'responds-to' }, 'mid', [], ['Answered by late']],
    ['responds-to', { from: 'late', to: 'mid', type: 'responds-to' }, 'late', ['Responds to mid'], []],
    ['references', { from: 'late', to: 'early', type: 'references' }, 'early', [], ['Referenced by late']],
    ['references', { from: 'late', to: 'early', type: 'references' }, 'late', ['References early'], []],
    ['precedes', { from: 'early', to: 'mid', type: 'precedes' }, 'mid', ['Preceded by early'], []],
    ['contradicts', { from: 'late', to: 'early', type: 'contradicts' }, 'early', [], ['Contradicted by late']],
    ['contradicts', { from: 'late', to: 'early', type: 'contradicts' }, 'late', ['Contradicts early'], []],
    ['reverses', { from: 'late', to: 'early', type: 'reverses' }, 'late', ['Reverses early'], []],
    ['coincides-with', { from: 'mid', to: 'late', type: 'coincides-with' }, 'late', ['Coincides with mid'], []],
    ['a type of the file’s own', { from: 'early', to: 'late', type: 'funds' }, 'late', ['← funds early'], []],
    ['a type of the file’s own', { from: 'early', to: 'late', type: 'funds' }, 'early', [], ['funds → late']],
    // A link that runs against time is still read in time: a later event is never what led here.
    ['causes, backwards in time', { from: 'late', to: 'early', type: 'causes' }, 'early', [], ['Caused by late']],
    // The same instant: the type decides which came first.
    ['responds-to, the same day', { from: 'twin', to: 'mid', type: 'responds-to' }, 'mid', [], ['Answered by twin']],
    ['causes, the same day', { from: 'twin', to: 'mid', type: 'causes' }, 'mid', ['Caused by twin'], []],
  ] as const)('%s: %j read from %s', (_, link, from, ledHere, followed) => {
    expect(read([link], from)).toEqual({ ledHere, followed });
  });

  it('an unknown event has no links', () => expect(read([], 'nowhere')).toEqual({ ledHere: [], followed: [] }));
  it('verbs read both ways', () => {
    expect([linkVerb('responds-to', 'out'), linkVerb('responds-to', 'in')]).toEqual(['Responds to', 'Answered by']);
  });
});

describe('the default story', () => {
  const { graph } = validateEventGraph(JSON.parse(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8')));
  const edges = indexEdges(graph);
  it('never lists a later event as what led to any event, nor an earlier one as what followed', () => {
    for (const event of graph.events) {
      const { ledHere, followed } = readLinks(graph, edges, event.id);
      const at = eventSpanMs(event).startMs;
      for (const r of ledHere) expect(eventSpanMs(r.other).startMs, `${event.id} ← ${r.other.id}`).toBeLessThanOrEqual(at);
      for (const r of followed) expect(eventSpanMs(r.other).startMs, `${event.id} → ${r.other.id}`).toBeGreaterThanOrEqual(at);
    }
  });
  it('the annexation of Crimea is answered by Ukraine dropping its non-bloc status, and led to by nothing later', () => {
    const { ledHere, followed } = readLinks(graph, edges, 'crimea-annexation');
    expect(followed.map((r) => [r.verb, r.other.id])).toContainEqual(['Answered by', 'non-bloc-status-dropped']);
    expect(ledHere.map((r) => r.other.id)).not.toContain('non-bloc-status-dropped');
  });
  it('Bucharest lists nothing from 2025 as leading there', () => {
    const { ledHere } = readLinks(graph, edges, 'bucharest-summit');
    expect(ledHere.map((r) => [r.verb, r.other.id])).toEqual([['Responds to', 'map-request']]);
  });
});
