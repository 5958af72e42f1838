// What the edit forms and the timeline ask of the editor, as plain functions: set a field (typing in
// one field is one undo step), retitle (an id made from a title follows it), create an item with an
// id from its title, rename, delete. Each builds an edit (model/draft/) and applies it.
import type { Collection } from '../model/item-context.ts';
import { addItem, deleteItem, itemsIn, renameId, setField, setTopField, type Edit } from '../model/draft/draft-edits.ts';
import type { Json } from '../model/draft/draft-ops.ts';
import { idFromTitle } from './draft-ids.ts';
import type { EditorState } from './editor-state.svelte.ts';

/** `step`: a change of its own (a swap, a paste), never joined with the typing before it. */
export function setItemField(
  editor: EditorState,
  collection: Collection,
  index: number,
  field: string,
  value: Json | undefined,
  options: { step?: boolean } = {},
) {
  editor.apply(setField(collection, index, field, value), options.step ? {} : { coalesce: `${collection}[${index}].${field}` });
}

export function setChronologyField(editor: EditorState, field: string, value: string) {
  editor.apply(setTopField(field, value, field === 'title'), { coalesce: field });
}

/** A new title; an id the editor made from the old title follows it (with every reference). */
export function setTitle(editor: EditorState, collection: Exclude<Collection, 'links'>, index: number, field: 'title' | 'name', title: string) {
  const item = itemsIn(editor.doc, collection)[index];
  const oldId = typeof item?.id === 'string' ? item.id : undefined;
  const ops = [...setField(collection, index, field, title).ops];
  if (oldId !== undefined && editor.autoIds.has(oldId) && title.trim() !== '') {
    const newId = idFromTitle(editor.doc, collection, title, index);
    if (newId !== oldId) {
      ops.push(...renameId(editor.doc, collection, index, newId).ops);
      editor.autoIds.delete(oldId);
      editor.autoIds.add(newId);
    }
  }
  const edit: Edit = { label: `edit ${collection.slice(0, -1)} ${field}`, ops };
  editor.apply(edit, { coalesce: `${collection}[${index}].${field}` });
}

/** Add an item whose id is made from `title`; the side panel then edits it. Returns its id and index. */
export function createItem(
  editor: EditorState,
  collection: Exclude<Collection, 'links'>,
  fields: Record<string, Json>,
  title: string,
  options: { open?: boolean } = {},
) {
  const id = idFromTitle(editor.doc, collection, title);
  const index = itemsIn(editor.doc, collection).length;
  editor.autoIds.add(id);
  editor.apply(addItem(editor.doc, collection, { id, ...fields }));
  if (options.open ?? true) editor.target = { kind: collection, index };
  return { id, index };
}

export function createLink(editor: EditorState, from: string, to: string, type = 'references') {
  const index = itemsIn(editor.doc, 'links').length;
  editor.apply({ ...addItem(editor.doc, 'links', { from, to, type }), label: 'add link' });
  editor.target = { kind: 'links', index };
  return index;
}

export function deleteTarget(editor: EditorState, collection: Collection, index: number) {
  editor.apply(deleteItem(editor.doc, collection, index));
  editor.target = null;
}
