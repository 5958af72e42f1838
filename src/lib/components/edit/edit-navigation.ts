// Taking the author to a problem: open the form of the item it is in, then focus its field (or the
// nearest field that holds it: `events[3].actors[0]` → the actors list).
import { tick } from 'svelte';
import { isCollection } from '../../model/item-context.ts';
import type { EditorState } from '../../state/editor-state.svelte.ts';

export async function goToProblem(editor: EditorState, path: string, root: ParentNode = document): Promise<void> {
  const match = /^(\w+)\[(\d+)\]/.exec(path);
  if (match && isCollection(match[1])) editor.target = { kind: match[1], index: Number(match[2]) };
  else if (!match) editor.target = { kind: 'chronology' };
  await tick();
  for (let at = path; at !== ''; at = at.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const field = root.querySelector<HTMLElement>(`.edit-panel [data-path="${CSS.escape(at)}"]`);
    if (field) {
      const focusable = field.matches('input, textarea, select') ? field : field.querySelector<HTMLElement>('input, textarea, select');
      (focusable ?? field).focus();
      return;
    }
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(at)) break;
  }
}
