import { describe, expect, it } from 'vitest';
import small from './small-graph.fixture.json';
import { parseEventGraph } from './json-file.ts';
import { canonicalJson, diffEvents, diffEventSteps, hasChanges } from './live-diff.ts';
import { runCountingSteps } from './steps.ts';

type File = typeof small;
const graphOf = (file: unknown) => parseEventGraph(JSON.stringify(file)).graph;
const edit = (change: (file: File) => void): File => {
  const file = structuredClone(small);
  change(file);
  return file;
};
const before = graphOf(small);

describe('diffEvents (what a new version of a live story changed)', () => {
  it('finds nothing in the same file, even written with its keys in another order', () => {
    const reordered = JSON.parse(JSON.stringify(small), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    const changes = diffEvents(before, graphOf(reordered));
    expect(changes).toEqual({ added: [], changed: [], removed: [] });
    expect(hasChanges(changes)).toBe(false);
  });

  it('finds an event added and an event changed, by id and by content, in time order', () => {
    const after = graphOf(
      edit((file) => {
        file.events[2]!.title = 'Russo-Georgian War (five days)';
        file.events.push({
          id: 'kyiv-reply',
          title: 'Kyiv welcomes the declaration',
          start: '2008-04-03',
          actors: ['nato'],
          sources: ['nato-declaration'],
        } as never);
      }),
    );
    expect(diffEvents(before, after)).toEqual({ added: ['kyiv-reply'], changed: ['georgia-war'], removed: [] });
  });

  it('counts a date written more precisely as a change, and a new quote said in an event as a change to it', () => {
    const after = graphOf(
      edit((file) => {
        file.events[1]!.start = '2008-04-04T10:30Z';
        file.quotes.push({ id: 'more', text: 'We will not stand by.', speaker: 'Russia', event: 'bucharest-summit', source: 'nato-declaration' } as never);
      }),
    );
    expect(diffEvents(before, after).changed).toEqual(['bucharest-summit', 'putin-speech']);
  });

  it('finds an event removed, and takes the same id with new content as changed, not removed and added', () => {
    const after = graphOf(
      edit((file) => {
        file.links = file.links.filter((l) => l.to !== 'georgia-war');
        file.events = file.events.filter((e) => e.id !== 'georgia-war');
        Object.assign(file.events[0]!, { summary: 'Allies agree that Ukraine and Georgia will become members.' });
      }),
    );
    expect(diffEvents(before, after)).toEqual({ added: [], changed: ['bucharest-summit'], removed: ['georgia-war'] });
  });

  it('does not count a change elsewhere in the file (an actor renamed, a source retitled) as a change to an event', () => {
    const after = graphOf(
      edit((file) => {
        file.actors[1]!.name = 'Russian Federation';
        file.sources[0]!.title = 'Bucharest Summit Declaration (full text)';
      }),
    );
    expect(diffEvents(before, after)).toEqual({ added: [], changed: [], removed: [] });
  });

  it('works in steps of bounded size over a large chronology', () => {
    const many = (n: number, title: (i: number) => string) =>
      graphOf({ version: 1, title: 'Many', events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: title(i), start: '2020-01-01', sources: [] })) });
    const a = many(2_000, (i) => `Event ${i}`);
    const b = many(2_100, (i) => (i === 1_500 ? 'Changed' : `Event ${i}`));
    const { value, steps: pauses } = runCountingSteps(diffEventSteps(a, b));
    expect(pauses).toBe(8);
    expect(value.added).toHaveLength(100);
    expect(value.changed).toEqual(['e1500']);
  });
});

describe('canonicalJson', () => {
  it('writes keys in order and leaves out undefined, as JSON would', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }], e: null })).toBe('{"a":[{"c":"x"}],"b":1,"e":null}');
  });
});
