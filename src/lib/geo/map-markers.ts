// What the map draws for a zoom: the markers on screen (a region's groups placed by the zoom, as
// many as the screen holds, never the data), their sizes and names, labels where they fit, and the
// marker a key press moves to. Pure: the component draws these, on SVG at rest and on a canvas
// while the map moves.
import { membersOf, type Clusters } from './clusters.ts';
import type { MapZoom } from './projection.ts';

export interface MarkerView {
  /** The group's index in its Clusters. */
  readonly m: number;
  readonly xPx: number;
  readonly yPx: number;
  readonly rPx: number;
  readonly count: number;
  /** The point of a marker of one event, else -1. */
  readonly single: number;
  /** Every point of the marker is at the same place (zooming in will not part them). */
  readonly onePlace: boolean;
}

export interface LabelView {
  readonly m: number;
  readonly text: string;
  readonly xPx: number;
  readonly yPx: number;
}

/** A marker's radius: a dot for one event, growing with the square root of the count, at most 24 px. */
export const markerRadius = (count: number) => (count <= 1 ? 7 : Math.min(24, 8 + 2.2 * Math.sqrt(count)));

/** The markers within the screen (and `marginPx` around it), fullest last so they are drawn on top. */
export function markersOnScreen(clusters: Clusters, zoom: MapZoom, widthPx: number, heightPx: number, marginPx = 24): MarkerView[] {
  const out: MarkerView[] = [];
  for (let m = 0; m < clusters.count; m++) {
    const xPx = zoom.x + zoom.k * clusters.x[m]!;
    const yPx = zoom.y + zoom.k * clusters.y[m]!;
    if (xPx < -marginPx || xPx > widthPx + marginPx || yPx < -marginPx || yPx > heightPx + marginPx) continue;
    const count = clusters.size[m]!;
    out.push({ m, xPx, yPx, rPx: markerRadius(count), count, single: count === 1 ? membersOf(clusters, m)[0]! : -1, onePlace: clusters.spreadPx[m] === 0 });
  }
  return out.sort((a, b) => a.count - b.count || a.m - b.m);
}

/**
 * Labels for markers of one place, the fullest first, to the right of their marker (else to its left) where the label
 * overlaps no label placed before it and no other marker; at most `max`. `name(m)` is the text.
 */
export function placeLabels(
  markers: readonly MarkerView[],
  name: (m: number) => string | null,
  measure: (text: string) => number,
  options: { widthPx: number; heightPx: number; max?: number; fontPx?: number },
): LabelView[] {
  const { widthPx, heightPx, max = 40, fontPx = 12 } = options;
  const placed: [number, number, number, number][] = [];
  const labels: LabelView[] = [];
  const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;
  const circles = markers.map((mk) => [mk.xPx - mk.rPx, mk.yPx - mk.rPx, mk.xPx + mk.rPx, mk.yPx + mk.rPx] as const);
  for (const mk of [...markers].sort((a, b) => b.count - a.count || a.m - b.m)) {
    if (labels.length >= max) break;
    if (!mk.onePlace) continue;
    const text = name(mk.m);
    if (!text) continue;
    const width = measure(text);
    // To the right of the marker, else to its left.
    const fits = (x0: number): [number, number, number, number] | null => {
      const box: [number, number, number, number] = [x0, mk.yPx - fontPx * 0.7, x0 + width, mk.yPx + fontPx * 0.7];
      if (box[0] < 0 || box[2] > widthPx || box[1] < 0 || box[3] > heightPx) return null;
      if (placed.some((p) => overlaps(p, box)) || circles.some((c, i) => markers[i]!.m !== mk.m && overlaps(c, box))) return null;
      return box;
    };
    const box = fits(mk.xPx + mk.rPx + 4) ?? fits(mk.xPx - mk.rPx - 4 - width);
    if (!box) continue;
    placed.push(box);
    labels.push({ m: mk.m, text, xPx: box[0], yPx: mk.yPx });
  }
  return labels;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker an arrow key moves to from `from`: the nearest in that direction, within a cone of 45°
 * either side, distance along the direction counted once and across it twice. Null when there is none.
 */
export function nextMarker(markers: readonly MarkerView[], from: MarkerView, direction: Direction): MarkerView | null {
  const UNIT: Record<Direction, readonly [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };
  const [ux, uy] = UNIT[direction];
  let best: MarkerView | null = null;
  let bestScore = Infinity;
  for (const mk of markers) {
    if (mk.m === from.m) continue;
    const dx = mk.xPx - from.xPx;
    const dy = mk.yPx - from.yPx;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [mk, score];
  }
  return best;
}
