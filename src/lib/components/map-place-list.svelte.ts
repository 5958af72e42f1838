// The list of a place's events, opened beside its marker (a group of events at one place): focus
// moves into it when it opens and back to its marker when it closes; it belongs to the grouping it
// was opened from, so a zoom to another level, another window or filter closes it. Make it while a
// component is set up.
import { tick, untrack } from 'svelte';
import type { Clusters } from '../geo/clusters.ts';

export interface PlaceList {
  /** The marker it was opened from. */
  readonly m: number;
  readonly xPx: number;
  readonly yPx: number;
  readonly ids: readonly string[];
  readonly place: string;
  readonly clusters: Clusters;
}

export class MapPlaceList {
  current = $state.raw<PlaceList | null>(null);
  /** The list's element (bound by the component). */
  element: HTMLElement | undefined = $state();
  readonly #marker: (m: number) => SVGElement | null | undefined;

  constructor(clusters: () => Clusters, marker: (m: number) => SVGElement | null | undefined) {
    this.#marker = marker;
    $effect(() => {
      const now = clusters();
      untrack(() => {
        if (this.current && this.current.clusters !== now) this.current = null;
      });
    });
  }

  open(list: PlaceList) {
    this.current = list;
    void tick().then(() => this.element?.querySelector('button')?.focus());
  }

  /** Closed by the reader: focus goes back to its marker. */
  close() {
    const m = this.current?.m;
    this.current = null;
    if (m !== undefined) void tick().then(() => this.#marker(m)?.focus());
  }
}
