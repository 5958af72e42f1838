// What the timeline chart works out, as plain functions its component calls: the geometry of the
// plot and its gutter, when a pan needs a new layout (overscan), which event takes the tab stop,
// walking an event's links by keyboard, what keys do, the windows "+N" chips and density bands
// zoom to, and the accessible names read out. Pure: no DOM, no Svelte; the component draws.
import { shortText } from '../model/display-text.ts';
import type { EdgeIndex } from '../model/chains.ts';
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import type { WindowMs } from '../model/in-view.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { nounFor, plural } from '../model/text.ts';
import { formatSpan, formatWindow } from '../model/format-date.ts';
import { GAP_PX } from '../scale/axis-model.ts';
import { formatDuration, type Span } from '../scale/gaps.ts';
import { constrainZoom, focusZoom, maxZoom, rangeEnds, zoomedScale, type TimeScale, type ZoomState } from '../scale/time-scale.ts';
import type { Lane } from './lanes.ts';
import type { LaneOverview } from './named-overview.ts';
import type { PreparedTimeline } from './prepare-timeline.ts';
import { layoutTimeline, type ChipView, type LaneView, type LayoutOptions, type MarkView } from './timeline-layout.ts';

export interface ChartGeometry {
  readonly widthPx: number;
  /** The lane names' column; the plot starts here. */
  readonly gutterPx: number;
  /** Room for a lane's name and count: the gutter, less the dot before them and a gap after. */
  readonly laneTextPx: number;
  /** The plot's right edge. */
  readonly rightPx: number;
  /** Laid out in advance on each side, so a short pan only slides what is drawn. */
  readonly overscanPx: number;
  /** A collapsed stretch's width: narrower on a phone, where every pixel of plot counts. */
  readonly gapPx: number;
  /** Ticks at least this far apart: closer on a phone, so a phone's axis names more than one year. */
  readonly tickSpacingPx: number;
}

/** A phone's gutter is narrower, so the plot keeps most of the width. */
export function chartGeometry(widthPx: number): ChartGeometry {
  const gutterPx = widthPx < 600 ? 84 : 136;
  const rightPx = Math.max(gutterPx + 50, widthPx - 16);
  const plotPx = rightPx - gutterPx;
  return {
    widthPx,
    gutterPx,
    laneTextPx: gutterPx - 8 - 14 - 4,
    rightPx,
    overscanPx: plotPx / 4,
    gapPx: Math.round(Math.min(GAP_PX, Math.max(28, plotPx * 0.08))),
    tickSpacingPx: Math.round(Math.min(110, Math.max(64, plotPx / 4))),
  };
}

/** The zoom a layout was made for, and the plot it was made across. */
export interface LayoutBasis {
  readonly zoom: ZoomState;
  readonly leftPx: number;
  readonly rightPx: number;
  /**
   * How far a pan had slid the drawing when it was laid out again (`zoom.x` now less the basis's):
   * the layout keeps the basis's coordinates and covers the plot as then seen, so the marks already
   * drawn keep their positions and only those coming into view are added.
   */
  readonly shiftPx: number;
}

/**
 * The zoom to lay out at: while zooming, the one laid out before (the canvas draws the motion);
 * while panning, the basis until the pan runs past half the overscan (the drawing slides by the
 * difference), then the same basis shifted to the plot as seen; at rest, the current zoom (labels
 * for the marks a pan brought in). Returns `basis` itself when it still holds.
 */
export function nextLayoutBasis(
  basis: LayoutBasis | null,
  zoom: ZoomState,
  geometry: ChartGeometry,
  motion: { zooming: boolean; moving: boolean },
): LayoutBasis {
  if (basis && motion.zooming) return basis;
  const fresh = { zoom, leftPx: geometry.gutterPx, rightPx: geometry.rightPx, shiftPx: 0 };
  const stale =
    !basis ||
    // The zoom comes back from the view's window (ms) each step: a pan changes its k by rounding only.
    Math.abs(zoom.k - basis.zoom.k) > 1e-9 * Math.max(zoom.k, basis.zoom.k) ||
    basis.leftPx !== geometry.gutterPx ||
    basis.rightPx !== geometry.rightPx;
  if (stale) return fresh;
  const slidPx = zoom.x - basis.zoom.x;
  if (!motion.moving) return slidPx === 0 && basis.shiftPx === 0 ? basis : fresh;
  return Math.abs(slidPx - basis.shiftPx) > geometry.overscanPx / 2 ? { ...basis, shiftPx: slidPx } : basis;
}

/** The one tab stop into the events: the selected one if drawn, else the last focused, else the first in view. */
export function tabbableEventId(marks: readonly MarkView[], selectedId: string | null, focusedId: string | null, firstVisiblePx: number): string | null {
  const drawn = (id: string | null) => id !== null && marks.some((m) => m.laneEvent.event.id === id);
  if (drawn(selectedId)) return selectedId;
  if (drawn(focusedId)) return focusedId;
  let first: MarkView | undefined;
  for (const mark of marks) if (mark.x0Px >= firstVisiblePx && (!first || mark.x0Px < first.x0Px)) first = mark;
  return first?.laneEvent.event.id ?? null;
}

/**
 * ↓ follows an event's links forward, ↑ back, in time order; asking again from the same event takes
 * its next link (round and round), so every link can be walked by keyboard.
 */
export class LinkWalker {
  readonly #cursor = new Map<string, number>();

  next(
    graph: Pick<EventGraph, 'eventById'>,
    edges: Pick<EdgeIndex, 'incoming' | 'outgoing'>,
    fromId: string,
    direction: 'downstream' | 'upstream',
  ): string | null {
    const ends = direction === 'downstream' ? (edges.outgoing.get(fromId) ?? []).map((e) => e.to) : (edges.incoming.get(fromId) ?? []).map((e) => e.from);
    const targets = [...new Set(ends)].filter((id) => graph.eventById.has(id));
    if (targets.length === 0) return null;
    const startMs = (id: string) => eventSpanMs(graph.eventById.get(id)!).startMs;
    targets.sort((a, b) => startMs(a) - startMs(b));
    const key = `${direction}:${fromId}`;
    const index = this.#cursor.has(key) ? (this.#cursor.get(key)! + 1) % targets.length : 0;
    this.#cursor.set(key, index);
    return targets[index]!;
  }
}

/**
 * The point of a mark that zooming keeps in place when the pointer is on it: a point's centre, or a
 * short range's middle (a long bar keeps the instant under the pointer instead: null).
 */
export function markAnchorPx(mark: Pick<MarkView, 'x0Px' | 'x1Px'>, panOffsetPx: number): number | null {
  return mark.x1Px - mark.x0Px < 16 ? (mark.x0Px + mark.x1Px) / 2 + panOffsetPx : null;
}

/** What a key does on the chart (null: not the chart's key). */
export type ChartKeyAction =
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' }
  | { readonly kind: 'pan'; readonly px: number }
  | { readonly kind: 'step'; readonly by: 1 | -1 }
  | { readonly kind: 'follow'; readonly direction: 'downstream' | 'upstream' }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'deselect' };

/** How far a key zooms: +/− step by this factor. */
export const KEY_ZOOM_FACTOR = 1.6;

export function chartKeyAction(
  key: string,
  context: { readonly onEvent: boolean; readonly shiftKey: boolean; readonly plotWidthPx: number; readonly hasSelection: boolean },
): ChartKeyAction | null {
  const panPx = context.plotWidthPx * (context.shiftKey ? 0.5 : 0.15);
  if (key === '+' || key === '=') return { kind: 'zoom', factor: KEY_ZOOM_FACTOR };
  if (key === '-' || key === '_') return { kind: 'zoom', factor: 1 / KEY_ZOOM_FACTOR };
  if (key === '0') return { kind: 'fit' };
  if (context.onEvent) {
    if (key === 'ArrowRight' || key === 'ArrowLeft') return { kind: 'step', by: key === 'ArrowRight' ? 1 : -1 };
    if (key === 'ArrowDown' || key === 'ArrowUp') return { kind: 'follow', direction: key === 'ArrowDown' ? 'downstream' : 'upstream' };
    if (key === 'Home') return { kind: 'first' };
    if (key === 'End') return { kind: 'last' };
  } else {
    if (key === 'ArrowLeft') return { kind: 'pan', px: panPx };
    if (key === 'ArrowRight') return { kind: 'pan', px: -panPx };
  }
  if (key === 'Escape' && context.hasSelection) return { kind: 'deselect' };
  return null;
}

/** The window a "+N" chip zooms to: the events it stands for, with a quarter of their span (at least an hour) each side. */
export function chipWindow(chip: Pick<ChipView, 'spanMs'>): WindowMs {
  const pad = Math.max((chip.spanMs.endMs - chip.spanMs.startMs) * 0.25, 3_600_000);
  return [chip.spanMs.startMs - pad, chip.spanMs.endMs + pad];
}

/** A window `factor` times narrower about an instant, which keeps its place (a click on a density band). */
export function zoomInAbout(windowMs: WindowMs, atMs: number, factor = 4): WindowMs {
  return [atMs - (atMs - windowMs[0]) / factor, atMs + (windowMs[1] - atMs) / factor];
}

/** An event as a screen reader names its mark: title, date at its precision, actors. */
export function eventAccessibleName(event: TimelineEvent, actorNames: string): string {
  // Cut for display: a 5 MB title named whole was a task of seconds.
  const parts = [shortText(event.title), formatSpan(event.start, event.end) + (event.approximate ? ' (approximate)' : '')];
  if (actorNames) parts.push(actorNames);
  return parts.join(', ');
}

/** The collapsed stretches, said in words (empty on a linear axis). */
export function collapsedLabel(gaps: readonly Span[]): string {
  if (gaps.length === 0) return '';
  return ` Collapsed: ${gaps.map((g) => `${formatDuration(g.endMs - g.startMs)} without events from ${formatWindow(g.startMs, g.endMs)}`).join('; ')}.`;
}

/** The chart's own accessible name: what it holds, what it shows, and how to use it by keyboard. */
export function chartAccessibleName(eventCount: number, windowLabel: string, collapsed: string): string {
  return (
    `Timeline of ${eventCount.toLocaleString('en')} events, ${windowLabel}.${collapsed} Use + and − to zoom, the arrow keys to pan; ` +
    'Tab to the events, then ← and → to move between them in time, ↓ and ↑ to follow their links, and Enter to open one.'
  );
}

/** The count beside a lane's name: its events when drawn as a band (and how many of them are named), or its labels left uncounted. */
export function laneCountLabel(lane: Pick<LaneView, 'mode' | 'visibleCount' | 'uncountedLabels' | 'named'>): string | null {
  if (lane.mode === 'density') {
    const count = `${lane.visibleCount.toLocaleString('en')} ${nounFor(lane.visibleCount, 'event')}`;
    return lane.named ? `${count}, ${lane.named.toLocaleString('en')} named` : count;
  }
  if (lane.uncountedLabels > 0) return `+${plural(lane.uncountedLabels, 'label')} hidden`;
  return null;
}

/**
 * A zoom by `factor` about a point of the plot: the pointer when it is over the plot (the instant
 * under it stays under it), else the selected event (kept where it is, or brought to the centre when
 * off screen, so zooming in goes towards it), else the centre. Unconstrained: the zoom behaviour clamps.
 */
export function zoomAbout(
  zoom: ZoomState,
  factor: number,
  geometry: Pick<ChartGeometry, 'gutterPx' | 'rightPx'>,
  anchors: { readonly pointerPx: number | null; readonly selectedBasePx: number | null },
): ZoomState {
  const inPlot = (x: number | null): x is number => x !== null && x >= geometry.gutterPx && x <= geometry.rightPx;
  const centrePx = (geometry.gutterPx + geometry.rightPx) / 2;
  const k = zoom.k * factor;
  if (inPlot(anchors.pointerPx)) {
    const basePx = (anchors.pointerPx - zoom.x) / zoom.k;
    return { k, x: anchors.pointerPx - basePx * k };
  }
  if (anchors.selectedBasePx !== null) {
    const nowPx = anchors.selectedBasePx * zoom.k + zoom.x;
    const keepAtPx = inPlot(nowPx) ? nowPx : centrePx;
    return { k, x: keepAtPx - anchors.selectedBasePx * k };
  }
  const basePx = (centrePx - zoom.x) / zoom.k;
  return { k, x: centrePx - basePx * k };
}

/**
 * The zoom that shows an event as a labelled mark, changing the view as little as it must: none if
 * it is labelled in view already, else a pan (or a zoom out) to bring it in, then as little zoom in
 * as makes it labelled (its neighbours stay in sight for context), the event kept in the middle.
 * `labelled` lays the chart out at a zoom and says whether the event has its label there.
 */
export function revealZoom(base: TimeScale, current: ZoomState, span: { startMs: number; endMs: number }, labelled: (zoom: ZoomState) => boolean): ZoomState {
  const moved = focusZoom(base, current, span);
  if (labelled(moved)) return moved;
  const [r0, r1] = rangeEnds(base);
  const centrePx = base((span.startMs + span.endMs) / 2);
  const at = (k: number) => constrainZoom({ k, x: (r0 + r1) / 2 - centrePx * k }, base);
  let lo = moved.k;
  let hi = maxZoom(base);
  if (!labelled(at(hi))) return at(hi);
  // Bisection in log space: a dozen layouts find the least zoom within a few percent.
  for (let i = 0; i < 12 && hi / lo > 1.05; i++) {
    const mid = Math.sqrt(lo * hi);
    if (labelled(at(mid))) hi = mid;
    else lo = mid;
  }
  return at(hi);
}

/** Where zooming is anchored over a drawn mark (markAnchorPx), by the mark's event id; null when it is not drawn or a long bar. */
export function markAnchorFor(marks: readonly MarkView[], id: string | null | undefined, panOffsetPx: number): number | null {
  const drawn = id ? marks.find((m) => m.laneEvent.event.id === id) : undefined;
  return drawn ? markAnchorPx(drawn, panOffsetPx) : null;
}

/**
 * Whether, laid out at a zoom, an event is drawn with its label (it selected, so favoured): the test
 * revealZoom searches with. `options` and `overview` must be the chart's own (its overscan counts
 * towards whether a lane is drawn as single events or a band).
 */
export function labelledAt(
  lanes: readonly Lane[],
  base: TimeScale,
  options: LayoutOptions,
  id: string,
  overview?: ReadonlyMap<string, LaneOverview>,
): (zoom: ZoomState) => boolean {
  const pinnedIds = new Set([...(options.pinnedIds ?? []), id]);
  // With many lanes, only the event's own lanes are laid out: the others cannot hide its label.
  const only = lanes.length >= MANY_LANES ? { sight: { topPx: Infinity, bottomPx: -Infinity }, keepLanes: lanesHolding(lanes, new Set([id])) } : {};
  return (zoom) =>
    layoutTimeline(lanes, zoomedScale(base, zoom), {
      ...options,
      ...only,
      selectedId: id,
      pinnedIds,
      overview: overview ? { lanes: overview, zoom } : undefined,
    }).marks.some((m) => m.laneEvent.event.id === id && m.label !== null);
}

/** The middle of an event's span in the unzoomed scale's pixels (what + and − keep in place), or null. */
export function eventMiddlePx(event: TimelineEvent | undefined, base: TimeScale): number | null {
  if (!event) return null;
  const span = eventSpanMs(event);
  return base((span.startMs + span.endMs) / 2);
}

/** The event keyboard focus moves to for a key's action (step, first, last, follow), or null. */
export function focusTarget(action: ChartKeyAction, events: readonly TimelineEvent[], fromId: string | null, follow: () => string | null): string | null {
  const index = fromId ? events.findIndex((e) => e.id === fromId) : -1;
  if (action.kind === 'step') return events[index + action.by]?.id ?? null;
  if (action.kind === 'first') return events[0]?.id ?? null;
  if (action.kind === 'last') return events.at(-1)?.id ?? null;
  if (action.kind === 'follow') return follow();
  return null;
}

/** From this many lanes on, only those near the reader's sight are laid out and drawn. */
export const MANY_LANES = 120;

/**
 * The chart's rows near the reader's sight, in the chart's own y: the screen's height above and below
 * what shows, in steps of half a screen, so that scrolling lays the chart out again only every half screen.
 */
export function sightBand(chartTopPx: number, viewportPx: number): { topPx: number; bottomPx: number } {
  const step = Math.max(100, viewportPx / 2);
  const topPx = Math.floor(-chartTopPx / step) * step - viewportPx;
  return { topPx, bottomPx: topPx + 3 * Math.max(200, viewportPx) };
}

/** The lanes that hold any of these events (laid out in full wherever they are: see layout's `keepLanes`). */
export function lanesHolding(lanes: readonly Lane[], ids: ReadonlySet<string>, laneOf?: PreparedTimeline['laneOf']): Set<string> {
  const holding = new Set<string>();
  if (ids.size === 0) return holding;
  // By the events' index when there is one (each event is in one lane): not a pass over every event.
  if (laneOf) for (const id of ids) holding.add(lanes[laneOf.get(id)?.lane ?? -1]?.id ?? '');
  else for (const lane of lanes) if (lane.events.some((le) => ids.has(le.event.id))) holding.add(lane.id);
  holding.delete('');
  return holding;
}

/** The lanes laid out to be drawn (not 'unseen'), each with its stripe (odd lanes, by their place among all, are shaded). */
export function drawnLanes(lanes: readonly LaneView[]): { lane: LaneView; odd: boolean }[] {
  return lanes.filter((lane) => lane.mode !== 'unseen').map((lane) => ({ lane, odd: lane.index % 2 === 1 }));
}
