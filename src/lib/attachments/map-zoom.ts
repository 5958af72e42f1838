// The one place d3-zoom touches the map: wheel, drag and pinch on its SVG, and the animated moves
// buttons, keys and "show the selected event" ask for. The zoom is kept on the world
// (geo/projection.ts constrainZoom). While an area is being brushed, dragging draws, not pans.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { constrainZoom, MAX_ZOOM, type MapFrame, type MapZoom } from '../geo/projection.ts';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const toTransform = (z: MapZoom) => zoomIdentity.translate(z.x, z.y).scale(z.k);
const fromTransform = (t: ZoomTransform): MapZoom => ({ k: t.k, x: t.x, y: t.y });

export interface MapZoomEvents {
  readonly start?: () => void;
  readonly zoom: (zoom: MapZoom) => void;
  readonly end?: () => void;
}

export class MapZoomController {
  #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #frame: MapFrame | null = null;
  /** While true, a drag draws an area instead of panning (the wheel still zooms). */
  brushing = false;

  constructor(events: MapZoomEvents) {
    this.#behavior = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .filter((event: Event) => {
        if (this.brushing && event.type !== 'wheel') return false;
        // d3-zoom's own rule: no right button, no Ctrl-drag.
        return (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
      })
      .constrain((t: ZoomTransform) => (this.#frame ? toTransform(constrainZoom(this.#frame, fromTransform(t))) : t))
      .on('start', () => events.start?.())
      .on('zoom', (event: { transform: ZoomTransform }) => events.zoom(fromTransform(event.transform)))
      .on('end', () => events.end?.());
  }

  /** Use as `{@attach controller.attach}` on the SVG. */
  attach = (svg: SVGSVGElement) => {
    this.#selection = select(svg);
    this.#selection.call(this.#behavior).on('dblclick.zoom', null);
    return () => {
      this.#selection?.interrupt().on('.zoom', null);
      this.#selection = null;
    };
  };

  setFrame(frame: MapFrame) {
    this.#frame = frame;
  }

  get current(): MapZoom {
    return fromTransform(this.#selection ? zoomTransform(this.#selection.node()!) : zoomIdentity);
  }

  /** Jump without animation. */
  set(zoom: MapZoom) {
    if (this.#selection) this.#behavior.transform(this.#selection.interrupt(), toTransform(zoom));
  }

  /** An animated move, or a cut for readers who prefer reduced motion. */
  to(zoom: MapZoom) {
    if (!this.#selection) return;
    this.#behavior.transform(this.#selection.transition().duration(reducedMotion() ? 0 : 350), toTransform(zoom));
  }

  panBy(dxPx: number, dyPx: number) {
    if (!this.#selection) return;
    this.#behavior.translateBy(this.#selection.transition().duration(reducedMotion() ? 0 : 200), dxPx / this.current.k, dyPx / this.current.k);
  }
}
