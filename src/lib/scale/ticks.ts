// Axis ticks that adapt from millennia to minutes: d3 chooses the instants, and each label names
// the largest calendar unit it starts (a year, a month, a day, an hour), BCE and years 1–999 included.
import { ticks } from 'd3-array';
import { formatYear, utcMs } from '../model/dates.ts';
import type { AxisGap, AxisPiece } from './axis-model.ts';
import { formatDuration } from './gaps.ts';
import { makeTimeScale, type TimeScale } from './time-scale.ts';

export interface AxisTick {
  readonly ms: number;
  readonly xPx: number;
  readonly label: string;
  /** Starts a larger unit than its neighbours (a new year among months): drawn stronger. */
  readonly major: boolean;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

type Unit = 'year' | 'month' | 'day' | 'minute' | 'second';
const RANK: Record<Unit, number> = { second: 0, minute: 1, day: 2, month: 3, year: 4 };

function unitStartedAt(date: Date): Unit {
  if (date.getUTCSeconds() !== 0) return 'second';
  if (date.getUTCMinutes() !== 0 || date.getUTCHours() !== 0) return 'minute';
  if (date.getUTCDate() !== 1) return 'day';
  if (date.getUTCMonth() !== 0) return 'month';
  return 'year';
}

function labelFor(date: Date, unit: Unit, withContext: boolean): string {
  const year = formatYear(date.getUTCFullYear());
  const month = SHORT_MONTHS[date.getUTCMonth()]!;
  switch (unit) {
    case 'year':
      return year;
    case 'month':
      return withContext ? `${month} ${year}` : month;
    case 'day':
      return withContext ? `${date.getUTCDate()} ${month} ${year}` : `${date.getUTCDate()} ${month}`;
    case 'minute':
      return withContext
        ? `${date.getUTCDate()} ${month}, ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`
        : `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
    case 'second':
      return `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`;
  }
}

/**
 * d3 steps years in astronomical numbers, which reads as 581 BCE, 561 BCE … 1 BCE. BCE years count
 * down to 1 BCE with no year zero, so ticks at or before year 0 move one year later: 580 BCE, AD 1.
 */
function eraYearTicks(dates: readonly Date[], domainMs: readonly [number, number]): Date[] {
  const years = dates.map((d) => d.getUTCFullYear());
  const step = years.length > 1 ? years[1]! - years[0]! : 1;
  if (step < 2 || years[0]! - step > 0 || !dates.every((d) => unitStartedAt(d) === 'year')) return [...dates];
  const [lo, hi] = [Math.min(...domainMs), Math.max(...domainMs)];
  const ticks: Date[] = [];
  // From one step before d3's first tick: that one, moved a year later, may fall inside the domain.
  for (let year = years[0]! - step; year <= years.at(-1)!; year += step) {
    const ms = utcMs(year <= 0 ? year + 1 : year);
    if (ms >= lo && ms <= hi) ticks.push(new Date(ms));
  }
  return ticks;
}

/**
 * d3's ticks, or, where d3 gives none, round years: d3 floors a year to a multiple of its step, and
 * near ±270,000 years that multiple is past what a Date holds, so an axis over the whole range had none.
 */
function datesOf(scale: TimeScale, count: number): Date[] {
  const dates = scale.ticks(count);
  if (dates.length > 0) return dates;
  const domain = scale.domain().map(Number);
  const [lo, hi] = [Math.min(...domain), Math.max(...domain)];
  const years = [new Date(lo).getUTCFullYear(), new Date(hi).getUTCFullYear()];
  return ticks(years[0]!, years[1]!, count)
    .map((year) => new Date(utcMs(year)))
    .filter((date) => +date >= lo && +date <= hi);
}

/** About one tick per `spacingPx`; the first tick carries enough context to read alone ("12 Feb 2025"). */
export function axisTicks(scale: TimeScale, spacingPx = 110): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacingPx));
  const dates = eraYearTicks(datesOf(scale, count), scale.domain().map(Number) as [number, number]);
  const units = dates.map(unitStartedAt);
  const finest = Math.min(...units.map((u) => RANK[u]));
  return dates.map((date, i) => {
    const unit = units[i]!;
    return {
      ms: date.getTime(),
      xPx: scale(date),
      label: labelFor(date, unit, i === 0 && RANK[unit] < RANK.year),
      major: RANK[unit] > finest,
    };
  });
}

/** Half the room a gap's label ("461 years", 11px italic) takes on the axis. */
const gapLabelHalfPx = (gap: AxisGap) => formatDuration(gap.emptyMs).length * 2.9 + 3;

/** Rough width of a tick label in the axis font, to keep labels from touching. */
export const labelWidthPx = (label: string) => label.length * 7 + 12;

/**
 * Ticks for an axis of segments: each segment gets its own ticks, at the granularity its visible
 * width allows, so a collapsed gap never gets a label and "12 Feb 2025" can follow "2024".
 * Labels that would touch the one before are dropped.
 */
export function segmentedTicks(segments: readonly AxisPiece[], leftPx: number, rightPx: number, spacingPx = 110, gaps: readonly AxisGap[] = []): AxisTick[] {
  // A gap's length is written over its middle ("16 years"): keep tick labels off it. Narrow breaks
  // (a phone's) give way instead: there, the years matter more, and a break's length is left out.
  const blocked = gaps
    .filter((g) => g.x1Px - g.x0Px >= 40)
    .map((g) => [(g.x0Px + g.x1Px) / 2 - gapLabelHalfPx(g), (g.x0Px + g.x1Px) / 2 + gapLabelHalfPx(g)] as const);
  // The widest stretch first (a lens, the stretch the reader zoomed into), so that where its ticks and
  // a narrow neighbour's collide, the ones that date what the reader is looking at are kept.
  const pieces = segments
    .map((s) => ({ s, x0: Math.max(s.x0Px, leftPx), x1: Math.min(s.x1Px, rightPx) }))
    .filter(({ x0, x1 }) => x1 - x0 >= 1)
    .sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0));
  const kept: AxisTick[] = [];
  const free = (x0: number, x1: number) => kept.every((k) => x1 <= k.xPx || x0 >= k.xPx + labelWidthPx(k.label));
  for (const { s, x0, x1 } of pieces) {
    const at = (x: number) => s.startMs + ((x - s.x0Px) / (s.x1Px - s.x0Px)) * (s.endMs - s.startMs);
    const ticks = axisTicks(makeTimeScale([at(x0), at(x1)], x0, x1), spacingPx).filter((t) => t.xPx >= x0 && t.xPx <= x1);
    for (const tick of ticks) {
      const end = tick.xPx + labelWidthPx(tick.label);
      if (blocked.some(([a, b]) => tick.xPx < b && a < end)) continue;
      if (free(tick.xPx, end)) kept.push(tick);
    }
  }
  kept.sort((a, b) => a.xPx - b.xPx);
  return kept;
}
