// How much an event says, for choosing which to name where a lane has too many events to name them
// all (the named overview): from the data, never at random. Computed once per graph (per lane, as
// lanes are built), so a zoom only reads it. Pure.
import type { EventGraph } from '../model/graph.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { runSteps } from '../model/steps.ts';
import { timeOrderSteps } from '../model/time-order.ts';

/** What an event's significance is made of, each capped so that no one kind outweighs all the others. */
export const SIGNIFICANCE = {
  /** In the file's story: the author chose it to tell the chronology. */
  inStory: 10,
  /** Per quote said in it or about it, up to `maxQuotes`. */
  perQuote: 3,
  maxQuotes: 4,
  /** Per link from or to it, up to `maxLinks`. */
  perLink: 2,
  maxLinks: 5,
  /** Per source it rests on, up to `maxSources`. */
  perSource: 1,
  maxSources: 6,
  /** A range: log2(1 + days / 7), up to this (a week 1, a month 2.3, a quarter 3.9). */
  maxRange: 4,
} as const;

const DAY_MS = 86_400_000;

/** The facts significance reads, as counts (testable without a graph). */
export interface SignificanceFacts {
  readonly inStory: boolean;
  readonly quotes: number;
  readonly links: number;
  readonly sources: number;
  /** Days a range covers; 0 for an event written with one date. */
  readonly rangeDays: number;
}

export function significance(facts: SignificanceFacts): number {
  const s = SIGNIFICANCE;
  return (
    (facts.inStory ? s.inStory : 0) +
    s.perQuote * Math.min(facts.quotes, s.maxQuotes) +
    s.perLink * Math.min(facts.links, s.maxLinks) +
    s.perSource * Math.min(facts.sources, s.maxSources) +
    (facts.rangeDays > 0 ? Math.min(s.maxRange, Math.log2(1 + facts.rangeDays / 7)) : 0)
  );
}

/** The ids of the events in the file's story (empty without one): build once, then pass to `significanceFacts`. */
export const storyIds = (graph: Pick<EventGraph, 'story'>): ReadonlySet<string> => new Set((graph.story ?? []).map((step) => step.event));

export interface QuoteAndLinkCounts {
  readonly quotes: number;
  readonly links: number;
}

const NO_QUOTES_OR_LINKS: QuoteAndLinkCounts = { quotes: 0, links: 0 };

/** The quotes by or about an event, and the links from or to it. */
export function quoteAndLinkCounts(graph: Pick<EventGraph, 'quotesByEvent' | 'quotesAbout' | 'linksFrom' | 'linksTo'>, id: string): QuoteAndLinkCounts {
  return {
    quotes: (graph.quotesByEvent.get(id)?.length ?? 0) + (graph.quotesAbout.get(id)?.length ?? 0),
    links: (graph.linksFrom.get(id)?.length ?? 0) + (graph.linksTo.get(id)?.length ?? 0),
  };
}

/** Entries counted in one step of quoteAndLinkCountsSteps: a millisecond or two of work (8,192 took 28 ms of a page holding a million events). */
const STEP_ENTRIES = 1024;

/**
 * quoteAndLinkCounts for every event at once, in steps, as a look-up by the event itself: the events
 * with quotes or links are held, keyed by their objects, the others found absent (none). A million
 * events mostly without either were four look-ups by id each, then one, every miss hashing the id
 * (Node: 230–300 ms for a million); a Map keyed by objects answers a miss for an object it never held
 * without hashing anything (12–31 ms).
 */
export function* quoteAndLinkCountsSteps(
  graph: Pick<EventGraph, 'eventById' | 'quotesByEvent' | 'quotesAbout' | 'linksFrom' | 'linksTo'>,
): Generator<void, (event: TimelineEvent) => QuoteAndLinkCounts, void> {
  const counts = new Map<TimelineEvent, { quotes: number; links: number }>();
  let counted = 0;
  for (const [map, kind] of [
    [graph.quotesByEvent, 'quotes'],
    [graph.quotesAbout, 'quotes'],
    [graph.linksFrom, 'links'],
    [graph.linksTo, 'links'],
  ] as const)
    for (const [id, items] of map) {
      if (++counted % STEP_ENTRIES === 0) yield;
      const event = graph.eventById.get(id);
      if (!event) continue;
      let entry = counts.get(event);
      if (!entry) counts.set(event, (entry = { quotes: 0, links: 0 }));
      entry[kind] += items.length;
    }
  return (event) => counts.get(event) ?? NO_QUOTES_OR_LINKS;
}

export function significanceFacts(
  graph: Pick<EventGraph, 'quotesByEvent' | 'quotesAbout' | 'linksFrom' | 'linksTo'>,
  event: TimelineEvent,
  story: ReadonlySet<string>,
  counts = quoteAndLinkCounts(graph, event.id),
): SignificanceFacts {
  return {
    inStory: story.has(event.id),
    quotes: counts.quotes,
    links: counts.links,
    sources: event.sources?.length ?? 0,
    rangeDays: event.end ? (event.end.endMs - event.start.startMs) / DAY_MS : 0,
  };
}

/**
 * Indices into `scores` from the most significant down; ties broken by time (earlier first), then by
 * index. A fixed order: the named overview names events by it at every zoom, so naming never flickers.
 */
export function rankBySignificance(scores: ArrayLike<number>, startsMs: ArrayLike<number>): Uint32Array {
  return runSteps(rankBySignificanceSteps(scores, startsMs));
}

/** The same, in steps (a lane of 80,000 events ranked at once was 25 ms of a task). */
export function* rankBySignificanceSteps(scores: ArrayLike<number>, startsMs: ArrayLike<number>): Generator<void, Uint32Array<ArrayBuffer>, void> {
  // timeOrder's radix sort (ascending first key, descending second, then index) over the scores and
  // starts negated: a comparator's calls were a sixth of the first drawing at a million events.
  const n = scores.length;
  const lessSignificant = new Float64Array(n);
  const later = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lessSignificant[i] = -scores[i]!;
    later[i] = -startsMs[i]!;
  }
  return yield* timeOrderSteps(lessSignificant, later);
}
