// What choosing a marker does: one event is selected (or let go, when it was the selection), a group
// at one place lists its events, and a group of places is zoomed into (to fit its places when that
// zooms in well, else twice closer about the marker). Pure: the map acts on it.
import { membersOf, type Clusters } from './clusters.ts';
import type { MarkerView } from './map-markers.ts';
import { fitPoints, MAX_ZOOM, zoomAbout, type MapFrame, type MapZoom } from './projection.ts';

export type MarkerChoice =
  | { readonly kind: 'select'; readonly id: string | null }
  | { readonly kind: 'list'; readonly ids: readonly string[] }
  | { readonly kind: 'zoom'; readonly to: MapZoom };

export interface MarkerChoiceContext {
  /** The grouping the marker came from, and the points it indexes. */
  readonly clusters: Clusters;
  readonly events: readonly { readonly id: string }[];
  /** Every point, projected (base pixels). */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly frame: MapFrame;
  readonly zoom: MapZoom;
  readonly selectedId: string | null;
}

/** A fit to a group's places is taken only when it zooms in at least this much more; else the map zooms in twice about the marker. */
const FIT_GAIN = 1.5;

export function markerChoice(marker: Pick<MarkerView, 'm' | 'xPx' | 'yPx' | 'count' | 'onePlace'>, at: MarkerChoiceContext): MarkerChoice {
  const members = membersOf(at.clusters, marker.m);
  if (marker.count === 1) {
    const id = at.events[members[0]!]!.id;
    return { kind: 'select', id: at.selectedId === id ? null : id };
  }
  if (marker.onePlace) return { kind: 'list', ids: Array.from(members, (i) => at.events[i]!.id) };
  const fit = fitPoints(at.frame, at.xs, at.ys, { maxK: MAX_ZOOM, only: members });
  return { kind: 'zoom', to: fit.k > at.zoom.k * FIT_GAIN ? fit : zoomAbout(at.frame, at.zoom, 2, [marker.xPx, marker.yPx]) };
}
