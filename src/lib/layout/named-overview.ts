// The named overview: over a lane drawn as a density band, its most significant events are drawn and
// named, as many as fit without their labels overlapping at the zoom shown. Which ones is decided
// once per axis, not per frame: each event gets the least zoom at which it is named (its "birth"),
// found greedily in the lane's fixed significance order, so that at any zoom the named events are
// those born at or below it. Zooming in can therefore only add names, never take one away (no
// flicker), and a pan never changes which events are named. Pure: positions come in as numbers.
//
// Each named event sits in one of a few rows across the band, a dot with its label beside it. Two
// labels in a row collide while k·Δ < (right extent of the left one) + (left extent of the right
// one), Δ their distance in unzoomed pixels, k the zoom: every collision ends as k grows, at
// k = extents / Δ. An event takes the row where it can be born soonest, and is born once every
// collision with the events named before it (in significance order) has ended, or at once where
// those are born later than their collision lasts.
import { runSteps } from '../model/steps.ts';

/** Sizes of a named event: a dot, then its label. */
export const OVERVIEW = {
  /** Rows of names a band has: its lane's label rows, which a band gets this many of (fitLabelRows). */
  maxRows: 2,
  rowPx: 20,
  /** Room from the dot's centre to where its text starts. */
  textOffsetPx: 9,
  /** A label is cut to this width, so that more of them fit. */
  maxTextPx: 150,
  /** Kept clear on the left of a dot, and after a label's text. */
  leftPx: 8,
  gapPx: 8,
  /** Zooms past this name no more events (a lane is drawn one by one long before at any realistic size). */
  maxZoom: 4096,
  /**
   * Events of a lane that may be named, the most significant first: past them, a lane's events are
   * named once it is drawn one by one (finding births costs about 10 ms per thousand).
   */
  maxCandidates: 1200,
} as const;

/** Births are found among events already named in bands of zoom [2^b, 2^(b+1)): a band holds few near any point. */
const BANDS = Math.ceil(Math.log2(OVERVIEW.maxZoom)) + 1;

export interface OverviewInput {
  /** Each event's anchor in the unzoomed scale's pixels (where its dot is drawn). */
  readonly basePx: ArrayLike<number>;
  /** Each event's label text width (at most OVERVIEW.maxTextPx). */
  readonly textPx: ArrayLike<number>;
  /** Event indices, the most significant first (only the first OVERVIEW.maxCandidates are considered). */
  readonly rank: ArrayLike<number>;
  readonly rows: number;
}

export interface LaneOverview {
  /** Per event: the least zoom at which it is named (≥ 1), or Infinity when never. */
  readonly bornAt: Float64Array;
  /** Per event: the row its name sits in (0 at the top). */
  readonly row: Uint8Array;
  /** The events ever named, by anchor: to find those in view without looking at the others. */
  readonly byPx: Uint32Array;
  readonly basePx: Float64Array;
  readonly textPx: Float32Array;
  /** Rows of names it was found for. */
  readonly rows: number;
}

/** Extents of a label around its anchor: dot and gap on the left, text and gap on the right. */
const rightOf = (textPx: number) => OVERVIEW.textOffsetPx + textPx + OVERVIEW.gapPx;

/** One band of a row: the anchors (sorted) and indices of the events born in it. */
interface Band {
  readonly px: number[];
  readonly ids: number[];
}

function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** laneOverview, in steps: it yields every `STEP` events, so a caller can let the page breathe between. */
export function* laneOverviewSteps(input: OverviewInput): Generator<void, LaneOverview, void> {
  const n = input.basePx.length;
  const candidates = Math.min(input.rank.length, OVERVIEW.maxCandidates);
  const basePx = Float64Array.from(input.basePx);
  const textPx = Float32Array.from(input.textPx);
  const bornAt = new Float64Array(n).fill(Infinity);
  const row = new Uint8Array(n);
  const rows = Math.max(1, input.rows);
  const bands: Band[][] = Array.from({ length: rows }, () => Array.from({ length: BANDS }, () => ({ px: [], ids: [] })));
  let maxRightPx = 0;
  const left = OVERVIEW.leftPx;

  for (let r = 0; r < candidates; r++) {
    if (r % STEP === STEP - 1) yield;
    const i = input.rank[r]!;
    const x = basePx[i]!;
    const right = rightOf(textPx[i]!);
    let best = Infinity;
    let bestRow = 0;
    for (let q = 0; q < rows && best > 1; q++) {
      let born = 1;
      for (let b = 0; b < BANDS && born < best; b++) {
        const band = bands[q]![b]!;
        if (band.px.length === 0) continue;
        // Born at 2^b or later: only a collision that lasts past 2^b matters, so only events this near.
        const floor = 2 ** b;
        const from = lowerBound(band.px, x - (maxRightPx + left) / floor);
        for (let at = from; at < band.px.length; at++) {
          const xj = band.px[at]!;
          if (xj > x + (right + left) / floor) break;
          const j = band.ids[at]!;
          const delta = Math.abs(x - xj);
          const reach = xj <= x ? rightOf(textPx[j]!) + left : right + left;
          const apart = delta === 0 ? Infinity : reach / delta;
          if (apart > bornAt[j]! && apart > born) born = apart;
        }
      }
      if (born < best) {
        best = born;
        bestRow = q;
      }
    }
    if (best > OVERVIEW.maxZoom) continue;
    bornAt[i] = best;
    row[i] = bestRow;
    const band = bands[bestRow]![Math.min(BANDS - 1, Math.floor(Math.log2(best)))]!;
    const at = lowerBound(band.px, x);
    band.px.splice(at, 0, x);
    band.ids.splice(at, 0, i);
    if (right > maxRightPx) maxRightPx = right;
  }
  const named: number[] = [];
  for (let i = 0; i < n; i++) if (bornAt[i]! <= OVERVIEW.maxZoom) named.push(i);
  named.sort((a, b) => basePx[a]! - basePx[b]! || a - b);
  return { bornAt, row, byPx: Uint32Array.from(named), basePx, textPx, rows };
}

const STEP = 200;

export function laneOverview(input: OverviewInput): LaneOverview {
  return runSteps(laneOverviewSteps(input));
}

/** No lane named (before births are found). */
export const NO_OVERVIEW: ReadonlyMap<string, LaneOverview> = new Map();

/** Births for each lane, by its id, in steps (a yield between lanes and every few hundred events). */
export function* overviewSteps<L extends { readonly id: string }>(
  lanes: readonly L[],
  inputOf: (lane: L) => OverviewInput,
): Generator<void, ReadonlyMap<string, LaneOverview>, void> {
  const found = new Map<string, LaneOverview>();
  for (const lane of lanes) {
    yield;
    found.set(lane.id, yield* laneOverviewSteps(inputOf(lane)));
  }
  return found;
}

/** The events named at zoom k whose anchors are within [fromBasePx, toBasePx] (unzoomed pixels), by anchor. */
export function namedAt(overview: LaneOverview, k: number, fromBasePx: number, toBasePx: number): number[] {
  const { byPx, basePx, bornAt } = overview;
  let lo = 0;
  let hi = byPx.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (basePx[byPx[mid]!]! < fromBasePx) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  // A hair of slack: births are ratios of the same floats the zoom is made of.
  for (let at = lo; at < byPx.length && basePx[byPx[at]!]! <= toBasePx; at++) if (bornAt[byPx[at]!]! <= k * (1 + 1e-9)) out.push(byPx[at]!);
  return out;
}

/**
 * A label's width estimated without measuring each title: the sum of its characters' widths (each
 * measured once), which kerning only makes wider than the text drawn; cut at OVERVIEW.maxTextPx. The
 * text drawn is cut to this width, so it never overruns the room it was given.
 */
export function estimateTextPx(text: string, measureChar: (c: string) => number): number {
  // A pixel and 2% of slack, for the rare pair of characters that draws wider together than apart.
  let width = 1;
  for (const c of text.length > 80 ? text.slice(0, 80) : text) {
    width += measureChar(c) * 1.02;
    if (width >= OVERVIEW.maxTextPx) return OVERVIEW.maxTextPx;
  }
  return text === '' ? 0 : width;
}

/** Where a named event is drawn: as a mark of the lane, its label beside its dot (MarkView's shape). */
export interface OverviewMark {
  readonly index: number;
  readonly anchorPx: number;
  /** The dot's centre and the label's baseline. */
  readonly dotYPx: number;
  readonly baselinePx: number;
  readonly textXPx: number;
  /** The room the label's text has (its estimated width, cut at the plot's right edge). */
  readonly textPx: number;
}

/**
 * The events a lane's band names at a zoom, placed: those born at or below `zoom.k` whose dots are
 * within [fromPx, toPx] on screen, in the band's top `rows` rows (rows it no longer has are left out). Screen x is k · unzoomed x + zoom.x, as the zoomed scale draws it.
 */
export function overviewMarks(
  overview: LaneOverview,
  zoom: { readonly k: number; readonly x: number },
  band: { readonly fromPx: number; readonly toPx: number; readonly plotRightPx: number; readonly yTopPx: number; readonly rows: number },
): OverviewMark[] {
  const rows = Math.min(overview.rows, band.rows);
  const marks: OverviewMark[] = [];
  for (const i of namedAt(overview, zoom.k, (band.fromPx - zoom.x) / zoom.k, (band.toPx - zoom.x) / zoom.k)) {
    const row = overview.row[i]!;
    if (row >= rows) continue;
    const anchorPx = zoom.k * overview.basePx[i]! + zoom.x;
    const textXPx = anchorPx + OVERVIEW.textOffsetPx;
    const room = textXPx < band.plotRightPx ? Math.max(40, band.plotRightPx - textXPx) : Infinity;
    const baselinePx = band.yTopPx + (row + 1) * OVERVIEW.rowPx - 5;
    marks.push({ index: i, anchorPx, dotYPx: baselinePx - 4.5, baselinePx, textXPx, textPx: Math.min(overview.textPx[i]!, room) });
  }
  return marks;
}
