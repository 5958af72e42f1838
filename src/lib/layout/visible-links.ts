// The links a view draws: for each link both of whose ends the layout can place, its arc routed
// to the plot. Shared by the SVG link layer (at rest) and the canvas drawn while zooming, so both
// show the same links in the same places. Pure.
import type { GraphEdge } from '../model/chains.ts';
import { laneEndMs, laneStartMs } from './lanes.ts';
import { visibleWindowMs, type TimeScale } from '../scale/time-scale.ts';
import { linksToShow, linksWithEndInWindow, routeLinks, type EventPlace, type LinkRoute, type LinkSpans } from './link-routes.ts';
import type { PreparedTimeline } from './prepare-timeline.ts';
import { LAYOUT, type TimelineView } from './timeline-layout.ts';

/** Link types drawn each in their own line and colour (a quote's "about" too); any other is drawn as 'other'. */
// Written out, not spread from the schema's LINK_TYPES: the schema module brings zod into the page.
export const LINK_STYLES: readonly string[] = ['causes', 'responds-to', 'references', 'contradicts', 'precedes', 'about'];
export const linkStyleOf = (type: string): string => (LINK_STYLES.includes(type) ? type : 'other');

/**
 * Links drawn at most (a highlighted chain always first), at rest and while the view moves; and of
 * them, arcs that only cross the view (both ends off screen, not in the chain) at most: the nearest
 * in time are context, hundreds of long arcs over a dense view are noise.
 */
export const LINK_BUDGET = { rest: 160, moving: 40, crossing: 12 } as const;

export interface VisibleLinksInput {
  /** The links that may be drawn (types hidden by the reader left out), and their spans in time. */
  readonly drawable: readonly GraphEdge[];
  readonly spans: LinkSpans;
  readonly laneOf: PreparedTimeline['laneOf'];
  readonly layout: Pick<TimelineView, 'laneAt' | 'marks'>;
  /** The scale the layout was made with. */
  readonly scale: TimeScale;
  /** The plot, in the layout's pixels. */
  readonly leftPx: number;
  readonly rightPx: number;
  readonly topPx: number;
  /** Keys of a highlighted chain's links: routed first, never dropped for the budget. */
  readonly chain?: ReadonlySet<string> | null;
  /** Links routed at most. */
  readonly budget: number;
  /**
   * Only links with an end in view (a drawn mark): while zooming, arcs that cross the whole view
   * between two events off screen wait for the zoom to rest. Stroking a few dozen arcs the width of
   * the screen is what tipped a zoom step at 100,000 events over a frame.
   */
  readonly endInView?: boolean;
}

export function visibleLinks(input: VisibleLinksInput): LinkRoute[] {
  const { drawable, spans, laneOf, layout, scale, leftPx, rightPx, topPx, chain, budget, endInView = false } = input;
  const drawnY = new Map(layout.marks.map((m) => [m.laneEvent.event.id, m.yPx]));
  const drawn = new Set(drawnY.keys());
  function place(eventId: string): EventPlace | null {
    const entry = laneOf.get(eventId);
    const laneView = entry && layout.laneAt(entry.lane);
    if (!entry || !laneView) return null;
    const le = entry.event;
    const spanX0 = scale(laneStartMs(le));
    const spanX1 = scale(laneEndMs(le));
    const [x0Px, x1Px] = le.isRange ? [spanX0, spanX1] : [(spanX0 + spanX1) / 2, (spanX0 + spanX1) / 2];
    const onScreen = x1Px >= leftPx && x0Px <= rightPx;
    // An event on screen whose mark is not drawn is inside a density band: its links wait for a zoom.
    if (onScreen && !drawn.has(eventId)) return null;
    // Off screen, an event is placed in its time row (as far as the lane has rows): where it is drawn once in view, mostly.
    const row = Math.min(le.row, laneView.markRows - 1);
    return { x0Px, x1Px, yPx: drawnY.get(eventId) ?? laneView.markTopPx + row * LAYOUT.markRowPx + LAYOUT.markRowPx / 2 };
  }
  // Only the links this window can show are placed (a pass of comparisons over all of them).
  const [startMs, endMs] = visibleWindowMs(scale, leftPx, rightPx);
  const inChain = chain?.size ? (i: number) => chain.has(drawable[i]!.key) : null;
  // While zooming without a highlighted chain, the drawn marks' own links are all there can be.
  const candidates =
    endInView && !inChain
      ? linksWithEndInWindow(spans, startMs, endMs, drawn)
      : linksToShow(spans, startMs, endMs, drawn, { endInView, inChain, most: LINK_BUDGET.crossing });
  return routeLinks(
    candidates.map((i) => {
      const e = drawable[i]!;
      return { key: e.key, from: e.from, to: e.to, highlighted: chain?.has(e.key) ?? false };
    }),
    place,
    { leftPx, rightPx, topPx },
    budget,
  );
}
