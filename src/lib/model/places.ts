// Where an event happened, on the map: its own coordinates, else those of the place it names by id.
// And its place in words: as written, else the named place's name. Pure.
import type { LonLat } from './coordinates.ts';
import type { EventGraph } from './graph.ts';
import type { TimelineEvent } from './schema.ts';

/** The event's [longitude, latitude], or null when the file does not say where it happened. */
export function eventLonLat(graph: Pick<EventGraph, 'placeById'>, event: TimelineEvent): LonLat | null {
  return event.coordinates ?? (event.placeId ? (graph.placeById.get(event.placeId)?.coordinates ?? null) : null);
}

/** The event's place in words: `place` as written, else the name of the place it names by id. */
export function eventPlaceName(graph: Pick<EventGraph, 'placeById'>, event: TimelineEvent): string | undefined {
  return event.place ?? (event.placeId ? graph.placeById.get(event.placeId)?.name : undefined);
}
