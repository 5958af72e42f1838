// Renaming an item from its form: taken only when the loader would accept the id and no other item
// has it (else the loader's message for it). Apart from editor-actions.ts, because checking an id
// needs the schema, which only the edit forms (loaded with edit mode) bring.
import type { Collection } from '../model/item-context.ts';
import { itemsIn, renameId } from '../model/draft/draft-edits.ts';
import { idProblem } from '../model/draft/draft-file.ts';
import type { Problem } from '../model/problems.ts';
import type { EditorState } from './editor-state.svelte.ts';

/** Rename an item if the id is usable and free; else the loader's problem with it (and nothing changes). */
export function commitId(editor: EditorState, collection: Exclude<Collection, 'links'>, index: number, id: string): Problem | null {
  const problem = idProblem(editor.doc, collection, index, id);
  if (problem) return problem;
  const item = itemsIn(editor.doc, collection)[index];
  if (item?.id === id) return null;
  if (typeof item?.id === 'string') editor.autoIds.delete(item.id);
  editor.apply(renameId(editor.doc, collection, index, id));
  return null;
}
