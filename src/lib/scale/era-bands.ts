// Where eras are drawn: each a band from its start to the end of its end date (inclusive at its
// precision), cut to the plot, with room for its label or none; only those in view, and merged when
// there are more than a plot can show (10,000 eras drew 30,000 elements). Pure: time in, pixels out.
import { shortText } from '../model/display-text.ts';
import type { Era } from '../model/schema.ts';
import { visibleWindowMs, type TimeScale } from './time-scale.ts';

export interface EraBand {
  /** Unique among the bands, for keyed drawing. */
  readonly key: string;
  readonly label: string;
  readonly x0Px: number;
  readonly x1Px: number;
  /** Where the label starts: inside the band's visible part. */
  readonly labelXPx: number;
  /** Whether the era begins inside the plot (so its edge is drawn), rather than before it. */
  readonly startsInView: boolean;
  /** Whether the visible part is wide enough to show any of the label. */
  readonly labelled: boolean;
  /** The label, shortened with "…" to fit the visible part (at about LABEL_CHAR_PX a character). */
  readonly labelText: string;
}

/** Narrower than this, a band shows no label (it would be a letter or two). */
const MIN_LABEL_PX = 36;
const LABEL_INSET_PX = 4;
/** A generous average width of a character of the 11 px label. */
export const LABEL_CHAR_PX = 6.5;

function fitted(label: string, widthPx: number): string {
  const room = Math.floor((widthPx - 2 * LABEL_INSET_PX) / LABEL_CHAR_PX);
  // Graphemes, counted from the start only: a label of any length costs the same.
  return shortText(label, room) === label ? label : shortText(label, Math.max(1, room - 1));
}

/** At most this many bands are drawn: past it, eras that start near each other are drawn as one band ("250 eras"). */
export const MAX_ERA_BANDS = 40;

interface EraIndex {
  /** The eras by start, each with its index in the file. */
  readonly byStart: readonly { readonly era: Era; readonly i: number }[];
  /** The latest end among the first k eras by start: where the eras that may reach into a window begin. */
  readonly endsBy: readonly number[];
}

const indexes = new WeakMap<readonly Era[], EraIndex>();

/** The eras sorted once per list, so that a view finds those in it without a pass over all of them. */
function eraIndex(eras: readonly Era[]): EraIndex {
  const known = indexes.get(eras);
  if (known) return known;
  const byStart = eras.map((era, i) => ({ era, i })).sort((a, b) => a.era.start.startMs - b.era.start.startMs || a.i - b.i);
  const endsBy: number[] = [];
  let latest = -Infinity;
  for (const { era } of byStart) endsBy.push((latest = Math.max(latest, era.end.endMs)));
  const index = { byStart, endsBy };
  indexes.set(eras, index);
  return index;
}

/** The first index in a sorted list at which `passes` holds (it holds from there on). */
function firstWhere(length: number, passes: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passes(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The bands of the eras that reach into the plot, in the order of the file. Eras out of view are not
 * looked at (binary search over the eras by start); when more than MAX_ERA_BANDS are in view, those
 * that start in the same stretch of the plot are merged into one band labelled with their count.
 */
export function eraBands(eras: readonly Era[], scale: TimeScale, leftPx: number, rightPx: number): EraBand[] {
  const { byStart, endsBy } = eraIndex(eras);
  const [viewStartMs, viewEndMs] = visibleWindowMs(scale, leftPx, rightPx);
  const from = firstWhere(byStart.length, (k) => endsBy[k]! > viewStartMs);
  const to = firstWhere(byStart.length, (k) => byStart[k]!.era.start.startMs >= viewEndMs);
  const pieces: { era: Era; i: number; startPx: number; x0Px: number; x1Px: number }[] = [];
  for (let k = from; k < to; k++) {
    const { era, i } = byStart[k]!;
    const startPx = scale(era.start.startMs);
    const x0Px = Math.max(leftPx, startPx);
    const x1Px = Math.min(rightPx, scale(era.end.endMs));
    if (x1Px > x0Px) pieces.push({ era, i, startPx, x0Px, x1Px });
  }
  if (pieces.length <= MAX_ERA_BANDS)
    return pieces.sort((a, b) => a.i - b.i).map(({ era, i, startPx, x0Px, x1Px }) => band(`${i}:${era.label}`, era.label, x0Px, x1Px, startPx >= leftPx));
  // Too many to draw one by one: one band per stretch of the plot, over the eras that start in it.
  const stretchPx = (rightPx - leftPx) / MAX_ERA_BANDS;
  const merged = new Map<number, { x0Px: number; x1Px: number; count: number; startsInView: boolean; only: Era }>();
  for (const piece of pieces) {
    const stretch = Math.floor((piece.x0Px - leftPx) / stretchPx);
    const seen = merged.get(stretch);
    if (!seen) merged.set(stretch, { x0Px: piece.x0Px, x1Px: piece.x1Px, count: 1, startsInView: piece.startPx >= leftPx, only: piece.era });
    else {
      seen.x0Px = Math.min(seen.x0Px, piece.x0Px);
      seen.x1Px = Math.max(seen.x1Px, piece.x1Px);
      seen.count++;
      seen.startsInView &&= piece.startPx >= leftPx;
    }
  }
  return [...merged].map(([stretch, m]) =>
    m.count === 1
      ? band(`${stretch}:${m.only.label}`, m.only.label, m.x0Px, m.x1Px, m.startsInView)
      : band(`${stretch}:${m.count}`, `${m.count.toLocaleString('en')} eras`, m.x0Px, m.x1Px, m.startsInView),
  );
}

function band(key: string, label: string, x0Px: number, x1Px: number, startsInView: boolean): EraBand {
  const labelled = x1Px - x0Px >= MIN_LABEL_PX;
  return { key, label, x0Px, x1Px, startsInView, labelXPx: x0Px + LABEL_INSET_PX, labelled, labelText: labelled ? fitted(label, x1Px - x0Px) : '' };
}
