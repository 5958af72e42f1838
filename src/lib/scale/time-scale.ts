// The horizontal time scale: a d3 UTC scale over the data's span, and the pure zoom arithmetic
// (a transform is just {k, x}; the zoom attachment turns it into a d3 ZoomTransform).
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { clampToDate } from '../model/dates.ts';

export type TimeScale = ScaleTime<number, number>;

/** A zoom along x: screen x = base(x) * k + x. The same shape as d3-zoom's transform, minus y. */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: ZoomState = { k: 1, x: 0 };

/** At the deepest zoom one hour spans this many pixels. */
const HOUR_PX_AT_MAX_ZOOM = 600;

/** A plain linear scale over an extent (the collapsed axis is built by axis-model.ts). */
export function makeTimeScale(extentMs: readonly [number, number], leftPx: number, rightPx: number): TimeScale {
  return scaleUtc()
    .domain([new Date(extentMs[0]), new Date(extentMs[1])])
    .range([leftPx, rightPx]);
}

/** The first and last pixel of a scale's range (a piecewise scale has more in between). */
/** A scale by value (its domain and range): two scales of the same axis, made apart, have the same key. */
export const scaleKey = (scale: TimeScale): string => `${scale.domain().map(Number).join(',')}|${scale.range().join(',')}`;

export function rangeEnds(scale: TimeScale): [number, number] {
  const range = scale.range() as number[];
  return [range[0]!, range.at(-1)!];
}

/**
 * The scale as the reader sees it under a zoom: every pixel moved by x ↦ x·k + offset. Works for
 * piecewise scales, whose breakpoints move with it. The domain stays the whole data.
 */
export function zoomedScale(base: TimeScale, zoom: ZoomState): TimeScale {
  return base.copy().range((base.range() as number[]).map((r) => r * zoom.k + zoom.x));
}

/**
 * The instant at a pixel. Past the ends of the range a scale extrapolates its end piece; near ±270,000
 * years that runs past what a Date holds, where d3 gives NaN: the instant is then the last a Date holds.
 */
export function instantAt(scale: TimeScale, xPx: number): number {
  const domain = scale.domain().map(Number);
  const range = scale.range() as number[];
  const last = range.length - 1;
  if (last < 1 || (xPx >= Math.min(range[0]!, range[last]!) && xPx <= Math.max(range[0]!, range[last]!))) return +scale.invert(xPx);
  // The end piece on the pixel's side.
  const [i, j] = Math.abs(xPx - range[0]!) < Math.abs(xPx - range[last]!) ? [0, 1] : [last - 1, last];
  const msPerPx = (domain[j]! - domain[i]!) / (range[j]! - range[i]! || 1);
  return clampToDate(domain[i]! + (xPx - range[i]!) * msPerPx);
}

/** The instants at the left and right edges of the view (within the data's padded extent). */
export function visibleWindowMs(scale: TimeScale, leftPx: number, rightPx: number): [number, number] {
  return [instantAt(scale, leftPx), instantAt(scale, rightPx)];
}

/**
 * How far one may zoom in: until an hour is HOUR_PX_AT_MAX_ZOOM wide in every segment. In a
 * piecewise scale the pieces alternate segment, gap, segment…; gaps do not count.
 */
export function maxZoom(base: TimeScale): number {
  const domain = base.domain().map(Number);
  const range = base.range() as number[];
  let msPerPx = 0;
  for (let i = 0; i + 1 < domain.length; i += 2) msPerPx = Math.max(msPerPx, (domain[i + 1]! - domain[i]!) / Math.max(1, range[i + 1]! - range[i]!));
  return Math.max(1, (msPerPx * HOUR_PX_AT_MAX_ZOOM) / 3_600_000);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The zoom that brings [startMs, endMs) into view with the least change: none if it is already well
 * inside the view, a pan to centre it if it fits at this zoom, else a zoom out until it fills 60%.
 */
export function focusZoom(base: TimeScale, current: ZoomState, span: { startMs: number; endMs: number }): ZoomState {
  const [r0, r1] = rangeEnds(base);
  const width = r1 - r0;
  const view = zoomedScale(base, current);
  if (view(span.startMs) >= r0 + width / 10 && view(span.endMs) <= r1 - width / 10) return current;
  const baseWidth = Math.max(1e-9, base(span.endMs) - base(span.startMs));
  const k = baseWidth * current.k > width * 0.8 ? clamp((width * 0.6) / baseWidth, 1, maxZoom(base)) : current.k;
  const centre = (base(span.startMs) + base(span.endMs)) / 2;
  return constrainZoom({ k, x: (r0 + r1) / 2 - centre * k }, base);
}

/** Keeps the data in view: the ends of the base range may not move inside the screen's ends. */
export function constrainZoom(zoom: ZoomState, base: TimeScale): ZoomState {
  const [r0, r1] = rangeEnds(base);
  const k = clamp(zoom.k, 1, maxZoom(base));
  return { k, x: clamp(zoom.x, r1 * (1 - k), r0 * (1 - k)) };
}

/**
 * The zoom that shows [startMs, endMs] across [leftPx, rightPx] (to restore a window after a change).
 * A window narrower than the deepest zoom is shown at that zoom about its centre; one reaching past
 * the data's extent, as far as the extent goes.
 */
export function zoomToWindow(base: TimeScale, windowMs: readonly [number, number], leftPx: number, rightPx: number): ZoomState {
  // Only the part within the data's extent counts: what lies beyond it is never shown.
  const [r0, r1] = rangeEnds(base);
  const x0 = Math.max(r0, base(windowMs[0]));
  const x1 = Math.min(r1, base(windowMs[1]));
  const k = clamp((rightPx - leftPx) / Math.max(1e-9, x1 - x0), 1, maxZoom(base));
  return constrainZoom({ k, x: (leftPx + rightPx) / 2 - ((x0 + x1) / 2) * k }, base);
}

/** Two zooms that draw the same, to well under a pixel. */
export function sameZoom(a: ZoomState, b: ZoomState): boolean {
  return Math.abs(a.k - b.k) <= 1e-9 * Math.max(a.k, b.k) && Math.abs(a.x - b.x) < 1e-3;
}
