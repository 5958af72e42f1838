// Brushing an area of the map: with "Select area" on, a drag draws a rectangle, and letting go
// filters the timeline to the area under it (a click, or a rectangle thinner than 4 px, does nothing).
import { areaOfRect, type MapFrame, type MapZoom } from '../geo/projection.ts';
import type { GeoArea } from '../model/area.ts';

type Point = [number, number];

export class MapBrush {
  /** "Select area" is on: a drag brushes instead of panning. */
  on = $state(false);
  /** The rectangle being drawn, in the map's pixels. */
  drag = $state.raw<{ from: Point; to: Point } | null>(null);

  readonly #map: () => { svg: SVGSVGElement | undefined; frame: MapFrame; zoom: MapZoom };
  readonly #filter: (area: GeoArea) => void;

  constructor(map: () => { svg: SVGSVGElement | undefined; frame: MapFrame; zoom: MapZoom }, filter: (area: GeoArea) => void) {
    this.#map = map;
    this.#filter = filter;
  }

  get rect(): { x: number; y: number; width: number; height: number } | null {
    if (!this.drag) return null;
    const { from, to } = this.drag;
    return { x: Math.min(from[0], to[0]), y: Math.min(from[1], to[1]), width: Math.abs(to[0] - from[0]), height: Math.abs(to[1] - from[1]) };
  }

  #local(e: PointerEvent): Point {
    const box = this.#map().svg!.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  readonly down = (e: PointerEvent) => {
    if (!this.on || e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this.drag = { from: this.#local(e), to: this.#local(e) };
    e.preventDefault();
  };

  readonly move = (e: PointerEvent) => {
    if (this.drag) this.drag = { ...this.drag, to: this.#local(e) };
  };

  readonly up = () => {
    if (!this.drag) return;
    const { from, to } = this.drag;
    this.drag = null;
    if (Math.abs(from[0] - to[0]) < 4 || Math.abs(from[1] - to[1]) < 4) return;
    const { frame, zoom } = this.#map();
    this.#filter(areaOfRect(frame, zoom, from, to));
    this.on = false;
  };
}
