// A presentation's steps: the file's `story` in its order (steps naming events not in view are
// left out), or else every event in time order. And the window each step shows. Pure.
import { eventSpanMs, type EventGraph } from './graph.ts';
import type { StoryStep } from './schema.ts';

export interface PresentationStep {
  readonly eventId: string;
  readonly note?: string;
  readonly zoom: 'event' | 'context' | 'all';
}

export function presentationSteps(graph: Pick<EventGraph, 'story' | 'events' | 'eventById'>): PresentationStep[] {
  const story: readonly StoryStep[] | undefined = graph.story;
  if (story && story.length > 0)
    return story.filter((s) => graph.eventById.has(s.event)).map((s) => ({ eventId: s.event, note: s.note, zoom: s.zoom ?? 'context' }));
  return graph.events.map((e) => ({ eventId: e.id, zoom: 'context' }));
}

const DAY = 86_400_000;

/**
 * The time window a step shows: its event with room around it ('event'), the event between the
 * steps before and after it ('context'), or null for the whole chronology ('all').
 */
export function stepWindow(graph: Pick<EventGraph, 'eventById'>, steps: readonly PresentationStep[], index: number): [number, number] | null {
  const step = steps[index];
  if (!step || step.zoom === 'all') return null;
  const span = eventSpanMs(graph.eventById.get(step.eventId)!);
  /** The span with `share` of its length either side, and never less than `minimum` in all. */
  const around = (start: number, end: number, share: number, minimum: number): [number, number] => {
    const pad = Math.max((end - start) * share, (minimum - (end - start)) / 2, DAY);
    return [start - pad, end + pad];
  };
  if (step.zoom === 'event') return around(span.startMs, span.endMs, 1, 7 * DAY);
  const neighbours = [steps[index - 1], steps[index + 1]]
    .flatMap((s) => (s ? [graph.eventById.get(s.eventId)] : []))
    .flatMap((e) => (e ? [eventSpanMs(e)] : []));
  // Neighbours far away (years before a week of news) would squash the event: keep them only when
  // they are within ten times the event's own length (or a month).
  const reach = Math.max((span.endMs - span.startMs) * 10, 30 * DAY);
  const near = neighbours.filter((n) => n.endMs >= span.startMs - reach && n.startMs <= span.endMs + reach);
  const start = Math.min(span.startMs, ...near.map((n) => n.startMs));
  const end = Math.max(span.endMs, ...near.map((n) => n.endMs));
  // Context is at least two months: a week of news reads as a week, not as hours.
  return around(start, end, 0.25, 60 * DAY);
}
