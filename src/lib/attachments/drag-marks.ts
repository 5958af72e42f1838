// The one place edit gestures on marks touch the DOM (beside zoom.ts, which leaves these drags
// alone): press on a mark and drag to move it, on a range's right end to resize it, on the link
// handle to draw a link to another mark; double-click an empty spot. It reports where the pointer
// is and over which mark; what that means for the chronology is decided elsewhere.
import type { Attachment } from 'svelte/attachments';

export type DragPart = 'body' | 'end' | 'link';

export interface PointerAt {
  readonly clientX: number;
  readonly clientY: number;
  readonly shiftKey: boolean;
  /** The event whose mark is under the pointer, if any. */
  readonly overId: string | null;
}

export interface MarkDragEvents {
  /** Edit mode is on. */
  enabled(): boolean;
  start(id: string, part: DragPart, at: PointerAt): void;
  move(at: PointerAt): void;
  end(at: PointerAt): void;
  cancel(): void;
  /** A double-click on no mark. */
  dblclick(at: PointerAt): void;
}

/** A press becomes a drag once it has moved this far; less is a click. */
const DRAG_PX = 4;
/** A press this close to a range's right end resizes it. */
const END_PX = 8;

const markUnder = (x: number, y: number, doc: Document) => doc.elementFromPoint(x, y)?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;

/** Whether a pointer event is the start of an edit gesture (d3-zoom must then not pan). */
export function startsMarkDrag(event: Event, enabled: boolean): boolean {
  if (!enabled || !(event.target instanceof Element)) return false;
  if (event.type !== 'mousedown' && event.type !== 'pointerdown' && event.type !== 'touchstart') return false;
  return event.target.closest('[data-event-id], [data-link-from]') !== null;
}

export function markDrag(events: MarkDragEvents): Attachment<SVGSVGElement> {
  return (svg) => {
    const doc = svg.ownerDocument;
    let pending: { id: string; part: DragPart; x: number; y: number; pointerId: number } | null = null;
    let dragging = false;
    const at = (e: PointerEvent | MouseEvent): PointerAt => ({
      clientX: e.clientX,
      clientY: e.clientY,
      shiftKey: e.shiftKey,
      overId: markUnder(e.clientX, e.clientY, doc),
    });

    const onpointerdown = (e: PointerEvent) => {
      if (!events.enabled() || e.button !== 0 || !(e.target instanceof Element)) return;
      const handle = e.target.closest('[data-link-from]');
      const mark = e.target.closest('[data-event-id]');
      const id = handle?.getAttribute('data-link-from') ?? mark?.getAttribute('data-event-id');
      if (!id) return;
      let part: DragPart = handle ? 'link' : 'body';
      const box = mark?.querySelector('rect.shape')?.getBoundingClientRect();
      // A range too narrow to have a body and an end is moved, never resized, by a press on it.
      if (box && !handle && box.width >= 3 * END_PX && e.clientX > box.right - END_PX) part = 'end';
      pending = { id, part, x: e.clientX, y: e.clientY, pointerId: e.pointerId };
      dragging = false;
    };
    const onpointermove = (e: PointerEvent) => {
      if (!pending || e.pointerId !== pending.pointerId) return;
      if (!dragging) {
        if (Math.hypot(e.clientX - pending.x, e.clientY - pending.y) < DRAG_PX) return;
        dragging = true;
        svg.setPointerCapture?.(e.pointerId);
        events.start(pending.id, pending.part, { clientX: pending.x, clientY: pending.y, shiftKey: e.shiftKey, overId: pending.id });
      }
      events.move(at(e));
    };
    const finish = (e: PointerEvent, cancelled: boolean) => {
      if (!pending || e.pointerId !== pending.pointerId) return;
      pending = null;
      if (!dragging) return;
      if (svg.hasPointerCapture?.(e.pointerId)) svg.releasePointerCapture(e.pointerId);
      if (cancelled) events.cancel();
      else events.end(at(e));
      // The click that follows a drag is not a selection.
      svg.addEventListener('click', (click) => click.stopPropagation(), { capture: true, once: true });
      setTimeout(() => (dragging = false));
    };
    const onpointerup = (e: PointerEvent) => finish(e, false);
    const onpointercancel = (e: PointerEvent) => finish(e, true);
    const onkeydown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !pending || !dragging) return;
      e.stopPropagation();
      pending = null;
      events.cancel();
    };
    const ondblclick = (e: MouseEvent) => {
      if (!events.enabled() || (e.target instanceof Element && e.target.closest('[data-event-id], button, a'))) return;
      e.preventDefault();
      events.dblclick(at(e));
    };
    svg.addEventListener('pointerdown', onpointerdown);
    svg.addEventListener('pointermove', onpointermove);
    svg.addEventListener('pointerup', onpointerup);
    svg.addEventListener('pointercancel', onpointercancel);
    svg.addEventListener('dblclick', ondblclick);
    doc.addEventListener('keydown', onkeydown, true);
    return () => {
      svg.removeEventListener('pointerdown', onpointerdown);
      svg.removeEventListener('pointermove', onpointermove);
      svg.removeEventListener('pointerup', onpointerup);
      svg.removeEventListener('pointercancel', onpointercancel);
      svg.removeEventListener('dblclick', ondblclick);
      doc.removeEventListener('keydown', onkeydown, true);
    };
  };
}
