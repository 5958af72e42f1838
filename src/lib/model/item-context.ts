// Names the item a problem sits in, from the raw parsed value ("event "bucharest-summit""), so a
// message can be found in the file by id as well as by path. Reads own properties only; never throws.
import type { PathSegment } from './problems.ts';
import { quoteVisibly } from './visible-text.ts';

export const COLLECTIONS = ['actors', 'places', 'sources', 'events', 'quotes', 'links'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The singular, with its article: `an event`, `a source`. */
export const ITEM_NAME: Readonly<Record<Collection, { one: string; a: string }>> = {
  actors: { one: 'actor', a: 'an actor' },
  places: { one: 'place', a: 'a place' },
  sources: { one: 'source', a: 'a source' },
  events: { one: 'event', a: 'an event' },
  quotes: { one: 'quote', a: 'a quote' },
  links: { one: 'link', a: 'a link' },
};

export const isCollection = (key: unknown): key is Collection => typeof key === 'string' && (COLLECTIONS as readonly string[]).includes(key);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` if it is the object's own property: a JSON key, never something from a prototype. */
export function own(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The items of `root[collection]`, or an empty list when it is missing or not a list. */
export function itemsOf(root: unknown, collection: Collection): readonly unknown[] {
  const items = own(root, collection);
  return Array.isArray(items) ? items : [];
}

const quoteId = (id: string) => quoteVisibly(id.length > 60 ? `${id.slice(0, 59)}…` : id);

/** `event "bucharest-summit"` or `link "a" → "b"` for the item at path[0][path[1]], else ''. */
export function itemLabel(root: unknown, path: readonly PathSegment[]): string {
  const [collection, index] = path;
  if (!isCollection(collection) || typeof index !== 'number') return '';
  const item = itemsOf(root, collection)[index];
  const id = own(item, 'id');
  if (typeof id === 'string' && id !== '') return `${ITEM_NAME[collection].one} ${quoteId(id)}`;
  const from = own(item, 'from');
  const to = own(item, 'to');
  if (collection === 'links' && typeof from === 'string' && typeof to === 'string') return `link ${quoteId(from)} → ${quoteId(to)}`;
  return '';
}

/** ` (event "bucharest-summit")`, to append to a message; empty when the item has no usable id. */
export function itemContext(root: unknown, path: readonly PathSegment[]): string {
  // An id problem names the id already.
  if (path.length === 3 && path[2] === 'id') return '';
  const label = itemLabel(root, path);
  return label === '' ? '' : ` (${label})`;
}
