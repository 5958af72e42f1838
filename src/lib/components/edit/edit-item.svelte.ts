// What every item form starts with: the item as the draft holds it now, the path of each field
// (`places[2].name`), the loader's problems at a field, and setting a field (one undo step per field
// typed in). One place for it, so a new form does not copy the block again.
import type { Json } from '../../model/draft/draft-ops.ts';
import { itemsIn } from '../../model/draft/draft-edits.ts';
import { problemsAt } from '../../model/draft/draft-file.ts';
import type { Collection } from '../../model/item-context.ts';
import { getEditorState } from '../../state/app-state.svelte.ts';
import { setItemField } from '../../state/editor-actions.ts';

export function editItem(collection: Collection, index: () => number) {
  const editor = getEditorState();
  const item = $derived(itemsIn(editor.doc, collection)[index()] ?? {});
  const at = (field: string) => `${collection}[${index()}].${field}`;
  return {
    editor,
    get item() {
      return item;
    },
    at,
    problems: (field: string) => problemsAt(editor.check.problems, at(field)),
    /** `step`: a change of its own (a swap, a paste), not joined with the typing before it. */
    set: (field: string, value: Json | undefined, step = false) => setItemField(editor, collection, index(), field, value, { step }),
  };
}
