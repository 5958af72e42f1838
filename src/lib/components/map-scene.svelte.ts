// What the map shows, derived from the graph and the view: the placed events projected for the
// map's size, those in the timeline's window (once the window rests), grouped for the zoom (regrouped
// only when the level changes or the view leaves the grouped region), the markers on screen with
// their colours, dimming and selection. The component draws it; nothing here touches the DOM.
import { clusterLevel, clusterPoints, markerOf, membersOf, type Clusters, type Region } from '../geo/clusters.ts';
import { markersOnScreen } from '../geo/map-markers.ts';
import { pointsInWindow, type MapPoints } from '../geo/map-points.ts';
import { makeMapFrame, projectAll, type MapFrame, type MapZoom } from '../geo/projection.ts';
import type { MapFrameMarker } from '../dom/draw-map-frame.ts';
import { legibleOn } from '../layout/colors.ts';
import { indexEdges } from '../model/chains.ts';
import type { EventGraph } from '../model/graph.ts';
import { highlightFor } from '../model/highlight.ts';
import type { WindowMs } from '../model/in-view.ts';
import type { ViewState } from '../state/view-state.svelte.ts';

export interface MapSources {
  readonly graph: EventGraph;
  /** The graph's placed events (prepared in steps by the component). */
  readonly points: MapPoints;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly zoom: MapZoom;
  /** A gesture is under way: the markers keep their grouping until it ends (regrouping waits for rest). */
  readonly moving: boolean;
  /** The first zoom (fitted to the events) is set: nothing is grouped before, to group once, not twice. */
  readonly fitted: boolean;
  /** The timeline's window, once it rests. */
  readonly windowMs: WindowMs | null;
  readonly dimmedOut: ReadonlySet<string> | null;
  readonly matches: ReadonlySet<string> | null;
  readonly dark: boolean;
}

interface Grouped {
  readonly clusters: Clusters;
  readonly level: number;
  readonly region: Region | null;
  readonly active: Int32Array | null;
  readonly xs: Float64Array;
}

const NOTHING: Clusters = clusterPoints({ xs: new Float64Array(0), ys: new Float64Array(0), active: null, level: 0 });

/** Actor colours as drawn: shifted only as far as needed to stay legible (3:1) on this theme's surface. */
const actorColors = (graph: Pick<EventGraph, 'actors'>, dark: boolean): ReadonlyMap<string, string | null> =>
  new Map(graph.actors.map((a) => [a.id, a.color ? legibleOn(a.color, dark ? '#1c1f23' : '#ffffff') : null]));

/** The region grouped around the view: three screens each way, or everything when zoomed out. */
function regionAround(frame: MapFrame, zoom: MapZoom): Region | null {
  if (zoom.k <= 4) return null;
  const { widthPx: w, heightPx: h } = frame;
  return [(-w - zoom.x) / zoom.k, (-h - zoom.y) / zoom.k, (2 * w - zoom.x) / zoom.k, (2 * h - zoom.y) / zoom.k];
}

/** The view, in base pixels, lies within the region. */
const holds = (region: Region, frame: MapFrame, zoom: MapZoom) =>
  -zoom.x / zoom.k >= region[0] &&
  -zoom.y / zoom.k >= region[1] &&
  (frame.widthPx - zoom.x) / zoom.k <= region[2] &&
  (frame.heightPx - zoom.y) / zoom.k <= region[3];

export class MapScene {
  readonly frame: MapFrame;
  readonly points: MapPoints;
  readonly projected: { xs: Float64Array; ys: Float64Array };
  readonly active: Int32Array | null;
  readonly clusters: Clusters;
  /** Per point, 1 when it is highlighted or kept (null: nothing is dimmed). */
  readonly lit: Uint8Array | null;
  readonly selectedPoint: number;
  readonly markers: readonly MapFrameMarker[];
  #grouped: Grouped | null = null;

  /** `sources` is read property by property (give it getters), so each derivation follows only what it reads. */
  constructor(view: ViewState, sources: MapSources) {
    const from = () => sources;
    this.frame = $derived(makeMapFrame(from().widthPx, from().heightPx));
    this.points = $derived(from().points);
    this.projected = $derived(projectAll(this.frame, this.points.lonLats));
    this.active = $derived(pointsInWindow(this.points, from().windowMs));
    this.clusters = $derived.by(() => {
      const { zoom, moving, fitted } = from();
      if (!fitted) return NOTHING;
      const level = clusterLevel(zoom.k);
      const { xs, ys } = this.projected;
      const active = this.active;
      const was = this.#grouped;
      if (moving && was && was.active === active && was.xs === xs) return was.clusters;
      if (was && was.level === level && was.active === active && was.xs === xs && (was.region === null ? zoom.k <= 4 : holds(was.region, this.frame, zoom)))
        return was.clusters;
      const region = regionAround(this.frame, zoom);
      const clusters = clusterPoints({ xs, ys, active, level, region });
      this.#grouped = { clusters, level, region, active, xs };
      return clusters;
    });
    this.lit = $derived.by(() => {
      const { graph, dimmedOut, matches } = from();
      const sources = view.panel === 'sources' ? view.sourceId : null;
      const highlight =
        matches && !sources
          ? { eventIds: matches }
          : highlightFor(graph, indexEdges(graph), {
              selectedId: view.selectedId,
              direction: view.chainDirection,
              steps: view.chainSteps,
              sourceId: sources,
              actorId: view.actorId,
            });
      if (!highlight && !dimmedOut) return null;
      const lit = new Uint8Array(this.points.events.length);
      this.points.events.forEach((e, i) => {
        if ((!highlight || highlight.eventIds.has(e.id)) && (!dimmedOut || dimmedOut.has(e.id))) lit[i] = 1;
      });
      return lit;
    });
    this.selectedPoint = $derived(view.selectedId ? (this.points.indexById.get(view.selectedId) ?? -1) : -1);
    const colors = $derived.by(() => {
      const { graph, dark } = from();
      return actorColors(graph, dark);
    });
    // Per group, worked out once per grouping (not per frame): its colour, and whether any of it is lit.
    const style = $derived.by(() => {
      const clusters = this.clusters;
      const lit = this.lit;
      const color: (string | null)[] = [];
      const anyLit = new Uint8Array(clusters.count);
      for (let m = 0; m < clusters.count; m++) {
        const members = membersOf(clusters, m);
        const actor = this.points.events[members[0]!]!.actors?.[0];
        const oneActor = members.length <= 200 && members.every((i) => this.points.events[i]!.actors?.[0] === actor);
        color.push(oneActor && actor ? (colors.get(actor) ?? null) : null);
        if (lit) anyLit[m] = members.some((i) => lit[i] === 1) ? 1 : 0;
      }
      return { color, anyLit: lit ? anyLit : null };
    });
    // Once per grouping and selection, not per frame.
    const selectedMarker = $derived(this.selectedPoint >= 0 ? markerOf(this.clusters, this.selectedPoint) : -1);
    this.markers = $derived.by(() => {
      const { zoom, widthPx, heightPx } = from();
      const clusters = this.clusters;
      const { color, anyLit } = style;
      return markersOnScreen(clusters, zoom, widthPx, heightPx).map((mk) => ({
        ...mk,
        color: color[mk.m] ?? null,
        dimmed: anyLit !== null && anyLit[mk.m] === 0,
        selected: mk.m === selectedMarker,
      }));
    });
  }
}
