// Places the names shown where a link leaves the plot ("‹ Budapest Memorandum"): each beside the
// edge where its arc crosses it, moved up or down a line if it would cover an event's label, a mark,
// a "+N" count or another such name, and left out when no nearby place is free (the arc still shows
// that the link goes on). Highlighted links are placed first; an event off screen is named once per
// side however many links lead to it. Pure.
import type { LinkRoute } from './link-routes.ts';
import type { TimelineView } from './timeline-layout.ts';

export interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface EdgeLabelInput {
  readonly key: string;
  readonly side: 'left' | 'right';
  /** The edge, and where the arc crosses it. */
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  /** Placed before the others (a highlighted chain's links). */
  readonly first?: boolean;
  /** The event it names: two links to one event off the same side get one label. */
  readonly target?: string;
}

export interface PlacedEdgeLabel {
  readonly key: string;
  /** Where the text's baseline goes: the anchor is xPx ± EDGE_LABEL.gapPx, as the side says. */
  readonly yPx: number;
}

export const EDGE_LABEL = {
  /** From the edge to the text. */
  gapPx: 6,
  /** The text's baseline below the crossing point. */
  baselinePx: 4,
  ascentPx: 11,
  descentPx: 3,
  /** The halo drawn around the text. */
  haloPx: 2,
  /** How far a name may move from its arc, a line (its box's height) at a time. */
  shiftsPx: [0, -18, 18, -36, 36],
} as const;

/** A placed edge label as drawn: its text's baseline at yPx, beside the edge at xPx. */
export interface DrawnEdgeLabel {
  readonly key: string;
  readonly side: 'left' | 'right';
  readonly xPx: number;
  readonly yPx: number;
  readonly text: string;
  /** The event at the far end: its title (for the accessible name) and id (to go to it). */
  readonly title: string;
  readonly target: string;
  /** The link's type. */
  readonly type: string;
}

export const intersects = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box an edge label covers with its baseline at yPx. */
export function edgeLabelBox(label: Pick<EdgeLabelInput, 'side' | 'xPx' | 'widthPx'>, baselinePx: number): Box {
  const { gapPx, ascentPx, descentPx, haloPx } = EDGE_LABEL;
  const [x0, x1] = label.side === 'left' ? [label.xPx + gapPx, label.xPx + gapPx + label.widthPx] : [label.xPx - gapPx - label.widthPx, label.xPx - gapPx];
  return { x0: x0 - haloPx, x1: x1 + haloPx, y0: baselinePx - ascentPx - haloPx, y1: baselinePx + descentPx + haloPx };
}

export function placeEdgeLabels(
  labels: readonly EdgeLabelInput[],
  obstacles: readonly Box[],
  bounds: { readonly topPx: number; readonly bottomPx: number },
): PlacedEdgeLabel[] {
  const taken: Box[] = [];
  const placed: PlacedEdgeLabel[] = [];
  const order = [...labels].sort((a, b) => Number(b.first ?? false) - Number(a.first ?? false) || a.yPx - b.yPx);
  const named = new Set<string>();
  for (const label of order) {
    const name = label.target === undefined ? null : `${label.side} ${label.target}`;
    if (name !== null && named.has(name)) continue;
    for (const shift of EDGE_LABEL.shiftsPx) {
      const baseline = label.yPx + EDGE_LABEL.baselinePx + shift;
      const box = edgeLabelBox(label, baseline);
      if (box.y0 < bounds.topPx || box.y1 > bounds.bottomPx) continue;
      if (taken.some((t) => intersects(t, box)) || obstacles.some((o) => intersects(o, box))) continue;
      taken.push(box);
      placed.push({ key: label.key, yPx: baseline });
      if (name !== null) named.add(name);
      break;
    }
  }
  return placed;
}

/** What an edge label says: the event at the far end, shortened, pointing off the plot. */
export function edgeLabelText(title: string, side: 'left' | 'right'): string {
  const short = title.length > 26 ? `${title.slice(0, 25).trimEnd()}…` : title;
  return side === 'left' ? `‹ ${short}` : `${short} ›`;
}

/** What edge labels must not cover: marks, event labels (13 px text, baseline at their yPx) and "+N" counts. */
export function obstaclesOf(view: Pick<TimelineView, 'marks' | 'chips'>): Box[] {
  const boxes: Box[] = [];
  for (const m of view.marks) {
    boxes.push({ x0: Math.min(m.x0Px, m.spanX0Px) - 7, x1: Math.max(m.x1Px, m.spanX1Px) + 7, y0: m.yPx - 8, y1: m.yPx + 8 });
    if (m.label) boxes.push({ x0: m.label.xPx - 2, x1: m.label.xPx + m.label.widthPx + 2, y0: m.label.yPx - 14, y1: m.label.yPx + 4 });
  }
  for (const c of view.chips) boxes.push({ x0: c.xPx, x1: c.xPx + c.widthPx, y0: c.yPx - 13, y1: c.yPx + 4 });
  return boxes;
}

/** The edge labels a set of routed links gets, placed clear of the layout's labels and marks. */
export function edgeLabelsFor(
  routes: readonly LinkRoute[],
  view: Pick<TimelineView, 'marks' | 'chips' | 'heightPx'>,
  context: {
    readonly linkOf: (key: string) => { readonly from: string; readonly to: string; readonly type: string };
    readonly titleOf: (eventId: string) => string;
    readonly measure: (text: string) => number;
    /** Keys of the highlighted chain's links: their labels are placed first. */
    readonly chain?: ReadonlySet<string> | null;
    readonly topPx: number;
  },
): DrawnEdgeLabel[] {
  const inputs = routes.flatMap((route) =>
    route.offscreen.map((end) => {
      const link = context.linkOf(route.key);
      const target = end.end === 'from' ? link.from : link.to;
      const title = context.titleOf(target);
      const text = edgeLabelText(title, end.side);
      return {
        key: `${route.key} ${end.end}`,
        side: end.side,
        xPx: end.xPx,
        yPx: end.yPx,
        widthPx: context.measure(text),
        first: context.chain?.has(route.key) ?? false,
        text,
        title,
        target,
        type: link.type,
      };
    }),
  );
  const byKey = new Map(inputs.map((input) => [input.key, input]));
  const bounds = { topPx: context.topPx, bottomPx: context.topPx + view.heightPx };
  return placeEdgeLabels(inputs, obstaclesOf(view), bounds).map(({ key, yPx }) => ({ ...byKey.get(key)!, yPx }));
}
