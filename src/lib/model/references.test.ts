import { describe, expect, it } from 'vitest';
import { referenceProblems } from './references.ts';

const at = (root: unknown) => referenceProblems(root).map((p) => `${p.path}: ${p.message} | ${p.fix}`);

describe('referenceProblems works on raw, possibly malformed values', () => {
  it.each([
    ['null', null],
    ['a list', [1, 2]],
    ['text', 'events'],
    ['sections that are not lists', { actors: 1, sources: 'x', events: {}, quotes: null, links: true }],
    ['items that are not objects', { actors: [1, null, 'a'], sources: [[]], events: [true], quotes: [0], links: ['x'] }],
    ['ids that are not text', { actors: [{ id: 1 }, { id: 1 }], events: [{ id: null, actors: [1, {}] }] }],
    [
      'references that are not text',
      { events: [{ id: 'e', start: 2008, end: '2007' }], quotes: [{ event: 5, about: 'e', source: [] }], links: [{ from: {}, to: null }] },
    ],
  ])('%s: nothing to report, no crash', (_, root) => {
    expect(referenceProblems(root)).toEqual([]);
  });

  it('reports every duplicate, at the later item, naming the first', () => {
    const root = { events: [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }], quotes: [{ id: 'a' }] };
    expect(at(root)).toEqual([
      'events[2].id: "a" is already the id of events[0] | give each event its own id, e.g. "a-2"',
      'events[3].id: "a" is already the id of events[0] | give each event its own id, e.g. "a-2"',
    ]);
  });

  it('reports unknown ids in every kind of reference', () => {
    const root = {
      actors: [{ id: 'nato' }],
      sources: [{ id: 'reuters', via: 'ap' }],
      events: [{ id: 'summit', actors: ['nato', 'russia'], sources: ['reuter'] }],
      quotes: [{ id: 'q', event: 'sumit', about: ['summit', 'war'], source: 'afp' }],
      links: [{ from: 'summit', to: 'war', source: 'reuters' }],
    };
    expect(at(root)).toEqual([
      'events[0].actors[1]: no actor has the id "russia" (event "summit") | add an actor with "id": "russia" to "actors", or correct the id',
      'events[0].sources[0]: no source has the id "reuter" (event "summit") | did you mean "reuters"?',
      'quotes[0].event: no event has the id "sumit" (quote "q") | did you mean "summit"?',
      'quotes[0].about[1]: no event has the id "war" (quote "q") | add an event with "id": "war" to "events", or correct the id',
      'quotes[0].source: no source has the id "afp" (quote "q") | add a source with "id": "afp" to "sources", or correct the id',
      'links[0].to: no event has the id "war" (link "summit" → "war") | add an event with "id": "war" to "events", or correct the id',
      'sources[0].via: no source has the id "ap" (source "reuters") | add a source with "id": "ap" to "sources", or correct the id',
    ]);
  });

  it('reports each "via" circle once, at its first source in the file', () => {
    const root = {
      sources: [
        { id: 'article', via: 'reuters' },
        { id: 'reuters', via: 'tass' },
        { id: 'tass', via: 'kommersant' },
        { id: 'kommersant', via: 'reuters' },
        { id: 'self', via: 'self' },
      ],
    };
    expect(at(root)).toEqual([
      'sources[1].via: these sources report each other in a circle: "reuters" → "tass" → "kommersant" → "reuters" (source "reuters") | "via" names the source this one took its report from, and the chain must end at the original: remove or correct one "via"',
      'sources[4].via: this source says it reports itself (source "self") | "via" names the source this one took its report from, and the chain must end at the original: remove or correct one "via"',
    ]);
  });

  it.each([
    // hops in the chain, in file order or reversed, and where it is reported
    [1_000, false, []],
    [1_001, false, ['sources[0].via']],
    [1_500, false, ['sources[499].via']],
    [1_500, true, ['sources[1001].via']],
  ])('a chain of %i "via" hops (reversed: %s) is refused past 1,000, where it passes the limit', (hops, reversed, paths) => {
    const chain = Array.from({ length: hops + 1 }, (_, i) => ({ id: `s${i}`, ...(i < hops ? { via: `s${i + 1}` } : {}) }));
    const sources = reversed ? chain.reverse() : chain;
    const started = performance.now();
    const problems = referenceProblems({ sources });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(problems.map((p) => p.path)).toEqual(paths);
    if (paths.length > 0)
      expect(problems[0]!.message).toMatch(/^this source is 1,001 "via" hops from its original, past the 1,000 a chain may have \(source "s\d+"\)$/);
  });

  it('shortens a long circle', () => {
    const sources = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, via: `s${(i + 1) % 30}` }));
    expect(referenceProblems({ sources })[0]!.message).toBe(
      'these sources report each other in a circle: "s0" → "s1" → "s2" → "s3" → … (30 sources) → "s0" (source "s0")',
    );
  });

  it.each([
    // start, end, refused
    ['2008-04-03', '2008-04-02', true],
    ['2008-04-03', '2008-04-03', false], // one day, written twice
    ['2008-04-03', '2008-04', false], // the end month includes the start
    ['2008-04-03', '2008-03', true],
    ['2008', '2007-12-31', true],
    ['2008-04-03T10:00', '2008-04-03T09:59', true],
    ['2008-04-03T10:00+02:00', '2008-04-03T09:00Z', false], // 08:00 UTC to 09:00 UTC
    ['-0490', '-0491', true],
    ['2008-04-03', '2025-02-30', false], // an impossible date is the shape check's to report
  ])('start %s, end %s', (start, end, refused) => {
    const problems = referenceProblems({ events: [{ id: 'e', start, end }] });
    expect(problems.map((p) => p.path)).toEqual(refused ? ['events[0].end'] : []);
    if (refused) expect(problems[0]!.message).toBe(`the end ${end} comes before the start ${start} (event "e")`);
  });

  it('stays fast with many unknown ids among many known ones', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: `event-${i}` }));
    const links = Array.from({ length: 5_000 }, (_, i) => ({ from: `evnt-${i}`, to: `event-${i}` }));
    const started = performance.now();
    const problems = referenceProblems({ events, links });
    expect(problems).toHaveLength(5_000);
    expect(problems[0]!.fix).toBe('did you mean "event-0"?');
    expect(problems.at(-1)!.fix).toMatch(/^add an event/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('story steps', () => {
  it('must name events that exist, with a suggestion', async () => {
    const { parseEventGraph } = await import('./json-file.ts');
    const { EventGraphError } = await import('./problems.ts');
    const text = JSON.stringify({
      version: 1,
      title: 'Story',
      sources: [{ id: 's', title: 'S' }],
      events: [{ id: 'bucharest-summit', title: 'Summit', start: '2008-04-02', sources: ['s'] }],
      story: [{ event: 'bucharest-summit', note: 'Start here', zoom: 'context' }, { event: 'bucharest-sumit' }],
    });
    const error = (() => {
      try {
        parseEventGraph(text);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EventGraphError);
    const problem = (error as InstanceType<typeof EventGraphError>).problems.find((p) => p.path === 'story[1].event')!;
    expect(problem.message).toContain('no event has the id "bucharest-sumit"');
    expect(problem.fix).toBe('did you mean "bucharest-summit"?');
  });

  it('is read with its notes and zoom', async () => {
    const { parseEventGraph } = await import('./json-file.ts');
    const text = JSON.stringify({
      version: 1,
      title: 'Story',
      sources: [{ id: 's', title: 'S' }],
      events: [{ id: 'a', title: 'A', start: '2008', sources: ['s'] }],
      story: [{ event: 'a', note: 'Say why', zoom: 'all' }],
    });
    expect(parseEventGraph(text).graph.story).toEqual([{ event: 'a', note: 'Say why', zoom: 'all' }]);
  });
});
