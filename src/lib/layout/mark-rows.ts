// Rows for the marks a view draws, so that no range is drawn over another mark of its lane. A lane
// stacks its events by time once (lanes.ts), but on screen a range is at least a few pixels wide
// and a dot has a radius, and a lane has only so many rows: so each view stacks what it draws, in
// pixels, keeping each event in its time row whenever it fits there (rows stay put while the reader
// zooms and pans), and grows the lane at rest when its marks need more rows than it has. Points may
// share a row with points (events on the same day are drawn at one place and their labels stack
// above them); a range shares a row with nothing it would touch.
// Pure: layout calls it with the marks in view, the chart with every event at the unzoomed scale.
import { scaleKey, type TimeScale } from '../scale/time-scale.ts';
import { MARK } from './drawing.ts';
import { laneEndMs, laneStartMs, MAX_MARK_ROWS, type Lane, type LaneEvent } from './lanes.ts';

/** Narrowest a range is drawn, so a three-day summit stays visible across decades. */
export const MIN_RANGE_PX = MARK.minRangePx;
/** Half the width a dot takes: its radius when selected, less a pixel of its stroke. */
export const POINT_HALF_PX = MARK.selectedRadiusPx - 1;
/** Space kept between two marks of a row. */
export const MARK_GAP_PX = 2;
/** A point's span (the year, the month its date names) is drawn as a soft band when wider than this. */
export const SHOWN_SPAN_PX = MARK.shownSpanPx;

/** Where an event is drawn at a scale: a range's ends (widened to MIN_RANGE_PX), a point's x twice. */
export interface MarkGeometry {
  readonly le: LaneEvent;
  readonly x0: number;
  readonly x1: number;
  /** The span its date names (a year, a day), for drawing how exact it is. */
  readonly spanX0: number;
  readonly spanX1: number;
}

export function markGeometry(le: LaneEvent, scale: TimeScale): MarkGeometry {
  const spanX0 = scale(laneStartMs(le));
  const spanX1 = scale(laneEndMs(le));
  let x0 = le.isRange ? spanX0 : (spanX0 + spanX1) / 2;
  let x1 = le.isRange ? spanX1 : x0;
  if (le.isRange && x1 - x0 < MIN_RANGE_PX) {
    const mid = (x0 + x1) / 2;
    x0 = mid - MIN_RANGE_PX / 2;
    x1 = mid + MIN_RANGE_PX / 2;
  }
  return { le, x0, x1, spanX0, spanX1 };
}

/** The pixels a mark covers along its row: a range's bar, a dot with the soft band of its span when drawn. */
export function footprintPx(m: MarkGeometry): [number, number] {
  if (m.le.isRange) return [m.x0, m.x1];
  const span = m.spanX1 - m.spanX0 > SHOWN_SPAN_PX;
  return [Math.min(m.x0 - POINT_HALF_PX, span ? m.spanX0 : Infinity), Math.max(m.x0 + POINT_HALF_PX, span ? m.spanX1 : -Infinity)];
}

/**
 * A row for each mark among `rows` rows, or null when they do not fit. Marks go left to right, each
 * to its time row (`le.row`) when `preferTimeRows` and it is free, else to the first free row. A
 * row is free for a range when nothing in it reaches the range's left end; for a point, when no
 * range in it does. Left to right first-fit is how intervals stack in the fewest rows.
 */
export function stackMarks(marks: readonly MarkGeometry[], rows: number, preferTimeRows = true): number[] | null {
  const n = marks.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  marks.forEach((m, i) => ([lo[i], hi[i]] = footprintPx(m)));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => lo[a]! - lo[b]! || a - b);
  // The right end of the last mark in each row, and of the last range in it.
  const anyEnd = new Array<number>(rows).fill(-Infinity);
  const rangeEnd = new Array<number>(rows).fill(-Infinity);
  const out = new Array<number>(n);
  for (const i of order) {
    const isRange = marks[i]!.le.isRange;
    const free = (row: number) => lo[i]! > (isRange ? anyEnd[row]! : rangeEnd[row]!) + MARK_GAP_PX;
    const preferred = marks[i]!.le.row;
    let row = preferTimeRows && preferred < rows && free(preferred) ? preferred : -1;
    for (let r = 0; row < 0 && r < rows; r++) if (free(r)) row = r;
    if (row < 0) return null;
    out[i] = row;
    anyEnd[row] = Math.max(anyEnd[row]!, hi[i]!);
    if (isRange) rangeEnd[row] = Math.max(rangeEnd[row]!, hi[i]!);
  }
  return out;
}

/** A view grows a lane to at most this many rows of marks to draw them one by one. */
export const MAX_VIEW_ROWS = 16;

export interface RowsInView {
  /** The row of each mark. */
  readonly rows: number[];
  /** Rows the lane takes in this view: its own, or more when the marks needed them. */
  readonly laneRows: number;
}

/**
 * Rows for a lane's marks in view: within the lane's `rows`, in their time rows where those are
 * free, else stacked anew; failing that, when the view may `grow` the lane, in as many rows as
 * they need (up to MAX_VIEW_ROWS). As a last resort, the time rows, when they are within the
 * lane's (they never overlap in time, though a dot's soft span, drawn only zoomed in, may reach a
 * range). Null when nothing fits: more overlap here than the lane can show, so it is drawn as a
 * density band.
 */
export function rowsInView(marks: readonly MarkGeometry[], rows: number, grow: boolean): RowsInView | null {
  const within = stackMarks(marks, rows, true) ?? stackMarks(marks, rows, false);
  if (within) return { rows: within, laneRows: rows };
  const grown = grow ? stackMarks(marks, MAX_VIEW_ROWS, false) : null;
  if (grown) return { rows: grown, laneRows: grown.reduce((max, row) => Math.max(max, row + 1), rows) };
  return marks.every((m) => m.le.row < rows) ? { rows: marks.map((m) => m.le.row), laneRows: rows } : null;
}

/**
 * The most ranges one row holds at a scale: each is at least MIN_RANGE_PX wide with MARK_GAP_PX after
 * it, and all lie within the scale's pixels (a range at an end widened by half MIN_RANGE_PX past it).
 */
export function rangesInRow(scale: TimeScale): number {
  const pixels = scale.range() as number[];
  const widthPx = Math.max(...pixels) - Math.min(...pixels) + MIN_RANGE_PX;
  return Math.floor(widthPx / (MIN_RANGE_PX + MARK_GAP_PX)) + 1;
}

const fittedRows = new WeakMap<readonly Lane[], { readonly axis: string; readonly rows: ReadonlyMap<string, number> }>();

/**
 * Mark rows for each lane, fitted at a scale (the unzoomed one): as many as its events need there
 * (zooming in only moves marks apart), at least as many as its time rows, at most MAX_MARK_ROWS.
 */
export function fitMarkRows(lanes: readonly Lane[], scale: TimeScale): ReadonlyMap<string, number> {
  // Once per lanes and axis: the work before a first drawing and the chart ask for the same, and layouts are cached by these rows.
  const axis = scaleKey(scale);
  const known = fittedRows.get(lanes);
  if (known?.axis === axis) return known.rows;
  const fitted = new Map<string, number>();
  fittedRows.set(lanes, { axis, rows: fitted });
  const rangesPerRow = rangesInRow(scale);
  for (const lane of lanes) {
    // A lane of one event needs its one row; points alone share row 0 (stackMarks puts each in the
    // first row no range reaches): their time rows, with no need to place them.
    if (lane.events.length <= 1 || lane.rangeCount === 0) {
      fitted.set(lane.id, Math.max(1, lane.rows));
      continue;
    }
    // Time stacking already takes every row a lane may have (usual in large files), or it has more
    // ranges than MAX_MARK_ROWS rows hold side by side across the axis: they cannot fit (a lane of
    // 100,000 events at a million took 300 ms to find so by placing each).
    if (lane.rows >= MAX_MARK_ROWS || lane.rangeCount > MAX_MARK_ROWS * rangesPerRow) {
      fitted.set(lane.id, MAX_MARK_ROWS);
      continue;
    }
    const stacked = stackMarks(
      lane.events.map((le) => markGeometry(le, scale)),
      MAX_MARK_ROWS,
      false,
    );
    const needed = stacked ? stacked.reduce((max, row) => Math.max(max, row + 1), 1) : MAX_MARK_ROWS;
    fitted.set(lane.id, Math.max(needed, lane.rows));
  }
  return fitted;
}
