// The timeline prepared again after an edit, at once and without pauses: only the lanes whose events
// changed are built anew (an edit touches one or two), the others are the previous version's. Their
// events, and the quotes and links that weigh them, are compared by identity: a draft's edit makes a
// new object only for what it touches (model/draft/). Gives null when a full preparation is needed.
import type { EventGraph } from '../model/graph.ts';
import { gapsBetween, type CoveredInterval } from '../scale/gaps.ts';
import { coveredSteps } from './event-spans.ts';
import { LanePlaces } from './lane-places.ts';
import { buildLane, groupByLane, type Lane } from './lanes.ts';
import { runSteps } from '../model/steps.ts';
import type { PreparedTimeline } from './prepare-timeline.ts';

/** The ids of events named by items in one list and not the other (added, removed or changed). */
function touchedIds<T>(before: readonly T[], after: readonly T[], idsOf: (item: T) => readonly string[]): Set<string> {
  const ids = new Set<string>();
  if (before === after) return ids;
  const had = new Set(before);
  const has = new Set(after);
  for (const item of after) if (!had.has(item)) for (const id of idsOf(item)) ids.add(id);
  for (const item of before) if (!has.has(item)) for (const id of idsOf(item)) ids.add(id);
  return ids;
}

/** The same stretches of covered time (an edit inside them changes none). */
export const sameIntervals = (a: readonly CoveredInterval[], b: readonly CoveredInterval[]) =>
  a.length === b.length && a.every((x, i) => x.startMs === b[i]!.startMs && x.endMs === b[i]!.endMs && x.count === b[i]!.count);

const sameEvents = (lane: Lane, events: readonly unknown[]) => lane.events.length === events.length && lane.events.every((e, i) => e.event === events[i]);

export function prepareAfterEdit(previous: { readonly graph: EventGraph; readonly timeline: PreparedTimeline }, graph: EventGraph): PreparedTimeline | null {
  const before = previous.graph;
  if (before.actors.length !== graph.actors.length || before.actors.some((a, i) => a !== graph.actors[i])) return null;
  const touched = touchedIds(before.links, graph.links, (l) => [l.from, l.to]);
  for (const id of touchedIds(before.quotes, graph.quotes, (q) => [q.event, ...(q.about ?? [])])) touched.add(id);
  const previousLanes = new Map(previous.timeline.lanes.map((lane) => [lane.id, lane]));
  const lanes: Lane[] = [];
  for (const [id, events] of groupByLane(graph)) {
    const old = previousLanes.get(id);
    lanes.push(old && sameEvents(old, events) && !events.some((e) => touched.has(e.id)) ? old : buildLane(graph, id, events));
  }
  // The same intervals as before (an edit inside the covered time) keep the previous arrays, so the
  // axis built on them is not built again.
  const fresh = runSteps(coveredSteps(graph.events));
  const same = sameIntervals(fresh, previous.timeline.covered);
  const covered = same ? previous.timeline.covered : fresh;
  return { covered, gaps: same ? previous.timeline.gaps : gapsBetween(covered), lanes, laneOf: new LanePlaces(lanes, graph.eventById) };
}
