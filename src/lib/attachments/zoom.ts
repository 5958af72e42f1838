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
  /** A gesture (the reader's: wheel, drag, pinch) or an animated move begins, from this zoom. */
  readonly start?: (zoom: ZoomState, byReader: boolean) => void;
  /** Each step of it, and every jump. */
  readonly zoom: (zoom: ZoomState) => void;
  /** It has ended: the view rests. */
  readonly end?: () => void;
  /** False for a pointer or wheel event the zoom must leave alone (a drag on a mark in edit mode). */
  readonly filter?: (event: Event) => boolean;
  /**
   * Where a point mark under the pointer is drawn (x in the SVG's pixels), or null: wheel and keys
   * then zoom about the mark itself. A pointer's position is a whole pixel; a mark's is not, and
   * the difference would grow with every notch.
   */
  readonly markAt?: (target: Element) => number | null;
}

/** d3-zoom's own filter: no secondary buttons, and Ctrl only with the wheel (pinch on a touchpad). */
const defaultFilter = (event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button;

export class ZoomController {
  #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #base: TimeScale | null = null;
  /** Where the pointer is over the SVG (x in its pixels; a mark's own x over a mark), null when it is elsewhere: keys zoom about it. */
  pointerPx: number | null = null;
  /**
   * A wheel gesture begun over a mark: where the pointer was, and the mark's x on screen and in the
   * unzoomed scale. Kept while the pointer stays put (the marks are hidden while zooming), until the gesture ends.
   */
  #wheelAnchor: { pointerPx: number; screenPx: number; basePx: number } | null = null;
  /** d3-zoom is handling a wheel event: the anchor applies. */
  #inWheel = false;
  readonly #markAt: (target: Element) => number | null;

  constructor(events: ZoomEvents) {
    this.#markAt = events.markAt ?? (() => null);
    this.#behavior = d3zoom<SVGSVGElement, unknown>()
      .filter((event: MouseEvent) => defaultFilter(event) && (events.filter?.(event) ?? true))
      .constrain((t: ZoomTransform) => {
        if (!this.#base) return t;
        const anchor = this.#inWheel ? this.#wheelAnchor : null;
        const x = anchor ? anchor.screenPx - anchor.basePx * t.k : t.x;
        return toTransform(constrainZoom({ k: t.k, x }, this.#base));
      })
      .on('start', (event: { transform: ZoomTransform; sourceEvent: unknown }) =>
        events.start?.({ k: event.transform.k, x: event.transform.x }, event.sourceEvent != null),
      )
      .on('zoom', (event: { transform: ZoomTransform }) => events.zoom({ k: event.transform.k, x: event.transform.x }))
      .on('end', () => {
        this.#wheelAnchor = null;
        events.end?.();
      });
  }

  /** Use as `{@attach controller.attach}` on the SVG. */
  attach = (svg: SVGSVGElement) => {
    this.#selection = select(svg);
    const anchorAt = (event: MouseEvent) => (event.target instanceof Element ? this.#markAt(event.target) : null) ?? pointer(event, svg)[0];
    // Before d3-zoom takes a wheel event: the mark under the pointer, if any, is the point it keeps.
    const beforeWheel = (event: WheelEvent) => {
      this.#inWheel = true;
      const pointerPx = pointer(event, svg)[0];
      if (this.#wheelAnchor?.pointerPx === pointerPx) return;
      const t = zoomTransform(svg);
      const screenPx = anchorAt(event);
      this.#wheelAnchor = screenPx === pointerPx ? null : { pointerPx, screenPx, basePx: (screenPx - t.x) / t.k };
    };
    const afterWheel = () => (this.#inWheel = false);
    svg.addEventListener('wheel', beforeWheel, { capture: true });
    this.#selection
      .call(this.#behavior)
      .on('dblclick.zoom', null)
      .on('pointermove.anchor', (event: PointerEvent) => (this.pointerPx = anchorAt(event)))
      .on('pointerleave.anchor', () => (this.pointerPx = null));
    svg.addEventListener('wheel', afterWheel);
    return () => {
      svg.removeEventListener('wheel', beforeWheel, { capture: true });
      svg.removeEventListener('wheel', afterWheel);
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

  /** An animated move; resolves when it has ended (also when another move cut it short). */
  to(zoom: ZoomState): Promise<void> {
    const t = this.#transition();
    if (!t) return Promise.resolve();
    this.#behavior.transform(t, toTransform(zoom));
    return t.end().catch(() => {});
  }

  panBy(px: number) {
    const t = this.#transition();
    if (t) this.#behavior.translateBy(t, px, 0);
  }
}
