// Finds the long empty stretches of a chronology that a collapsed axis draws as narrow breaks:
// an empty stretch much longer than the spacing of the events around it (seventeen quiet years
// before a week of news). Pure; works on any spans, in ms.
import { plural } from '../model/text.ts';
import { runSteps } from '../model/steps.ts';

export interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

export interface GapOptions {
  /** A gap collapses when it is this many times the typical spacing on one of its sides. */
  readonly ratio: number;
  /** …and at least this share of the whole extent (shorter stretches are not "empty paper"). */
  readonly minShare: number;
  /** How many neighbouring gaps on each side set the typical spacing there. */
  readonly window: number;
  /** A side sets the spacing only when at least this many events sit there (a pair is no pattern). */
  readonly minEvents: number;
}

export const GAP_DEFAULTS: GapOptions = { ratio: 12, minShare: 0.01, window: 4, minEvents: 3 };

/** A stretch of time covered by events, and how many events it holds. */
export interface CoveredInterval extends Span {
  readonly count: number;
}

/** The union of the spans, as disjoint intervals in time order, each with how many spans it holds. */
export function coveredIntervals(spans: Iterable<Span>): CoveredInterval[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const merged: { startMs: number; endMs: number; count: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.startMs <= last.endMs) {
      last.endMs = Math.max(last.endMs, span.endMs);
      last.count += 1;
    } else merged.push({ startMs: span.startMs, endMs: Math.max(span.startMs, span.endMs), count: 1 });
  }
  return merged;
}

const countsBeforeByList = new WeakMap<readonly CoveredInterval[], Float64Array>();
/** Intervals one step of countsBeforeSteps adds up. */
const COUNT_STEP = 65_536;

/**
 * How many spans the intervals before each index hold (`[n]`: all of them), so that a stretch's
 * count is one subtraction: once per list of intervals, in steps (a million intervals in one pass
 * were a 35 ms task, each time an axis was made).
 */
export function* countsBeforeSteps(covered: readonly CoveredInterval[]): Generator<void, Float64Array, void> {
  const known = countsBeforeByList.get(covered);
  if (known) return known;
  const before = new Float64Array(covered.length + 1);
  for (let i = 0; i < covered.length; i++) {
    if (i % COUNT_STEP === COUNT_STEP - 1) yield;
    before[i + 1] = before[i]! + covered[i]!.count;
  }
  countsBeforeByList.set(covered, before);
  return before;
}

/** countsBeforeSteps at once. */
export function countsBefore(covered: readonly CoveredInterval[]): Float64Array {
  return runSteps(countsBeforeSteps(covered));
}

/** The first interval from `from` on that starts after `ms` (covered.length if none). */
export function firstStartingAfter(covered: readonly CoveredInterval[], ms: number, from = 0): number {
  let lo = from;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (covered[mid]!.startMs > ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The empty stretches worth collapsing, in time order. None when the events are evenly spread. */
export function detectGaps(spans: Iterable<Span>, options: GapOptions = GAP_DEFAULTS): Span[] {
  return gapsBetween(coveredIntervals(spans), options);
}

/**
 * detectGaps on intervals already merged by coveredIntervals. One plain pass over the spaces between
 * intervals (a million of them at a million events: the spaces too short to matter are passed over
 * first, without a closure or an array per space).
 */
export function gapsBetween(covered: readonly CoveredInterval[], options: GapOptions = GAP_DEFAULTS): Span[] {
  return runSteps(gapsBetweenSteps(covered, options));
}

/** Spaces one step of gapsBetweenSteps passes over (a million in one go were 14 ms of a loading page's task). */
const GAP_STEP = 65_536;

/** gapsBetween in steps of bounded work. */
export function* gapsBetweenSteps(covered: readonly CoveredInterval[], options: GapOptions = GAP_DEFAULTS): Generator<void, Span[], void> {
  if (covered.length < 2) return [];
  const total = covered.at(-1)!.endMs - covered[0]!.startMs;
  const spaces = covered.length - 1;
  const lengthOf = (i: number) => covered[i + 1]!.startMs - covered[i]!.endMs;
  const shortest = options.minShare * total;
  const gaps: Span[] = [];
  for (let i = 0; i < spaces; i++) {
    if (i % GAP_STEP === GAP_STEP - 1) yield;
    const length = lengthOf(i);
    if (length < shortest) continue;
    // The spacing on each side is read from the gaps next to it, up to the first one at least as
    // long as this one: the events right beside a quiet stretch, not a busier stretch further on.
    const side = (step: -1 | 1) => {
      const near: number[] = [];
      // The interval right beside the gap, then one more per nearer gap taken.
      let events = covered[step < 0 ? i : i + 1]!.count;
      for (let j = i + step; j >= 0 && j < spaces && near.length < options.window; j += step) {
        if (lengthOf(j) >= length) break;
        near.push(lengthOf(j));
        events += covered[step < 0 ? j : j + 1]!.count;
      }
      return events >= options.minEvents ? near : [];
    };
    const spacings = [side(-1), side(1)].filter((near) => near.length > 0).map(median);
    // Two events and nothing else: the stretch between them is the only thing to collapse.
    if (spacings.length === 0 && spaces > 1) continue;
    const local = spacings.length > 0 ? Math.min(...spacings) : 0;
    if (length >= options.ratio * local) gaps.push({ startMs: covered[i]!.endMs, endMs: covered[i + 1]!.startMs });
  }
  return gaps;
}

const YEAR_MS = 365.2425 * 86_400_000;
const MONTH_MS = YEAR_MS / 12;

/** A gap's length in words, rounded to what a reader needs: "16 years", "7 months", "5 days". */
export function formatDuration(ms: number): string {
  if (ms >= 1.5 * YEAR_MS) return plural(Math.round(ms / YEAR_MS), 'year');
  if (ms >= 1.5 * MONTH_MS) return plural(Math.round(ms / MONTH_MS), 'month');
  if (ms >= 1.5 * 86_400_000) return plural(Math.round(ms / 86_400_000), 'day');
  if (ms >= 1.5 * 3_600_000) return plural(Math.round(ms / 3_600_000), 'hour');
  return plural(Math.max(1, Math.round(ms / 60_000)), 'minute');
}
