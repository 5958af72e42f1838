import { describe, expect, it } from 'vitest';
import { markThumbnails, THUMB_PX } from './mark-thumbnails.ts';
import type { MarkView } from './timeline-layout.ts';

const mark = (id: string, x: number, label: { xPx: number; yPx: number; widthPx: number } | null, y = 100): MarkView =>
  ({
    laneEvent: { event: { id } },
    laneId: 'l',
    x0Px: x,
    x1Px: x,
    spanX0Px: x,
    spanX1Px: x,
    yPx: y,
    label: label && { ...label, text: id, leaderXPx: x },
  }) as unknown as MarkView;

describe('thumbnails on marks', () => {
  it('sit left of the label, in its row, when there is room', () => {
    const thumbs = markThumbnails([mark('a', 200, { xPx: 200, yPx: 60, widthPx: 80 })], () => true, 0);
    expect(thumbs).toEqual([{ id: 'a', xPx: 200 - 4 - THUMB_PX, yPx: expect.any(Number) }]);
    expect(thumbs[0]!.yPx + THUMB_PX).toBeLessThan(100 - 8);
  });
  it('are left out where a label or another thumbnail would be crowded, and for marks without a picture or a label', () => {
    const crowded = [mark('a', 200, { xPx: 200, yPx: 60, widthPx: 80 }), mark('b', 300, { xPx: 290, yPx: 60, widthPx: 80 })];
    expect(markThumbnails(crowded, () => true, 0).map((t) => t.id)).toEqual(['a']);
    expect(markThumbnails([mark('a', 200, null)], () => true, 0)).toEqual([]);
    expect(markThumbnails([mark('a', 200, { xPx: 200, yPx: 60, widthPx: 80 })], () => false, 0)).toEqual([]);
    expect(markThumbnails([mark('a', 20, { xPx: 20, yPx: 60, widthPx: 80 })], () => true, 10)).toEqual([]);
  });
});
