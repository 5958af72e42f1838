// What the timeline needs from a graph before it can draw, prepared in steps with pauses between,
// so that opening 100,000 events never holds the page for long: each event's span, the gaps worth
// collapsing, and the lanes. Pure apart from the pause it is given.
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import { detectGaps, type Span } from '../scale/gaps.ts';
import { assignLanesInSteps, type Lane } from './lanes.ts';

export interface PreparedTimeline {
  readonly spans: readonly Span[];
  readonly gaps: readonly Span[];
  readonly lanes: readonly Lane[];
}

export async function prepareTimeline(graph: EventGraph, pause: () => Promise<void>): Promise<PreparedTimeline> {
  const spans = graph.events.map(eventSpanMs);
  await pause();
  const gaps = detectGaps(spans);
  const lanes = await assignLanesInSteps(graph, pause);
  return { spans, gaps, lanes };
}
