// The lens: a chosen period opened to full detail while the rest of the axis stays in sight,
// compressed, on either side (focus plus context). It is the gap-collapsing axis again: the axis
// model's piecewise d3 scale with two more breakpoints at the lens's edges, the pixels inside them
// stretched and those outside squeezed by one factor, so zoom, pan, ticks and inversion keep working.
// The period is kept as written (`lens=2014-01..2014-03`: January to March, at month precision). Pure.
import { scaleUtc } from 'd3-scale';
import { formatIsoDate, MAX_ABS_YEAR, parseDate, type DateFields, type DatePrecision, type PartialDate } from '../model/dates.ts';
import type { AxisModel, AxisSegment } from './axis-model.ts';
import type { Span } from './gaps.ts';

/** From the start of one date to the end of another, both at their own precision (inclusive end). */
export interface Lens {
  readonly from: PartialDate;
  readonly to: PartialDate;
}

/** The lens's period in ms: [start of `from`, end of `to`). */
export const lensSpan = (lens: Lens): Span => ({ startMs: lens.from.startMs, endMs: lens.to.endMs });

/** The share of the plot a lens opens to (unless it already takes more). */
export const LENS_SHARE = 0.6;

const EXAMPLE = 'write START..END with ISO dates, e.g. lens=2014-01..2014-03 (January to March 2014)';

export type LensParse = { readonly ok: true; readonly lens: Lens } | { readonly ok: false; readonly problem: string; readonly fix: string };

/** `2014-01..2014-03` → January to March 2014; a refusal says what is wrong and how to write it. */
export function parseLens(text: string): LensParse {
  const parts = text.split('..');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '')
    return { ok: false, problem: `"${text}" is not a period: it needs a start and an end separated by two dots`, fix: EXAMPLE };
  const dates: PartialDate[] = [];
  for (const [i, part] of parts.entries()) {
    const parsed = parseDate(part);
    if (!parsed.ok) return { ok: false, problem: `its ${i === 0 ? 'start' : 'end'} is wrong: ${parsed.problem}`, fix: parsed.fix };
    dates.push(parsed.date);
  }
  const [from, to] = dates as [PartialDate, PartialDate];
  if (to.endMs <= from.startMs)
    return { ok: false, problem: `it ends (${to.text}) before it starts (${from.text})`, fix: `write the earlier date first: ${to.text}..${from.text}` };
  return { ok: true, lens: { from, to } };
}

/** The lens as a link writes it, each date at its own precision: "2014-01..2014-03", "-0490..-0479". */
export const formatLens = (lens: Lens): string => `${formatIsoDate(lens.from)}..${formatIsoDate(lens.to)}`;

/** A date from calendar fields at a precision (the fields normalised: month 13 is January of the next year). */
function dateAt(precision: DatePrecision, year: number, month = 1, day = 1): PartialDate | null {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const fields: DateFields = { precision, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  if (Math.abs(fields.year) > MAX_ABS_YEAR) return null;
  const parsed = parseDate(formatIsoDate(fields));
  return parsed.ok ? parsed.date : null;
}

/** The date at a precision that holds an instant (an instant in 2014-03-18 at month precision: 2014-03). */
function dateHolding(ms: number, precision: DatePrecision): PartialDate | null {
  const d = new Date(ms);
  return dateAt(precision === 'year' || precision === 'month' ? precision : 'day', d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date moved by whole units of its own precision (months for 2014-03). */
function shifted(date: PartialDate, units: number): PartialDate | null {
  if (date.precision === 'year') return dateAt('year', date.year + units);
  if (date.precision === 'month') return dateAt('month', date.year, date.month! + units);
  return dateAt('day', date.year, date.month!, date.day! + units);
}

const DAY_MS = 86_400_000;

/**
 * The lens over an instant range as dragged on the overview: written at a precision its length
 * calls for (years past three years, months past three months, else days), widened to whole units.
 */
export function lensFromMs(startMs: number, endMs: number): Lens | null {
  const days = (endMs - startMs) / DAY_MS;
  const precision: DatePrecision = days > 3 * 365 ? 'year' : days > 90 ? 'month' : 'day';
  const from = dateHolding(startMs, precision);
  const to = dateHolding(Math.max(startMs, endMs - 1), precision);
  return from && to ? { from, to } : null;
}

/**
 * The lens with an edge (or both: moved) shifted by whole units of that date's precision; null when
 * that would leave nothing between its edges or run past the years a date holds.
 */
export function stepLens(lens: Lens, edge: 'start' | 'end' | 'both', units: number): Lens | null {
  const from = edge === 'end' ? lens.from : shifted(lens.from, units);
  const to = edge === 'start' ? lens.to : shifted(lens.to, units);
  return from && to && from.startMs < to.endMs ? { from, to } : null;
}

/** The lens with an edge put at an instant (a grip dropped there), at the precision that edge had. */
export function lensWithEdge(lens: Lens, edge: 'start' | 'end', ms: number): Lens | null {
  const date = dateHolding(ms, edge === 'start' ? lens.from.precision : lens.to.precision);
  if (!date) return null;
  const next = edge === 'start' ? { from: date, to: lens.to } : { from: lens.from, to: date };
  return next.from.startMs < next.to.endMs ? next : null;
}

/** The lens moved by about `deltaMs` (the body dragged), to the nearest whole unit of its dates' precision. */
export function moveLens(lens: Lens, deltaMs: number): Lens | null {
  const unitMs = { year: 365.2425 * DAY_MS, month: 30.436875 * DAY_MS }[lens.from.precision as 'year' | 'month'] ?? DAY_MS;
  const units = Math.round(deltaMs / unitMs);
  return units === 0 ? lens : stepLens(lens, 'both', units);
}

/** A piecewise-linear map of the plot's pixels onto themselves. */
type PixelMap = (xPx: number) => number;

/** Splits a segment at an instant strictly inside it; the split pixel is where the old scale put it. */
function splitAt(segments: readonly AxisSegment[], ms: number, atPx: number): AxisSegment[] {
  return segments.flatMap((s) =>
    ms > s.startMs && ms < s.endMs
      ? [
          { ...s, endMs: ms, x1Px: atPx },
          { ...s, startMs: ms, x0Px: atPx },
        ]
      : [s],
  );
}

/**
 * The axis with a lens open (a lens, or its period in ms): the lens's period takes `share` of the plot (or what it had, if more),
 * the rest keeps its order and proportions, squeezed into what is left on either side. A lens
 * reaching past the data is cut to it; one wholly outside it, or no lens, leaves the axis as it was.
 */
export function lensAxis(model: AxisModel, lens: Lens | Span | null, share = LENS_SHARE): AxisModel {
  if (!lens) return model;
  const span = 'from' in lens ? lensSpan(lens) : lens;
  const domain = model.scale.domain().map(Number);
  const range = model.scale.range() as number[];
  const [left, right] = [range[0]!, range.at(-1)!];
  const a = Math.max(span.startMs, domain[0]!);
  const b = Math.min(span.endMs, domain.at(-1)!);
  if (!(b > a)) return model;
  const [pa, pb] = [model.scale(a), model.scale(b)];
  const natural = pb - pa;
  const context = pa - left + (right - pb);
  const lensPx = Math.max(natural, share * (right - left));
  const squeeze = context > 0 ? (right - left - lensPx) / context : 1;
  if (natural <= 0 || squeeze >= 1) return model;
  const lensLeft = left + (pa - left) * squeeze;
  const stretch = lensPx / natural;
  const map: PixelMap = (x) => (x <= pa ? left + (x - left) * squeeze : x >= pb ? right - (right - x) * squeeze : lensLeft + (x - pa) * stretch);

  // Split at the lens's edges (each piece gets ticks at its own density), then move every pixel.
  const segments = splitAt(splitAt(model.segments, a, pa), b, pb).map((s) => ({ ...s, x0Px: map(s.x0Px), x1Px: map(s.x1Px) }));
  const gaps = model.gaps.map((g) => ({ ...g, x0Px: map(g.x0Px), x1Px: map(g.x1Px) }));
  // Segment ends as breakpoints: pieces still alternate segment, gap, segment (a split leaves a gap of
  // no length between its halves), as maxZoom and instantAt read them.
  const scale = scaleUtc()
    .domain(segments.flatMap((s) => [new Date(s.startMs), new Date(s.endMs)]))
    .range(segments.flatMap((s) => [s.x0Px, s.x1Px]));
  return { scale, segments, gaps };
}

/** Where the lens is drawn under a scale (zoomed or not), and the plot on either side of it: the context. */
export function lensPlace(scale: (ms: number) => number, span: Span, leftPx: number, rightPx: number): { x0Px: number; x1Px: number } {
  return { x0Px: Math.max(leftPx, Math.min(rightPx, scale(span.startMs))), x1Px: Math.max(leftPx, Math.min(rightPx, scale(span.endMs))) };
}
