// Turns lanes and the current scale into what the timeline draws: lane bands, the marks in view
// and their labels, with pixel positions. Pure: the component only draws what this returns.
import { placeLabels, truncateToWidth, type LabelCandidate } from './labels.ts';
import type { Lane, LaneEvent } from './lanes.ts';
import type { TimeScale } from '../scale/time-scale.ts';

export const LAYOUT = {
  lanePadPx: 8,
  labelRowPx: 20,
  markRowPx: 18,
  maxLabelRows: 3,
  maxLabelPx: 240,
  /** Narrowest a range is drawn, so a three-day summit stays visible across decades. */
  minRangePx: 8,
} as const;

export interface LaneView {
  readonly id: string;
  readonly label: string;
  readonly color?: string;
  readonly yPx: number;
  readonly heightPx: number;
}

export interface MarkView {
  readonly laneEvent: LaneEvent;
  readonly laneId: string;
  readonly color?: string;
  /** A range's ends; for a point both are the middle of the span its date names. */
  readonly x0Px: number;
  readonly x1Px: number;
  /** The span the date names (a year, a day), for drawing how exact it is. */
  readonly spanX0Px: number;
  readonly spanX1Px: number;
  readonly yPx: number;
  readonly label: { readonly text: string; readonly xPx: number; readonly yPx: number; readonly widthPx: number; readonly leaderXPx: number } | null;
}

export interface TimelineView {
  readonly lanes: readonly LaneView[];
  readonly marks: readonly MarkView[];
  readonly heightPx: number;
  readonly hiddenLabels: number;
}

export interface LayoutOptions {
  readonly measure: (text: string) => number;
  readonly selectedId?: string | null;
  readonly topPx?: number;
}

const labelRowsOf = (lane: Lane) => Math.min(LAYOUT.maxLabelRows, lane.events.length);

export function laneHeightPx(lane: Lane): number {
  return 2 * LAYOUT.lanePadPx + labelRowsOf(lane) * LAYOUT.labelRowPx + lane.rows * LAYOUT.markRowPx;
}

export function layoutTimeline(lanes: readonly Lane[], scale: TimeScale, options: LayoutOptions): TimelineView {
  const [left, right] = scale.range() as [number, number];
  const laneViews: LaneView[] = [];
  const marks: MarkView[] = [];
  let hiddenLabels = 0;
  let y = options.topPx ?? 0;

  for (const lane of lanes) {
    const rows = labelRowsOf(lane);
    const heightPx = laneHeightPx(lane);
    laneViews.push({ id: lane.id, label: lane.label, color: lane.color, yPx: y, heightPx });
    const markTop = y + LAYOUT.lanePadPx + rows * LAYOUT.labelRowPx;

    const visible: { le: LaneEvent; x0: number; x1: number; spanX0: number; spanX1: number }[] = [];
    for (const le of lane.events) {
      const spanX0 = scale(le.startMs);
      const spanX1 = scale(le.endMs);
      let x0 = le.isRange ? spanX0 : (spanX0 + spanX1) / 2;
      let x1 = le.isRange ? spanX1 : x0;
      if (le.isRange && x1 - x0 < LAYOUT.minRangePx) {
        const mid = (x0 + x1) / 2;
        x0 = mid - LAYOUT.minRangePx / 2;
        x1 = mid + LAYOUT.minRangePx / 2;
      }
      if (x1 < left - LAYOUT.markRowPx || x0 > right + LAYOUT.markRowPx) continue;
      visible.push({ le, x0, x1, spanX0, spanX1 });
    }

    const texts = new Map<string, { text: string; width: number; anchor: number }>();
    const candidates: LabelCandidate[] = [];
    for (const { le, x0 } of visible) {
      const anchor = Math.max(left, x0);
      if (anchor > right) continue;
      const room = Math.max(right - anchor, anchor - left);
      const text = truncateToWidth(le.event.title, Math.min(LAYOUT.maxLabelPx, room), options.measure);
      const width = options.measure(text);
      texts.set(le.event.id, { text, width, anchor });
      candidates.push({ id: le.event.id, anchorPx: anchor, widthPx: width, priority: le.weight + (le.event.id === options.selectedId ? 1e6 : 0) });
    }
    const placement = placeLabels(candidates, rows, { minPx: left, maxPx: right });
    hiddenLabels += placement.hidden.length;

    for (const { le, x0, x1, spanX0, spanX1 } of visible) {
      const spot = placement.placed.get(le.event.id);
      const measured = texts.get(le.event.id);
      marks.push({
        laneEvent: le,
        laneId: lane.id,
        color: lane.color,
        x0Px: x0,
        x1Px: x1,
        spanX0Px: spanX0,
        spanX1Px: spanX1,
        yPx: markTop + le.row * LAYOUT.markRowPx + LAYOUT.markRowPx / 2,
        label: spot && measured ? { text: measured.text, xPx: spot.x0Px, yPx: markTop - spot.row * LAYOUT.labelRowPx - 6, widthPx: measured.width, leaderXPx: measured.anchor } : null,
      });
    }
    y += heightPx;
  }
  return { lanes: laneViews, marks, heightPx: y - (options.topPx ?? 0), hiddenLabels };
}
