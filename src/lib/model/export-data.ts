// Writes a loaded event graph back out as a version 1 data file: pretty-printed, fields in the order
// of the format, every date exactly as it was written. Pure; reading the result gives the same graph.
import type { PartialDate } from './dates.ts';
import type { EventGraph } from './graph.ts';

type GraphContent = Pick<EventGraph, 'title' | 'description' | 'language' | 'actors' | 'sources' | 'events' | 'quotes' | 'links'> &
  Partial<Pick<EventGraph, 'story' | 'eras' | 'places'>>;

const isPartialDate = (value: unknown): value is PartialDate =>
  typeof value === 'object' && value !== null && typeof (value as PartialDate).text === 'string' && typeof (value as PartialDate).startMs === 'number';

/**
 * The graph as a data file's text. Events come in time order (the order they were read into); the
 * checked data keeps only the fields the format knows, so unknown fields (already warned about) are gone.
 */
export function eventGraphJson(graph: GraphContent, options: { readonly schemaUrl: string }): string {
  const file = {
    $schema: options.schemaUrl,
    version: 1,
    title: graph.title,
    description: graph.description,
    language: graph.language,
    actors: graph.actors,
    places: graph.places?.length ? graph.places : undefined,
    sources: graph.sources,
    events: graph.events,
    quotes: graph.quotes,
    links: graph.links,
    story: graph.story,
    eras: graph.eras,
  };
  // A parsed date is written back as its text: "2008-04", never "2008-04-01T00:00:00.000Z".
  return `${JSON.stringify(file, (_key, value: unknown) => (isPartialDate(value) ? value.text : value), 2)}\n`;
}
