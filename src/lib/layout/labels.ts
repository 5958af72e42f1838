// Places event labels in rows above their marks so that no two labels overlap and no leader line
// (from a label down to its mark) crosses another label. Each row offers two slots, starting at
// the mark or ending at it; a label that finds no free slot in bounds is hidden.
// Pure: widths come in measured; the caller decides which events are candidates.
import { shortText } from '../model/display-text.ts';
import { graphemes } from '../model/graphemes.ts';

export interface LabelCandidate {
  readonly id: string;
  /** x of the mark the label belongs to; the label starts here. */
  readonly anchorPx: number;
  readonly widthPx: number;
  /** Higher is placed first. */
  readonly priority: number;
  /**
   * Other x positions the box may start at, tried after the two slots at the anchor. A candidate
   * with alternatives is free-standing (a "+N" chip): it draws no leader, so it may sit above
   * other labels.
   */
  readonly alternativesPx?: readonly number[];
  /**
   * Take the free row farthest from the marks, not the nearest: a label placed ahead of its
   * neighbours (one that was left out in an earlier pass) then leaves the rows near the marks to them.
   */
  readonly fromTop?: boolean;
  /**
   * Rows the box takes, one above the other (default 1): the labels of events drawn almost at the
   * same x stack as one box, so that each keeps a row of its own.
   */
  readonly rowsTall?: number;
}

export interface PlacedLabel {
  readonly id: string;
  /** 0 is the row nearest the marks; a stack takes this row and the ones above it. */
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

/** What is taken in each row: label boxes (with their gaps) and leader lines passing through. */
export interface LabelOccupancy {
  readonly boxes: [number, number][][];
  readonly leaders: number[][];
}

export const emptyOccupancy = (rows: number): LabelOccupancy => ({
  boxes: Array.from({ length: rows }, () => []),
  leaders: Array.from({ length: rows }, () => []),
});

/**
 * The order candidates are placed in. Highest priority first. Within a priority, labels that fit
 * right of their mark go from right to left, so each leader runs clear of the labels already placed
 * to its right (a staircase); those that must end at their mark (near the right edge) go after,
 * from left to right (its mirror). Panning moves every anchor alike, so the order holds.
 */
export function labelOrder(candidates: readonly LabelCandidate[], bounds: LabelBounds): LabelCandidate[] {
  const endsAtMark = (c: LabelCandidate) => c.alternativesPx === undefined && c.anchorPx + c.widthPx > bounds.maxPx;
  return [...candidates].sort(
    (a, b) =>
      b.priority - a.priority ||
      Number(endsAtMark(a)) - Number(endsAtMark(b)) ||
      (endsAtMark(a) ? a.anchorPx - b.anchorPx : b.anchorPx - a.anchorPx) ||
      (a.id < b.id ? -1 : 1),
  );
}

/**
 * Places candidates in labelOrder, in the first free slot nearest the marks. Pass the
 * occupancy of an earlier pass to place more labels around it (it is filled in as labels are placed).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  rows: number,
  bounds: LabelBounds = { minPx: -Infinity, maxPx: Infinity },
  occupancy: LabelOccupancy = emptyOccupancy(rows),
): LabelPlacement {
  const { boxes, leaders } = occupancy;
  const overlaps = (row: number, x0: number, x1: number) => boxes[row]!.some(([a, b]) => x0 < b && a < x1) || leaders[row]!.some((x) => x0 <= x && x <= x1);
  // A leader may pass close by a lower label (within its gap), not through its text.
  const crossesBelow = (row: number, x: number) => {
    for (let r = 0; r < row; r++) if (boxes[r]!.some(([a, b]) => a + LABEL_GAP_PX - 1 <= x && x <= b - LABEL_GAP_PX + 1)) return true;
    return false;
  };

  const order = labelOrder(candidates, bounds);
  const placed = new Map<string, PlacedLabel>();
  const hidden: string[] = [];
  for (const c of order) {
    // The two slots: text starting at the anchor, or ending at it (then any alternatives).
    const freeStanding = c.alternativesPx !== undefined;
    const slots = [c.anchorPx, c.anchorPx - c.widthPx, ...(c.alternativesPx ?? [])].filter((x) => x >= bounds.minPx && x + c.widthPx <= bounds.maxPx);
    const tall = c.rowsTall ?? 1;
    const freeIn = (r: number, x: number) => {
      for (let t = r; t < r + tall; t++) if (overlaps(t, x - LABEL_GAP_PX, x + c.widthPx + LABEL_GAP_PX)) return false;
      return true;
    };
    // Each slot in turn, from the row nearest the marks up (a label reads best right of its mark);
    // a leader never runs through a lower label, so the rows above one it would cross are out.
    let spot: { row: number; x: number } | null = null;
    let reach = 0;
    while (reach + tall <= rows && (freeStanding || !crossesBelow(reach, c.anchorPx))) reach++;
    const rowOrder = Array.from({ length: reach }, (_, r) => (c.fromTop ? reach - 1 - r : r));
    for (const x of slots) {
      for (const r of rowOrder) if (!spot && freeIn(r, x)) spot = { row: r, x };
      if (spot) break;
    }
    if (!spot) {
      hidden.push(c.id);
      continue;
    }
    for (let t = spot.row; t < spot.row + tall; t++) boxes[t]!.push([spot.x - LABEL_GAP_PX, spot.x + c.widthPx + LABEL_GAP_PX]);
    if (!freeStanding) for (let r = 0; r < spot.row; r++) leaders[r]!.push(c.anchorPx);
    placed.set(c.id, { id: c.id, row: spot.row, x0Px: spot.x, x1Px: spot.x + c.widthPx });
  }
  return { placed, hidden };
}

/**
 * Text broken into lines no wider than maxPx, at spaces, at most maxLines of them: a word too long
 * for a line, or what does not fit in the last line, is cut with an ellipsis. Never an empty list.
 */
export function wrapToWidth(text: string, maxPx: number, measure: (s: string) => number, maxLines: number): string[] {
  const words = shortText(text, MAX_MEASURED_CHARS)
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let start = 0; // the first word of the line being filled
  for (let i = 0; i <= words.length; i++) {
    const line = words.slice(start, i + 1).join(' ');
    if (i < words.length && measure(line) <= maxPx) continue;
    // The words start…i-1 fill this line (or it is the end of the text).
    const last = lines.length === maxLines - 1;
    if (last || i === words.length) {
      if (start < words.length || lines.length === 0) lines.push(truncateToWidth(words.slice(start).join(' '), maxPx, measure));
      return lines;
    }
    if (i === start) {
      // One word wider than a line: cut, and the next line starts after it.
      lines.push(truncateToWidth(words[i]!, maxPx, measure));
      start = i + 1;
    } else {
      lines.push(words.slice(start, i).join(' '));
      start = i;
      i--; // the word that did not fit starts the next line
    }
  }
  return lines;
}

/** Past this many characters, a text is measured by its start only. */
const MAX_MEASURED_CHARS = 500;

/** Texts shortened, by measure, then width and text: the same labels are cut again on every redraw (an edit, a pan). */
const shortened = new WeakMap<(s: string) => number, Map<string, string>>();
/** Entries kept per measure before they are forgotten all at once (zooming makes new widths). */
const MAX_SHORTENED = 20_000;

/** Shortens text to fit a width, as text, ending in "…"; never splits a character in two. */
export function truncateToWidth(text: string, maxPx: number, measure: (s: string) => number): string {
  // A 5 MB title is measured by its start: no label is wider than a few hundred characters.
  const start = shortText(text, MAX_MEASURED_CHARS);
  if (start === text && measure(text) <= maxPx) return text;
  let cache = shortened.get(measure);
  if (!cache) shortened.set(measure, (cache = new Map()));
  const key = `${start === text ? '' : '…'}${maxPx}\u0000${start}`;
  let cut = cache.get(key);
  if (cut === undefined) {
    if (cache.size >= MAX_SHORTENED) cache.clear();
    cache.set(key, (cut = cutToWidth(text, start, maxPx, measure)));
  }
  return cut;
}

/**
 * The longest start of the text that fits with "…", whole characters. Found from a guess (the share of
 * the text the width allows, as if its characters were of even width), then in steps doubling away
 * from it and halving back: two or three measures for most labels, where a search over the whole
 * length took five to seven (a pan's re-layout at a million events cut tens of labels in its frame).
 */
function cutToWidth(text: string, start: string, maxPx: number, measure: (s: string) => number): string {
  const chars = graphemes(start === text ? text : start.slice(0, -1));
  const fits = (n: number) => measure(chars.slice(0, n).join('') + '…') <= maxPx;
  const guess = Math.min(chars.length, Math.max(0, Math.floor((chars.length * maxPx) / Math.max(1, measure(start)))));
  // What is known to fit (lo) and the most that may (hi).
  let lo = 0;
  let hi = chars.length;
  if (fits(guess)) {
    lo = guess;
    for (let step = 1; lo < hi; step *= 2) {
      const next = Math.min(hi, guess + step);
      if (!fits(next)) {
        hi = next - 1;
        break;
      }
      lo = next;
    }
  } else {
    hi = guess - 1;
    for (let step = 1; lo < hi; step *= 2) {
      const next = Math.max(lo, guess - step);
      if (fits(next)) {
        lo = next;
        break;
      }
      hi = next - 1;
    }
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}
