// Axis ticks that adapt from millennia to minutes: d3 chooses the instants, and each label names
// the largest calendar unit it starts (a year, a month, a day, an hour), BCE and years 1–999 included.
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

/** About one tick per `spacingPx`; the first tick carries enough context to read alone ("12 Feb 2025"). */
export function axisTicks(scale: TimeScale, spacingPx = 110): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacingPx));
  const dates = eraYearTicks(scale.ticks(count), scale.domain().map(Number) as [number, number]);
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
  const all: AxisTick[] = [];
  for (const s of segments) {
    const x0 = Math.max(s.x0Px, leftPx);
    const x1 = Math.min(s.x1Px, rightPx);
    if (x1 - x0 < 1) continue;
    const at = (x: number) => s.startMs + ((x - s.x0Px) / (s.x1Px - s.x0Px)) * (s.endMs - s.startMs);
    const ticks = axisTicks(makeTimeScale([at(x0), at(x1)], x0, x1), spacingPx);
    all.push(...ticks.filter((t) => t.xPx >= x0 && t.xPx <= x1));
  }
  const kept: AxisTick[] = [];
  for (const tick of all.sort((a, b) => a.xPx - b.xPx)) {
    const previous = kept.at(-1);
    const x1 = tick.xPx + labelWidthPx(tick.label);
    if (blocked.some(([a, b]) => tick.xPx < b && a < x1)) continue;
    if (!previous || tick.xPx >= previous.xPx + labelWidthPx(previous.label)) kept.push(tick);
  }
  return kept;
}
