// The time axis as segments: linear stretches of time separated by collapsed gaps, built on d3's
// piecewise (polylinear) UTC scale so zoom, pan, ticks and inversion keep working across gaps.
// A linear axis is the same model with one segment. Pure: pixels in, pixels out.
import { scaleUtc } from 'd3-scale';
import { clampToDate } from '../model/dates.ts';
import { countsBefore, firstStartingAfter, type CoveredInterval, type Span } from './gaps.ts';
import type { TimeScale, ZoomState } from './time-scale.ts';

export type AxisMode = 'collapsed' | 'linear';

export interface AxisPiece {
  readonly startMs: number;
  readonly endMs: number;
  readonly x0Px: number;
  readonly x1Px: number;
}

export interface AxisSegment extends AxisPiece {
  readonly eventCount: number;
}

export interface AxisGap extends AxisPiece {
  /** How long the stretch without events is (the band also holds the segments' padding). */
  readonly emptyMs: number;
}

export interface AxisModel {
  /** Time → pixels across segments and gaps (a polylinear d3 UTC scale). */
  readonly scale: TimeScale;
  readonly segments: readonly AxisSegment[];
  /** The collapsed stretches between segments, each drawn as a narrow band. */
  readonly gaps: readonly AxisGap[];
}

/** Width of a collapsed gap at zoom 1. */
export const GAP_PX = 56;
/** No segment gets less than this share of the width, however few its events. */
const MIN_SEGMENT_SHARE = 0.08;
const DAY_MS = 86_400_000;

/**
 * Pads a stretch so that marks at its ends are not on an edge, never into a neighbouring gap, and
 * never past what a Date holds (data near ±270,000 years padded by 4% of its span was NaN throughout).
 */
function padded(span: Span, maxPadBefore: number, maxPadAfter: number): Span {
  const pad = Math.max((span.endMs - span.startMs) * 0.04, DAY_MS);
  return { startMs: clampToDate(span.startMs - Math.min(pad, maxPadBefore)), endMs: clampToDate(span.endMs + Math.min(pad, maxPadAfter)) };
}

/**
 * How many events fall in each stretch between gaps: every covered interval lies in one stretch (the
 * first whose end it does not start after), so each count is a difference of running totals.
 */
function countIn(stretches: readonly Span[], covered: readonly CoveredInterval[]): number[] {
  const before = countsBefore(covered);
  let from = 0;
  return stretches.map((stretch, i) => {
    const to = i === stretches.length - 1 ? covered.length : firstStartingAfter(covered, stretch.endMs, from);
    const count = before[to]! - before[from]!;
    from = to;
    return count;
  });
}

/**
 * The unzoomed axis over [leftPx, rightPx] for the events' covered intervals (coveredIntervals),
 * collapsing the given gaps (from gapsBetween; none for a linear axis). Each segment gets width in proportion to the events in it, at least
 * MIN_SEGMENT_SHARE; each gap `gapPx` (GAP_PX unless the plot is narrow).
 */
export function makeAxisModel(events: readonly CoveredInterval[], leftPx: number, rightPx: number, gaps: readonly Span[], gapPx = GAP_PX): AxisModel {
  const covered = events.length > 0 ? events : [{ startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2001, 0, 1), count: 0 }];
  const first = covered[0]!.startMs;
  const last = covered.at(-1)!.endMs;

  // Stretches of time between gaps, padded (by at most a third of the gap beside them).
  const bounds = [first, ...gaps.flatMap((g) => [g.startMs, g.endMs]), last];
  const stretches: Span[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const before = i === 0 ? Infinity : (bounds[i]! - bounds[i - 1]!) / 3;
    const after = i + 2 >= bounds.length ? Infinity : (bounds[i + 2]! - bounds[i + 1]!) / 3;
    stretches.push(padded({ startMs: bounds[i]!, endMs: bounds[i + 1]! }, before, after));
  }

  const counts = countIn(stretches, covered);
  const total = Math.max(
    1,
    counts.reduce((a, b) => a + b, 0),
  );
  const raw = counts.map((n) => Math.max(n / total, MIN_SEGMENT_SHARE));
  const sum = raw.reduce((a, b) => a + b, 0);
  const available = Math.max(1, rightPx - leftPx - gaps.length * gapPx);

  const segments: AxisSegment[] = [];
  const pieces: AxisGap[] = [];
  let x = leftPx;
  stretches.forEach((stretch, i) => {
    const width = stretches.length === 1 ? available : (available * raw[i]!) / sum;
    segments.push({ ...stretch, x0Px: x, x1Px: x + width, eventCount: counts[i]! });
    x += width;
    const next = stretches[i + 1];
    if (next) {
      pieces.push({ startMs: stretch.endMs, endMs: next.startMs, x0Px: x, x1Px: x + gapPx, emptyMs: gaps[i]!.endMs - gaps[i]!.startMs });
      x += gapPx;
    }
  });

  const domain = segments.flatMap((s) => [new Date(s.startMs), new Date(s.endMs)]);
  const range = segments.flatMap((s) => [s.x0Px, s.x1Px]);
  return { scale: scaleUtc().domain(domain).range(range), segments, gaps: pieces };
}

const zoomPiece = <T extends AxisPiece>(piece: T, zoom: ZoomState): T => ({ ...piece, x0Px: piece.x0Px * zoom.k + zoom.x, x1Px: piece.x1Px * zoom.k + zoom.x });

/** The axis as the reader sees it under a zoom: every pixel position moved by x ↦ x·k + offset. */
export function zoomAxis(model: AxisModel, zoom: ZoomState): AxisModel {
  return {
    scale: model.scale.copy().range((model.scale.range() as number[]).map((r) => r * zoom.k + zoom.x)),
    segments: model.segments.map((s) => zoomPiece(s, zoom)),
    gaps: model.gaps.map((g) => zoomPiece(g, zoom)),
  };
}

/**
 * Where a break's length ("8 months") is written: centred over the break, or, when that would run
 * past an edge of the plot (a break half scrolled out), against that edge, so it is never cut.
 */
export function gapLabelPlace(gap: AxisPiece, leftPx: number, rightPx: number, labelPx: number): { xPx: number; anchor: 'start' | 'middle' | 'end' } {
  const mid = (gap.x0Px + gap.x1Px) / 2;
  if (mid - labelPx / 2 < leftPx) return { xPx: leftPx + 2, anchor: 'start' };
  if (mid + labelPx / 2 > rightPx) return { xPx: rightPx - 2, anchor: 'end' };
  return { xPx: mid, anchor: 'middle' };
}

/**
 * Where each break's length is written, left to right; a label that would run into the one before
 * (narrow breaks side by side, on a phone), or into a tick's label (`taken`), is left out: the
 * break's mark stays, and its length is in the chart's accessible name.
 */
export function placeGapLabels<T extends AxisPiece>(
  gaps: readonly T[],
  leftPx: number,
  rightPx: number,
  labelPx: (gap: T) => number,
  taken: readonly (readonly [number, number])[] = [],
): ({ xPx: number; anchor: 'start' | 'middle' | 'end' } | null)[] {
  let freeFromPx = -Infinity;
  return gaps.map((gap) => {
    const width = labelPx(gap);
    const place = gapLabelPlace(gap, leftPx, rightPx, width);
    const x0 = place.anchor === 'start' ? place.xPx : place.anchor === 'end' ? place.xPx - width : place.xPx - width / 2;
    if (x0 < freeFromPx || taken.some(([a, b]) => x0 < b && a < x0 + width)) return null;
    freeFromPx = x0 + width + 4;
    return place;
  });
}
