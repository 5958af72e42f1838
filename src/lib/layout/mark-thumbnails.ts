// Small pictures on the timeline's marks, only where there is room: a thumbnail sits just left of its
// event's label, in the label's row, and is drawn only when it overlaps no label, no mark and no
// other thumbnail. Zoomed out, labels are packed and there is no room: none show. Zoomed in far
// enough, they appear without moving anything. Pure.
import type { MarkView } from './timeline-layout.ts';

export const THUMB_PX = 18;
const GAP_PX = 4;
/** How far a label's text reaches above and below its baseline. */
const ASCENT_PX = 13;
const DESCENT_PX = 4;

export interface ThumbView {
  readonly id: string;
  readonly xPx: number;
  readonly yPx: number;
}

interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where each wanted mark's thumbnail goes, for the marks `wanted` names (those with a picture). */
export function markThumbnails(marks: readonly MarkView[], wanted: (id: string) => boolean, leftPx: number): ThumbView[] {
  const candidates = marks.filter((m) => m.label && wanted(m.laneEvent.event.id));
  if (candidates.length === 0) return [];
  const taken: Box[] = [];
  for (const m of marks) {
    if (m.label) taken.push({ x0: m.label.xPx, x1: m.label.xPx + m.label.widthPx, y0: m.label.yPx - ASCENT_PX, y1: m.label.yPx + DESCENT_PX });
    taken.push({ x0: m.x0Px - 8, x1: m.x1Px + 8, y0: m.yPx - 8, y1: m.yPx + 8 });
  }
  const placed: ThumbView[] = [];
  for (const m of candidates) {
    const label = m.label!;
    const x = label.xPx - GAP_PX - THUMB_PX;
    const yMid = label.yPx - (ASCENT_PX - DESCENT_PX) / 2;
    const box = { x0: x - GAP_PX, x1: label.xPx - 1, y0: yMid - THUMB_PX / 2, y1: yMid + THUMB_PX / 2 };
    if (x < leftPx || taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    placed.push({ id: m.laneEvent.event.id, xPx: x, yPx: yMid - THUMB_PX / 2 });
  }
  return placed;
}
