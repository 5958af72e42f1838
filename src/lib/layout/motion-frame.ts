// One frame of the chart while it zooms, as the canvas draws it (dom/draw-motion-frame.ts): the
// layout at the current zoom without labels, lanes keeping the rows the view at rest gave them (so
// the frame lines up with it), and the links with an end in view. Pure.
import type { LinkRoute } from './link-routes.ts';
import { LAYOUT, layoutTimeline, type LayoutOptions, type TimelineView } from './timeline-layout.ts';
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
  readonly layoutOptions: Omit<LayoutOptions, 'markRows' | 'growRows' | 'labels' | 'densityBucketPx' | 'overscanPx'>;
  readonly links: Pick<VisibleLinksInput, 'drawable' | 'spans' | 'laneOf'>;
  readonly chain: ReadonlySet<string> | null;
  readonly heightPx: number;
}

export function motionFrame(input: MotionFrameInput): MotionFrame {
  const { leftPx, rightPx, topPx = 0 } = input.layoutOptions;
  const markRows = new Map(input.rest.lanes.map((lane) => [lane.id, lane.markRows]));
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
