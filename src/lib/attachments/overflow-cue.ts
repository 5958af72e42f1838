// Says on a row that scrolls sideways which of its edges have more of it past them (data-more:
// "start", "end", or both), so that its CSS can fade those edges: a phone's row of actions, cut at the
// screen's edge, otherwise looks complete. A button focused in it is scrolled clear of the fade.
import type { Attachment } from 'svelte/attachments';

/** The edges of a box with more of its content past them: 'start', 'end', both ('start end') or none (''). */
export function edgesWithMore(scrollLeft: number, clientWidth: number, scrollWidth: number): string {
  // Right to left, scrollLeft runs from 0 to minus the overflow: its size is how far from the start.
  const fromStart = Math.abs(scrollLeft);
  const edges = [];
  if (fromStart > 1) edges.push('start');
  if (fromStart + clientWidth < scrollWidth - 1) edges.push('end');
  return edges.join(' ');
}

export const overflowCue: Attachment<HTMLElement> = (row) => {
  const update = () => {
    const edges = edgesWithMore(row.scrollLeft, row.clientWidth, row.scrollWidth);
    if (edges) row.dataset.more = edges;
    else delete row.dataset.more;
  };
  // Read in a frame, once laid out: measuring as the page is mounted or taken over would make the
  // browser lay it out there and then, inside that task (15 ms here).
  let frame = 0;
  const soon = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
  };
  soon();
  row.addEventListener('scroll', update, { passive: true });
  // A button reached by keyboard is brought clear of a faded edge (the row's scroll-padding).
  const onfocusin = (e: FocusEvent) => (e.target as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  row.addEventListener('focusin', onfocusin);
  // Its width and its buttons change (Sources comes once the data is in, a label with the theme).
  const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(soon);
  resized?.observe(row);
  const changed = new MutationObserver(soon);
  changed.observe(row, { childList: true, subtree: true, characterData: true });
  return () => {
    cancelAnimationFrame(frame);
    row.removeEventListener('scroll', update);
    row.removeEventListener('focusin', onfocusin);
    resized?.disconnect();
    changed.disconnect();
  };
};
