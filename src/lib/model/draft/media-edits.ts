// The edits of an item's `media` list (on an event, a quote or a source), as data like every other
// edit: add one, remove one, move one up or down, set one of its fields. Pure: each reads the draft
// and describes the change; undo is its inverse (draft-ops.ts).
import { itemsIn, type MediaOwner } from './draft-edits.ts';
import type { Edit } from './draft-edits.ts';
import type { DraftFile, Json, Op } from './draft-ops.ts';

type Fields = { readonly [key: string]: Json };

/** A media item's fields the format requires: kept (empty) when cleared, so the loader says so. */
const REQUIRED = new Set(['url', 'type']);

/** The item's media list as the draft holds it (an empty list when it has none, or not a list). */
export function mediaIn(doc: DraftFile, collection: MediaOwner, index: number): readonly Json[] {
  const media = itemsIn(doc, collection)[index]?.media;
  return Array.isArray(media) ? media : [];
}

const hasList = (doc: DraftFile, collection: MediaOwner, index: number) => Array.isArray(itemsIn(doc, collection)[index]?.media);

/** Add a media item at the end of the item's list (making the list when it has none). */
export function addMedia(doc: DraftFile, collection: MediaOwner, index: number, media: Fields): Edit {
  const path = [collection, index, 'media'];
  const op: Op = hasList(doc, collection, index)
    ? { op: 'insert', path, index: mediaIn(doc, collection, index).length, value: media }
    : { op: 'set', path, value: [media] };
  return { label: 'add media', ops: [op] };
}

/** Remove media item `at`; the last one takes the emptied list with it (an optional field left out). */
export function removeMedia(doc: DraftFile, collection: MediaOwner, index: number, at: number): Edit {
  const list = mediaIn(doc, collection, index);
  if (at < 0 || at >= list.length) return { label: 'remove media', ops: [] };
  const path = [collection, index, 'media'];
  const op: Op = list.length === 1 ? { op: 'set', path, value: undefined } : { op: 'remove', path, index: at };
  return { label: 'remove media', ops: [op] };
}

/** Move media item `from` to position `to` (the order the media are shown in); nothing when it cannot move. */
export function moveMedia(doc: DraftFile, collection: MediaOwner, index: number, from: number, to: number): Edit {
  const list = mediaIn(doc, collection, index);
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return { label: 'move media', ops: [] };
  const path = [collection, index, 'media'];
  return {
    label: to < from ? 'move media up' : 'move media down',
    ops: [
      { op: 'remove', path, index: from },
      { op: 'insert', path, index: to, value: list[from]! },
    ],
  };
}

/** Set one field of media item `at`; an optional field set blank is left out. */
export function setMediaField(collection: MediaOwner, index: number, at: number, field: string, value: Json | undefined): Edit {
  const blank = value === undefined || value === '';
  return {
    label: `edit media ${field}`,
    ops: [{ op: 'set', path: [collection, index, 'media', at, field], value: blank && !REQUIRED.has(field) ? undefined : (value ?? '') }],
  };
}

/** A whole number of pixels as typed: the number when it reads as one, the text otherwise (kept, for the loader to flag). */
export function pixelsFromText(text: string): Json | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}
