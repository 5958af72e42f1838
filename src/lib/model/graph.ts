// Indexes a validated event graph for the views: lookups by id, quotes by event, links by end,
// events in time order. Built once per load; never mutated. Maps, so no data key reaches a prototype.
import { ShardedMap } from './sharded-map.ts';
import type { Actor, Era, EventGraphData, Link, Place, Quote, Source, StoryStep, TimelineEvent } from './schema.ts';
import { runSteps } from './steps.ts';
import { timeOrder } from './time-order.ts';

export interface EventGraph {
  readonly title: string;
  readonly description?: string;
  readonly language?: string;
  readonly actors: readonly Actor[];
  /** Named locations events refer to by id (`placeId`). */
  readonly places: readonly Place[];
  readonly sources: readonly Source[];
  /** In time order (by start, then longer spans first, then file order). */
  readonly events: readonly TimelineEvent[];
  readonly quotes: readonly Quote[];
  readonly links: readonly Link[];
  /** The presentation order the file gives, if any. */
  readonly story?: readonly StoryStep[];
  /** Named stretches of time, drawn as bands behind the lanes. */
  readonly eras?: readonly Era[];
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Quotes said in each event. */
  readonly quotesByEvent: ReadonlyMap<string, readonly Quote[]>;
  /** Quotes said elsewhere that are about each event. */
  readonly quotesAbout: ReadonlyMap<string, readonly Quote[]>;
  readonly linksFrom: ReadonlyMap<string, readonly Link[]>;
  readonly linksTo: ReadonlyMap<string, readonly Link[]>;
}

/** The instants an event covers: [startMs, endMs), its end inclusive at the end's precision. */
export function eventSpanMs(event: TimelineEvent): { startMs: number; endMs: number } {
  return { startMs: event.start.startMs, endMs: (event.end ?? event.start).endMs };
}

/** A point is an event written with one date; a range has an end. */
export const isRange = (event: TimelineEvent) => event.end !== undefined;

/** Items grouped by key, in steps of STEP_ITEMS (a million quotes grouped at once were a 35 ms task). */
function* groupBySteps<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Generator<void, ShardedMap<T[]>, void> {
  // Sharded, as eventById: one Map of a million keys rehashes half a million entries at once as it grows.
  const map = new ShardedMap<T[]>();
  for (let i = 0; i < items.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const item = items[i]!;
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  // eventSpanMs without its object: a sort calls this n log n times.
  return a.start.startMs - b.start.startMs || (b.end ?? b.start).endMs - (a.end ?? a.start).endMs;
}

/**
 * The indices of events in time order: by start, then longer spans first, then file order (as a
 * stable sort by compareEvents gives them). Sorted by their instants read once into typed arrays
 * (time-order.ts): a million events sorted as objects spend most of the time reaching into each one's
 * dates, twice per comparison.
 */
export function timeOrderOf(events: readonly TimelineEvent[]): Uint32Array {
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let ordered = true;
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    starts[i] = event.start.startMs;
    ends[i] = (event.end ?? event.start).endMs;
    if (i > 0 && (starts[i - 1]! - starts[i]! || ends[i]! - ends[i - 1]!) > 0) ordered = false;
  }
  if (!ordered) return timeOrder(starts, ends);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
}

/** Events in time order (timeOrderOf), as a new list. */
export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const order = timeOrderOf(events);
  const sorted = new Array<TimelineEvent>(order.length);
  for (let i = 0; i < order.length; i++) sorted[i] = events[order[i]!]!;
  return sorted;
}

export function buildGraph(data: EventGraphData): EventGraph {
  return runSteps(buildGraphSteps(data));
}

/** Events one indexing step handles: a millisecond or two of work (10,000 were 20–35 ms at a million events, the caches cold). */
const STEP_ITEMS = 2_500;

/**
 * buildGraph in steps of bounded work, so a caller on the page can yield between them and index
 * 100,000 events without a long task. Events already in time order (sorted in a Web Worker) stay as given.
 */
export function* buildGraphSteps(data: EventGraphData, options: { readonly eventsInTimeOrder?: boolean } = {}): Generator<void, EventGraph, void> {
  const events = options.eventsInTimeOrder ? data.events : inTimeOrder(data.events);
  // Sharded: one Map of a million events rehashes half a million entries at once as it grows.
  const eventById = new ShardedMap<TimelineEvent>();
  for (let i = 0; i < events.length; i++) {
    if (i % STEP_ITEMS === 0) yield;
    const event = events[i]!;
    eventById.set(event.id, event);
  }
  yield;
  const quotesByEvent = yield* groupBySteps(data.quotes, (q) => [q.event]);
  const quotesAbout = yield* groupBySteps(data.quotes, (q) => q.about ?? []);
  const linksFrom = yield* groupBySteps(data.links, (l) => [l.from]);
  const linksTo = yield* groupBySteps(data.links, (l) => [l.to]);
  return {
    title: data.title,
    description: data.description,
    language: data.language,
    actors: data.actors,
    places: data.places ?? [],
    sources: data.sources,
    events,
    quotes: data.quotes,
    links: data.links,
    story: data.story,
    eras: data.eras,
    eventById,
    actorById: new Map(data.actors.map((a) => [a.id, a])),
    placeById: new Map((data.places ?? []).map((p) => [p.id, p])),
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    quotesByEvent,
    quotesAbout,
    linksFrom,
    linksTo,
  };
}

/** The names of the actors with these ids, in order (an id the graph does not know stands as itself). */
export function actorNames(graph: Pick<EventGraph, 'actorById'>, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => graph.actorById.get(id)?.name ?? id);
}

/** A source and the sources it reports, in order: article → Reuters → spokesperson. Stops at a cycle. */
export function sourceChain(graph: Pick<EventGraph, 'sourceById'>, sourceId: string): Source[] {
  const chain: Source[] = [];
  const seen = new Set<string>();
  let next: string | undefined = sourceId;
  while (next !== undefined && !seen.has(next)) {
    seen.add(next);
    const source = graph.sourceById.get(next);
    if (!source) break;
    chain.push(source);
    next = source.via;
  }
  return chain;
}
