import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utcMs } from './dates.ts';
import { parseEventGraph } from './json-file.ts';
import { presentationSteps, stepWindow } from './story.ts';
import { validateEventGraph } from './validate.ts';

const graphOf = (story?: unknown[]) =>
  parseEventGraph(
    JSON.stringify({
      version: 1,
      title: 'Story',
      sources: [{ id: 's', title: 'S' }],
      events: [
        { id: 'summit', title: 'Summit', start: '2008-04-02', end: '2008-04-04', sources: ['s'] },
        { id: 'call', title: 'Call', start: '2025-02-12', sources: ['s'] },
        { id: 'statement', title: 'Statement', start: '2025-02-18', sources: ['s'] },
      ],
      ...(story ? { story } : {}),
    }),
  ).graph;

describe('presentationSteps', () => {
  it('steps through every event in time order when the file has no story', () => {
    expect(presentationSteps(graphOf()).map((s) => s.eventId)).toEqual(['summit', 'call', 'statement']);
  });

  it('follows the story, with its notes and zooms', () => {
    const steps = presentationSteps(
      graphOf([{ event: 'statement', note: 'Start with the demand', zoom: 'event' }, { event: 'summit', zoom: 'all' }, { event: 'call' }]),
    );
    expect(steps).toEqual([
      { eventId: 'statement', note: 'Start with the demand', zoom: 'event' },
      { eventId: 'summit', note: undefined, zoom: 'all' },
      { eventId: 'call', note: undefined, zoom: 'context' },
    ]);
  });
});

describe('stepWindow', () => {
  const graph = graphOf();
  const steps = presentationSteps(graph);
  it('shows the whole chronology for "all"', () => {
    expect(stepWindow(graph, [{ eventId: 'summit', zoom: 'all' }], 0)).toBeNull();
  });

  it('shows the event with room around it for "event"', () => {
    const [start, end] = stepWindow(graph, [{ eventId: 'summit', zoom: 'event' }], 0)!;
    expect(start).toBe(utcMs(2008, 3, 30));
    expect(end).toBe(utcMs(2008, 4, 8));
    // A one-day event still gets a week.
    const [a, b] = stepWindow(graph, [{ eventId: 'call', zoom: 'event' }], 0)!;
    expect(b - a).toBe(7 * 86_400_000);
  });

  it('shows near neighbours for "context", but not ones years away', () => {
    const [start, end] = stepWindow(graph, steps, 1)!;
    // The call, with the statement six days later; the 2008 summit is too far to include.
    expect(start).toBeLessThan(utcMs(2025, 2, 12));
    expect(start).toBeGreaterThan(utcMs(2025, 1, 1));
    expect(end).toBeGreaterThan(utcMs(2025, 2, 19));
    expect(end - start).toBeGreaterThanOrEqual(60 * 86_400_000);
  });

  it('keeps the step before when the note may speak of it: the war in Georgia four months after Bucharest', () => {
    const { graph: story } = validateEventGraph(JSON.parse(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8')));
    const storySteps = presentationSteps(story);
    const war = storySteps.findIndex((s) => s.eventId === 'russo-georgian-war');
    const [start, end] = stepWindow(story, storySteps, war)!;
    expect(start).toBeLessThanOrEqual(utcMs(2008, 3, 2));
    expect(end).toBeGreaterThanOrEqual(utcMs(2008, 7, 12));
    // Ukraine dropping non-bloc status, nine months after the annexation of Crimea, shows both.
    const dropped = storySteps.findIndex((s) => s.eventId === 'non-bloc-status-dropped');
    const [from] = stepWindow(story, storySteps, dropped)!;
    expect(from).toBeLessThanOrEqual(utcMs(2014, 2, 18));
  });

  it('gives nothing for a step that does not exist', () => {
    expect(stepWindow(graph, steps, 9)).toBeNull();
  });
});
