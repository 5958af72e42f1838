// The map's zoom as the reader moves it (d3-zoom, through MapZoomController), whether it is moving,
// and the zoom the world was last painted at (at rest): while the map moves, the layer under it is
// moved by the compositor from there (geo/projection.ts layerTransform). A gesture counts as moving
// once the view changes: a click on a marker (a mousedown and a mouseup for d3-zoom) must find the
// marker still there. It fits the view to the shown events when the map is first drawn and at each
// new size, and brings a selection made elsewhere into view. Make it while a component is set up.
import { untrack } from 'svelte';
import { MapZoomController } from '../attachments/map-zoom.ts';
import { fitPoints, MAP_IDENTITY, zoomToShow, type MapFrame, type MapZoom } from '../geo/projection.ts';

/** What the view is fitted to. Read property by property (give it getters), so each effect follows only what it reads. */
export interface MapShown {
  /** Every placed event's point, projected (base pixels). */
  readonly projected: { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> };
  /** The points of the events in the timeline's window (null: all). */
  readonly active: ArrayLike<number> | null;
  /** The selected event's point, or -1. */
  readonly selectedPoint: number;
  /** The map is drawn and its points are prepared: there is something to fit. */
  readonly ready: boolean;
}

export class MapViewport {
  zoom = $state.raw<MapZoom>(MAP_IDENTITY);
  moving = $state(false);
  restZoom = $state.raw<MapZoom>(MAP_IDENTITY);
  /** The first zoom (fitted to the events) is set. */
  fitted = $state(false);
  readonly controller: MapZoomController;
  readonly #frame: () => MapFrame;
  readonly #shown: MapShown;
  #gestureFrom: MapZoom | null = null;

  constructor(frame: () => MapFrame, shown: MapShown) {
    this.#frame = frame;
    this.#shown = shown;
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
    this.#fitWhenDrawn();
    this.#showSelection();
  }

  /** Fit the shown events (all of the map's events when none is in the window). */
  fitShown(animate: boolean) {
    const { xs, ys } = this.#shown.projected;
    const active = this.#shown.active;
    const target = fitPoints(this.#frame(), xs, ys, { only: active && active.length > 0 ? active : null });
    if (animate) this.controller.to(target);
    else this.controller.set(target);
  }

  /** The first drawing, and a new size: fit the events. */
  #fitWhenDrawn() {
    let fittedFor = '';
    $effect(() => {
      const { widthPx, heightPx } = this.#frame();
      const key = `${widthPx}×${heightPx}`;
      if (key === fittedFor || !this.#shown.ready) return;
      fittedFor = key;
      untrack(() => {
        this.fitShown(false);
        this.fitted = true;
      });
    });
  }

  /** A selection made elsewhere (the timeline, the list): bring its marker into view if it is off screen. */
  #showSelection() {
    $effect(() => {
      const point = this.#shown.selectedPoint;
      if (point < 0) return;
      untrack(() => {
        const { xs, ys } = this.#shown.projected;
        const target = zoomToShow(this.#frame(), this.zoom, [xs[point]!, ys[point]!]);
        if (target) this.controller.to(target);
      });
    });
  }
}
