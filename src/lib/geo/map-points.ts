// The events the map can place, as flat arrays in time order (their index is the point's index), the
// ones in a time window, and the places they group into for the list beside the map. Pure.
import type { GraphEdge } from '../model/chains.ts';
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import type { WindowMs } from '../model/in-view.ts';
import { eventLonLat, eventPlaceName } from '../model/places.ts';
import type { LonLat } from '../model/coordinates.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { runSteps } from '../model/steps.ts';

export interface MapPoints {
  readonly events: readonly TimelineEvent[];
  readonly lonLats: readonly LonLat[];
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  /** Each event's point, by id. */
  readonly indexById: ReadonlyMap<string, number>;
  /** Events of the graph the map cannot place (no coordinates, no place). */
  readonly unplaced: number;
}

export function mapPoints(graph: Pick<EventGraph, 'events' | 'placeById'>): MapPoints {
  return runSteps(mapPointsSteps(graph));
}

/** Events one step places: a few milliseconds of work. */
const STEP_EVENTS = 10_000;

/** mapPoints in steps of bounded work, so the page can yield between them (100,000 events without a long task). */
export function* mapPointsSteps(graph: Pick<EventGraph, 'events' | 'placeById'>): Generator<void, MapPoints, void> {
  const events: TimelineEvent[] = [];
  const lonLats: LonLat[] = [];
  for (let i = 0; i < graph.events.length; i++) {
    if (i > 0 && i % STEP_EVENTS === 0) yield;
    const event = graph.events[i]!;
    const at = eventLonLat(graph, event);
    if (!at) continue;
    events.push(event);
    lonLats.push(at);
  }
  const startMs = new Float64Array(events.length);
  const endMs = new Float64Array(events.length);
  const indexById = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % STEP_EVENTS === 0) yield;
    const span = eventSpanMs(events[i]!);
    startMs[i] = span.startMs;
    endMs[i] = span.endMs;
    indexById.set(events[i]!.id, i);
  }
  return { events, lonLats, startMs, endMs, indexById, unplaced: graph.events.length - events.length };
}

/** The points whose events overlap the window, or null for all of them. */
export function pointsInWindow(points: Pick<MapPoints, 'startMs' | 'endMs'>, windowMs: WindowMs | null): Int32Array | null {
  if (!windowMs) return null;
  const [from, to] = windowMs;
  const kept: number[] = [];
  for (let i = 0; i < points.startMs.length; i++) if (points.endMs[i]! > from && points.startMs[i]! < to) kept.push(i);
  return Int32Array.from(kept);
}

export interface PlaceGroup {
  /** "lon,lat": one group per point on the map. */
  readonly key: string;
  readonly name: string;
  readonly lonLat: LonLat;
  /** Point indices, in time order. */
  readonly points: readonly number[];
}

/** The places of the shown points, fullest first (then by name): the map as a list. */
export function placeGroups(graph: Pick<EventGraph, 'placeById'>, points: MapPoints, active: Int32Array | null): PlaceGroup[] {
  const groups = new Map<string, { key: string; name: string; lonLat: LonLat; points: number[] }>();
  const each = (i: number) => {
    const lonLat = points.lonLats[i]!;
    const key = `${lonLat[0]},${lonLat[1]}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, name: eventPlaceName(graph, points.events[i]!) ?? `${lonLat[1].toFixed(2)}°, ${lonLat[0].toFixed(2)}°`, lonLat, points: [] };
      groups.set(key, group);
    }
    group.points.push(i);
  };
  if (active) active.forEach(each);
  else for (let i = 0; i < points.events.length; i++) each(i);
  return [...groups.values()].sort((a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name));
}

/** Links between two placed events, for drawing on the map: from one place to another. */
export function placedLinks(edges: readonly GraphEdge[], points: Pick<MapPoints, 'indexById'>): { edge: GraphEdge; from: number; to: number }[] {
  const out: { edge: GraphEdge; from: number; to: number }[] = [];
  for (const edge of edges) {
    const from = points.indexById.get(edge.from);
    const to = points.indexById.get(edge.to);
    if (from !== undefined && to !== undefined) out.push({ edge, from, to });
  }
  return out;
}

/** How many places the shown points are at (coordinates to about a metre; numbers, not a string per point). */
export function countPlaces(lonLats: readonly LonLat[], active: Int32Array | null): number {
  const keys = new Set<number>();
  const add = (i: number) => keys.add(Math.round(lonLats[i]![0] * 1e5) * 1e8 + Math.round(lonLats[i]![1] * 1e5));
  if (active) active.forEach(add);
  else for (let i = 0; i < lonLats.length; i++) add(i);
  return keys.size;
}
