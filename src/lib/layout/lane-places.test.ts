import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEventGraph } from '../model/json-file.ts';
import { lanePlacesSteps } from './lane-places.ts';
import { assignLanes } from './lanes.ts';
import { runSteps } from '../model/steps.ts';

const lanePlacesNow = (lanes: Parameters<typeof lanePlacesSteps>[0]) => runSteps(lanePlacesSteps(lanes));

const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));

describe('LanePlaces', () => {
  it('gives every event its lane and its entry there, and nothing for an id no lane holds', () => {
    const lanes = assignLanes(graph);
    const places = lanePlacesNow(lanes);
    for (const event of graph.events) {
      const place = places.get(event.id)!;
      expect(place.event.event).toBe(event);
      expect(lanes[place.lane]!.events).toContain(place.event);
      // Its instants, from its dates.
      expect([place.event.startMs, place.event.endMs]).toEqual([event.start.startMs, (event.end ?? event.start).endMs]);
    }
    expect(places.get('no-such-event')).toBeUndefined();
  });

  it('follows a lane that moved: the index comes from the lanes given', () => {
    const lanes = assignLanes(graph);
    const reversed = [...lanes].reverse();
    const places = lanePlacesNow(reversed);
    for (const event of graph.events) expect(reversed[places.get(event.id)!.lane]!.events).toContain(places.get(event.id)!.event);
  });
});
