// The map's projection and camera as numbers: Web Mercator fitted to the world's inhabited
// latitudes, points projected to base pixels, the zoom that shows a set of points, the zoom kept on
// the world, and a screen rectangle read back as an area of longitudes and latitudes (Mercator's
// parallels and meridians are straight, so a rectangle on screen is exactly such an area). Pure.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { GeoArea } from '../model/area.ts';
import type { LonLat } from '../model/coordinates.ts';

/** What the map can show, [west, south, east, north]: Antarctica and the far north are left out of view. */
export const WORLD: GeoArea = [-180, -58, 180, 84];
/** How far in the map zooms: from the world to a few streets. */
export const MAX_ZOOM = 4096;
/** Mercator reaches infinity at the poles: latitudes are held within this. */
const MAX_LAT = 85.05;

/** A zoom of the base map: a point at base pixels (bx, by) is drawn at (x + k·bx, y + k·by). */
export interface MapZoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const MAP_IDENTITY: MapZoom = { k: 1, x: 0, y: 0 };

export interface MapFrame {
  readonly widthPx: number;
  readonly heightPx: number;
  /** d3's Mercator, fitted: for the outlines of the land. */
  readonly projection: GeoProjection;
  /** The world's box in base pixels. */
  readonly world: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  readonly scale: number;
  readonly translate: readonly [number, number];
}

const RAD = Math.PI / 180;

/** The map for a drawing of this size: the world fitted to it. */
export function makeMapFrame(widthPx: number, heightPx: number): MapFrame {
  const [west, south, east, north] = WORLD;
  // No adaptive resampling: Mercator keeps meridians and parallels straight, the outline's points are
  // close together, and resampling the world's coastlines cost a long task at every size.
  const projection = geoMercator()
    .precision(0)
    .fitExtent(
      [
        [0, 0],
        [widthPx, heightPx],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [west, south],
          [east, north],
        ],
      },
    );
  const [x0, y1] = projection([west, south])!;
  const [x1, y0] = projection([east, north])!;
  const [tx, ty] = projection.translate();
  return { widthPx, heightPx, projection, world: { x0, y0, x1, y1 }, scale: projection.scale(), translate: [tx, ty] };
}

/** Base pixels of a longitude and latitude: d3's Mercator worked out directly (no arrays made per point). */
export function projectLonLat(frame: MapFrame, lon: number, lat: number): [number, number] {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return [frame.translate[0] + frame.scale * lon * RAD, frame.translate[1] - frame.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** The longitude and latitude at base pixels. */
export function invertPoint(frame: MapFrame, xPx: number, yPx: number): LonLat {
  const lon = (xPx - frame.translate[0]) / frame.scale / RAD;
  const lat = (2 * Math.atan(Math.exp((frame.translate[1] - yPx) / frame.scale)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

/** Every point's base pixels, in two arrays (100,000 points in a few milliseconds). */
export function projectAll(frame: MapFrame, lonLats: readonly LonLat[]): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(lonLats.length);
  const ys = new Float64Array(lonLats.length);
  lonLats.forEach(([lon, lat], i) => {
    [xs[i], ys[i]] = projectLonLat(frame, lon, lat);
  });
  return { xs, ys };
}

/** The zoom kept within the world, as d3-zoom's translate extent keeps it: never beyond its edges, centred when smaller. */
export function constrainZoom(frame: MapFrame, zoom: MapZoom): MapZoom {
  const k = Math.max(1, Math.min(MAX_ZOOM, zoom.k));
  const { x0, y0, x1, y1 } = frame.world;
  const fit = (offset: number, lo: number, hi: number, size: number) => {
    // The view's edges in base pixels, and how far each is past the world's.
    const d0 = -offset / k - lo;
    const d1 = (size - offset) / k - hi;
    const shift = d1 > d0 ? (d0 + d1) / 2 : Math.min(0, d0) || Math.max(0, d1);
    return offset + shift * k;
  };
  return { k, x: fit(zoom.x, x0, x1, frame.widthPx), y: fit(zoom.y, y0, y1, frame.heightPx) };
}

/** The zoom that shows these base points (`only` those indices, when given) with `padPx` around them, at most `maxK` (one point is not the whole screen). */
export function fitPoints(
  frame: MapFrame,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  options: { padPx?: number; maxK?: number; only?: ArrayLike<number> | null } = {},
): MapZoom {
  const { padPx = 40, maxK = 64, only = null } = options;
  const count = only ? only.length : xs.length;
  if (count === 0) return MAP_IDENTITY;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let j = 0; j < count; j++) {
    const i = only ? only[j]! : j;
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const room = (size: number) => Math.max(1, size - 2 * padPx);
  const k = Math.min(maxK, room(frame.widthPx) / Math.max(maxX - minX, 1e-9), room(frame.heightPx) / Math.max(maxY - minY, 1e-9));
  const kk = Math.max(1, Math.min(MAX_ZOOM, k));
  return constrainZoom(frame, { k: kk, x: frame.widthPx / 2 - kk * ((minX + maxX) / 2), y: frame.heightPx / 2 - kk * ((minY + maxY) / 2) });
}

/** Zoom by a factor about a point of the screen (the centre for buttons and keys). */
export function zoomAbout(frame: MapFrame, zoom: MapZoom, factor: number, atPx: readonly [number, number] = [frame.widthPx / 2, frame.heightPx / 2]): MapZoom {
  const k = Math.max(1, Math.min(MAX_ZOOM, zoom.k * factor));
  const [px, py] = atPx;
  return constrainZoom(frame, { k, x: px - ((px - zoom.x) / zoom.k) * k, y: py - ((py - zoom.y) / zoom.k) * k });
}

/** The area a rectangle of the screen covers: [west, south, east, north], rounded to 0.01°. */
export function areaOfRect(frame: MapFrame, zoom: MapZoom, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): GeoArea {
  const base = (sx: number, sy: number) => invertPoint(frame, (sx - zoom.x) / zoom.k, (sy - zoom.y) / zoom.k);
  const [w, n] = base(Math.min(ax, bx), Math.min(ay, by));
  const [e, s] = base(Math.max(ax, bx), Math.max(ay, by));
  const round = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v * 100) / 100));
  return [round(w, -180, 180), round(s, -90, 90), round(e, -180, 180), round(n, -90, 90)];
}

/** The area on screen (what "Filter to this view" sets). */
export const visibleArea = (frame: MapFrame, zoom: MapZoom): GeoArea => areaOfRect(frame, zoom, [0, 0], [frame.widthPx, frame.heightPx]);

/** An area's rectangle on screen, [x0, y0, x1, y1] (x0 > x1 for one across the date line). */
export function areaRect(frame: MapFrame, zoom: MapZoom, [west, south, east, north]: GeoArea): [number, number, number, number] {
  const [x0, y1] = projectLonLat(frame, west, south);
  const [x1, y0] = projectLonLat(frame, east, north);
  return [zoom.x + zoom.k * x0, zoom.y + zoom.k * y0, zoom.x + zoom.k * x1, zoom.y + zoom.k * y1];
}

/** The zoom that brings a point (in base pixels) to the middle of the screen when it is off screen, at the same scale; null when it is on screen. */
export function zoomToShow(frame: Pick<MapFrame, 'widthPx' | 'heightPx'>, zoom: MapZoom, [px, py]: readonly [number, number]): MapZoom | null {
  const x = zoom.x + zoom.k * px;
  const y = zoom.y + zoom.k * py;
  if (x >= 0 && x <= frame.widthPx && y >= 0 && y <= frame.heightPx) return null;
  return { k: zoom.k, x: frame.widthPx / 2 - zoom.k * px, y: frame.heightPx / 2 - zoom.k * py };
}

/** The CSS transform that moves a layer painted at `rest` to where it is at `zoom` ('none' when they are the same view). */
export function layerTransform(zoom: MapZoom, rest: MapZoom): string {
  if (zoom === rest) return 'none';
  const s = zoom.k / rest.k;
  return `translate(${zoom.x - s * rest.x}px, ${zoom.y - s * rest.y}px) scale(${s})`;
}
