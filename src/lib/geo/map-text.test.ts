import { describe, expect, it } from 'vitest';
import { parseEventGraph } from '../model/json-file.ts';
import type { Clusters } from './clusters.ts';
import { mapStatus, markerEventIds, markerName, markerPlace, type MarkerSource } from './map-text.ts';

/** Two markers: one of the summit alone; one of the two Moscow statements and an event with no place. */
function source(): MarkerSource {
  const { graph } = parseEventGraph(
    JSON.stringify({
      version: 1,
      title: 'Places',
      places: [{ id: 'bucharest', name: 'Bucharest, Romania', coordinates: [26.1, 44.43] }],
      events: [
        { id: 'summit', title: 'Bucharest summit', start: '2008-04-02', end: '2008-04-04', placeId: 'bucharest' },
        { id: 'statement', title: 'Zakharova’s statement', start: '2025-02-18', place: 'Moscow' },
        { id: 'briefing', title: 'Briefing', start: '2025-02-19', place: 'Moscow' },
        { id: 'nowhere', title: 'Somewhere', start: '2025-02-20' },
      ],
    }),
  );
  const clusters = { start: Int32Array.from([0, 1, 4]), members: Int32Array.from([0, 1, 2, 3]) } as unknown as Clusters;
  return { graph: graph!, clusters, points: { events: graph!.events } };
}

describe('map text', () => {
  it('names a marker after its first event’s place, by place id or by place text', () => {
    expect(markerPlace(source(), 0)).toBe('Bucharest, Romania');
    expect(markerPlace(source(), 1)).toBe('Moscow');
  });
  it('names a single event by title, date and place; a group by count and place, saying whether zooming parts it', () => {
    expect(markerName(source(), { m: 0, count: 1, onePlace: true })).toBe('Bucharest summit, 2–4 April 2008, Bucharest, Romania');
    expect(markerName(source(), { m: 1, count: 3, onePlace: true })).toBe('Moscow: 3 events');
    expect(markerName(source(), { m: 1, count: 3, onePlace: false })).toBe('3 events around Moscow and nearby places; choose to zoom in');
  });
  it('lists the ids of a small group only', () => {
    expect(markerEventIds(source(), { m: 1, count: 3 })).toBe('statement briefing nowhere');
    expect(markerEventIds(source(), { m: 1, count: 51 })).toBeUndefined();
  });
  it('says how many events at how many places, and how many have no place', () => {
    expect(mapStatus(1, 1, false, 0, 1)).toBe('1 event at 1 place');
    expect(mapStatus(12_000, 60, true, 3, 12_003)).toBe('12,000 events in the window at 60 places; 3 of the 12,003 events have no place');
  });
});
