// What the timeline needs from a graph before it can draw, prepared in steps with pauses between,
// so that opening 100,000 events never holds the page for long: where events are, the gaps worth
// collapsing, and the lanes. Pure apart from the pause it is given.
import { distinctEdgesSteps, indexEdgesSteps, type GraphEdge } from '../model/chains.ts';
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import { linkSpansSteps, type LinkSpans } from './link-routes.ts';
import { coveredIntervals, gapsBetween, type CoveredInterval, type Span } from '../scale/gaps.ts';
import { eventExtent } from './event-spans.ts';
import { LanePlaces } from './lane-places.ts';
import { assignLanes, assignLanesInSteps, laneSpan, type Lane } from './lanes.ts';
import { runStepsWith } from '../model/steps.ts';

export interface PreparedTimeline {
  /** Where events are: their spans merged into intervals, with counts (the axis is built on these). */
  readonly covered: readonly CoveredInterval[];
  readonly gaps: readonly Span[];
  readonly lanes: readonly Lane[];
  /** Each event's lane and place in it, to find the marks that links join. */
  readonly laneOf: LanePlaces;
  /** The links drawn when no type is hidden, and their spans in time, made in steps (the chart makes them anew for other choices). */
  readonly links?: { readonly drawable: readonly GraphEdge[]; readonly spans: LinkSpans };
}

const NO_TYPES: ReadonlySet<string> = new Set();

export async function prepareTimeline(graph: EventGraph, pause: () => Promise<void>): Promise<PreparedTimeline> {
  const { covered, gaps } = await eventExtent(graph.events, pause);
  const lanes = await assignLanesInSteps(graph, pause);
  const laneOf = new LanePlaces(lanes, graph.eventById);
  const drawable = await runStepsWith(distinctEdgesSteps(await runStepsWith(indexEdgesSteps(graph), pause), NO_TYPES), pause);
  await pause();
  const spans = await runStepsWith(
    linkSpansSteps(drawable, (id) => laneSpan(laneOf.get(id)?.event)),
    pause,
  );
  return { covered, gaps, lanes, laneOf, links: { drawable, spans } };
}

/** Graphs up to this many events are prepared at once, in the task that draws them (a few milliseconds). */
export const PREPARE_AT_ONCE_MAX_EVENTS = 300;

/** The same, without pauses: for a small graph, so that its first drawing waits for no other task (and server rendering can draw it). */
export function prepareTimelineNow(graph: EventGraph): PreparedTimeline {
  const covered = coveredIntervals(graph.events.map(eventSpanMs));
  const lanes = assignLanes(graph);
  const laneOf = new LanePlaces(lanes, graph.eventById);
  return { covered, gaps: gapsBetween(covered), lanes, laneOf };
}
