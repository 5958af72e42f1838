// Finds events by what is written about them: title, summary, place, tags, the quotes said in them
// and their speakers, and the titles of their sources. Case and accents do not matter ("turkiye"
// finds "Türkiye"); every word of the query must appear. Pure.
import type { EventGraph } from './graph.ts';

export type SearchField = 'title' | 'summary' | 'place' | 'tag' | 'quote' | 'speaker' | 'source';

export interface SearchResult {
  readonly eventId: string;
  /** The field the first word was found in, and a short excerpt around it. */
  readonly field: SearchField;
  readonly excerpt: string;
}

interface Entry {
  readonly eventId: string;
  readonly texts: readonly { readonly field: SearchField; readonly text: string; readonly folded: string }[];
  /** All texts folded together, to test every word at once. */
  readonly all: string;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
}

/** Lower case without accents; same length as the input for Latin text, so excerpts line up. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function buildSearchIndex(graph: EventGraph): SearchIndex {
  const entries = graph.events.map((event): Entry => {
    const texts: { field: SearchField; text: string }[] = [{ field: 'title', text: event.title }];
    if (event.summary) texts.push({ field: 'summary', text: event.summary });
    if (event.place) texts.push({ field: 'place', text: event.place });
    for (const tag of event.tags ?? []) texts.push({ field: 'tag', text: tag });
    for (const quote of graph.quotesByEvent.get(event.id) ?? []) {
      texts.push({ field: 'quote', text: quote.text });
      if (quote.speaker) texts.push({ field: 'speaker', text: quote.speaker });
    }
    for (const id of event.sources ?? []) {
      const source = graph.sourceById.get(id);
      if (source) texts.push({ field: 'source', text: source.publisher ? `${source.title} (${source.publisher})` : source.title });
    }
    const folded = texts.map((t) => ({ ...t, folded: fold(t.text) }));
    return { eventId: event.id, texts: folded, all: folded.map((t) => t.folded).join('\n') };
  });
  return { entries };
}

function excerpt(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 30);
  const to = Math.min(text.length, at + length + 50);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Events matching every word of the query, those matching in their title first, then in time order. */
export function searchGraph(index: SearchIndex, query: string, limit = Infinity): SearchResult[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const titled: SearchResult[] = [];
  const other: SearchResult[] = [];
  for (const entry of index.entries) {
    if (!words.every((w) => entry.all.includes(w))) continue;
    const first = words[0]!;
    const hit = entry.texts.find((t) => t.folded.includes(first))!;
    const result = { eventId: entry.eventId, field: hit.field, excerpt: excerpt(hit.text, hit.folded.indexOf(first), first.length) };
    (hit.field === 'title' ? titled : other).push(result);
    if (titled.length >= limit) break;
  }
  return [...titled, ...other].slice(0, limit);
}

/** The ids of all events matching the query (for highlighting them on the timeline). */
export function matchingIds(index: SearchIndex, query: string): Set<string> {
  return new Set(searchGraph(index, query).map((r) => r.eventId));
}
