// Sourceline's flat CSV: one row per event, for spreadsheets. The columns, how lists sit in one cell
// (separated by ";", a ";" inside an item written "\;"), and the writer; the reader is
// data/import/sourceline-csv.ts. Pure. What the flat form cannot hold (links, story, eras, colours,
// quote dates and "about", source publishers and "via", media sizes, sources and thumbnails, the media of
// quotes and sources) is left out of it: JSON keeps everything.
import { csvFormatRows } from 'd3-dsv';
import { actorNames, type EventGraph } from './graph.ts';
import { eventLonLat } from './places.ts';
import type { Media } from './schema.ts';

/** Each column by the name the writer gives it first, then other names the reader accepts. */
export const FLAT_COLUMNS = {
  id: ['id'],
  title: ['title'],
  start: ['start', 'start date', 'date'],
  end: ['end', 'end date'],
  approximate: ['approximate'],
  actors: ['actors', 'actor'],
  tags: ['tags', 'tag'],
  summary: ['summary'],
  place: ['place'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
  sourceTitle: ['source title', 'source titles', 'source'],
  sourceUrl: ['source url', 'source urls'],
  quote: ['quote', 'quotes'],
  speaker: ['speaker', 'speakers'],
  media: ['media', 'media url', 'media urls'],
  mediaType: ['media type', 'media types'],
  mediaAlt: ['media alt', 'media alt text'],
  mediaCaption: ['media caption', 'media captions'],
  mediaCredit: ['media credit', 'media credits'],
} as const;

export type FlatColumn = keyof typeof FLAT_COLUMNS;

/** The header as the writer writes it. */
const HEADER: Readonly<Record<FlatColumn, string>> = {
  id: 'id',
  title: 'title',
  start: 'start',
  end: 'end',
  approximate: 'approximate',
  actors: 'actors',
  tags: 'tags',
  summary: 'summary',
  place: 'place',
  latitude: 'latitude',
  longitude: 'longitude',
  sourceTitle: 'source title',
  sourceUrl: 'source URL',
  quote: 'quote',
  speaker: 'speaker',
  media: 'media',
  mediaType: 'media type',
  mediaAlt: 'media alt',
  mediaCaption: 'media caption',
  mediaCredit: 'media credit',
};

export const FLAT_HEADER: readonly FlatColumn[] = Object.keys(HEADER) as FlatColumn[];

/** Writes a list into one cell: "a; b\; c" holds "a" and "b; c". */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join('; ');
}

/** Reads a list from one cell; items are trimmed. `keepEmpty` keeps empty items, for lists that pair up by position. */
export function splitList(cell: string, keepEmpty = false): string[] {
  if (cell.trim() === '') return [];
  // Without a backslash nothing is escaped: split as splitListByCharacter would, without building each item a character at a time.
  if (!cell.includes('\\')) {
    const items = cell.split(';').map((item) => item.trim());
    return keepEmpty ? items : items.filter((x) => x !== '');
  }
  return splitListByCharacter(cell, keepEmpty);
}

/** splitList read one character at a time, a backslash escaping ";" or itself: for a cell with a backslash in it. */
export function splitListByCharacter(cell: string, keepEmpty = false): string[] {
  if (cell.trim() === '') return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) item += cell[++i];
    else if (c === ';') {
      items.push(item.trim());
      item = '';
    } else item += c;
  }
  items.push(item.trim());
  return keepEmpty ? items : items.filter((x) => x !== '');
}

/**
 * Spreadsheets run a cell that starts with "=", "+", "-" or "@" as a formula (CSV injection): such
 * text, in any cell (a BCE date "-0489-09" as much as a title), is written after a "'", which
 * spreadsheets hide and the reader removes. Text that itself starts with "'" gets one more, so
 * that every text reads back as it was written.
 */
export const guardFormula = (text: string) => (/^[=+\-@\t\r']/.test(text) ? `'${text}` : text);
export const unguardFormula = (text: string) => (/^'[=+\-@\t\r']/.test(text) ? text.slice(1) : text);

type FlatGraph = Pick<EventGraph, 'events' | 'actorById' | 'sourceById' | 'quotesByEvent'> & Partial<Pick<EventGraph, 'placeById'>>;

/** An event's media as five cells, paired by position (a cell empty when no item has the field). */
function mediaCells(media: readonly Media[]): Record<'media' | 'mediaType' | 'mediaAlt' | 'mediaCaption' | 'mediaCredit', string> {
  const list = (pick: (m: Media) => string | undefined) => (media.some((m) => pick(m)) ? joinList(media.map((m) => pick(m) ?? '')) : '');
  return {
    media: list((m) => m.url),
    mediaType: list((m) => m.type),
    mediaAlt: list((m) => m.alt),
    mediaCaption: list((m) => m.caption),
    mediaCredit: list((m) => m.credit),
  };
}

/** The graph as flat CSV: a header row, then one row per event in time order; dates as written. */
export function eventGraphCsv(graph: FlatGraph): string {
  const rows = graph.events.map((event) => {
    const sources = (event.sources ?? []).map((id) => graph.sourceById.get(id)).filter((s) => s !== undefined);
    const quotes = graph.quotesByEvent.get(event.id) ?? [];
    const at = eventLonLat({ placeById: graph.placeById ?? new Map() }, event);
    const cells: Record<FlatColumn, string> = {
      id: event.id,
      title: event.title,
      start: event.start.text,
      end: event.end?.text ?? '',
      approximate: event.approximate ? 'yes' : '',
      actors: joinList(actorNames(graph, event.actors)),
      tags: joinList(event.tags ?? []),
      summary: event.summary ?? '',
      place: event.place ?? (event.placeId ? (graph.placeById?.get(event.placeId)?.name ?? '') : ''),
      latitude: at ? String(at[1]) : '',
      longitude: at ? String(at[0]) : '',
      sourceTitle: joinList(sources.map((s) => s.title)),
      sourceUrl: sources.some((s) => s.url) ? joinList(sources.map((s) => s.url ?? '')) : '',
      quote: joinList(quotes.map((q) => q.text)),
      speaker: quotes.some((q) => q.speaker) ? joinList(quotes.map((q) => q.speaker ?? '')) : '',
      ...mediaCells(event.media ?? []),
    };
    // Every cell guarded, whatever its column: no cell of this file is ever run as a formula.
    return FLAT_HEADER.map((column) => guardFormula(cells[column]));
  });
  return `${csvFormatRows([FLAT_HEADER.map((column) => HEADER[column]), ...rows])}\n`;
}
