// The one place d3-zoom touches the DOM: wheel, drag and pinch on the timeline's SVG, and the
// animated moves that buttons, keys and "bring into view" ask for. Zoom is along x only.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { constrainZoom, maxZoom, type TimeScale, type ZoomState } from '../scale/time-scale.ts';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const toTransform = (z: ZoomState) => zoomIdentity.translate(z.x, 0).scale(z.k);

export class ZoomController {
  #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #base: TimeScale | null = null;

  constructor(onZoom: (zoom: ZoomState) => void) {
    this.#behavior = d3zoom<SVGSVGElement, unknown>()
      .constrain((t: ZoomTransform) => {
        if (!this.#base) return t;
        return toTransform(constrainZoom({ k: t.k, x: t.x }, this.#base));
      })
      .on('zoom', (event: { transform: ZoomTransform }) => onZoom({ k: event.transform.k, x: event.transform.x }));
  }

  /** Use as `{@attach controller.attach}` on the SVG. */
  attach = (svg: SVGSVGElement) => {
    this.#selection = select(svg);
    this.#selection.call(this.#behavior).on('dblclick.zoom', null);
    return () => {
      this.#selection?.on('.zoom', null);
      this.#selection = null;
    };
  };

  /** The unzoomed scale the zoom is now made for (null before the first). */
  get base(): TimeScale | null {
    return this.#base;
  }

  /** Tell the behaviour the unzoomed scale, so it can keep the data in view and cap the zoom. */
  setBase(base: TimeScale) {
    this.#base = base;
    this.#behavior.scaleExtent([1, maxZoom(base)]);
  }

  /** An animated move, or a cut for readers who prefer reduced motion. */
  #transition() {
    return this.#selection?.transition().duration(reducedMotion() ? 0 : 300) ?? null;
  }

  /** Jump without animation (the axis changed under the view, and the view must not move). */
  set(zoom: ZoomState) {
    if (this.#selection) this.#behavior.transform(this.#selection, toTransform(zoom));
  }

  to(zoom: ZoomState) {
    const t = this.#transition();
    if (t) this.#behavior.transform(t, toTransform(zoom));
  }

  scaleBy(factor: number) {
    const t = this.#transition();
    if (t) this.#behavior.scaleBy(t, factor);
  }

  panBy(px: number) {
    const t = this.#transition();
    if (t) this.#behavior.translateBy(t, px, 0);
  }

  reset() {
    this.to({ k: 1, x: 0 });
  }
}
