// Filters that narrow a chronology: by actor, tag, link type, date range and area of the map. Within
// one kind any choice matches ("NATO or Russia"); across kinds all must ("NATO, in 2008"). Pure.
import { inArea, type GeoArea } from './area.ts';
import type { EdgeIndex } from './chains.ts';
import { eventSpanMs, type EventGraph } from './graph.ts';
import { eventLonLat } from './places.ts';

export interface EventFilter {
  readonly actors: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  readonly linkTypes: ReadonlySet<string>;
  readonly range: readonly [number, number] | null;
  /** Events placed in this area of the map (events with no place are left out while it is set). */
  readonly area?: GeoArea | null;
}

export const isFiltering = (f: EventFilter) => f.actors.size + f.tags.size + f.linkTypes.size > 0 || f.range !== null || (f.area ?? null) !== null;

/** The ids of the events that pass, or null when no filter is set (everything passes). */
export function filterEvents(graph: EventGraph, edges: EdgeIndex, filter: EventFilter): Set<string> | null {
  if (!isFiltering(filter)) return null;
  const linked = (id: string) => [...(edges.outgoing.get(id) ?? []), ...(edges.incoming.get(id) ?? [])].some((e) => filter.linkTypes.has(e.type));
  const keep = new Set<string>();
  for (const event of graph.events) {
    if (filter.actors.size > 0 && !(event.actors ?? []).some((a) => filter.actors.has(a))) continue;
    if (filter.tags.size > 0 && !(event.tags ?? []).some((t) => filter.tags.has(t))) continue;
    if (filter.linkTypes.size > 0 && !linked(event.id)) continue;
    if (filter.range) {
      const span = eventSpanMs(event);
      if (span.endMs <= filter.range[0] || span.startMs >= filter.range[1]) continue;
    }
    if (filter.area) {
      const at = eventLonLat(graph, event);
      if (!at || !inArea(at, filter.area)) continue;
    }
    keep.add(event.id);
  }
  return keep;
}

/** The graph with only the kept events, and the quotes and links among them. */
export function subgraph(graph: EventGraph, keep: ReadonlySet<string>): EventGraph {
  const events = graph.events.filter((e) => keep.has(e.id));
  const quotes = graph.quotes.filter((q) => keep.has(q.event));
  const links = graph.links.filter((l) => keep.has(l.from) && keep.has(l.to));
  const only = <T>(map: ReadonlyMap<string, readonly T[]>) => new Map([...map].filter(([id]) => keep.has(id)));
  return {
    ...graph,
    events,
    quotes,
    links,
    eventById: new Map(events.map((e) => [e.id, e])),
    quotesByEvent: only(graph.quotesByEvent),
    quotesAbout: new Map([...only(graph.quotesAbout)].map(([id, qs]) => [id, qs.filter((q) => keep.has(q.event))])),
    linksFrom: new Map([...only(graph.linksFrom)].map(([id, ls]) => [id, ls.filter((l) => keep.has(l.to))])),
    linksTo: new Map([...only(graph.linksTo)].map(([id, ls]) => [id, ls.filter((l) => keep.has(l.from))])),
  };
}

/** Every tag in use, most used first. */
/** How many events carry each of the values (an event naming one twice counts once). One pass: 100,000 events take milliseconds. */
function countValues(graph: EventGraph, valuesOf: (e: EventGraph['events'][number]) => readonly string[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of graph.events) {
    const values = valuesOf(e);
    if (!values) continue;
    values.forEach((v, i) => {
      if (values.indexOf(v) === i) counts.set(v, (counts.get(v) ?? 0) + 1);
    });
  }
  return counts;
}

export function tagCounts(graph: EventGraph): [tag: string, count: number][] {
  return [...countValues(graph, (e) => e.tags)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** How many events name each actor, in the file's order of actors. */
export function actorCounts(graph: EventGraph): [actorId: string, name: string, count: number][] {
  const counts = countValues(graph, (e) => e.actors);
  return graph.actors.map((a) => [a.id, a.name, counts.get(a.id) ?? 0]);
}

/** Choices a filter menu lists at once; past them, the menu says how many there are and a search finds the rest. */
export const MENU_CHOICES = 40;

export interface MenuChoices<T> {
  /** What the menu lists: the first matches, then any chosen ones that are not among them. */
  readonly shown: readonly T[];
  /** How many choices match the search (all of them without one). */
  readonly matching: number;
  readonly total: number;
}

/**
 * The choices a menu shows for a search (case and accents ignored, anywhere in the label), most used
 * first as given, at most `max` of them, plus those already chosen, so none is ever hidden out of reach.
 */
export function menuChoices<T>(
  items: readonly T[],
  label: (item: T) => string,
  query: string,
  isChosen: (item: T) => boolean,
  max = MENU_CHOICES,
): MenuChoices<T> {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(query.trim());
  const matches = wanted === '' ? items : items.filter((item) => fold(label(item)).includes(wanted));
  const first = matches.slice(0, max);
  const listed = new Set(first);
  return { shown: [...first, ...items.filter((item) => isChosen(item) && !listed.has(item))], matching: matches.length, total: items.length };
}
