import { describe, expect, it } from 'vitest';
import smallGraph from './small-graph.fixture.json';
import { actorNames, buildGraph, buildGraphSteps, inTimeOrder } from './graph.ts';
import { checkedEventGraphData, validateEventGraph } from './validate.ts';
import { parseDate, type PartialDate } from './dates.ts';
import type { EventGraphData } from './schema.ts';
import { runCountingSteps } from './steps.ts';

const DAY_MS = 86_400_000;

function day(ms: number): PartialDate {
  const parsed = parseDate(new Date(ms).toISOString().slice(0, 10));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.date;
}

/** Data of `count` one-day events written newest first, each with a quote and a link to the next (as checking would give). */
function dataOf(count: number): EventGraphData {
  const events = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: day(Date.UTC(2020, 0, 1) - i * DAY_MS) }));
  const quotes = events.map((e, i) => ({ id: `q${i}`, text: 'Words.', event: e.id, about: [`e${(i + 1) % count}`], source: 's' }));
  const links = events.map((e, i) => ({ from: e.id, to: `e${(i + 1) % count}`, type: 'precedes' }));
  return { version: 1, title: 'Many', actors: [], sources: [{ id: 's', title: 'S' }], events, quotes, links };
}

describe('buildGraphSteps', () => {
  it.each([
    ['the small graph', () => checkedEventGraphData(structuredClone(smallGraph)).data],
    ['30,000 events', () => dataOf(30_000)],
  ])(
    'indexes %s as buildGraph does',
    (_, data) => {
      const checked = data();
      expect(runCountingSteps(buildGraphSteps(checked)).value).toEqual(buildGraph(checked));
      // Deep-comparing two graphs of 30,000 events takes seconds on a busy 2-core machine.
    },
    30_000,
  );

  it('keeps events already in time order as they are (sorted in a worker)', () => {
    const checked = dataOf(1000);
    const sorted = { ...checked, events: inTimeOrder(checked.events) };
    const graph = runCountingSteps(buildGraphSteps(sorted, { eventsInTimeOrder: true })).value;
    expect(graph.events).toBe(sorted.events);
    expect(graph).toEqual(buildGraph(checked));
  });

  it.each([
    // events, fewest and most yields: one per 2,500 items indexed (the events, then the quotes and
    // the links, each grouped twice: by event and by what they are about, from and to), and one more
    [3, 1, 7],
    [30_000, 58, 64],
    [100_000, 198, 204],
  ])('yields between bounded steps: %i events (a quote and a link each) in %i to %i yields', (count, fewest, most) => {
    const { steps: yields } = runCountingSteps(buildGraphSteps(dataOf(count), { eventsInTimeOrder: true }));
    expect(yields).toBeGreaterThanOrEqual(fewest);
    expect(yields).toBeLessThanOrEqual(most);
  });

  it('validateEventGraph still returns the indexed graph in time order', () => {
    const { graph } = validateEventGraph({
      version: 1,
      title: 'T',
      events: [
        { id: 'b', title: 'B', start: '2001' },
        { id: 'a', title: 'A', start: '2000' },
      ],
    });
    expect(graph.events.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('actorNames', () => {
  const graph = {
    actorById: new Map([
      ['nato', { id: 'nato', name: 'NATO' }],
      ['ua', { id: 'ua', name: 'Ukraine' }],
    ]),
  };
  it.each([
    // ids, names
    [undefined, []],
    [[], []],
    [
      ['ua', 'nato'],
      ['Ukraine', 'NATO'],
    ],
    [
      ['nato', 'gone'],
      ['NATO', 'gone'],
    ],
  ])('%j → %j', (ids, names) => {
    expect(actorNames(graph, ids)).toEqual(names);
  });
});
