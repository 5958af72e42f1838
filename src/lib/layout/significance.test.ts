import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEventGraph } from '../model/json-file.ts';
import { assignLanes } from './lanes.ts';
import { runSteps } from '../model/steps.ts';
import {
  quoteAndLinkCounts,
  quoteAndLinkCountsSteps,
  rankBySignificance,
  significance,
  significanceFacts,
  storyIds,
  SIGNIFICANCE,
  type SignificanceFacts,
} from './significance.ts';

const NOTHING: SignificanceFacts = { inStory: false, quotes: 0, links: 0, sources: 0, rangeDays: 0 };

describe('significance', () => {
  it.each<[string, Partial<SignificanceFacts>, number]>([
    ['nothing to it', {}, 0],
    ['in the story', { inStory: true }, SIGNIFICANCE.inStory],
    ['two quotes', { quotes: 2 }, 2 * SIGNIFICANCE.perQuote],
    ['quotes past the cap count as the cap', { quotes: 50 }, SIGNIFICANCE.maxQuotes * SIGNIFICANCE.perQuote],
    ['three links', { links: 3 }, 3 * SIGNIFICANCE.perLink],
    ['links past the cap', { links: 500 }, SIGNIFICANCE.maxLinks * SIGNIFICANCE.perLink],
    ['one source', { sources: 1 }, 1],
    ['many sources, capped', { sources: 40 }, SIGNIFICANCE.maxSources],
    ['a week-long range', { rangeDays: 7 }, 1],
    ['a decade-long range, capped', { rangeDays: 3650 }, SIGNIFICANCE.maxRange],
    ['all of it', { inStory: true, quotes: 1, links: 1, sources: 2, rangeDays: 7 }, SIGNIFICANCE.inStory + 3 + 2 + 2 + 1],
  ])('%s', (_, facts, expected) => {
    expect(significance({ ...NOTHING, ...facts })).toBeCloseTo(expected, 9);
  });

  it('grows with each kind of evidence, whatever else the event has', () => {
    const base: SignificanceFacts = { inStory: false, quotes: 1, links: 1, sources: 1, rangeDays: 3 };
    for (const more of [{ inStory: true }, { quotes: 2 }, { links: 2 }, { sources: 2 }, { rangeDays: 30 }])
      expect(significance({ ...base, ...more })).toBeGreaterThan(significance(base));
  });
});

describe('rankBySignificance', () => {
  it.each<[string, number[], number[], number[]]>([
    ['most significant first', [1, 5, 3], [0, 0, 0], [1, 2, 0]],
    ['ties broken by time, earlier first', [2, 2, 2], [30, 10, 20], [1, 2, 0]],
    ['then by index', [2, 2], [10, 10], [0, 1]],
    ['empty', [], [], []],
  ])('%s', (_, scores, starts, expected) => {
    expect([...rankBySignificance(scores, starts)]).toEqual(expected);
  });

  it('orders as a stable sort by score (highest first), then start, then index', () => {
    const score = fc.constantFrom(0, 1, 2.5, 3, 12, 1 / 3);
    const start = fc.constantFrom(-62_198_755_200_000, -1, 0, 1, 1_202_947_200_000, 1_739_318_400_000);
    fc.assert(
      fc.property(fc.array(fc.tuple(score, start), { maxLength: 200 }), (pairs) => {
        const scores = pairs.map(([s]) => s);
        const starts = pairs.map(([, t]) => t);
        const expected = pairs.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || starts[a]! - starts[b]! || a - b);
        expect([...rankBySignificance(scores, starts)]).toEqual(expected);
      }),
      { seed: 20080403, numRuns: 1000 },
    );
  });
});

describe('significance from a graph', () => {
  const { graph } = parseEventGraph(
    JSON.stringify({
      version: 1,
      title: 'Significance',
      sources: [
        { id: 's1', title: 'One' },
        { id: 's2', title: 'Two' },
      ],
      events: [
        { id: 'plain', title: 'Plain', start: '2001-01-01' },
        { id: 'quoted', title: 'Quoted', start: '2002-01-01', sources: ['s1'] },
        { id: 'linked', title: 'Linked', start: '2003-01-01' },
        { id: 'told', title: 'In the story', start: '2004-01-01' },
        { id: 'long', title: 'A long range', start: '2005-01-01', end: '2006-01-01', sources: ['s1', 's2'] },
        { id: 'plain-later', title: 'Plain, later', start: '2007-01-01' },
      ],
      quotes: [
        { id: 'q1', text: 'Said in it.', event: 'quoted', source: 's1' },
        { id: 'q2', text: 'Said about it.', event: 'linked', about: ['quoted'], source: 's1' },
      ],
      links: [{ from: 'linked', to: 'told', type: 'causes' }],
      story: [{ event: 'told' }],
    }),
  );

  it('reads story, quotes said in and about, links from and to, sources and range', () => {
    const story = storyIds(graph);
    const facts = (id: string) => significanceFacts(graph, graph.eventById.get(id)!, story);
    expect(facts('quoted')).toEqual({ inStory: false, quotes: 2, links: 0, sources: 1, rangeDays: 0 });
    expect(facts('linked')).toEqual({ inStory: false, quotes: 1, links: 1, sources: 0, rangeDays: 0 });
    expect(facts('told')).toMatchObject({ inStory: true, links: 1 });
    expect(facts('long').rangeDays).toBe(366);
  });

  it("counts every event's quotes and links at once as each event's would be counted", () => {
    const countsOf = runSteps(quoteAndLinkCountsSteps(graph));
    for (const event of graph.events) expect(countsOf(event)).toEqual(quoteAndLinkCounts(graph, event.id));
    expect(countsOf(graph.eventById.get('quoted')!)).toEqual({ quotes: 2, links: 0 });
    expect(countsOf(graph.eventById.get('linked')!)).toEqual({ quotes: 1, links: 1 });
    // An event of another graph (or a copy of one of this graph's) is not this graph's: none.
    expect(countsOf({ ...graph.eventById.get('quoted')! })).toEqual({ quotes: 0, links: 0 });
  });

  it('orders a lane by it, ties by time', () => {
    const [lane] = assignLanes(graph);
    expect([...lane!.rank].map((i) => lane!.events[i]!.event.id)).toEqual(['told', 'quoted', 'long', 'linked', 'plain', 'plain-later']);
  });
});
