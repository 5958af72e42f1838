// Closes an open <details> menu as a menu closes: on Escape within it (focus goes back to its
// summary) and on a pointer pressed anywhere outside it. For menus whose summary must stay a
// disclosure; a menu opened by a button is a native popover instead (ExportMenu.svelte).
import type { Attachment } from 'svelte/attachments';

export const closeOnDismiss: Attachment<HTMLDetailsElement> = (details) => {
  const target = details.ownerDocument.defaultView;
  if (!target) return;
  // composedPath sees through a web component's shadow root, where event.target is the host.
  const within = (e: Event) => e.composedPath().includes(details);
  const onkeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !details.open || !within(e)) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  const onpointerdown = (e: PointerEvent) => {
    if (details.open && !within(e)) details.open = false;
  };
  target.addEventListener('keydown', onkeydown);
  target.addEventListener('pointerdown', onpointerdown);
  return () => {
    target.removeEventListener('keydown', onkeydown);
    target.removeEventListener('pointerdown', onpointerdown);
  };
};
