// What the chart draws, worked out from the view and the prepared lanes: its axis (collapsed stretches,
// a lens, the zoom of the view's window) and its layout (rows fitted on the unzoomed axis, the basis a
// pan slides from, the lanes in the reader's sight, the named overview). TimelineChart wires it to the
// page; the maths are the pure functions of layout/ and scale/ it calls. Make it while the chart is set
// up (its sight and named overview follow the page in effects).
import { makeTextMeasurer } from '../dom/measure-text.ts';
import * as chartView from '../layout/chart-view.ts';
import { heatView } from '../layout/heat-strip.ts';
import { fitMarkRows } from '../layout/mark-rows.ts';
import type { PreparedTimeline } from '../layout/prepare-timeline.ts';
import { layoutTimeline } from '../layout/timeline-layout.ts';
import { formatWindow } from '../model/format-date.ts';
import { makeAxisModel, zoomAxis } from '../scale/axis-model.ts';
import { lensAxis } from '../scale/lens.ts';
import { segmentedTicks } from '../scale/ticks.ts';
import { IDENTITY, visibleWindowMs, zoomedScale, zoomToWindow, type ZoomState } from '../scale/time-scale.ts';
import type { ViewState } from '../state/view-state.svelte.ts';
import { ChartOverview } from './chart-overview.svelte.ts';
import { ChartSight } from './chart-sight.svelte.ts';
import { fittedLabelRows } from './take-over.ts';

export interface ChartSceneInputs {
  readonly prepared: PreparedTimeline;
  readonly geometry: chartView.ChartGeometry;
  readonly motion: { readonly zooming: boolean; readonly moving: boolean };
  readonly svg: SVGSVGElement | undefined;
  readonly focusedId: string | null;
  /** The plot's top: below the axis. */
  readonly topPx: number;
}

export class ChartScene {
  readonly measure = makeTextMeasurer();
  readonly #view: ViewState;
  readonly #in: () => ChartSceneInputs;

  // The axis.
  readonly axisMode = $derived.by(() => this.#view.axisMode ?? (this.#in().prepared.gaps.length > 0 ? 'collapsed' : 'linear'));
  readonly unlensed = $derived.by(() => {
    const { prepared, geometry } = this.#in();
    return makeAxisModel(prepared.covered, geometry.gutterPx, geometry.rightPx, this.axisMode === 'collapsed' ? prepared.gaps : [], geometry.gapPx);
  });
  /** A lens already as wide as its share squeezes nothing: the axis is the same (`squeezed` false). */
  readonly axis = $derived.by(() => lensAxis(this.unlensed, this.#view.lens));
  readonly squeezed = $derived(this.axis !== this.unlensed);
  readonly base = $derived(this.axis.scale);
  /** The view's window, as a zoom of this axis: what is drawn. */
  readonly zoomNow = $derived.by(() => {
    const { gutterPx, rightPx } = this.#in().geometry;
    return this.#view.windowMs ? zoomToWindow(this.base, this.#view.windowMs, gutterPx, rightPx) : IDENTITY;
  });
  readonly zoomed = $derived(zoomAxis(this.axis, this.zoomNow));
  readonly scale = $derived(this.zoomed.scale);
  readonly windowMs = $derived.by(() => visibleWindowMs(this.scale, this.#in().geometry.gutterPx, this.#in().geometry.rightPx));
  readonly windowLabel = $derived(formatWindow(this.windowMs[0], this.windowMs[1]));
  readonly ticks = $derived.by(() => {
    const { gutterPx, rightPx, tickSpacingPx } = this.#in().geometry;
    return segmentedTicks(this.zoomed.segments, gutterPx, rightPx, tickSpacingPx, this.zoomed.gaps);
  });
  readonly collapsed = $derived.by(() => (this.axisMode === 'collapsed' ? chartView.collapsedLabel(this.#in().prepared.gaps) : ''));

  // The layout.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew from the selection and focus, never changed
  readonly pinnedIds = $derived.by(() => new Set([this.#view.selectedId, this.#in().focusedId].filter((id): id is string => id !== null)));
  /** Lanes grow to hold their marks and labels at the unzoomed scale; they keep that height while zooming. */
  readonly markRows = $derived.by(() => fitMarkRows(this.#in().prepared.lanes, this.base));
  readonly labelRows = $derived.by(() => {
    const { prepared, geometry } = this.#in();
    return fittedLabelRows(prepared.lanes, this.base, { measure: this.measure, leftPx: geometry.gutterPx, rightPx: geometry.rightPx, markRows: this.markRows });
  });
  /** Panning slides what is drawn; the layout is redone when the zoom changes or a pan runs past the overscan. */
  #basis: chartView.LayoutBasis | null = null;
  readonly layoutBasis = $derived.by(() => (this.#basis = chartView.nextLayoutBasis(this.#basis, this.zoomNow, this.#in().geometry, this.#in().motion)));
  readonly layoutZoom = $derived(this.layoutBasis.zoom);
  /** Laid out again during a pan, the layout keeps the basis's coordinates: the marks drawn stay as they are. */
  readonly shiftPx = $derived(this.layoutBasis.shiftPx);
  readonly panOffsetPx = $derived(this.zoomNow.x - this.layoutZoom.x);
  readonly layoutScale = $derived(zoomedScale(this.base, this.layoutZoom));
  readonly layoutOptions = $derived.by(() => {
    const { geometry, topPx } = this.#in();
    const { measure, pinnedIds, labelRows, markRows } = this;
    return { measure, selectedId: this.#view.selectedId, pinnedIds, labelRows, markRows, topPx, leftPx: geometry.gutterPx, rightPx: geometry.rightPx };
  });
  /** With thousands of lanes, only those near the reader's sight (and the selection's) are laid out and drawn. */
  readonly #sight: ChartSight;
  readonly #keepLanes = $derived.by(() =>
    this.#sight.band ? chartView.lanesHolding(this.#in().prepared.lanes, this.pinnedIds, this.#in().prepared.laneOf) : undefined,
  );
  /** Dense lanes name their most significant events (found once per axis, so zooming in only adds names). */
  readonly #overview = new ChartOverview();
  readonly #births = $derived.by(() => this.#overview.births(this.#in().prepared.lanes, this.base, this.labelRows));
  readonly layout = $derived.by(() => {
    const { prepared, geometry } = this.#in();
    return layoutTimeline(prepared.lanes, this.layoutScale, {
      ...this.layoutOptions,
      leftPx: geometry.gutterPx - this.shiftPx,
      rightPx: geometry.rightPx - this.shiftPx,
      overscanPx: geometry.overscanPx,
      sight: this.#sight.band ?? undefined,
      keepLanes: this.#keepLanes,
      overview: { lanes: this.#births, zoom: this.layoutZoom },
    });
  });

  /**
   * Whether, at rest at a zoom, the chart draws an event with its label: laid out as the chart lays
   * it out (overscan, named overview), so that the zoom a reveal chooses labels it once it is there.
   */
  labelledAt(id: string): (zoom: ZoomState) => boolean {
    const options = { ...this.layoutOptions, overscanPx: this.#in().geometry.overscanPx };
    return chartView.labelledAt(this.#in().prepared.lanes, this.base, options, id, this.#births);
  }
  readonly drawnLanes = $derived(chartView.drawnLanes(this.layout.lanes));
  readonly heat = $derived.by(() => (this.#view.densityMode === 'heat' ? heatView(this.layout.densities) : null));

  constructor(view: ViewState, inputs: () => ChartSceneInputs) {
    this.#view = view;
    this.#in = inputs;
    this.#sight = new ChartSight(
      () => inputs().svg,
      () => inputs().prepared.lanes.length,
    );
    $effect(() => this.#overview.update(inputs().prepared.lanes, this.base, this.labelRows));
  }
}
