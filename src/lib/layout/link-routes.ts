// Routes links between events as arcs over the lanes: a quadratic curve that rises above both
// ends (higher the farther apart they are, within limits), with its direction shown by an arrow at
// the end it points to. An end off screen is marked where the arc leaves the plot, so the reader
// sees where it goes. Pure geometry: points in, SVG path data out.
import { runSteps } from '../model/steps.ts';

export interface LinkEnd {
  readonly xPx: number;
  readonly yPx: number;
}

export interface LinkRouteInput {
  readonly key: string;
  readonly from: LinkEnd;
  readonly to: LinkEnd;
}

export interface PlotBounds {
  readonly leftPx: number;
  readonly rightPx: number;
  /** Arcs never rise above this (the axis is there). */
  readonly topPx: number;
}

/** Where an arc leaves the plot towards an end that is off screen. */
export interface OffscreenEnd {
  readonly end: 'from' | 'to';
  readonly side: 'left' | 'right';
  readonly xPx: number;
  readonly yPx: number;
}

export interface LinkRoute {
  readonly key: string;
  /** SVG path data of the arc. */
  readonly path: string;
  /** The arrowhead at the `to` end: a small triangle, as SVG path data. */
  readonly arrow: string;
  readonly offscreen: readonly OffscreenEnd[];
  /** The arc's highest point, for placing a label. */
  readonly apex: { readonly xPx: number; readonly yPx: number };
}

const MIN_RISE_PX = 18;
const MAX_RISE_PX = 140;
const ARROW_PX = 7;

/** How high an arc rises above its higher end: more for ends farther apart, within limits. */
export const riseFor = (dxPx: number) => Math.min(MAX_RISE_PX, Math.max(MIN_RISE_PX, Math.abs(dxPx) * 0.22 + 10));

const fmt = (v: number) => (Math.round(v * 10) / 10).toString();

function pointAt(p0: LinkEnd, c: LinkEnd, p1: LinkEnd, t: number): LinkEnd {
  const u = 1 - t;
  return { xPx: u * u * p0.xPx + 2 * u * t * c.xPx + t * t * p1.xPx, yPx: u * u * p0.yPx + 2 * u * t * c.yPx + t * t * p1.yPx };
}

/** How far past the plot's edges an arc is still drawn (its ends there are clipped from view). */
const CLIP_MARGIN_PX = 48;

/** The point at blossom (a, b) of a quadratic: the curve at t when a = b = t, the control point of its part [a, b]. */
function blossom(p0: LinkEnd, c: LinkEnd, p1: LinkEnd, a: number, b: number): LinkEnd {
  const w0 = (1 - a) * (1 - b);
  const w1 = (1 - a) * b + a * (1 - b);
  const w2 = a * b;
  return { xPx: w0 * p0.xPx + w1 * c.xPx + w2 * p1.xPx, yPx: w0 * p0.yPx + w1 * c.yPx + w2 * p1.yPx };
}

/**
 * The arc as SVG path data, cut to the plot and a margin: zoomed in, an end may lie millions of
 * pixels away, and the browser dashes the whole length of a path, seen or not (a second a frame).
 * The part kept is the same curve (split with its blossoms); x(t) is linear in t, so the cut is exact.
 */
function visiblePath(from: LinkEnd, control: LinkEnd, to: LinkEnd, bounds: PlotBounds, sideways: boolean): string {
  const dx = to.xPx - from.xPx;
  let a = 0;
  let b = 1;
  if (!sideways && dx !== 0) {
    const tAt = (x: number) => (x - from.xPx) / dx;
    const [t0, t1] = [tAt(bounds.leftPx - CLIP_MARGIN_PX), tAt(bounds.rightPx + CLIP_MARGIN_PX)];
    a = Math.max(0, Math.min(t0, t1));
    b = Math.min(1, Math.max(t0, t1));
    if (a >= b) [a, b] = [0, 1];
  }
  const [p0, c, p1] =
    a === 0 && b === 1 ? [from, control, to] : [blossom(from, control, to, a, a), blossom(from, control, to, a, b), blossom(from, control, to, b, b)];
  return `M${fmt(p0.xPx)},${fmt(p0.yPx)}Q${fmt(c.xPx)},${fmt(c.yPx)} ${fmt(p1.xPx)},${fmt(p1.yPx)}`;
}

export function routeLink(input: LinkRouteInput, bounds: PlotBounds): LinkRoute {
  const { from, to } = input;
  const dx = to.xPx - from.xPx;
  const top = Math.min(from.yPx, to.yPx);
  // Nearly above one another (the same day in two lanes): bow sideways instead of up.
  const sideways = Math.abs(dx) < 12;
  const control: LinkEnd = sideways
    ? { xPx: from.xPx + 36, yPx: (from.yPx + to.yPx) / 2 }
    : { xPx: (from.xPx + to.xPx) / 2, yPx: Math.max(bounds.topPx + 4, top - 2 * riseFor(dx)) };
  const path = visiblePath(from, control, to, bounds, sideways);

  // The arrow sits at `to`, along the curve's last tangent, backed off the mark a little.
  const tx = to.xPx - control.xPx;
  const ty = to.yPx - control.yPx;
  const length = Math.hypot(tx, ty) || 1;
  const [ux, uy] = [tx / length, ty / length];
  const tip = { xPx: to.xPx - ux * 7, yPx: to.yPx - uy * 7 };
  const base = { xPx: tip.xPx - ux * ARROW_PX, yPx: tip.yPx - uy * ARROW_PX };
  const arrow = `M${fmt(tip.xPx)},${fmt(tip.yPx)}L${fmt(base.xPx - uy * ARROW_PX * 0.55)},${fmt(base.yPx + ux * ARROW_PX * 0.55)}L${fmt(base.xPx + uy * ARROW_PX * 0.55)},${fmt(base.yPx - ux * ARROW_PX * 0.55)}Z`;

  // Where the arc crosses an edge of the plot towards an end beyond it. x(t) is linear in t here,
  // because the control point sits halfway between the ends.
  const offscreen: OffscreenEnd[] = [];
  for (const end of ['from', 'to'] as const) {
    const point = end === 'from' ? from : to;
    const side = point.xPx < bounds.leftPx ? 'left' : point.xPx > bounds.rightPx ? 'right' : null;
    if (!side || sideways) continue;
    const edge = side === 'left' ? bounds.leftPx : bounds.rightPx;
    const t = (edge - from.xPx) / (dx || 1);
    if (t < 0 || t > 1) continue;
    const at = pointAt(from, control, to, t);
    offscreen.push({ end, side, xPx: edge, yPx: at.yPx });
  }
  return { key: input.key, path, arrow, offscreen, apex: pointAt(from, control, to, 0.5) };
}

/** Where an event's mark is (or would be, off screen), for the links that end at it. */
export interface EventPlace {
  /** Left and right ends of the mark (equal for a point). */
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yPx: number;
}

export interface LinkToRoute {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  /** Drawn first, and never dropped for the budget (a highlighted chain). */
  readonly highlighted: boolean;
}

/**
 * Routes the links that can be drawn: `place` gives each end's mark, on screen or off it, or null
 * for an event hidden in a density band (its links are left out). A range is joined at the end
 * that faces the other event. Highlighted links come first; at most `budget` are routed.
 */
export function routeLinks(links: readonly LinkToRoute[], place: (eventId: string) => EventPlace | null, bounds: PlotBounds, budget: number): LinkRoute[] {
  const routes: LinkRoute[] = [];
  const ordered = [...links].sort((a, b) => Number(b.highlighted) - Number(a.highlighted));
  const facing = (p: EventPlace, otherX: number) => (otherX >= p.x1Px ? p.x1Px : otherX <= p.x0Px ? p.x0Px : (p.x0Px + p.x1Px) / 2);
  for (const link of ordered) {
    if (routes.length >= budget) break;
    const a = place(link.from);
    const b = place(link.to);
    if (!a || !b) continue;
    // Both ends off the same side: nothing of it would show.
    if ((a.x1Px < bounds.leftPx && b.x1Px < bounds.leftPx) || (a.x0Px > bounds.rightPx && b.x0Px > bounds.rightPx)) continue;
    const from: LinkEnd = { xPx: facing(a, (b.x0Px + b.x1Px) / 2), yPx: a.yPx };
    const to: LinkEnd = { xPx: facing(b, (a.x0Px + a.x1Px) / 2), yPx: b.yPx };
    routes.push(routeLink({ key: link.key, from, to }, bounds));
  }
  return routes;
}

/** Where an event sits in time, as the timeline draws it. */
export interface TimeSpan {
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
}

/**
 * Each link's two ends as the stretch of time that puts them on screen (a range's whole span, a
 * point's middle), in flat arrays: made once per set of links, so that finding the links a window
 * can show is a pass of comparisons at every zoom step, not a lookup per end.
 */
export interface LinkSpans {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly fromLo: Float64Array;
  readonly fromHi: Float64Array;
  readonly toLo: Float64Array;
  readonly toHi: Float64Array;
  /** The links (by index, ascending) with an end at this event; indexed on first use. */
  readonly touching: (eventId: string) => readonly number[];
}

export function linkSpans(links: readonly { readonly from: string; readonly to: string }[], spanOf: (eventId: string) => TimeSpan | undefined): LinkSpans {
  // The index by event is built at its first use: a view with hidden link types may never ask.
  return runSteps(linkSpansSteps(links, spanOf, { indexNow: false }));
}

/** Links one step of linkSpansSteps handles (4,096 were a step of ~30 ms on a page holding a million events: each end a look-up). */
const LINK_STEP = 1024;

/**
 * linkSpans in steps of bounded work (the links of a million events took the first drawing 50 ms and
 * more), their index by event too (built at its first use otherwise: 50,000 links took an idle
 * moment of 60 ms).
 */
export function* linkSpansSteps(
  links: readonly { readonly from: string; readonly to: string }[],
  spanOf: (eventId: string) => TimeSpan | undefined,
  options: { readonly indexNow?: boolean } = { indexNow: true },
): Generator<void, LinkSpans, void> {
  const n = links.length;
  let byEvent: Map<string, number[]> | null = null;
  const touching = (eventId: string): readonly number[] => (byEvent ??= runSteps(linksByEvent(links))).get(eventId) ?? [];
  const spans = {
    from: links.map((l) => l.from),
    to: links.map((l) => l.to),
    fromLo: new Float64Array(n),
    fromHi: new Float64Array(n),
    toLo: new Float64Array(n),
    toHi: new Float64Array(n),
    touching,
  };
  const put = (lo: Float64Array, hi: Float64Array, i: number, span: TimeSpan | undefined) => {
    const mid = span ? (span.startMs + span.endMs) / 2 : NaN;
    lo[i] = span?.isRange ? span.startMs : mid;
    hi[i] = span?.isRange ? span.endMs : mid;
  };
  for (let i = 0; i < n; i++) {
    if (i % LINK_STEP === LINK_STEP - 1) yield;
    const link = links[i]!;
    put(spans.fromLo, spans.fromHi, i, spanOf(link.from));
    put(spans.toLo, spans.toHi, i, spanOf(link.to));
  }
  if (options.indexNow) {
    const index = yield* linksByEvent(links);
    byEvent ??= index;
  }
  return spans;
}

/** The links (by index, ascending) with an end at each event, in steps. */
function* linksByEvent(links: readonly { readonly from: string; readonly to: string }[]): Generator<void, Map<string, number[]>, void> {
  const index = new Map<string, number[]>();
  const add = (id: string, i: number) => (index.get(id) ?? index.set(id, []).get(id)!).push(i);
  for (let i = 0; i < links.length; i++) {
    if (i % LINK_STEP === LINK_STEP - 1) yield;
    const link = links[i]!;
    add(link.from, i);
    if (link.to !== link.from) add(link.to, i);
  }
  return index;
}

/**
 * The links a window [startMs, endMs] can show, by index, in order: both ends known, each end on
 * screen drawn as a mark (not inside a density band), and not both ends off the same side. The
 * same rule as routeLinks applies through `place`, so this only spares it the links it would drop.
 * The rule as a plain pass: what linksToShow and linksWithEndInWindow, which the chart uses, are
 * tested against.
 */
export function linksInWindow(spans: LinkSpans, startMs: number, endMs: number, drawn: ReadonlySet<string>): number[] {
  const shown: number[] = [];
  for (let i = 0; i < spans.fromLo.length; i++) if (showable(spans, i, startMs, endMs, drawn)) shown.push(i);
  return shown;
}

function showable(spans: LinkSpans, i: number, startMs: number, endMs: number, drawn: ReadonlySet<string>): boolean {
  const fLo = spans.fromLo[i]!;
  const fHi = spans.fromHi[i]!;
  const tLo = spans.toLo[i]!;
  const tHi = spans.toHi[i]!;
  if (Number.isNaN(fLo) || Number.isNaN(tLo)) return false;
  if ((fHi < startMs && tHi < startMs) || (fLo > endMs && tLo > endMs)) return false;
  if (fHi >= startMs && fLo <= endMs && !drawn.has(spans.from[i]!)) return false;
  if (tHi >= startMs && tLo <= endMs && !drawn.has(spans.to[i]!)) return false;
  return true;
}

/** Which links linksToShow keeps besides those with an end in view. */
export interface LinksToShowOptions {
  /** Only links with an end in view (and the chain's): arcs that merely cross the view wait for it to rest. */
  readonly endInView: boolean;
  /** A highlighted chain's links (by index): kept whatever they do. */
  readonly inChain: ((i: number) => boolean) | null;
  /** Of the links that merely cross the view (both ends off it, on either side), the shortest in time kept at most; the earlier of two as long. */
  readonly most: number;
}

/**
 * The links a window shows, by index, in order: of linksInWindow's, those with an end in view or in
 * the chain, and the `most` shortest of those that only cross it. In one pass over the links' spans,
 * with the shortest crossing ones kept in a short list as they go by: at a million events tens of
 * thousands of links cross a zoomed-in view, and lists of them, filtered and ranked, made a pan's
 * re-layout frame 7–17 ms longer.
 */
export function linksToShow(spans: LinkSpans, startMs: number, endMs: number, drawn: ReadonlySet<string>, options: LinksToShowOptions): number[] {
  const { endInView, inChain, most } = options;
  const { fromLo, fromHi, toLo, toHi } = spans;
  const shown: number[] = [];
  // The shortest crossing links so far, shortest first.
  const kept: number[] = [];
  const keptMs: number[] = [];
  for (let i = 0; i < fromLo.length; i++) {
    if (!showable(spans, i, startMs, endMs, drawn)) continue;
    const fLo = fromLo[i]!;
    const fHi = fromHi[i]!;
    const tLo = toLo[i]!;
    const tHi = toHi[i]!;
    if ((fHi >= startMs && fLo <= endMs) || (tHi >= startMs && tLo <= endMs) || inChain?.(i)) {
      shown.push(i);
      continue;
    }
    if (endInView) continue;
    const ms = Math.max(fHi, tHi) - Math.min(fLo, tLo);
    // Links come in order, so a link as long as the last kept one comes after it: not shorter.
    if (kept.length === most && !(ms < keptMs[most - 1]!)) continue;
    let at = kept.length === most ? most - 1 : kept.length;
    while (at > 0 && ms < keptMs[at - 1]!) {
      kept[at] = kept[at - 1]!;
      keptMs[at] = keptMs[at - 1]!;
      at--;
    }
    kept[at] = i;
    keptMs[at] = ms;
  }
  if (kept.length === 0) return shown;
  // The kept crossing links into their places among the others.
  kept.sort((a, b) => a - b);
  const all: number[] = [];
  let k = 0;
  for (const i of shown) {
    while (k < kept.length && kept[k]! < i) all.push(kept[k++]!);
    all.push(i);
  }
  while (k < kept.length) all.push(kept[k++]!);
  return all;
}

/**
 * The links linksInWindow gives that have an end in the window, found from the drawn marks' own
 * links rather than a pass over all of them: what a zoom step needs, at a cost bounded by the screen.
 */
export function linksWithEndInWindow(spans: LinkSpans, startMs: number, endMs: number, drawn: ReadonlySet<string>): number[] {
  const inView = (lo: number, hi: number) => hi >= startMs && lo <= endMs;
  const found = new Set<number>();
  for (const id of drawn)
    for (const i of spans.touching(id))
      if (!found.has(i) && showable(spans, i, startMs, endMs, drawn) && (inView(spans.fromLo[i]!, spans.fromHi[i]!) || inView(spans.toLo[i]!, spans.toHi[i]!)))
        found.add(i);
  return [...found].sort((a, b) => a - b);
}
