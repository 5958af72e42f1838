// The offline world outline (geo/world.ts), loaded once the map is shown, as SVG paths for a
// projection; or, when it cannot be loaded, that said (the events are placed all the same). Make it
// while a component is set up.
import { onMount } from 'svelte';
import { geoPath, type GeoProjection } from 'd3-geo';
import { loadWorld, type World } from '../geo/world.ts';

export class WorldOutline {
  #world = $state.raw<World | null>(null);
  failed = $state(false);

  constructor() {
    onMount(() => {
      loadWorld().then(
        (w) => (this.#world = w),
        () => (this.failed = true),
      );
    });
  }

  /** Land and borders as path data for this projection; null until the outline is loaded. */
  paths(projection: GeoProjection): { land: string; borders: string } | null {
    if (!this.#world) return null;
    const path = geoPath(projection);
    return { land: path(this.#world.land) ?? '', borders: path(this.#world.borders) ?? '' };
  }
}
