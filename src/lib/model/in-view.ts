// What a time window holds: the events it shows and the sources they rest on, for an exported image's
// footer and the printed chronology. Pure; a window is [startMs, endMs), as the timeline reports it.
import { eventSpanMs, type EventGraph } from './graph.ts';
import type { TimelineEvent } from './schema.ts';

export type WindowMs = readonly [startMs: number, endMs: number];

/** The events that overlap the window (any part of their span), in the order given. */
export function eventsInWindow(events: readonly TimelineEvent[], windowMs: WindowMs | null): TimelineEvent[] {
  if (!windowMs) return [...events];
  const [from, to] = windowMs;
  return events.filter((event) => {
    const span = eventSpanMs(event);
    return span.endMs > from && span.startMs < to;
  });
}

/**
 * The sources the events cite, and those of the quotes said in them: the most cited first (by how many
 * of the events rest on each), then in the order the events cite them. Unknown ids are skipped.
 */
export function sourcesCitedBy(graph: Pick<EventGraph, 'sourceById' | 'quotesByEvent'>, events: readonly TimelineEvent[]): string[] {
  const citing = new Map<string, number>();
  for (const event of events) {
    const ids = new Set([...(event.sources ?? []), ...(graph.quotesByEvent.get(event.id) ?? []).map((q) => q.source)]);
    for (const id of ids) if (graph.sourceById.has(id)) citing.set(id, (citing.get(id) ?? 0) + 1);
  }
  // The sort is stable: sources cited equally often keep the order they were first cited in.
  return [...citing.keys()].sort((a, b) => citing.get(b)! - citing.get(a)!);
}
