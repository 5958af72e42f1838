// The map's zoom as the reader moves it (d3-zoom, through MapZoomController), whether it is moving,
// and the zoom the world was last painted at (at rest): while the map moves, the layer under it is
// moved by the compositor from there (geo/projection.ts layerTransform). A gesture counts as moving
// once the view changes: a click on a marker (a mousedown and a mouseup for d3-zoom) must find the
// marker still there. Make it while a component is set up.
import { MapZoomController } from '../attachments/map-zoom.ts';
import { MAP_IDENTITY, type MapFrame, type MapZoom } from '../geo/projection.ts';

export class MapViewport {
  zoom = $state.raw<MapZoom>(MAP_IDENTITY);
  moving = $state(false);
  restZoom = $state.raw<MapZoom>(MAP_IDENTITY);
  readonly controller: MapZoomController;
  #gestureFrom: MapZoom | null = null;

  constructor(frame: () => MapFrame) {
    this.controller = new MapZoomController({
      start: () => (this.#gestureFrom = this.zoom),
      zoom: (z) => {
        const from = this.#gestureFrom;
        if (from && (z.k !== from.k || z.x !== from.x || z.y !== from.y)) this.moving = true;
        this.zoom = z;
      },
      end: () => {
        this.#gestureFrom = null;
        this.moving = false;
      },
    });
    $effect.pre(() => this.controller.setFrame(frame()));
    $effect(() => {
      if (!this.moving) this.restZoom = this.zoom;
    });
  }
}
