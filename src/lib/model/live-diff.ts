// What a new version of a live story changed in its events: those added, those changed and those
// removed, compared by id and by content. An event's content is everything the file says of it
// (title, dates as written, summary, actors, tags, place, sources, media…) and the quotes said in
// it: a new quote in an event is news in that event. Key order does not count (a file written again
// by another tool is not "changed"). Pure; in steps of bounded work, like buildGraphSteps.
import type { EventGraph } from './graph.ts';
import { runSteps } from './steps.ts';

export interface EventChanges {
  /** Ids of events the new version has and the old did not, in time order. */
  readonly added: readonly string[];
  /** Ids of events in both whose content differs, in time order. */
  readonly changed: readonly string[];
  /** Ids of events the old version had and the new does not. */
  readonly removed: readonly string[];
}

export const NO_CHANGES: EventChanges = { added: [], changed: [], removed: [] };

export const hasChanges = (changes: EventChanges) => changes.added.length + changes.changed.length + changes.removed.length > 0;

/** JSON with every object's keys in order, so that two writings of the same content compare equal. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type Versioned = Pick<EventGraph, 'events' | 'eventById' | 'quotesByEvent'>;

/** An event's content as compared: the event and the quotes said in it. */
const contentOf = (graph: Versioned, id: string) => [graph.eventById.get(id), graph.quotesByEvent.get(id) ?? []];

/** Whether two contents are the same: as written (quick), else with keys in order (rarely needed: the checked data has its keys in the schema's order). */
function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

/** Events compared per step: a few milliseconds of work. */
const STEP_EVENTS = 250;

/** The changes from `before` to `after`, in steps of at most STEP_EVENTS events (yield between them on the page). */
export function* diffEventSteps(before: Versioned, after: Versioned): Generator<void, EventChanges, void> {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  let step = 0;
  for (const event of after.events) {
    if (++step % STEP_EVENTS === 0) yield;
    if (!before.eventById.has(event.id)) added.push(event.id);
    else if (!sameContent(contentOf(before, event.id), contentOf(after, event.id))) changed.push(event.id);
  }
  for (const event of before.events) if (!after.eventById.has(event.id)) removed.push(event.id);
  return { added, changed, removed };
}

/** The changes from `before` to `after`, at once. */
export function diffEvents(before: Versioned, after: Versioned): EventChanges {
  return runSteps(diffEventSteps(before, after));
}
