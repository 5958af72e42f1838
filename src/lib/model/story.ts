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
  const spanOf = (s: PresentationStep | undefined) => {
    const event = s && graph.eventById.get(s.eventId);
    return event ? eventSpanMs(event) : null;
  };
  const length = span.endMs - span.startMs;
  // The step before is what a step's note speaks of ("four months later…"): kept when within two and
  // a half years; the step after only when close (ten times the event's length, or a month). Farther
  // (decades before a week of news) they would squash the event.
  const before = spanOf(steps[index - 1]);
  const after = spanOf(steps[index + 1]);
  const near = [
    before && before.endMs >= span.startMs - Math.max(length * 10, 913 * DAY) && before.startMs <= span.endMs ? before : null,
    after && after.startMs <= span.endMs + Math.max(length * 10, 30 * DAY) && after.endMs >= span.startMs ? after : null,
  ].filter((n) => n !== null);
  const start = Math.min(span.startMs, ...near.map((n) => n.startMs));
  const end = Math.max(span.endMs, ...near.map((n) => n.endMs));
  // Context is at least two months: a week of news reads as a week, not as hours.
  return around(start, end, 0.25, 60 * DAY);
}
