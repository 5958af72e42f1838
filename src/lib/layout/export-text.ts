// The words around an exported picture of the timeline: its file name, its heading and its footer of
// sources, fitted to the picture's width with a given text measurer. Pure: no DOM, no fonts of its own.
import type { EventGraph } from '../model/graph.ts';
import { citedChain } from '../model/provenance.ts';
import { joinWords, titleWords } from '../model/slug.ts';
import { truncateToWidth, wrapToWidth } from './labels.ts';

export type Measure = (text: string) => number;

/** Names Windows refuses for a file, whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_NAME_CHARS = 80;

/**
 * A file name from a dataset's title: lower case, letters and digits of any script joined by '-', no
 * marks of direction, markup, paths or dots: "Ukraine, NATO and the Bucharest promise" →
 * "ukraine-nato-and-the-bucharest-promise.svg". Falls back to "sourceline" when nothing is left.
 */
export function exportFileName(title: string, extension: string): string {
  let name = joinWords(titleWords(title), MAX_NAME_CHARS);
  if (!name || RESERVED.test(name)) name = name ? `sourceline-${name}` : 'sourceline';
  return `${name}.${extension}`;
}

/** How a source is named in a footer: its publisher (else its title), then the first sources it reports, then how many hops more. */
export function sourceName(graph: Pick<EventGraph, 'sources' | 'sourceById'>, sourceId: string): string {
  const { sources, moreHops } = citedChain(graph, sourceId);
  const names = sources.map((s) => s.publisher ?? s.title);
  return names.join(', via ') + (moreHops > 0 ? ` … and ${moreHops.toLocaleString('en')} more ${moreHops === 1 ? 'hop' : 'hops'}` : '');
}

/** The names of sources, each once, in the order given ("NATO" cited by three declarations is one name). */
export function distinctSourceNames(graph: Pick<EventGraph, 'sources' | 'sourceById'>, sourceIds: readonly string[]): string[] {
  return [...new Set(sourceIds.map((id) => sourceName(graph, id)))];
}

export interface FitOptions {
  readonly maxWidthPx: number;
  readonly measure: Measure;
}

/** The heading of an exported picture: the title on one line (shortened if need be), then the window. */
export function exportHeading(title: string, windowLabel: string, options: FitOptions): { title: string; window: string } {
  return {
    title: truncateToWidth(title.replace(/\s+/g, ' ').trim(), options.maxWidthPx, options.measure),
    window: truncateToWidth(`Showing ${windowLabel}`, options.maxWidthPx, options.measure),
  };
}

/**
 * "Sources: NATO; Euromaidan Press, via Reuters; …" over at most `maxLines` lines of the given width,
 * breaking between sources where it can. What does not fit is counted: "… and 12 more". No sources:
 * "Sources: none given for the events shown", so a picture never looks sourced when it is not.
 */
export function sourcesFooter(names: readonly string[], options: FitOptions & { readonly maxLines: number }): string[] {
  const { maxWidthPx, measure, maxLines } = options;
  if (names.length === 0) return [truncateToWidth('Sources: none given for the events shown', maxWidthPx, measure)];
  const parts = names.map((name, i) => (i === 0 ? `Sources: ${name}` : name) + (i < names.length - 1 ? ';' : ''));
  const fits = (text: string) => measure(text) <= maxWidthPx;
  const more = (n: number) => (n > 0 ? ` … and ${n} more` : '');

  const all = wrap(parts, maxWidthPx, measure, maxLines);
  if (all.used === parts.length) return all.lines;
  // Too many: from what fills the lines, drop sources from the end until the count of the rest fits too.
  for (let shown = all.used; shown >= 1; shown--) {
    const { lines } = wrap(parts.slice(0, shown), maxWidthPx, measure, maxLines + 1);
    lines[lines.length - 1] = lines.at(-1)!.replace(/;$/, '') + more(parts.length - shown);
    if (lines.length <= maxLines && lines.every(fits)) return lines;
  }
  // Not even the first source fits beside the count: shorten it (its "…" leads into the count).
  const tail = ` and ${parts.length - 1} more`;
  return [truncateToWidth(parts[0]!.replace(/;$/, ''), maxWidthPx - measure(tail), measure) + tail];
}

/**
 * Greedy lines of parts joined by spaces, at most `maxLines` of them; `used` says how many parts they
 * hold. A part wider than a line is shortened, never split.
 */
function wrap(parts: readonly string[], maxWidthPx: number, measure: Measure, maxLines: number): { lines: string[]; used: number } {
  const lines: string[] = [];
  let used = 0;
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${part}`) <= maxWidthPx) lines[lines.length - 1] = `${last} ${part}`;
    else if (lines.length < maxLines) lines.push(measure(part) <= maxWidthPx ? part : truncateToWidth(part, maxWidthPx, measure));
    else break;
    used++;
  }
  return { lines, used };
}

/**
 * Characters XML 1.0 forbids in a document, written or as a reference (`&#11;`): C0 controls but tab,
 * line feed and carriage return (a vertical tab comes with text pasted from Word), surrogates that are
 * not half of a pair, U+FFFE and U+FFFF. One of them in a title made the exported SVG ill-formed, and
 * the PNG, drawn from it, failed.
 */
const XML_FORBIDDEN =
  /[^\P{Cc}\t\n\r\u007f-\u009f]|[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|&#(?:x0*([0-9a-f]{1,6})|0*(\d{1,7}));/giu;

const isForbidden = (code: number) =>
  (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;

/**
 * Serialized SVG (or any XML) with what XML forbids replaced, for an exported file only (the app
 * keeps the text as it is): a control character becomes a space, as the line or page break it
 * usually is; anything else forbidden becomes U+FFFD, the replacement character.
 */
export function xmlSafe(xml: string): string {
  return xml.replace(XML_FORBIDDEN, (found, hex: string | undefined, decimal: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : found.charCodeAt(0);
    if ((hex !== undefined || decimal !== undefined) && !isForbidden(code)) return found;
    return code < 0x20 ? ' ' : '\ufffd';
  });
}

/** Browsers refuse canvases much past 16,384 pixels a side or 2^28 pixels in all. */
const MAX_CANVAS_SIDE_PX = 16_384;
const MAX_CANVAS_AREA_PX = 2 ** 28;

/** The scale to draw a picture at: `wanted` (2 for a 2× PNG), less if the canvas would be too big. */
export function pngScale(widthPx: number, heightPx: number, wanted = 2): number {
  const bySide = MAX_CANVAS_SIDE_PX / Math.max(widthPx, heightPx, 1);
  const byArea = Math.sqrt(MAX_CANVAS_AREA_PX / Math.max(widthPx * heightPx, 1));
  return Math.min(wanted, bySide, byArea);
}

/** What the reader has filtered by, as a picture's footer says it (null: no filter in force). */
export interface FilterWords {
  readonly actors: readonly string[];
  readonly tags: readonly string[];
  readonly linkTypes: readonly string[];
  /** "2008 – 2014", as the window is written. */
  readonly range: string | null;
  readonly search: string;
  /** Filtered-out events hidden, or dimmed. */
  readonly mode: 'hide' | 'dim';
}

/**
 * "Filters: actors NATO, Russia; tag summit; dates 2008 – 2014; search “Bucharest”; others hidden",
 * or null when nothing is filtered: a published picture says what it leaves out.
 */
export function filtersLine(filters: FilterWords): string | null {
  const parts = [
    filters.actors.length > 0 ? `${filters.actors.length === 1 ? 'actor' : 'actors'} ${filters.actors.join(', ')}` : '',
    filters.tags.length > 0 ? `${filters.tags.length === 1 ? 'tag' : 'tags'} ${filters.tags.join(', ')}` : '',
    filters.linkTypes.length > 0 ? `with links of type ${filters.linkTypes.join(', ')}` : '',
    filters.range ? `dates ${filters.range}` : '',
    filters.search.trim() ? `search “${filters.search.trim()}”` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const rest =
    filters.mode === 'dim' ? 'events left out are dimmed' : filters.search.trim() && parts.length === 1 ? 'matches highlighted' : 'events left out are hidden';
  return `Filters: ${parts.join('; ')}; ${rest}`;
}

/**
 * The events whose labels the picture cuts short or leaves out, in full: "2–4 April 2008 · Bucharest
 * summit: “these countries will become members of NATO”", wrapped to the picture's width, at most
 * `maxLines` lines in all; what does not fit is counted.
 */
export function eventKey(entries: readonly { readonly date: string; readonly title: string }[], options: FitOptions & { readonly maxLines: number }): string[] {
  const lines: string[] = [];
  for (const [i, entry] of entries.entries()) {
    const wrapped = wrapToWidth(`${entry.date} · ${entry.title}`, options.maxWidthPx, options.measure, 3);
    if (lines.length + wrapped.length > options.maxLines - (i < entries.length - 1 ? 1 : 0)) {
      lines.push(`… and ${entries.length - i} more ${entries.length - i === 1 ? 'event' : 'events'}`);
      break;
    }
    lines.push(...wrapped);
  }
  return lines;
}
