// The synthetic chronology (synthetic.ts) as Apache Parquet in Sourceline's flat columns (id, title,
// start, end, actors, tags, summary, source title, source URL, quote, speaker: one row per event,
// lists in one cell separated by "; "), as an analyst's export would give it, for the bench's
// Parquet run. Written with hyparquet-writer (a devDependency: the app only reads Parquet).
import { parquetWriteBuffer } from 'hyparquet-writer';
import { joinList } from '../src/lib/model/flat-csv.ts';
import type { EventGraphFile } from '../src/lib/model/schema.ts';

export function flatParquet(graph: EventGraphFile): ArrayBuffer {
  const actorName = new Map((graph.actors ?? []).map((a) => [a.id, a.name]));
  const source = new Map((graph.sources ?? []).map((s) => [s.id, s]));
  const quote = new Map((graph.quotes ?? []).map((q) => [q.event, q]));
  const events = graph.events;
  const column = (name: string, cell: (e: (typeof events)[number]) => string | undefined) => ({
    name,
    data: events.map((e) => cell(e) ?? null),
    type: 'STRING' as const,
  });
  return parquetWriteBuffer({
    columnData: [
      column('id', (e) => e.id),
      column('title', (e) => e.title),
      column('start', (e) => e.start),
      column('end', (e) => e.end),
      column('actors', (e) => joinList((e.actors ?? []).map((id) => actorName.get(id) ?? id))),
      column('tags', (e) => joinList(e.tags ?? [])),
      column('summary', (e) => e.summary),
      column('source title', (e) => joinList((e.sources ?? []).map((id) => source.get(id)?.title ?? id))),
      column('source URL', (e) => joinList((e.sources ?? []).map((id) => source.get(id)?.url ?? ''))),
      column('quote', (e) => quote.get(e.id)?.text),
      column('speaker', (e) => quote.get(e.id)?.speaker),
    ],
  });
}
