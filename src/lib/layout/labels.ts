// Places event labels in rows above their marks so that no two labels overlap and no leader line
// (from a label down to its mark) crosses another label. Each row offers two slots, starting at
// the mark or ending at it; a label that finds no free slot in bounds is hidden.
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
  /** Where the text starts and ends; the leader stays at the candidate's anchor. */
  readonly x0Px: number;
  readonly x1Px: number;
}

export interface LabelBounds {
  readonly minPx: number;
  readonly maxPx: number;
}

export interface LabelPlacement {
  readonly placed: ReadonlyMap<string, PlacedLabel>;
  readonly hidden: readonly string[];
}

/** Space kept free on both sides of a label. */
export const LABEL_GAP_PX = 6;

export function placeLabels(candidates: readonly LabelCandidate[], rows: number, bounds: LabelBounds = { minPx: -Infinity, maxPx: Infinity }): LabelPlacement {
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
    // The two slots: text starting at the anchor, or ending at it.
    const slots = [c.anchorPx, c.anchorPx - c.widthPx].filter((x) => x >= bounds.minPx && x + c.widthPx <= bounds.maxPx);
    let spot: { row: number; x: number } | null = null;
    for (let r = 0; r < rows && !spot && !crossesBelow(r, c.anchorPx); r++) {
      const x = slots.find((x) => !overlaps(r, x - LABEL_GAP_PX, x + c.widthPx + LABEL_GAP_PX));
      if (x !== undefined) spot = { row: r, x };
    }
    if (!spot) {
      hidden.push(c.id);
      continue;
    }
    boxes[spot.row]!.push([spot.x - LABEL_GAP_PX, spot.x + c.widthPx + LABEL_GAP_PX]);
    for (let r = 0; r < spot.row; r++) leaders[r]!.push(c.anchorPx);
    placed.set(c.id, { id: c.id, row: spot.row, x0Px: spot.x, x1Px: spot.x + c.widthPx });
  }
  return { placed, hidden };
}

const graphemeSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The characters a reader sees: a flag or a family emoji is one, though it is several code points. */
function graphemes(text: string): string[] {
  return graphemeSegmenter ? Array.from(graphemeSegmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** Shortens text to fit a width, as text, ending in "…"; never splits a character in two. */
export function truncateToWidth(text: string, maxPx: number, measure: (s: string) => number): string {
  if (measure(text) <= maxPx) return text;
  const chars = graphemes(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + '…') <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}
