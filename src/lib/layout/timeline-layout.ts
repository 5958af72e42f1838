// Turns lanes and the current scale into what the timeline draws, bounded by the screen, not by
// the data: each lane shows its events one by one when they fit (with labels placed so none
// collide, and "+N" chips for the labels that could not be), or a density band when they do not.
// Pure: the component only draws what this returns.
import { bisectLeft, bisectRight } from 'd3-array';
import { emptyOccupancy, LABEL_GAP_PX, placeLabels, truncateToWidth, type LabelCandidate, type LabelOccupancy, type PlacedLabel } from './labels.ts';
import { laneEndMs, laneStartMs, type Lane, type LaneEvent } from './lanes.ts';
import { markGeometry, MIN_RANGE_PX, rowsInView, type MarkGeometry } from './mark-rows.ts';
import { OVERVIEW, overviewMarks, type LaneOverview } from './named-overview.ts';
import type { TimeScale } from '../scale/time-scale.ts';

export const LAYOUT = {
  lanePadPx: 8,
  labelRowPx: 20,
  markRowPx: 18,
  /** Label rows a lane gets by default, and at most when sized to fit its labels. */
  defaultLabelRows: 3,
  maxLabelRows: 6,
  maxLabelPx: 280,
  minRangePx: MIN_RANGE_PX,
  /** Individual marks drawn across all lanes at most: the DOM stays bounded at any data size. */
  maxMarks: 160,
  /** A lane draws its events one by one only while they are at least this far apart on average. */
  minMarkSpacingPx: 16,
  /** Width of one bar of a density band. */
  densityBucketPx: 4,
  /** Hidden labels closer than this share one "+N" chip. */
  chipGroupPx: 48,
} as const;

export interface LaneView {
  /** The lane's place in the lanes laid out (odd ones are shaded). */
  readonly index: number;
  readonly id: string;
  readonly label: string;
  readonly color?: string;
  readonly yPx: number;
  readonly heightPx: number;
  /** Top of the lane's first row of marks (row r is centred at markTopPx + (r + ½)·markRowPx). */
  readonly markTopPx: number;
  /** Rows of marks the lane has. */
  readonly markRows: number;
  /** Events of this lane in the view. */
  readonly visibleCount: number;
  /** 'unseen': out of the reader's sight (see LayoutOptions.sight), laid out by its height only. */
  readonly mode: 'marks' | 'density' | 'unseen';
  /** Labels that did not fit (counted in chips). */
  readonly hiddenLabels: number;
  /** Labels hidden with no chip left to count them (shown beside the lane's name). */
  readonly uncountedLabels: number;
  /** Drawn as a band: how many of its events in view are named over it (the named overview). */
  readonly named?: number;
}

export interface MarkLabel {
  readonly text: string;
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  readonly leaderXPx: number;
}

export interface MarkView {
  readonly laneEvent: LaneEvent;
  readonly laneId: string;
  readonly color?: string;
  /** A range's ends; for a point both are the middle of the span its date names. */
  readonly x0Px: number;
  readonly x1Px: number;
  /** The span the date names (a year, a day), for drawing how exact it is. */
  readonly spanX0Px: number;
  readonly spanX1Px: number;
  readonly yPx: number;
  readonly label: MarkLabel | null;
}

/** "+N": labels that did not fit, standing for their events; a click zooms in on them. */
export interface ChipView {
  readonly key: string;
  readonly laneId: string;
  readonly count: number;
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  readonly spanMs: { readonly startMs: number; readonly endMs: number };
}

/** Too many events to draw one by one: how many there are along the lane. */
export interface DensityView {
  readonly laneId: string;
  readonly color?: string;
  /**
   * Bars rising from the lane's baseline, one every `bucketPx` from x0Px (the last cut at x1Px):
   * each bar's height in pixels, by count (square root), 0 where there is none.
   */
  readonly barsPx: Float32Array;
  /** How many events each bar stands for (the heat strip's cells are made of them). */
  readonly counts: Uint32Array;
  readonly bucketPx: number;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yTopPx: number;
  readonly yBottomPx: number;
  readonly count: number;
}

export interface TimelineView {
  /** The lanes laid out, in order: all of them, or with `sight`, those in it and those kept. */
  readonly lanes: readonly LaneView[];
  /** Any lane by its index, laid out or not (one out of sight: 'unseen', its place and height only). */
  readonly laneAt: (index: number) => LaneView | undefined;
  readonly marks: readonly MarkView[];
  readonly chips: readonly ChipView[];
  readonly densities: readonly DensityView[];
  readonly heightPx: number;
  readonly hiddenLabels: number;
}

/** Rows by lane id (a Map, or rows looked up in layers). */
export type RowsByLane = { get(laneId: string): number | undefined };

export interface LayoutOptions {
  readonly measure: (text: string) => number;
  /** The plot's edges on screen: labels stay inside them. */
  readonly leftPx: number;
  readonly rightPx: number;
  /** Marks are laid out this far beyond each edge too, so that a pan can move them into view. */
  readonly overscanPx?: number;
  readonly selectedId?: string | null;
  /** Events drawn as themselves even in a density band (the selected one, the one with focus). */
  readonly pinnedIds?: ReadonlySet<string>;
  readonly topPx?: number;
  readonly maxMarks?: number;
  /** False while the reader is zooming: marks only, labels are placed when the zoom settles. */
  readonly labels?: boolean;
  /** Label rows per lane (from fitLabelRows); lanes not named get LAYOUT.defaultLabelRows. */
  readonly labelRows?: ReadonlyMap<string, number>;
  /** Width of a density band's bars (LAYOUT.densityBucketPx by default; wider while zooming, for fewer to draw). */
  readonly densityBucketPx?: number;
  /** Mark rows per lane (from fitMarkRows); lanes not named get the rows of their time stacking. */
  readonly markRows?: RowsByLane;
  /**
   * Whether a lane may take more rows than `markRows` gives it, when the marks in view need them
   * (true by default). False while the reader zooms: lanes keep their height, and one whose marks
   * do not fit shows a band until the zoom rests.
   */
  readonly growRows?: boolean;
  /**
   * The part of the chart the reader can see (y, from the chart's top, with a margin). Lanes wholly
   * outside it, but for those in `keepLanes`, are only given their height: with thousands of lanes,
   * nothing is drawn or counted for the ones far above or below.
   */
  readonly sight?: { readonly topPx: number; readonly bottomPx: number };
  /** Lanes laid out in full wherever they are (those holding the selected or focused event). */
  readonly keepLanes?: ReadonlySet<string>;
  /**
   * The named overview (named-overview.ts): for lanes drawn as bands, the events to name over them,
   * and the zoom of `scale` over the unzoomed one (screen x = k · unzoomed x + x).
   */
  readonly overview?: { readonly lanes: ReadonlyMap<string, LaneOverview>; readonly zoom: { readonly k: number; readonly x: number } };
}

/** A lane's rows of labels: those `labelRows` gives it (fitLabelRows), else the default; never more than its events. */
export const labelRowsOf = (lane: Lane, labelRows?: ReadonlyMap<string, number>) =>
  Math.min(labelRows?.get(lane.id) ?? LAYOUT.defaultLabelRows, lane.events.length);

const markRowsOf = (lane: Lane, markRows?: RowsByLane) => markRows?.get(lane.id) ?? lane.rows;

const heightOfRows = (labelRows: number, markRows: number) => 2 * LAYOUT.lanePadPx + labelRows * LAYOUT.labelRowPx + markRows * LAYOUT.markRowPx;

/** A lane's height when its marks fit its rows (a view may grow it: see LayoutOptions.growRows). */
export function laneHeightPx(lane: Lane, labelRows?: ReadonlyMap<string, number>, markRows?: RowsByLane): number {
  return heightOfRows(labelRowsOf(lane, labelRows), markRowsOf(lane, markRows));
}

/** A lane's last unseen view: the same lane at the same place is the same object (thousands of lanes, most unseen). */
const unseenViews = new WeakMap<Lane, LaneView>();

function unseenLane(lane: Lane, index: number, yPx: number, heightPx: number, markTopPx: number, markRows: number): LaneView {
  const kept = unseenViews.get(lane);
  if (kept && kept.index === index && kept.yPx === yPx && kept.heightPx === heightPx && kept.markTopPx === markTopPx && kept.markRows === markRows) return kept;
  const { id, label, color } = lane;
  const view: LaneView = { index, id, label, color, yPx, heightPx, markTopPx, markRows, visibleCount: 0, mode: 'unseen', hiddenLabels: 0, uncountedLabels: 0 };
  unseenViews.set(lane, view);
  return view;
}

/** Where each lane starts at its usual height (tops[i], from the first lane's top; tops[n] is their sum), and which lane has an id. */
interface LanePlaces {
  readonly labelRows?: ReadonlyMap<string, number>;
  readonly markRows?: RowsByLane;
  readonly tops: Float64Array;
  indexById?: Map<string, number>;
}

/** Found once per list of lanes and rows: every layout of a zoom or pan reads the same. */
const placesOf = new WeakMap<readonly Lane[], LanePlaces>();

function lanePlaces(lanes: readonly Lane[], labelRows?: ReadonlyMap<string, number>, markRows?: RowsByLane): LanePlaces {
  const known = placesOf.get(lanes);
  if (known && known.labelRows === labelRows && known.markRows === markRows) return known;
  const tops = new Float64Array(lanes.length + 1);
  for (let i = 0; i < lanes.length; i++) tops[i + 1] = tops[i]! + heightOfRows(labelRowsOf(lanes[i]!, labelRows), markRowsOf(lanes[i]!, markRows));
  const places: LanePlaces = { labelRows, markRows, tops, indexById: known?.indexById };
  placesOf.set(lanes, places);
  return places;
}

/** The indices of the lanes kept (by id), in order. */
function keptIndices(places: LanePlaces, lanes: readonly Lane[], keep: ReadonlySet<string> | undefined): number[] {
  if (!keep || keep.size === 0) return [];
  places.indexById ??= new Map(lanes.map((lane, i) => [lane.id, i]));
  const indices: number[] = [];
  for (const id of keep) {
    const index = places.indexById.get(id);
    if (index !== undefined) indices.push(index);
  }
  return indices.sort((a, b) => a - b);
}

/** The first lane from `from` whose bottom (tops[i + 1]) is at or below yPx: a binary search. */
function firstLaneEndingAtOrAfter(tops: Float64Array, yPx: number, from: number): number {
  let lo = from;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tops[mid + 1]! < yPx) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of a lane's events that overlap [t0, t1]. */
function visibleIndices(lane: Lane, t0: number, t1: number): number[] {
  const hi = bisectRight(lane.startsMs, t1);
  const out: number[] = [];
  for (let i = bisectLeft(lane.startsMs, t0 - lane.maxSpanMs); i < hi; i++) if (lane.endsMs[i]! >= t0) out.push(i);
  return out;
}

/** How many of a lane's events are drawn within [t0, t1], by the instant each is drawn at. */
const countDrawn = (lane: Lane, t0: number, t1: number) => bisectRight(lane.drawnMs, t1) - bisectLeft(lane.drawnMs, t0);

/**
 * Pixels → ms for a (piecewise) time scale without making a Date per call: layout inverts
 * hundreds of bucket edges per frame.
 */
export function pixelToMs(scale: TimeScale): (xPx: number) => number {
  const domain = scale.domain().map(Number);
  const range = scale.range() as number[];
  const last = range.length - 1;
  return (x) => {
    let i = 0;
    while (i < last - 1 && x > range[i + 1]!) i++;
    const r0 = range[i]!;
    const r1 = range[i + 1]!;
    return domain[i]! + ((x - r0) / (r1 - r0 || 1)) * (domain[i + 1]! - domain[i]!);
  };
}

/**
 * Which lanes can draw their events one by one within the budget: the least crowded first, each
 * taking no more than a fair share of what is left, and never more than the width allows.
 */
function chooseModes(counts: readonly number[], budget: number, widthPx: number): boolean[] {
  const perWidth = Math.floor(widthPx / LAYOUT.minMarkSpacingPx);
  // A lane with nothing in view takes nothing (and, sorted first, leaves every share as it was):
  // only the others are ordered, which with thousands of lanes out of sight is a few.
  const individual = counts.map((count) => count === 0);
  const order: number[] = [];
  counts.forEach((count, i) => count > 0 && order.push(i));
  order.sort((a, b) => counts[a]! - counts[b]!);
  let left = budget;
  order.forEach((lane, n) => {
    const share = left / (order.length - n);
    if (counts[lane]! <= Math.min(share, perWidth)) {
      individual[lane] = true;
      left -= counts[lane]!;
    }
  });
  return individual;
}

/**
 * Bar heights along a band: how many of the instants (sorted; a lane's or the whole file's, each
 * event at the instant it is drawn) fall in each bucket, square-rooted to the band's height.
 */
export function densityBars(
  drawnMs: Float64Array,
  toMs: (x: number) => number,
  leftPx: number,
  rightPx: number,
  heightPx: number,
  step: number,
): { barsPx: Float32Array; counts: Uint32Array; count: number } {
  return densityBarsAt(drawnMs, bucketEdgesMs(toMs, leftPx, rightPx, step), heightPx);
}

/** The instants at the edges of a band's buckets of `step` px from leftPx to rightPx: one more than the buckets. */
export function bucketEdgesMs(toMs: (x: number) => number, leftPx: number, rightPx: number, step: number): Float64Array {
  const buckets = Math.max(0, Math.ceil((rightPx - leftPx) / step));
  const edges = new Float64Array(buckets + 1);
  edges[0] = toMs(leftPx);
  for (let i = 0; i < buckets; i++) edges[i + 1] = toMs(Math.min(rightPx, leftPx + (i + 1) * step));
  return edges;
}

/** The first index at or after `from` whose instant is not before `ms` (the instants sorted). */
function firstNotBefore(sorted: Float64Array, ms: number, from: number): number {
  // Most buckets of a band are empty, or hold a few: look at the next ones before searching.
  for (let at = from; at < from + 4; at++) if (!(at < sorted.length && sorted[at]! < ms)) return at;
  let lo = from + 4;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** densityBars on buckets whose edges are found already (every band of a layout shares them). */
export function densityBarsAt(drawnMs: Float64Array, edgesMs: Float64Array, heightPx: number): { barsPx: Float32Array; counts: Uint32Array; count: number } {
  const bars = new Float32Array(Math.max(0, edgesMs.length - 1));
  // As bisectLeft: NaN edges (none on an axis) count nothing.
  let previous = bisectLeft(drawnMs, edgesMs[0]!);
  const first = previous;
  let max = 1;
  for (let i = 0; i < bars.length; i++) {
    const edge = edgesMs[i + 1]!;
    const next = edge >= edgesMs[i]! ? firstNotBefore(drawnMs, edge, previous) : bisectLeft(drawnMs, edge);
    bars[i] = next - previous;
    if (bars[i]! > max) max = bars[i]!;
    previous = next;
  }
  const counts = Uint32Array.from(bars);
  for (let i = 0; i < bars.length; i++) if (bars[i]! > 0) bars[i] = Math.max(2, heightPx * Math.sqrt(bars[i]! / max));
  return { barsPx: bars, counts, count: previous - first };
}

/** A band as an SVG path: one outline along the tops of its bars, closed along the baseline. */
export function densityPath(band: Pick<DensityView, 'barsPx' | 'bucketPx' | 'x0Px' | 'x1Px' | 'yBottomPx'>): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  const { barsPx, bucketPx, x0Px, x1Px, yBottomPx } = band;
  let path = `M${x0Px},${yBottomPx}`;
  barsPx.forEach((h, i) => {
    path += `V${round(yBottomPx - h)}H${round(Math.min(x1Px, x0Px + (i + 1) * bucketPx))}`;
  });
  return `${path}V${yBottomPx}Z`;
}

type Visible = MarkGeometry;

/** Marks closer than this stack their labels in rows above each other, as one box. */
const STACK_PX = 8;

/**
 * Places the labels of a lane: events drawn almost at the same x are stacked (the rightmost nearest
 * the marks), so that near-simultaneous events each keep a label; the rest one by one.
 */
interface LanePlacement {
  readonly placed: Map<string, PlacedLabel>;
  readonly hidden: string[];
  readonly leaders: Map<string, number>;
  readonly occupancy: LabelOccupancy;
}

/**
 * Places a lane's labels. First as a pure staircase (only the selected event first), which fits
 * the most labels; if some do not fit, again with events that have quotes or links first, and again
 * with the labels left out first (a label near the right edge can only end at its mark, and a
 * neighbour's label placed before it may have taken that room when it could have gone elsewhere).
 * The arrangement that shows the most, those the named overview named (`favoured`) counting most,
 * then those with quotes or links, wins.
 */
function placeLaneLabels(
  visible: readonly Visible[],
  texts: ReadonlyMap<string, { text: string; width: number; anchor: number }>,
  rows: number,
  bounds: { minPx: number; maxPx: number },
  selectedId: string | null | undefined,
  favoured: ReadonlySet<string> = new Set(),
): LanePlacement {
  const staircase = placeStackedLabels(visible, texts, rows, bounds, selectedId, false, favoured);
  if (staircase.hidden.length === 0) return staircase;
  const tiered = placeStackedLabels(visible, texts, rows, bounds, selectedId, true, favoured);
  const weighty = new Set(visible.filter((v) => v.le.weight >= 2).map((v) => v.le.event.id));
  const score = (p: LanePlacement) => [...p.placed.keys()].reduce((sum, id) => sum + (favoured.has(id) ? 1e6 : weighty.has(id) ? 1000 : 1), 0);
  const best = score(tiered) > score(staircase) ? tiered : staircase;
  const leftOutFirst = placeStackedLabels(visible, texts, rows, bounds, selectedId, false, favoured, new Set(best.hidden));
  return score(leftOutFirst) > score(best) ? leftOutFirst : best;
}

function placeStackedLabels(
  visible: readonly Visible[],
  texts: ReadonlyMap<string, { text: string; width: number; anchor: number }>,
  rows: number,
  bounds: { minPx: number; maxPx: number },
  selectedId: string | null | undefined,
  tiered: boolean,
  favoured: ReadonlySet<string>,
  first: ReadonlySet<string> = new Set(),
): LanePlacement {
  const occupancy = emptyOccupancy(rows);
  const items = visible
    .filter((v) => texts.has(v.le.event.id))
    .map((v) => ({ le: v.le, ...texts.get(v.le.event.id)! }))
    .sort((a, b) => a.anchor - b.anchor);
  const stacks: (typeof items)[] = [];
  for (const item of items) {
    const stack = stacks.at(-1);
    if (stack && item.anchor - stack.at(-1)!.anchor <= STACK_PX && stack.length < rows) stack.push(item);
    else stacks.push([item]);
  }
  // Tiers, not raw weights, so that within a tier labels stack right to left: the selected event,
  // then (when tiered) events with quotes or links, then the rest.
  // Events the named overview named (favoured) come before other weighty ones.
  const priority = (le: LaneEvent) =>
    le.event.id === selectedId ? 4 : first.has(le.event.id) ? 3 : tiered && favoured.has(le.event.id) ? 2 : tiered && le.weight >= 2 ? 1 : 0;
  const candidates: LabelCandidate[] = stacks.map((stack) => ({
    id: stack[0]!.le.event.id,
    anchorPx: stack[0]!.anchor,
    widthPx: Math.max(...stack.map((m) => m.width)),
    priority: Math.max(...stack.map((m) => priority(m.le))),
    rowsTall: stack.length,
    fromTop: stack.some((m) => first.has(m.le.event.id)),
  }));
  const result = placeLabels(candidates, rows, bounds, occupancy);
  const placed = new Map<string, PlacedLabel>();
  const hidden: string[] = [];
  /** Where each label's leader runs: at its anchor, or for a stack at the stack's edge, shared. */
  const leaders = new Map<string, number>();
  stacks.forEach((stack, i) => {
    const candidate = candidates[i]!;
    const spot = result.placed.get(candidate.id);
    if (spot) {
      // The rightmost event's label nearest its mark, so the leaders to its left pass clear of it;
      // a stack placed to the left of its marks is aligned on its right edge.
      const endsAtAnchor = spot.x0Px < candidate.anchorPx;
      [...stack].reverse().forEach((m, level) => {
        const x0Px = endsAtAnchor ? spot.x1Px - m.width : spot.x0Px;
        placed.set(m.le.event.id, { id: m.le.event.id, row: spot.row + level, x0Px, x1Px: x0Px + m.width });
        leaders.set(m.le.event.id, stack.length === 1 ? m.anchor : endsAtAnchor ? spot.x1Px : spot.x0Px);
      });
      return;
    }
    // No room for the whole stack: its labels try one by one, the weightiest first.
    const alone = placeLabels(
      stack.map((m) => ({ id: m.le.event.id, anchorPx: m.anchor, widthPx: m.width, priority: priority(m.le) })),
      rows,
      bounds,
      occupancy,
    );
    for (const [id, label] of alone.placed) placed.set(id, label);
    for (const m of stack) leaders.set(m.le.event.id, m.anchor);
    hidden.push(...alone.hidden);
  });
  // A range's label may stand anywhere along its bar: one crowded out at the bar's start tries again
  // just after each label that took its place, its leader dropping onto the bar there.
  for (const v of visible) {
    const id = v.le.event.id;
    const text = texts.get(id);
    if (!v.le.isRange || !text || placed.has(id) || !hidden.includes(id)) continue;
    const untilPx = Math.min(v.x1, bounds.maxPx) - RANGE_LEADER_INSET_PX;
    const starts = [...new Set(occupancy.boxes.flat().map(([, end]) => end + LABEL_GAP_PX))]
      .filter((x) => x > text.anchor && x <= untilPx)
      .sort((a, b) => a - b);
    for (const x of starts) {
      const one = placeLabels([{ id, anchorPx: x, widthPx: text.width, priority: 0 }], rows, bounds, occupancy).placed.get(id);
      if (!one) continue;
      placed.set(id, one);
      leaders.set(id, x);
      hidden.splice(hidden.indexOf(id), 1);
      break;
    }
  }
  return { placed, hidden, leaders, occupancy };
}

/** A leader dropped along a range's bar lands at least this far inside its end. */
const RANGE_LEADER_INSET_PX = 4;

/** Groups hidden labels that sit close together into "+N" chips and places those around the labels. */
function placeChips(
  hidden: readonly { le: LaneEvent; anchor: number }[],
  rows: number,
  bounds: { minPx: number; maxPx: number },
  occupancy: LabelOccupancy,
  measure: (text: string) => number,
): { groups: { members: typeof hidden; placed: PlacedLabel | undefined }[] } {
  const sorted = [...hidden].sort((a, b) => a.anchor - b.anchor);
  const groups: { members: (typeof hidden)[number][] }[] = [];
  for (const h of sorted) {
    const group = groups.at(-1);
    if (group && h.anchor - group.members.at(-1)!.anchor <= LAYOUT.chipGroupPx) group.members.push(h);
    else groups.push({ members: [h] });
  }
  const candidates: LabelCandidate[] = groups.map((g, i) => {
    const widthPx = measure(`+${g.members.length}`) + 12;
    const first = g.members[0]!.anchor;
    const last = g.members.at(-1)!.anchor;
    // Over the group, or anywhere up to a chip's width either side of it.
    const alternativesPx = [(first + last - widthPx) / 2, first - widthPx - 16, last + 16, last];
    return { id: String(i), anchorPx: first, widthPx, priority: g.members.length, alternativesPx };
  });
  const placement = placeLabels(candidates, rows, bounds, occupancy);
  return { groups: groups.map((g, i) => ({ members: g.members, placed: placement.placed.get(String(i)) })) };
}

export function layoutTimeline(lanes: readonly Lane[], scale: TimeScale, options: LayoutOptions): TimelineView {
  const { leftPx: labelLeft, rightPx: labelRight, measure } = options;
  const overscan = options.overscanPx ?? 0;
  const [left, right] = [labelLeft - overscan, labelRight + overscan];
  const margin = LAYOUT.markRowPx;
  const toMs = pixelToMs(scale);
  // Every band's buckets have the same edges: found on the axis once, not once per lane.
  let edgesMs: Float64Array | undefined;
  // A pixel of slack in time; marks are then culled exactly, in pixels.
  const t0 = toMs(left - margin - 1);
  const t1 = toMs(right + margin + 1);
  const { sight } = options;
  const topPx = options.topPx ?? 0;
  const places = lanePlaces(lanes, options.labelRows, options.markRows);
  const { tops } = places;
  const kept = keptIndices(places, lanes, options.keepLanes);
  // Only the lanes in sight (at their usual heights) and those kept are looked at; the rest are
  // only their place in `tops`: with ten thousand lanes, a layout is the few dozen the reader sees.
  const [fromPx, toPx] = sight ? [sight.topPx - topPx, sight.bottomPx - topPx] : [-Infinity, Infinity];
  const counted: number[] = [];
  const counts: number[] = [];
  const countLane = (i: number) => {
    counted.push(i);
    counts.push(countDrawn(lanes[i]!, t0, t1));
  };
  const firstSeen = firstLaneEndingAtOrAfter(tops, fromPx, 0);
  let k = 0;
  for (let i = firstSeen; i < lanes.length && tops[i]! <= toPx; i++) {
    for (; k < kept.length && kept[k]! < i; k++) countLane(kept[k]!);
    if (kept[k] === i) k++;
    countLane(i);
  }
  for (; k < kept.length; k++) countLane(kept[k]!);
  // The marks' budget is shared by the lanes counted; a lane not counted (moved into sight by a lane above it growing) draws its own.
  const individual = new Uint8Array(lanes.length).fill(1);
  chooseModes(counts, options.maxMarks ?? LAYOUT.maxMarks, right - left).forEach((one, n) => (individual[counted[n]!] = one ? 1 : 0));
  const pinned = options.pinnedIds ?? new Set<string>();

  const laneViews: LaneView[] = [];
  const marks: MarkView[] = [];
  const chips: ChipView[] = [];
  const densities: DensityView[] = [];
  let hiddenLabels = 0;

  /** Lays out one lane at y and returns its height (its usual one, or more when its marks in view need more rows). */
  function layLane(lane: Lane, laneIndex: number, y: number): number {
    const rows = labelRowsOf(lane, options.labelRows);
    const markTop = y + LAYOUT.lanePadPx + rows * LAYOUT.labelRowPx;
    let uncounted = 0;

    // Drawn one by one when the lane's share of the budget allows, and its marks fit in rows
    // without touching (else more overlap here than the lane can show: a band).
    const indices = individual[laneIndex] ? visibleIndices(lane, t0, t1) : [];
    const visible = indices.map((i) => markGeometry(lane.events[i]!, scale)).filter((v) => v.x1 >= left - margin && v.x0 <= right + margin);
    const stacked = individual[laneIndex] ? rowsInView(visible, markRowsOf(lane, options.markRows), options.growRows ?? true) : null;
    const texts = new Map<string, { text: string; width: number; anchor: number }>();
    for (const { le, x0, x1 } of options.labels === false || !stacked ? [] : visible) {
      // A mark off the plot (laid out ahead for a pan) has no label yet: pinned at the edge, it would name other dates.
      if (x1 < labelLeft || x0 > labelRight) continue;
      const anchor = Math.max(labelLeft, x0);
      const room = Math.max(labelRight - anchor, anchor - labelLeft);
      const text = truncateToWidth(le.event.title, Math.min(LAYOUT.maxLabelPx, room), measure);
      texts.set(le.event.id, { text, width: measure(text), anchor });
    }
    const bounds = { minPx: labelLeft, maxPx: labelRight };
    // Events the named overview names at this zoom keep a label as their lane turns into single events.
    // (Not a lane small enough to draw whole within the budget: it never needed naming over a band.)
    const overview = lane.events.length > LAYOUT.maxMarks ? options.overview?.lanes.get(lane.id) : undefined;
    const favoured = new Set<string>();
    for (const i of overview ? indices : []) if (overview!.bornAt[i]! <= options.overview!.zoom.k * (1 + 1e-9)) favoured.add(lane.events[i]!.event.id);
    const placement = stacked ? placeLaneLabels(visible, texts, rows, bounds, options.selectedId, favoured) : null;
    // A lane whose single events could not keep each of those labels stays a band, with its names, a little longer.
    // The reader's own event (selected, focused) is shown as a labelled mark whatever the overview named.
    const pinnedHere = indices.some((i) => pinned.has(lane.events[i]!.event.id));
    const asBand = !placement || (!pinnedHere && placement.hidden.some((id) => favoured.has(id)));
    const markRows = !asBand ? stacked!.laneRows : markRowsOf(lane, options.markRows);
    const heightPx = heightOfRows(rows, markRows);
    const rowY = (row: number) => markTop + Math.min(row, markRows - 1) * LAYOUT.markRowPx + LAYOUT.markRowPx / 2;

    if (asBand) {
      const yBottom = markTop + markRows * LAYOUT.markRowPx - 2;
      const bucketPx = options.densityBucketPx ?? LAYOUT.densityBucketPx;
      edgesMs ??= bucketEdgesMs(toMs, left, right, bucketPx);
      const band = densityBarsAt(lane.drawnMs, edgesMs, yBottom - (y + LAYOUT.lanePadPx) - 4);
      densities.push({
        laneId: lane.id,
        color: lane.color,
        barsPx: band.barsPx,
        counts: band.counts,
        bucketPx,
        x0Px: left,
        x1Px: right,
        yTopPx: y + LAYOUT.lanePadPx,
        yBottomPx: yBottom,
        count: band.count,
      });
      // Its most significant events, named over it (not while zooming: labels wait for the zoom to rest).
      const named = new Set<string>();
      let namedInPlot = 0;
      const bandBox = { fromPx: left, toPx: right, plotRightPx: labelRight, yTopPx: y + LAYOUT.lanePadPx, rows };
      for (const spot of overview && options.labels !== false ? overviewMarks(overview, options.overview!.zoom, bandBox) : []) {
        const le = lane.events[spot.index]!;
        named.add(le.event.id);
        if (spot.anchorPx >= labelLeft && spot.anchorPx <= labelRight) namedInPlot++;
        const text = truncateToWidth(le.event.title, spot.textPx, measure);
        const half = le.isRange ? MIN_RANGE_PX / 2 : 0;
        marks.push({
          laneEvent: le,
          laneId: lane.id,
          color: lane.color,
          x0Px: spot.anchorPx - half,
          x1Px: spot.anchorPx + half,
          spanX0Px: spot.anchorPx,
          spanX1Px: spot.anchorPx,
          yPx: spot.dotYPx,
          label: { text, xPx: spot.textXPx, yPx: spot.baselinePx, widthPx: measure(text), leaderXPx: spot.anchorPx },
        });
      }
      // The selected and focused events stay visible as themselves, over the band.
      for (const le of pinned.size > 0 ? lane.events : []) {
        if (!pinned.has(le.event.id) || named.has(le.event.id) || laneEndMs(le) < t0 || laneStartMs(le) > t1) continue;
        const v = markGeometry(le, scale);
        marks.push({
          laneEvent: le,
          laneId: lane.id,
          color: lane.color,
          x0Px: v.x0,
          x1Px: v.x1,
          spanX0Px: v.spanX0,
          spanX1Px: v.spanX1,
          yPx: rowY(le.row),
          label: null,
        });
      }
      laneViews.push({
        index: laneIndex,
        id: lane.id,
        label: lane.label,
        color: lane.color,
        yPx: y,
        heightPx,
        markTopPx: markTop,
        markRows,
        visibleCount: band.count,
        mode: 'density',
        hiddenLabels: 0,
        uncountedLabels: 0,
        named: namedInPlot,
      });
      return heightPx;
    }

    if (!placement || !stacked) return heightPx; // (drawn as a band above)
    hiddenLabels += placement.hidden.length;

    const hiddenSet = new Set(placement.hidden);
    const hidden = visible.filter((v) => hiddenSet.has(v.le.event.id)).map((v) => ({ le: v.le, anchor: texts.get(v.le.event.id)!.anchor }));
    const { groups } = placeChips(hidden, rows, bounds, placement.occupancy, measure);
    const placedGroups = groups.filter((g) => g.placed);
    for (const group of groups) {
      // A chip with no room joins the nearest placed chip, so every hidden label is counted somewhere.
      const home = group.placed
        ? group
        : placedGroups.reduce<(typeof groups)[number] | null>(
            (best, g) =>
              !best || Math.abs(g.members[0]!.anchor - group.members[0]!.anchor) < Math.abs(best.members[0]!.anchor - group.members[0]!.anchor) ? g : best,
            null,
          );
      if (!home) uncounted += group.members.length;
      else if (home !== group) home.members = [...home.members, ...group.members];
    }
    for (const group of placedGroups) {
      const spot = group.placed!;
      chips.push({
        key: `${lane.id}:${group.members[0]!.le.event.id}`,
        laneId: lane.id,
        count: group.members.length,
        xPx: spot.x0Px,
        yPx: markTop - spot.row * LAYOUT.labelRowPx - 6,
        widthPx: spot.x1Px - spot.x0Px,
        spanMs: { startMs: Math.min(...group.members.map((m) => laneStartMs(m.le))), endMs: Math.max(...group.members.map((m) => laneEndMs(m.le))) },
      });
    }

    for (const [i, { le, x0, x1, spanX0, spanX1 }] of visible.entries()) {
      const spot = placement.placed.get(le.event.id);
      const measured = texts.get(le.event.id);
      marks.push({
        laneEvent: le,
        laneId: lane.id,
        color: lane.color,
        x0Px: x0,
        x1Px: x1,
        spanX0Px: spanX0,
        spanX1Px: spanX1,
        yPx: rowY(stacked.rows[i]!),
        label:
          spot && measured
            ? {
                text: measured.text,
                xPx: spot.x0Px,
                yPx: markTop - spot.row * LAYOUT.labelRowPx - 6,
                widthPx: measured.width,
                leaderXPx: placement.leaders.get(le.event.id) ?? measured.anchor,
              }
            : null,
      });
    }
    laneViews.push({
      index: laneIndex,
      id: lane.id,
      label: lane.label,
      color: lane.color,
      yPx: y,
      heightPx,
      markTopPx: markTop,
      markRows,
      visibleCount: indices.length,
      mode: 'marks',
      hiddenLabels: placement.hidden.length,
      uncountedLabels: uncounted,
    });
    return heightPx;
  }

  // In order down the chart: each lane in sight at the place the lanes above it leave (a lane may grow
  // by rows for its marks in view, moving those below), and each kept lane wherever it is.
  let shiftPx = 0;
  const shifts: number[] = [];
  k = 0;
  for (let i = 0; i < lanes.length;) {
    for (; k < kept.length && kept[k]! < i; k++);
    let next = firstLaneEndingAtOrAfter(tops, fromPx - shiftPx, i);
    if (next < lanes.length && tops[next]! + shiftPx > toPx) next = lanes.length;
    next = Math.min(next, kept[k] ?? lanes.length);
    if (next >= lanes.length) break;
    shiftPx += layLane(lanes[next]!, next, topPx + tops[next]! + shiftPx) - (tops[next + 1]! - tops[next]!);
    shifts.push(shiftPx);
    i = next + 1;
  }
  const laidOut = laneViews.map((view) => view.index);
  const laneAt = (index: number): LaneView | undefined => {
    const lane = lanes[index];
    if (!lane) return undefined;
    const at = bisectLeft(laidOut, index);
    if (laneViews[at]?.index === index) return laneViews[at];
    const y = topPx + tops[index]! + (at > 0 ? shifts[at - 1]! : 0);
    const rows = labelRowsOf(lane, options.labelRows);
    const markRows = markRowsOf(lane, options.markRows);
    return unseenLane(lane, index, y, tops[index + 1]! - tops[index]!, y + LAYOUT.lanePadPx + rows * LAYOUT.labelRowPx, markRows);
  };
  return { lanes: laneViews, laneAt, marks, chips, densities, heightPx: tops[lanes.length]! + shiftPx, hiddenLabels };
}

/**
 * Lanes sized to their content: for each lane, the fewest label rows (up to LAYOUT.maxLabelRows)
 * in which every label fits at this scale, usually the unzoomed one (a lane drawn as a band there: the
 * rows of its named overview). Computed once per width, so
 * lanes keep their height while the reader zooms.
 */
export function fitLabelRows(lanes: readonly Lane[], scale: TimeScale, options: LayoutOptions): Map<string, number> {
  const steps = fitLabelRowsSteps(lanes, scale, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The same in steps, one number of rows tried (one layout of the lanes still open) per step: for work before a first drawing. */
export function* fitLabelRowsSteps(lanes: readonly Lane[], scale: TimeScale, options: LayoutOptions): Generator<void, Map<string, number>, void> {
  const fitted = new Map<string, number>();
  // A lane of one event has one label: nothing to try (thousands of actors often have one event each).
  for (const lane of lanes) if (lane.events.length <= 1) fitted.set(lane.id, 1);
  for (let rows = 1; rows <= LAYOUT.maxLabelRows; rows++) {
    const open = lanes.filter((lane) => !fitted.has(lane.id));
    if (open.length === 0) break;
    const all = new Map(open.map((lane) => [lane.id, rows]));
    if (rows > 1) yield;
    const view = layoutTimeline(open, scale, { ...options, labelRows: all });
    for (const lane of view.lanes)
      // A band takes the rows its named overview uses, so that as it turns into single events their labels have as many.
      if (lane.mode === 'density') fitted.set(lane.id, Math.max(rows, OVERVIEW.maxRows));
      else if (lane.hiddenLabels === 0 || rows === LAYOUT.maxLabelRows) fitted.set(lane.id, rows);
  }
  return fitted;
}
