// What every item form starts with: the item as the draft holds it now, the path of each field
// (`places[2].name`), the loader's problems at a field, and setting a field (one undo step per field
// typed in), and the props that bind a field to an input. One place for it, so a new form does not
// copy the block again.
import type { Json } from '../../model/draft/draft-ops.ts';
import { itemsIn } from '../../model/draft/draft-edits.ts';
import { problemsAt } from '../../model/draft/draft-file.ts';
import type { Collection } from '../../model/item-context.ts';
import { getEditorState } from '../../state/app-state.svelte.ts';
import { setItemField } from '../../state/editor-actions.ts';
import { fieldText } from './edit-options.ts';

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
    /** The props of a text or date field bound to the format's field `name`: `<EditField label="Place" {...field('place')} />`. */
    field: (name: string) => ({
      name,
      path: at(name),
      value: fieldText(item[name]),
      problems: problemsAt(editor.check.problems, at(name)),
      oninput: (value: string) => setItemField(editor, collection, index(), name, value),
    }),
    /** `step`: a change of its own (a swap, a paste), not joined with the typing before it. */
    set: (field: string, value: Json | undefined, step = false) => setItemField(editor, collection, index(), field, value, { step }),
  };
}
