// One frame of the chart while it zooms, as the canvas draws it (dom/draw-motion-frame.ts): the
// layout at the current zoom without labels, lanes keeping the rows the view at rest gave them (so
// the frame lines up with it), and the links with an end in view. Pure.
import type { LinkRoute } from './link-routes.ts';
import { LAYOUT, layoutTimeline, type LaneView, type LayoutOptions, type TimelineView } from './timeline-layout.ts';
import { LINK_BUDGET, visibleLinks, type VisibleLinksInput } from './visible-links.ts';
import type { Lane } from './lanes.ts';
import type { TimeScale } from '../scale/time-scale.ts';

export interface MotionFrame {
  readonly layout: Pick<TimelineView, 'marks' | 'densities'>;
  readonly routes: readonly LinkRoute[];
  /** A link's type, by its key. */
  readonly linkType: (key: string) => string;
  readonly laneColor: (laneId: string) => string | undefined;
  readonly selectedId: string | null;
  readonly isDimmed: (eventId: string) => boolean;
  /** Keys of the highlighted chain's links, or null when nothing is highlighted. */
  readonly chain: ReadonlySet<string> | null;
  /** The plot: nothing is drawn outside it. */
  readonly clip: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface MotionFrameInput extends Pick<MotionFrame, 'linkType' | 'laneColor' | 'isDimmed'> {
  readonly lanes: readonly Lane[];
  /** The scale as the reader sees it now. */
  readonly scale: TimeScale;
  /** The layout at rest the frame keeps the rows of. */
  readonly rest: Pick<TimelineView, 'lanes'>;
  /** The options of the layout at rest (`markRows`: the rows lanes have unzoomed; those laid out at rest may have grown). */
  readonly layoutOptions: Omit<LayoutOptions, 'growRows' | 'labels' | 'densityBucketPx' | 'overscanPx'>;
  readonly links: Pick<VisibleLinksInput, 'drawable' | 'spans' | 'laneOf'>;
  readonly chain: ReadonlySet<string> | null;
  readonly heightPx: number;
}

/** The rows of each lane at rest: those laid out as they were drawn, the others as they were given (one per layout at rest, for every frame). */
const restRows = new WeakMap<readonly LaneView[], { readonly given: LayoutOptions['markRows']; readonly rows: NonNullable<LayoutOptions['markRows']> }>();

function rowsAtRest(rest: readonly LaneView[], given: LayoutOptions['markRows']): NonNullable<LayoutOptions['markRows']> {
  const known = restRows.get(rest);
  if (known && known.given === given) return known.rows;
  const laidOut = new Map(rest.map((lane) => [lane.id, lane.markRows]));
  const rows = { get: (id: string) => laidOut.get(id) ?? given?.get(id) };
  restRows.set(rest, { given, rows });
  return rows;
}

export function motionFrame(input: MotionFrameInput): MotionFrame {
  const { leftPx, rightPx, topPx = 0 } = input.layoutOptions;
  const markRows = rowsAtRest(input.rest.lanes, input.layoutOptions.markRows);
  // Bars twice as wide as at rest: half the rects to fill in each frame.
  const layout = layoutTimeline(input.lanes, input.scale, {
    ...input.layoutOptions,
    markRows,
    growRows: false,
    labels: false,
    densityBucketPx: 2 * LAYOUT.densityBucketPx,
  });
  const routes = visibleLinks({
    ...input.links,
    layout,
    scale: input.scale,
    leftPx,
    rightPx,
    topPx,
    chain: input.chain,
    budget: LINK_BUDGET.moving,
    endInView: true,
  });
  return {
    layout,
    routes,
    linkType: input.linkType,
    laneColor: input.laneColor,
    selectedId: input.layoutOptions.selectedId ?? null,
    isDimmed: input.isDimmed,
    chain: input.chain,
    clip: { x: leftPx, y: 0, width: rightPx - leftPx + 16, height: input.heightPx },
  };
}
