import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEventGraph } from '../model/json-file.ts';
import { LanePlaces } from './lane-places.ts';
import { assignLanes, laneEndMs, laneStartMs } from './lanes.ts';

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));

describe('LanePlaces', () => {
  it('gives every event its lane and its entry there, and nothing for an id no lane holds', () => {
    const lanes = assignLanes(graph);
    const places = new LanePlaces(lanes, graph.eventById);
    for (const event of graph.events) {
      const place = places.get(event.id)!;
      expect(place.event.event).toBe(event);
      expect(lanes[place.lane]!.events).toContain(place.event);
      // Its instants, from its dates.
      expect([laneStartMs(place.event), laneEndMs(place.event)]).toEqual([event.start.startMs, (event.end ?? event.start).endMs]);
    }
    expect(places.get('no-such-event')).toBeUndefined();
    // An event of the graph's that its lane does not hold (lanes made before it was added).
    const [first] = graph.events;
    expect(new LanePlaces(lanes, new Map([['newcomer', { ...first!, id: 'newcomer' }]])).get('newcomer')).toBeUndefined();
  });

  it('follows a lane that moved: the index comes from the lanes given', () => {
    const lanes = assignLanes(graph);
    const reversed = [...lanes].reverse();
    const places = new LanePlaces(reversed, graph.eventById);
    for (const event of graph.events) expect(reversed[places.get(event.id)!.lane]!.events).toContain(places.get(event.id)!.event);
  });

  it('tells apart the many events of a lane that start together', () => {
    const events = Array.from({ length: 300 }, (_, i) => ({ id: `same-${i}`, title: `Event ${i}`, start: '2008-04-03', actors: ['nato'] }));
    const many = parseEventGraph(JSON.stringify({ version: 1, title: 'Same day', actors: [{ id: 'nato', name: 'NATO' }], events })).graph;
    const lanes = assignLanes(many);
    const places = new LanePlaces(lanes, many.eventById);
    for (const event of many.events) expect(places.get(event.id)!.event.event).toBe(event);
  });
});
