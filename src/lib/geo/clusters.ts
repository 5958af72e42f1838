// Groups the map's points so that markers never crowd: a grid of cells a marker's width across at
// the zoom's level, each cell's points drawn as one marker at their centroid, and neighbouring cells
// whose centroids are still too close merged, the fuller cell absorbing the other. Levels are half
// octaves of zoom, so a gesture re-groups every few steps, not every step; only the points inside a
// region around the screen are grouped. One pass over the points, no object per point. Pure.

/** How close two markers may be drawn, in screen pixels. */
export const CLUSTER_RADIUS_PX = 36;

/** The zoom's level: half octaves (k = 1, 1.41, 2, 2.83…). */
export const clusterLevel = (k: number) => Math.round(Math.log2(Math.max(1, k)) * 2);
/** The zoom at which a level groups its points. */
export const levelZoom = (level: number) => 2 ** (level / 2);

export interface Clusters {
  readonly level: number;
  /** Markers: how many. */
  readonly count: number;
  /** Each marker's centroid, in base pixels. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Points per marker. */
  readonly size: Int32Array;
  /** Where each marker's points start in `members` (count + 1 entries). */
  readonly start: Int32Array;
  /** Point indices, marker by marker, each marker's in the order of the points. */
  readonly members: Int32Array;
  /** How far a marker's points lie apart, in base pixels (0: all at one place). */
  readonly spreadPx: Float64Array;
}

/** [x0, y0, x1, y1] in base pixels. */
export type Region = readonly [number, number, number, number];

export interface ClusterInput {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** The points shown (indices into xs/ys), or null for all of them. */
  readonly active: Int32Array | null;
  readonly level: number;
  /** Only points inside it are grouped (null: everywhere). */
  readonly region?: Region | null;
}

export function clusterPoints({ xs, ys, active, level, region = null }: ClusterInput): Clusters {
  const n = xs.length;
  const radius = CLUSTER_RADIUS_PX / levelZoom(level);
  const count = active ? active.length : n;
  // The grid covers the region (or the points): a dense table of cells when it is small, as it is
  // for a region a few screens across at any zoom; else a map of the cells in use.
  let [gx0, gy0, gx1, gy1] = [Infinity, Infinity, -Infinity, -Infinity];
  if (region)
    [gx0, gy0, gx1, gy1] = [Math.floor(region[0] / radius), Math.floor(region[1] / radius), Math.floor(region[2] / radius), Math.floor(region[3] / radius)];
  else
    for (let j = 0; j < count; j++) {
      const i = active ? active[j]! : j;
      const gx = Math.floor(xs[i]! / radius);
      const gy = Math.floor(ys[i]! / radius);
      if (gx < gx0) gx0 = gx;
      if (gx > gx1) gx1 = gx;
      if (gy < gy0) gy0 = gy;
      if (gy > gy1) gy1 = gy;
    }
  const gridW = count === 0 ? 1 : gx1 - gx0 + 3;
  const gridH = count === 0 ? 1 : gy1 - gy0 + 3;
  const dense = gridW * gridH <= 1 << 22 ? new Int32Array(gridW * gridH).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();

  // Pass 1: each point's cell (a border of one cell all round keeps the neighbour search in the table).
  // The per-point scratch array is kept between calls: a gesture regroups every few frames, and a
  // new 100,000-entry array each time is garbage to collect mid-gesture.
  const cellOfPoint = scratch(n);
  const cellKey = new Float64Array(Math.min(count, gridW * gridH) || 1);
  const cellN = new Int32Array(cellKey.length);
  let cells = 0;
  for (let j = 0; j < count; j++) {
    const i = active ? active[j]! : j;
    const x = xs[i]!;
    const y = ys[i]!;
    if (region && (x < region[0] || x > region[2] || y < region[1] || y > region[3])) continue;
    const key = (Math.floor(y / radius) - gy0 + 1) * gridW + (Math.floor(x / radius) - gx0 + 1);
    let c = dense ? dense[key]! : (sparse!.get(key) ?? -1);
    if (c === -1) {
      c = cells++;
      if (dense) dense[key] = c;
      else sparse!.set(key, c);
      cellKey[c] = key;
    }
    cellOfPoint[i] = c;
    cellN[c]!++;
  }
  const sumX = new Float64Array(cells);
  const sumY = new Float64Array(cells);
  const minX = new Float64Array(cells).fill(Infinity);
  const maxX = new Float64Array(cells).fill(-Infinity);
  const minY = new Float64Array(cells).fill(Infinity);
  const maxY = new Float64Array(cells).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const c = cellOfPoint[i]!;
    if (c === -1) continue;
    const x = xs[i]!;
    const y = ys[i]!;
    sumX[c]! += x;
    sumY[c]! += y;
    if (x < minX[c]!) minX[c] = x;
    if (x > maxX[c]!) maxX[c] = x;
    if (y < minY[c]!) minY[c] = y;
    if (y > maxY[c]!) maxY[c] = y;
  }

  // Pass 2: fuller cells first (then in the order first met: the same points always group the same
  // way), each absorbing the neighbours whose centroids are too close to its own.
  const SLOT = 4_194_304;
  const order = new Float64Array(cells);
  for (let c = 0; c < cells; c++) order[c] = (n - cellN[c]!) * SLOT + c;
  order.sort();
  const markerOfCell = new Int32Array(cells).fill(-1);
  let markers = 0;
  for (let o = 0; o < cells; o++) {
    const c = order[o]! % SLOT;
    if (markerOfCell[c] !== -1) continue;
    const m = markers++;
    markerOfCell[c] = m;
    const cx = sumX[c]! / cellN[c]!;
    const cy = sumY[c]! / cellN[c]!;
    const key = cellKey[c]!;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        if (dx === 0 && dy === 0) continue;
        const near = key + dy * gridW + dx;
        const other = dense ? dense[near]! : (sparse!.get(near) ?? -1);
        if (other === -1 || markerOfCell[other] !== -1) continue;
        if (Math.hypot(sumX[other]! / cellN[other]! - cx, sumY[other]! / cellN[other]! - cy) >= radius) continue;
        markerOfCell[other] = m;
      }
  }

  const x = new Float64Array(markers);
  const y = new Float64Array(markers);
  const size = new Int32Array(markers);
  const bx0 = new Float64Array(markers).fill(Infinity);
  const bx1 = new Float64Array(markers).fill(-Infinity);
  const by0 = new Float64Array(markers).fill(Infinity);
  const by1 = new Float64Array(markers).fill(-Infinity);
  for (let c = 0; c < cells; c++) {
    const m = markerOfCell[c]!;
    x[m]! += sumX[c]!;
    y[m]! += sumY[c]!;
    size[m]! += cellN[c]!;
    bx0[m] = Math.min(bx0[m]!, minX[c]!);
    bx1[m] = Math.max(bx1[m]!, maxX[c]!);
    by0[m] = Math.min(by0[m]!, minY[c]!);
    by1[m] = Math.max(by1[m]!, maxY[c]!);
  }
  const spreadPx = new Float64Array(markers);
  const start = new Int32Array(markers + 1);
  for (let m = 0; m < markers; m++) {
    x[m]! /= size[m]!;
    y[m]! /= size[m]!;
    spreadPx[m] = Math.max(bx1[m]! - bx0[m]!, by1[m]! - by0[m]!);
    start[m + 1] = start[m]! + size[m]!;
  }
  const fill = start.slice(0, markers);
  const members = new Int32Array(start[markers]!);
  for (let j = 0; j < count; j++) {
    const i = active ? active[j]! : j;
    const c = cellOfPoint[i]!;
    if (c === -1) continue;
    members[fill[markerOfCell[c]!]!++] = i;
    cellOfPoint[i] = -1;
  }
  return { level, count: markers, x, y, size, start, members, spreadPx };
}

let scratchCells = new Int32Array(0);
/** A per-point array of -1s, reused: every entry set is put back to -1 before the grouping returns. */
function scratch(n: number): Int32Array {
  if (scratchCells.length < n) scratchCells = new Int32Array(n).fill(-1);
  return scratchCells;
}

/** The marker a point is in, or -1 (not shown, or outside the grouped region). */
export function markerOf(clusters: Clusters, point: number): number {
  const at = clusters.members.indexOf(point);
  if (at === -1) return -1;
  // The marker whose slice of `members` holds that position.
  let lo = 0;
  let hi = clusters.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clusters.start[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A marker's points. */
export const membersOf = (clusters: Clusters, m: number): Int32Array => clusters.members.subarray(clusters.start[m]!, clusters.start[m + 1]!);
