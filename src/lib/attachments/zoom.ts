// The one place d3-zoom touches the DOM: wheel, drag and pinch on the timeline's SVG, and the
// animated moves that buttons, keys and "bring into view" ask for. Zoom is along x only. A gesture
// (or an animated move) is reported as d3-zoom reports it: start, each step, end.
import { pointer, select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { constrainZoom, maxZoom, type TimeScale, type ZoomState } from '../scale/time-scale.ts';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const toTransform = (z: ZoomState) => zoomIdentity.translate(z.x, 0).scale(z.k);

export interface ZoomEvents {
  /** A gesture or an animated move begins, from this zoom. */
  readonly start?: (zoom: ZoomState) => void;
  /** Each step of it, and every jump. */
  readonly zoom: (zoom: ZoomState) => void;
  /** It has ended: the view rests. */
  readonly end?: () => void;
  /** False for a pointer or wheel event the zoom must leave alone (a drag on a mark in edit mode). */
  readonly filter?: (event: Event) => boolean;
}

/** d3-zoom's own filter: no secondary buttons, and Ctrl only with the wheel (pinch on a touchpad). */
const defaultFilter = (event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button;

export class ZoomController {
  #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #base: TimeScale | null = null;
  /** Where the pointer is over the SVG (x in its pixels), null when it is elsewhere: keys zoom about it. */
  pointerPx: number | null = null;

  constructor(events: ZoomEvents) {
    this.#behavior = d3zoom<SVGSVGElement, unknown>()
      .filter((event: MouseEvent) => defaultFilter(event) && (events.filter?.(event) ?? true))
      .constrain((t: ZoomTransform) => (this.#base ? toTransform(constrainZoom({ k: t.k, x: t.x }, this.#base)) : t))
      .on('start', (event: { transform: ZoomTransform }) => events.start?.({ k: event.transform.k, x: event.transform.x }))
      .on('zoom', (event: { transform: ZoomTransform }) => events.zoom({ k: event.transform.k, x: event.transform.x }))
      .on('end', () => events.end?.());
  }

  /** Use as `{@attach controller.attach}` on the SVG. */
  attach = (svg: SVGSVGElement) => {
    this.#selection = select(svg);
    this.#selection
      .call(this.#behavior)
      .on('dblclick.zoom', null)
      .on('pointermove.anchor', (event: PointerEvent) => (this.pointerPx = pointer(event, svg)[0]))
      .on('pointerleave.anchor', () => (this.pointerPx = null));
    return () => {
      this.#selection?.interrupt().on('.zoom', null).on('.anchor', null);
      this.#selection = null;
    };
  };

  /** Tell the behaviour the unzoomed scale, so it can keep the data in view and cap the zoom. */
  setBase(base: TimeScale) {
    this.#base = base;
    this.#behavior.scaleExtent([1, maxZoom(base)]);
  }

  /** The zoom the behaviour holds now (identity before it is attached). */
  get current(): ZoomState {
    const t = this.#selection ? zoomTransform(this.#selection.node()!) : zoomIdentity;
    return { k: t.k, x: t.x };
  }

  /** An animated move, or a cut for readers who prefer reduced motion. */
  #transition() {
    return this.#selection?.transition().duration(reducedMotion() ? 0 : 300) ?? null;
  }

  /** Jump without animation (the view state asks for a window, or the axis changed under it). */
  set(zoom: ZoomState) {
    if (this.#selection) this.#behavior.transform(this.#selection.interrupt(), toTransform(zoom));
  }

  to(zoom: ZoomState) {
    const t = this.#transition();
    if (t) this.#behavior.transform(t, toTransform(zoom));
  }

  panBy(px: number) {
    const t = this.#transition();
    if (t) this.#behavior.translateBy(t, px, 0);
  }
}
