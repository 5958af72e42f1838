// What the map says in words: each marker's accessible name, the place a group is named after, the
// ids a marker stands for, and the status line. Pure.
import { formatSpan } from '../model/format-date.ts';
import type { EventGraph } from '../model/graph.ts';
import { eventPlaceName } from '../model/places.ts';
import { membersOf, type Clusters } from './clusters.ts';
import type { MapPoints } from './map-points.ts';
import type { MarkerView } from './map-markers.ts';

/** A grouping and the points it indexes, kept together so that names are read from the grouping the markers came from. */
export interface MarkerSource {
  readonly graph: Pick<EventGraph, 'placeById'>;
  readonly clusters: Clusters;
  readonly points: Pick<MapPoints, 'events'>;
}

/** The place a marker is named after: its first event's (by place id or place text); null when it has none. */
export function markerPlace({ graph, clusters, points }: MarkerSource, m: number): string | null {
  const first = membersOf(clusters, m)[0];
  const event = first === undefined ? undefined : points.events[first];
  return event ? (eventPlaceName(graph, event) ?? null) : null;
}

export function markerName(source: MarkerSource, mk: Pick<MarkerView, 'm' | 'count' | 'onePlace'>): string {
  const place = markerPlace(source, mk.m) ?? 'an unnamed place';
  if (mk.count === 1) {
    const event = source.points.events[membersOf(source.clusters, mk.m)[0]!]!;
    return `${event.title}, ${formatSpan(event.start, event.end)}, ${place}`;
  }
  if (mk.onePlace) return `${place}: ${mk.count.toLocaleString('en')} events`;
  return `${mk.count.toLocaleString('en')} events around ${place} and nearby places; choose to zoom in`;
}

/** The ids of a marker's events, for tests and tools; a group of more than 50 names none. */
export function markerEventIds({ clusters, points }: MarkerSource, mk: Pick<MarkerView, 'm' | 'count'>): string | undefined {
  return mk.count <= 50 ? Array.from(membersOf(clusters, mk.m), (i) => points.events[i]!.id).join(' ') : undefined;
}

/** "120 events in the window at 14 places; 3 of the 125 events have no place". */
export function mapStatus(shown: number, places: number, windowed: boolean, unplaced: number, total: number): string {
  const count = (n: number, one: string) => `${n.toLocaleString('en')} ${n === 1 ? one : `${one}s`}`;
  const where = `${count(shown, 'event')}${windowed ? ' in the window' : ''} at ${count(places, 'place')}`;
  return unplaced > 0 ? `${where}; ${unplaced.toLocaleString('en')} of the ${total.toLocaleString('en')} events have no place` : where;
}
