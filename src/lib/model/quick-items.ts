// The schema's check of one list item (an event, actor, source, quote, link, story step or era) for
// the items that pass it, without zod: each field read once, by a table of the field kinds schema.ts
// gives them. A million well-formed events are checked in well under a second this way, where zod's
// interpreted parser (no code generation under the app's CSP) takes seconds and makes the garbage
// collector work for its payloads and issue lists. Gives exactly the item zod would give (the same
// fields in the same order, ids and references composed, dates read), or undefined at the least doubt
// (any field it does not read, such as media, or any value the schema might refuse), and then zod
// checks the item and says what is wrong. quick-items.property.test.ts holds it to that. Pure.
import { coordinateProblem } from './coordinates.ts';
import { parseDate } from './dates.ts';
import { quickDate } from './quick-date.ts';
import { composedText, ID_PATTERN } from './id-pattern.ts';
import { checkSafeUrl } from './safe-url.ts';

/** How schema.ts checks a field, by the helper it is written with there. */
type Kind = 'id' | 'text' | 'date' | 'reference' | 'references' | 'texts' | 'boolean' | 'coordinates' | 'httpUrl' | 'color' | 'linkType' | 'zoom' | 'media';

/** A field: its name, how it is checked, and whether an item must have it. */
type Field = readonly [key: string, kind: Kind, required: boolean];

/** Each list's fields, in the order of its schema's shape (the order zod writes them in). */
export const QUICK_FIELDS = {
  actors: [
    ['id', 'id', true],
    ['name', 'text', true],
    ['color', 'color', false],
  ],
  sources: [
    ['id', 'id', true],
    ['title', 'text', true],
    ['publisher', 'text', false],
    ['author', 'text', false],
    ['url', 'httpUrl', false],
    ['published', 'date', false],
    ['accessed', 'date', false],
    ['archiveUrl', 'httpUrl', false],
    ['via', 'reference', false],
    ['media', 'media', false],
  ],
  events: [
    ['id', 'id', true],
    ['title', 'text', true],
    ['start', 'date', true],
    ['end', 'date', false],
    ['approximate', 'boolean', false],
    ['summary', 'text', false],
    ['actors', 'references', false],
    ['tags', 'texts', false],
    ['place', 'text', false],
    ['placeId', 'reference', false],
    ['coordinates', 'coordinates', false],
    ['sources', 'references', false],
    ['media', 'media', false],
  ],
  quotes: [
    ['id', 'id', true],
    ['text', 'text', true],
    ['speaker', 'text', false],
    ['speakerRole', 'text', false],
    ['said', 'date', false],
    ['event', 'reference', true],
    ['about', 'references', false],
    ['source', 'reference', true],
    ['language', 'text', false],
    ['translated', 'boolean', false],
    ['note', 'text', false],
    ['media', 'media', false],
  ],
  links: [
    ['from', 'reference', true],
    ['to', 'reference', true],
    ['type', 'linkType', true],
    ['label', 'text', false],
    ['source', 'reference', false],
  ],
  story: [
    ['event', 'reference', true],
    ['note', 'text', false],
    ['zoom', 'zoom', false],
  ],
  eras: [
    ['start', 'date', true],
    ['end', 'date', true],
    ['label', 'text', true],
  ],
} as const satisfies Record<string, readonly Field[]>;

export type QuickList = keyof typeof QUICK_FIELDS;

const idRegex = new RegExp(ID_PATTERN, 'u');
/** An id of ASCII letters, digits and `._:-`: usable as written, and already composed. */
const ASCII_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const LINK_TYPE = /^[a-z][a-z-]*$/;

/** Text with something in it besides white space (the schema's "is empty" check), the common case told at its first character. */
function isText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim() !== '';
}

/** The checked value of a field, as the schema gives it, or undefined when the schema might refuse it. */
function quickValue(kind: Kind, value: unknown): unknown {
  switch (kind) {
    case 'id': {
      if (typeof value !== 'string') return undefined;
      if (value.length <= 200 && ASCII_ID.test(value)) return value;
      const nfc = value.normalize('NFC');
      return idRegex.test(nfc) && nfc.length <= 200 ? nfc : undefined;
    }
    case 'text':
      return isText(value) ? value : undefined;
    case 'date': {
      if (typeof value !== 'string') return undefined;
      const quick = quickDate(value);
      if (quick) return quick;
      const parsed = parseDate(value);
      return parsed.ok ? parsed.date : undefined;
    }
    case 'reference':
      return typeof value === 'string' ? composedText(value) : undefined;
    case 'references':
    case 'texts': {
      if (!Array.isArray(value)) return undefined;
      const out: string[] = new Array<string>(value.length);
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== 'string' || (kind === 'texts' && !isText(item))) return undefined;
        out[i] = kind === 'texts' ? item : composedText(item);
      }
      return out;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'coordinates': {
      if (!Array.isArray(value) || value.length !== 2) return undefined;
      const [lon, lat] = value as unknown[];
      if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
      return coordinateProblem([lon, lat]) === null ? [lon, lat] : undefined;
    }
    case 'httpUrl':
      return typeof value === 'string' && checkSafeUrl(value) === null ? value : undefined;
    case 'color':
      return typeof value === 'string' && COLOR.test(value) ? value : undefined;
    case 'linkType':
      return typeof value === 'string' && LINK_TYPE.test(value) ? value : undefined;
    case 'zoom':
      return value === 'event' || value === 'context' || value === 'all' ? value : undefined;
    case 'media':
      // Media have checks of their own (alt text for images, addresses): zod reads them.
      return undefined;
  }
}

/** An optional field: its checked value, or undefined when absent, or DOUBT. */
const DOUBT = Symbol('doubt');

function optional(kind: Kind, value: unknown): unknown {
  if (value === undefined) return undefined;
  const checked = quickValue(kind, value);
  return checked === undefined ? DOUBT : checked;
}

/**
 * quickItem for an event, written out field by field: a million events are read with each property
 * named in the code (a keyed read by a name held in a variable is a slow lookup, ten of them per event).
 */
function quickEvent(event: Record<string, unknown>): Record<string, unknown> | undefined {
  const id = quickValue('id', event.id);
  const title = quickValue('text', event.title);
  const start = quickValue('date', event.start);
  if (id === undefined || title === undefined || start === undefined) return undefined;
  const end = optional('date', event.end);
  const approximate = optional('boolean', event.approximate);
  const summary = optional('text', event.summary);
  const actors = optional('references', event.actors);
  const tags = optional('texts', event.tags);
  const place = optional('text', event.place);
  const placeId = optional('reference', event.placeId);
  const coordinates = optional('coordinates', event.coordinates);
  const sources = optional('references', event.sources);
  const media = event.media;
  if (
    end === DOUBT ||
    approximate === DOUBT ||
    summary === DOUBT ||
    actors === DOUBT ||
    tags === DOUBT ||
    place === DOUBT ||
    placeId === DOUBT ||
    coordinates === DOUBT ||
    sources === DOUBT ||
    media !== undefined
  )
    return undefined;
  // In the schema's order; an optional field written as undefined (by an importer; JSON has none) stays, as zod keeps it.
  const out: Record<string, unknown> = { id, title, start };
  if (end !== undefined || 'end' in event) out.end = end;
  if (approximate !== undefined || 'approximate' in event) out.approximate = approximate;
  if (summary !== undefined || 'summary' in event) out.summary = summary;
  if (actors !== undefined || 'actors' in event) out.actors = actors;
  if (tags !== undefined || 'tags' in event) out.tags = tags;
  if (place !== undefined || 'place' in event) out.place = place;
  if (placeId !== undefined || 'placeId' in event) out.placeId = placeId;
  if (coordinates !== undefined || 'coordinates' in event) out.coordinates = coordinates;
  if (sources !== undefined || 'sources' in event) out.sources = sources;
  if ('media' in event) out.media = undefined;
  return out;
}

/**
 * An item of a list as the schema's check gives it when the item passes, or undefined when it might
 * not (zod must check it then). Reads only the schema's fields, as zod does (`key in item`, `item[key]`).
 */
export function quickItem(list: QuickList, item: unknown): Record<string, unknown> | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  if (list === 'events') return quickEvent(item as Record<string, unknown>);
  const fields: readonly Field[] = QUICK_FIELDS[list];
  const record = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, kind, required] of fields) {
    const present = key in record;
    const value = present ? record[key] : undefined;
    if (value === undefined) {
      if (required) return undefined;
      // An optional field written as undefined (by an importer; JSON has none) stays, as zod keeps it.
      if (present) out[key] = undefined;
      continue;
    }
    const checked = quickValue(kind, value);
    if (checked === undefined) return undefined;
    out[key] = checked;
  }
  return out;
}
