// The heat strip (`density=heat`): lanes drawn as bands are drawn instead as cells along time, each
// coloured by how many events it holds, on one scale for every lane in view (as KronoGraph's
// heatmap), so the busiest weeks of different actors can be compared. Made from the bands' counts;
// one path per colour level per lane, so the DOM stays small; said in words for screen readers.
// Pure: the component draws, in app.css's --heat-1 … --heat-6 (light and dark).
import { formatWindow } from '../model/format-date.ts';
import { formatDuration } from '../scale/gaps.ts';
import type { DensityView } from './timeline-layout.ts';

export const HEAT = {
  /** A cell is this many of a band's bars wide. */
  cellBuckets: 3,
  levels: 6,
  /** Cells named in a strip's description, busiest first. */
  describedCells: 3,
} as const;

export interface HeatCell {
  readonly x0Px: number;
  readonly x1Px: number;
  readonly count: number;
  /** 1 (fewest) … HEAT.levels (most). */
  readonly level: number;
}

export interface HeatStrip {
  readonly laneId: string;
  readonly yTopPx: number;
  readonly yBottomPx: number;
  /** The cells with events, in time order. */
  readonly cells: readonly HeatCell[];
  /** Per level (index 0 is level 1): one SVG path of its cells ('' when none). */
  readonly paths: readonly string[];
  readonly count: number;
}

export interface HeatView {
  readonly strips: readonly HeatStrip[];
  /** The most events in one cell, over every strip. */
  readonly maxCount: number;
  /** The key: the counts each colour stands for; empty when there are no events. */
  readonly ranges: readonly HeatRange[];
}

/** A count's colour level on a square-root scale (as the bands' heights): 0 for none, else 1 … HEAT.levels. */
export function heatLevel(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.max(1, Math.min(HEAT.levels, Math.ceil(HEAT.levels * Math.sqrt(count / maxCount) - 1e-9)));
}

/** What one colour of the key stands for: a level and the counts it holds. */
export interface HeatRange {
  readonly level: number;
  readonly least: number;
  readonly most: number;
}

/** The counts each level stands for at this maximum, fewest first (a level no count falls in is left out). */
export function heatRanges(maxCount: number): HeatRange[] {
  const ranges: { level: number; least: number; most: number }[] = [];
  for (let count = 1; count <= maxCount; count++) {
    const level = heatLevel(count, maxCount);
    const last = ranges.at(-1);
    if (last?.level === level) last.most = count;
    else ranges.push({ level, least: count, most: count });
  }
  return ranges;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function heatView(bands: readonly DensityView[], cellBuckets: number = HEAT.cellBuckets): HeatView {
  const cellsOf = (band: DensityView) => {
    const cells: { x0Px: number; x1Px: number; count: number }[] = [];
    for (let i = 0; i < band.counts.length; i += cellBuckets) {
      let count = 0;
      for (let j = i; j < Math.min(band.counts.length, i + cellBuckets); j++) count += band.counts[j]!;
      if (count > 0) cells.push({ x0Px: band.x0Px + i * band.bucketPx, x1Px: Math.min(band.x1Px, band.x0Px + (i + cellBuckets) * band.bucketPx), count });
    }
    return cells;
  };
  const raw = bands.map((band) => ({ band, cells: cellsOf(band) }));
  const maxCount = raw.reduce((max, { cells }) => cells.reduce((m, c) => Math.max(m, c.count), max), 0);
  const strips = raw.map(({ band, cells }) => {
    const leveled = cells.map((c) => ({ ...c, level: heatLevel(c.count, maxCount) }));
    const paths = Array.from({ length: HEAT.levels }, (_, l) =>
      leveled
        .filter((c) => c.level === l + 1)
        .map((c) => `M${round(c.x0Px)},${band.yTopPx}H${round(c.x1Px)}V${band.yBottomPx}H${round(c.x0Px)}Z`)
        .join(''),
    );
    return { laneId: band.laneId, yTopPx: band.yTopPx, yBottomPx: band.yBottomPx, cells: leveled, paths, count: band.count };
  });
  return { strips, maxCount, ranges: heatRanges(maxCount) };
}

/**
 * A strip in words: how many events, how long a cell is, and the busiest cells with their dates,
 * e.g. "NATO: 248 events in view, in cells of about 3 months; busiest Mar 2014 – Jun 2014 (12), …".
 */
export function heatDescription(strip: HeatStrip, laneName: string, toMs: (xPx: number) => number): string {
  const first = strip.cells[0];
  if (!first) return `${laneName}: no events in view`;
  const cellMs = toMs(first.x1Px) - toMs(first.x0Px);
  const busiest = [...strip.cells].sort((a, b) => b.count - a.count || a.x0Px - b.x0Px).slice(0, HEAT.describedCells);
  const named = busiest.map((c) => `${formatWindow(toMs(c.x0Px), toMs(c.x1Px))} (${c.count.toLocaleString('en')})`).join(', ');
  return `${laneName}: ${strip.count.toLocaleString('en')} events in view, in cells of about ${formatDuration(cellMs)}; busiest ${named}`;
}
