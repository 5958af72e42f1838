// What the media list editor asks of the editor: add a media item, remove one, move one, set one of
// its fields (typing in one field is one undo step). Each builds a pure edit (model/draft/media-edits.ts)
// and applies it, so undo, the check and the saved draft work as for every other edit.
import type { MediaOwner } from '../model/draft/draft-edits.ts';
import type { Json } from '../model/draft/draft-ops.ts';
import { addMedia, mediaIn, moveMedia, removeMedia, setMediaField } from '../model/draft/media-edits.ts';
import type { EditorState } from './editor-state.svelte.ts';

/** A new, empty picture (its address and alt text to fill in: the check says so until they are). Returns its position. */
export function addMediaItem(editor: EditorState, collection: MediaOwner, index: number): number {
  const at = mediaIn(editor.doc, collection, index).length;
  editor.apply(addMedia(editor.doc, collection, index, { url: '', type: 'image' }));
  return at;
}

export function removeMediaItem(editor: EditorState, collection: MediaOwner, index: number, at: number) {
  editor.apply(removeMedia(editor.doc, collection, index, at));
}

export function moveMediaItem(editor: EditorState, collection: MediaOwner, index: number, from: number, to: number) {
  editor.apply(moveMedia(editor.doc, collection, index, from, to));
}

export function setMediaItemField(editor: EditorState, collection: MediaOwner, index: number, at: number, field: string, value: Json | undefined) {
  editor.apply(setMediaField(collection, index, at, field, value), { coalesce: `${collection}[${index}].media[${at}].${field}` });
}
