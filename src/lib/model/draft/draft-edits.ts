// The edits an author makes, each as data: a label for the undo button and the primitive changes
// (draft-ops.ts) that carry it out. Pure: they read the draft and describe a change; applying it is
// applyOps. An id's rename follows every reference to it; a deletion takes with it what cannot stand
// without it (links to a deleted event, quotes said in it), so that undo brings all of it back.
import type { Collection } from '../item-context.ts';
import type { DraftFile, Json, Op, Path } from './draft-ops.ts';

export interface Edit {
  /** What the change does, for "Undo move event" and the announcement. */
  readonly label: string;
  readonly ops: readonly Op[];
}

type Item = { readonly [key: string]: Json };

/** Where ids are named: a field holding one id, or a list of ids. Kept with references.ts's table. */
const REFERENCES: readonly { from: Collection | 'story'; field: string; to: Collection; list: boolean }[] = [
  { from: 'events', field: 'actors', to: 'actors', list: true },
  { from: 'events', field: 'sources', to: 'sources', list: true },
  { from: 'events', field: 'placeId', to: 'places', list: false },
  { from: 'quotes', field: 'event', to: 'events', list: false },
  { from: 'quotes', field: 'about', to: 'events', list: true },
  { from: 'quotes', field: 'source', to: 'sources', list: false },
  { from: 'links', field: 'from', to: 'events', list: false },
  { from: 'links', field: 'to', to: 'events', list: false },
  { from: 'links', field: 'source', to: 'sources', list: false },
  { from: 'sources', field: 'via', to: 'sources', list: false },
  { from: 'story', field: 'event', to: 'events', list: false },
];

/** The collections whose items may carry `media`. */
export const MEDIA_OWNERS = ['events', 'quotes', 'sources'] as const;
export type MediaOwner = (typeof MEDIA_OWNERS)[number];
/** The reference of a media item to its source, told apart from the item's own fields. */
const MEDIA_SOURCE = 'media.source';

/** Fields an item must keep even when emptied (their absence is an error the author should see). */
const REQUIRED: Readonly<Record<Collection, readonly string[]>> = {
  actors: ['id', 'name'],
  places: ['id', 'name'],
  sources: ['id', 'title'],
  events: ['id', 'title', 'start'],
  quotes: ['id', 'text', 'event', 'source'],
  links: ['from', 'to', 'type'],
};

export const ONE: Readonly<Record<Collection, string>> = {
  actors: 'actor',
  places: 'place',
  sources: 'source',
  events: 'event',
  quotes: 'quote',
  links: 'link',
};

export function itemsIn(doc: DraftFile, collection: Collection | 'story'): readonly Item[] {
  const list = doc[collection];
  return Array.isArray(list) ? (list as Item[]) : [];
}

export const idOf = (item: Item | undefined): string | undefined => (typeof item?.id === 'string' ? item.id : undefined);

export function indexOfId(doc: DraftFile, collection: Collection, id: string): number {
  return itemsIn(doc, collection).findIndex((item) => item.id === id);
}

/** A new, valid, empty chronology. */
export function newDraft(title: string): DraftFile {
  return { version: 1, title, actors: [], sources: [], events: [], quotes: [], links: [] };
}

/** Empty text, an empty list or nothing: the field is left out (unless the format requires it). */
const isBlank = (value: Json | undefined) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Set a top-level field (the title, the description). */
export function setTopField(field: string, value: Json | undefined, required = false): Edit {
  return { label: `edit ${field}`, ops: [{ op: 'set', path: [field], value: isBlank(value) && !required ? undefined : value }] };
}

/** Set one field of an item; an optional field set blank is left out. */
export function setField(collection: Collection, index: number, field: string, value: Json | undefined): Edit {
  const required = REQUIRED[collection].includes(field);
  return {
    label: `edit ${ONE[collection]} ${field}`,
    ops: [{ op: 'set', path: [collection, index, field], value: isBlank(value) && !required ? undefined : (value ?? '') }],
  };
}

/** Several fields of one event at once (a drag sets start and end together). */
export function setFields(collection: Collection, index: number, fields: Readonly<Record<string, Json | undefined>>, label: string): Edit {
  return { label, ops: Object.entries(fields).flatMap(([field, value]) => setField(collection, index, field, value).ops) };
}

/** Add an item at the end of its list (making the list if the file has none). */
export function addItem(doc: DraftFile, collection: Collection, item: Item): Edit {
  const list = doc[collection];
  const op: Op = Array.isArray(list) ? { op: 'insert', path: [collection], index: list.length, value: item } : { op: 'set', path: [collection], value: [item] };
  return { label: `add ${ONE[collection]}`, ops: [op] };
}

/** Every place in the draft that names `id` of `collection`: a path to a field, or to an entry of a list. */
function referencesTo(doc: DraftFile, collection: Collection, id: string): { path: Path; from: Collection | 'story'; field: string; list: boolean }[] {
  const found: { path: Path; from: Collection | 'story'; field: string; list: boolean }[] = [];
  for (const ref of REFERENCES) {
    if (ref.to !== collection) continue;
    itemsIn(doc, ref.from).forEach((item, i) => {
      const value = item[ref.field];
      if (ref.list && Array.isArray(value)) value.forEach((v, j) => v === id && found.push({ path: [ref.from, i, ref.field, j], ...ref }));
      else if (!ref.list && value === id) found.push({ path: [ref.from, i, ref.field], ...ref });
    });
  }
  // A picture's provenance: `media[j].source` of an event, a quote or a source.
  if (collection === 'sources')
    for (const from of MEDIA_OWNERS)
      itemsIn(doc, from).forEach((item, i) => {
        const media = item.media;
        if (Array.isArray(media))
          media.forEach((m, j) => {
            if (typeof m === 'object' && m !== null && !Array.isArray(m) && (m as Item).source === id)
              found.push({ path: [from, i, 'media', j, 'source'], from, field: MEDIA_SOURCE, list: false });
          });
      });
  return found;
}

/** Give an item another id, and every reference to it the same. */
export function renameId(doc: DraftFile, collection: Collection, index: number, newId: string): Edit {
  const oldId = idOf(itemsIn(doc, collection)[index]);
  const ops: Op[] = [{ op: 'set', path: [collection, index, 'id'], value: newId }];
  if (oldId !== undefined) for (const ref of referencesTo(doc, collection, oldId)) ops.push({ op: 'set', path: ref.path, value: newId });
  return { label: `rename ${ONE[collection]}`, ops };
}

/** What deleting an item takes with it, in words ("2 links and 1 quote"), or '' for nothing. */
export function deletionEffects(doc: DraftFile, collection: Collection, index: number): string {
  const { removed } = deletionPlan(doc, collection, index);
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r, (counts.get(r) ?? 0) + 1);
  const words = [...counts].map(([what, n]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  return words.join(' and ');
}

/** Items that stand only with the deleted one, and references to it to drop or clear. */
function deletionPlan(doc: DraftFile, collection: Collection, index: number) {
  const id = collection === 'links' ? undefined : idOf(itemsIn(doc, collection)[index]);
  const removeItems = new Map<string, Set<number>>(); // list key → indices of whole items to remove
  const removeEntries = new Map<string, { path: Path; indices: Set<number> }>(); // list field → entries to drop
  const clear: Path[] = [];
  const removed: string[] = [];
  const dropItem = (from: string, i: number, what: string) => {
    const set = removeItems.get(from) ?? new Set<number>();
    if (!set.has(i)) removed.push(what);
    set.add(i);
    removeItems.set(from, set);
  };
  if (id !== undefined)
    for (const ref of referencesTo(doc, collection, id)) {
      const [from, i] = ref.path as [string, number];
      if (ref.list) {
        const listPath = ref.path.slice(0, -1);
        const key = JSON.stringify(listPath);
        const entry = removeEntries.get(key) ?? { path: listPath, indices: new Set<number>() };
        entry.indices.add(ref.path.at(-1) as number);
        removeEntries.set(key, entry);
      } else if (ref.field === MEDIA_SOURCE) clear.push(ref.path);
      else if (from === 'links' && ref.field !== 'source') dropItem(from, i, 'link');
      else if (from === 'quotes') dropItem(from, i, 'quote');
      else if (from === 'story') dropItem(from, i, 'story step');
      else clear.push(ref.path);
    }
  return { removeItems, removeEntries, clear, removed };
}

/** Delete an item, with what stands only on it (undo brings all back). */
export function deleteItem(doc: DraftFile, collection: Collection, index: number): Edit {
  const { removeItems, removeEntries, clear } = deletionPlan(doc, collection, index);
  const ops: Op[] = clear.map((path) => ({ op: 'set', path, value: undefined }));
  // Entries of lists inside items that will themselves be removed need no op of their own.
  for (const { path, indices } of removeEntries.values()) {
    const [from, i] = path as [string, number];
    if (removeItems.get(from)?.has(i)) continue;
    for (const j of [...indices].sort((a, b) => b - a)) ops.push({ op: 'remove', path, index: j });
  }
  const self = removeItems.get(collection) ?? new Set<number>();
  self.add(index);
  removeItems.set(collection, self);
  for (const [from, indices] of removeItems) for (const i of [...indices].sort((a, b) => b - a)) ops.push({ op: 'remove', path: [from], index: i });
  return { label: `delete ${ONE[collection]}`, ops };
}
