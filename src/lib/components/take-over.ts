// Taking a drawn page over (hydrate) is one task: Svelte walks the page's HTML and the chart lays
// itself out again to find what it drew. The parts of that layout that depend only on the data and
// the width the server drew at (the lanes, the rows their labels need: fitLabelRows lays the lanes
// out once per number of rows it tries) are worked out before it, in tasks of their own, and kept
// here for the chart to find: the take-over's task is shorter by that much, and draws exactly the
// same. A large graph's first drawing finds its rows here the same way (Timeline.svelte), and a
// small chronology's named overview is found ahead too (chart-overview.svelte.ts keeps it).
import { yieldToPage } from '../data/yield-to-page.ts';
import { ChartOverview } from './chart-overview.svelte.ts';
import { makeTextMeasurer } from '../dom/measure-text.ts';
import { PRERENDER_WIDTH_PX } from '../dom/prerendered-page.ts';
import { chartGeometry } from '../layout/chart-view.ts';
import type { Lane } from '../layout/lanes.ts';
import { runStepsWith } from '../model/steps.ts';
import { fitMarkRows } from '../layout/mark-rows.ts';
import { prepareTimeline, prepareTimelineNow, type PreparedTimeline } from '../layout/prepare-timeline.ts';
import { fitLabelRowsSteps, type LayoutOptions } from '../layout/timeline-layout.ts';
import type { EventGraph } from '../model/graph.ts';
import { makeAxisModel } from '../scale/axis-model.ts';
import { scaleKey, type TimeScale } from '../scale/time-scale.ts';

const preparedGraphs = new WeakMap<EventGraph, PreparedTimeline>();

/** prepareTimelineNow, once per graph. */
export function preparedNow(graph: EventGraph): PreparedTimeline {
  let prepared = preparedGraphs.get(graph);
  if (!prepared) preparedGraphs.set(graph, (prepared = prepareTimelineNow(graph)));
  return prepared;
}

const labelRowsByLanes = new WeakMap<readonly Lane[], { key: string; rows: Map<string, number> }>();

/** What decides fitLabelRows besides the lanes (the measure is always an event label's, in its font). */
function labelRowsKey(scale: TimeScale, options: Pick<LayoutOptions, 'leftPx' | 'rightPx' | 'markRows'>): string {
  return `${scaleKey(scale)}|${options.leftPx}|${options.rightPx}|${options.markRows ? serialOf(options.markRows) : ''}`;
}

/** A number for each rows object (fitMarkRows gives the same one for the same lanes and axis). */
const serials = new WeakMap<object, number>();
let nextSerial = 0;
function serialOf(rows: object): number {
  let serial = serials.get(rows);
  if (serial === undefined) serials.set(rows, (serial = nextSerial++));
  return serial;
}

/** fitLabelRows, once per lanes, axis and width (the take-over finds what was found before it). */
export function fittedLabelRows(lanes: readonly Lane[], scale: TimeScale, options: LayoutOptions): Map<string, number> {
  const steps = fittedLabelRowsSteps(lanes, scale, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function* fittedLabelRowsSteps(lanes: readonly Lane[], scale: TimeScale, options: LayoutOptions): Generator<void, Map<string, number>, void> {
  const key = labelRowsKey(scale, options);
  const kept = labelRowsByLanes.get(lanes);
  if (kept?.key === key) return kept.rows;
  const rows = yield* fitLabelRowsSteps(lanes, scale, options);
  labelRowsByLanes.set(lanes, { key, rows });
  return rows;
}

/**
 * The rows the lanes' marks and labels need on the unzoomed axis at this width (the chart's first
 * layout finds them here), and a small chronology's named overview, for the work before a first
 * drawing: each number of rows tried, and the overview, in a task of its own (`pause` between them).
 */
export async function fitRowsAhead(
  prepared: PreparedTimeline,
  widthPx: number,
  pause: () => Promise<void>,
  collapsed = prepared.gaps.length > 0,
): Promise<ReadonlyMap<string, number>> {
  const { gutterPx, rightPx, gapPx } = chartGeometry(widthPx);
  const base = makeAxisModel(prepared.covered, gutterPx, rightPx, collapsed ? prepared.gaps : [], gapPx).scale;
  const markRows = fitMarkRows(prepared.lanes, base);
  const labelRows = await runStepsWith(fittedLabelRowsSteps(prepared.lanes, base, { measure: makeTextMeasurer(), leftPx: gutterPx, rightPx, markRows }), pause);
  // A small chronology's named overview too (a large one's is found in steps after the first drawing).
  if (ChartOverview.atOnce(prepared.lanes)) {
    await pause();
    new ChartOverview().births(prepared.lanes, base, labelRows);
  }
  return labelRows;
}

/**
 * Before hydrate(): the graph's lanes and links, then the rows their labels need on the axis the
 * server drew (its width, the default axis), and its named overview, each step in a task of its own.
 */
export async function prepareTakeOver(graph: EventGraph): Promise<void> {
  // In steps, with the links' spans (the chart then finds them made: prepareTimeline).
  let prepared = preparedGraphs.get(graph);
  if (!prepared) preparedGraphs.set(graph, (prepared = await prepareTimeline(graph, yieldToPage)));
  await yieldToPage();
  await fitRowsAhead(prepared, PRERENDER_WIDTH_PX, yieldToPage);
  await yieldToPage();
}
