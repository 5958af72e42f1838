// Axis ticks that adapt from millennia to minutes: d3 chooses the instants, and each label names
// the largest calendar unit it starts (a year, a month, a day, an hour), BCE and years 1–999 included.
import { formatYear } from '../model/dates.ts';
import type { TimeScale } from './time-scale.ts';

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
      return withContext ? `${date.getUTCDate()} ${month}, ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}` : `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
    case 'second':
      return `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`;
  }
}

/** About one tick per `spacingPx`; the first tick carries enough context to read alone ("12 Feb 2025"). */
export function axisTicks(scale: TimeScale, spacingPx = 110): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacingPx));
  const dates = scale.ticks(count);
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
