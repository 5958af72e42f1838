// Whether the chart is moving, as d3-zoom's own start and end events say: zooming (the scale
// changes: the canvas draws), moving (zoom or pan: links drawn lighter), or at rest. A click that
// moves nothing is neither. The chart says it is busy (aria-busy) while it moves.
import type { ZoomState } from '../scale/time-scale.ts';

export class ChartMotion {
  zooming = $state(false);
  moving = $state(false);
  /** The rows of the chart in the window, measured when a zoom begins: the canvas covers only those. */
  band = $state({ topPx: 0, heightPx: 0 });
  /** Between a gesture's (or an animated move's) start and end, moving or not. */
  active = false;
  #from: ZoomState = { k: 1, x: 0 };

  start(zoom: ZoomState) {
    this.active = true;
    this.#from = zoom;
  }

  /** A step of the gesture; true when it is the one where zooming begins. */
  step(zoom: ZoomState): boolean {
    if (!this.active) return false;
    const begins = !this.zooming && zoom.k !== this.#from.k;
    if (begins) this.zooming = true;
    if (!this.moving && (zoom.k !== this.#from.k || zoom.x !== this.#from.x)) this.moving = true;
    return begins;
  }

  /** The chart's box on screen when the zoom begins, and the window's height. */
  measureBand(box: { top: number; bottom: number }, viewportPx: number) {
    const topPx = Math.max(0, Math.floor(-box.top));
    this.band = { topPx, heightPx: Math.max(0, Math.ceil(Math.min(box.bottom, viewportPx) - box.top) - topPx) };
  }

  end() {
    this.active = false;
    this.zooming = false;
    this.moving = false;
  }

  get busy(): boolean {
    return this.moving;
  }
}
