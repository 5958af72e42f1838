// Places event labels in rows above their marks so that no two labels overlap and no leader line
// (from a label down to its mark) crosses another label. A label that finds no free slot is hidden.
// Pure: widths come in measured; the caller decides which events are candidates.

export interface LabelCandidate {
  readonly id: string;
  /** x of the mark the label belongs to; the label starts here. */
  readonly anchorPx: number;
  readonly widthPx: number;
  /** Higher is placed first. */
  readonly priority: number;
}

export interface PlacedLabel {
  readonly id: string;
  /** 0 is the row nearest the marks. */
  readonly row: number;
  readonly x0Px: number;
  readonly x1Px: number;
}

export interface LabelPlacement {
  readonly placed: ReadonlyMap<string, PlacedLabel>;
  readonly hidden: readonly string[];
}

/** Space kept free on both sides of a label. */
export const LABEL_GAP_PX = 6;

export function placeLabels(candidates: readonly LabelCandidate[], rows: number): LabelPlacement {
  const boxes: [number, number][][] = Array.from({ length: rows }, () => []);
  const leaders: number[][] = Array.from({ length: rows }, () => []);
  const overlaps = (row: number, x0: number, x1: number) =>
    boxes[row]!.some(([a, b]) => x0 < b && a < x1) || leaders[row]!.some((x) => x0 <= x && x <= x1);
  const crossesBelow = (row: number, x: number) => {
    for (let r = 0; r < row; r++) if (boxes[r]!.some(([a, b]) => a <= x && x <= b)) return true;
    return false;
  };

  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.anchorPx - b.anchorPx || (a.id < b.id ? -1 : 1));
  const placed = new Map<string, PlacedLabel>();
  const hidden: string[] = [];
  for (const c of order) {
    const x0 = c.anchorPx - LABEL_GAP_PX / 2;
    const x1 = c.anchorPx + c.widthPx + LABEL_GAP_PX;
    let row = -1;
    for (let r = 0; r < rows; r++) {
      if (crossesBelow(r, c.anchorPx)) break;
      if (!overlaps(r, x0, x1)) {
        row = r;
        break;
      }
    }
    if (row === -1) {
      hidden.push(c.id);
      continue;
    }
    boxes[row]!.push([x0, x1]);
    for (let r = 0; r < row; r++) leaders[r]!.push(c.anchorPx);
    placed.set(c.id, { id: c.id, row, x0Px: c.anchorPx, x1Px: c.anchorPx + c.widthPx });
  }
  return { placed, hidden };
}

/** Shortens text to fit a width, as text, ending in "…"; never splits a character in two. */
export function truncateToWidth(text: string, maxPx: number, measure: (s: string) => number): string {
  if (measure(text) <= maxPx) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + '…') <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}
