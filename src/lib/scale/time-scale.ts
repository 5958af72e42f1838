// The horizontal time scale: a d3 UTC scale over the data's span, and the pure zoom arithmetic
// (a transform is just {k, x}; the zoom attachment turns it into a d3 ZoomTransform).
import { scaleUtc, type ScaleTime } from 'd3-scale';

export type TimeScale = ScaleTime<number, number>;

/** A zoom along x: screen x = base(x) * k + x. The same shape as d3-zoom's transform, minus y. */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: ZoomState = { k: 1, x: 0 };

const DAY_MS = 86_400_000;
/** At the deepest zoom one hour spans this many pixels. */
const HOUR_PX_AT_MAX_ZOOM = 600;

/** The span covered by spans [startMs, endMs), padded so marks at the ends are not on the edge. */
export function paddedExtentMs(spans: Iterable<{ startMs: number; endMs: number }>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.startMs < lo) lo = s.startMs;
    if (s.endMs > hi) hi = s.endMs;
  }
  if (lo === Infinity) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const pad = Math.max((hi - lo) * 0.04, DAY_MS);
  return [lo - pad, hi + pad];
}

/** The unzoomed scale: the whole extent across [leftPx, rightPx]. */
export function makeTimeScale(extentMs: readonly [number, number], leftPx: number, rightPx: number): TimeScale {
  return scaleUtc().domain([new Date(extentMs[0]), new Date(extentMs[1])]).range([leftPx, rightPx]);
}

/** The scale as the reader sees it under a zoom. */
export function zoomedScale(base: TimeScale, zoom: ZoomState): TimeScale {
  const [r0, r1] = base.range() as [number, number];
  const d0 = base.invert((r0 - zoom.x) / zoom.k);
  const d1 = base.invert((r1 - zoom.x) / zoom.k);
  return base.copy().domain([d0, d1]);
}

/** How far one may zoom in: until an hour is HOUR_PX_AT_MAX_ZOOM wide. */
export function maxZoom(base: TimeScale): number {
  const [d0, d1] = base.domain().map(Number) as [number, number];
  const [r0, r1] = base.range() as [number, number];
  const msPerPx = (d1 - d0) / Math.max(1, r1 - r0);
  return Math.max(1, (msPerPx * HOUR_PX_AT_MAX_ZOOM) / 3_600_000);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The zoom that brings [startMs, endMs) into view with the least change: none if it is already well
 * inside the view, a pan to centre it if it fits at this zoom, else a zoom out until it fills 60%.
 */
export function focusZoom(base: TimeScale, current: ZoomState, span: { startMs: number; endMs: number }): ZoomState {
  const [r0, r1] = base.range() as [number, number];
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
  const [r0, r1] = base.range() as [number, number];
  const k = clamp(zoom.k, 1, maxZoom(base));
  return { k, x: clamp(zoom.x, r1 * (1 - k), r0 * (1 - k)) };
}
