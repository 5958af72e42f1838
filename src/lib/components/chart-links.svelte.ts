// The chart's links and what it highlights, derived from the graph and the view: the edge index,
// the links that may be drawn (types the reader hid left out) with their spans in time, and the
// events and links highlighted (the search's matches, the chosen source's events, or the selected
// event's chain). Shared by the SVG's link layer and the canvas while zooming.
import { whenIdle } from '../data/yield-to-page.ts';
import { linkSpans, type LinkSpans } from '../layout/link-routes.ts';
import { laneSpan } from '../layout/lanes.ts';
import type { PreparedTimeline } from '../layout/prepare-timeline.ts';
import { distinctEdges, indexEdges, type EdgeIndex, type GraphEdge } from '../model/chains.ts';
import type { EventGraph } from '../model/graph.ts';
import { highlightFor, type Highlight } from '../model/highlight.ts';
import type { ViewState } from '../state/view-state.svelte.ts';

export interface ChartLinkSources {
  readonly graph: EventGraph;
  readonly prepared: PreparedTimeline;
  /** Events matching the search, highlighted while there is one. */
  readonly matches: ReadonlySet<string> | null;
  /** When filters dim rather than hide: the events they keep. */
  readonly dimmedOut: ReadonlySet<string> | null;
}

const NO_LINKS: ReadonlySet<string> = new Set();
const byKey = (edges: readonly GraphEdge[]): ReadonlyMap<string, GraphEdge> => new Map(edges.map((e) => [e.key, e]));

export class ChartLinks {
  readonly edges: EdgeIndex;
  readonly edgeByKey: ReadonlyMap<string, GraphEdge>;
  /** The links that may be drawn (types the reader hid left out), and their spans in time. */
  readonly drawable: readonly GraphEdge[];
  readonly spans: LinkSpans;
  readonly highlight: Highlight | null;
  readonly #from: () => ChartLinkSources;

  constructor(view: ViewState, from: () => ChartLinkSources) {
    this.#from = from;
    this.edges = $derived(indexEdges(from().graph));
    this.edgeByKey = $derived(byKey(this.edges.edges));
    // With no type hidden, the links prepared with the lanes (in steps): the first drawing makes none.
    const ready = () => (view.hiddenLinkTypes.size === 0 ? from().prepared.links : undefined);
    this.drawable = $derived(ready()?.drawable ?? distinctEdges(this.edges, view.hiddenLinkTypes));
    this.spans = $derived(
      ready()?.drawable === this.drawable ? ready()!.spans : linkSpans(this.drawable, (id) => laneSpan(from().prepared.laneOf.get(id)?.event)),
    );
    this.highlight = $derived.by(() => {
      const sources = view.panel === 'sources' ? view.sourceId : null;
      const { graph, matches } = from();
      if (matches && !sources) return { eventIds: matches, edgeKeys: NO_LINKS };
      return highlightFor(graph, this.edges, {
        selectedId: view.selectedId,
        direction: view.chainDirection,
        steps: view.chainSteps,
        sourceId: sources,
        actorId: view.actorId,
      });
    });
  }

  /** Faded: outside what is highlighted, or left out by filters that dim. */
  isDimmed = (id: string): boolean => {
    const dimmedOut = this.#from().dimmedOut;
    return (this.highlight !== null && !this.highlight.eventIds.has(id)) || (dimmedOut !== null && !dimmedOut.has(id));
  };

  /** Builds what a zoom reaches for (links by key and by event) while the page is idle, not in the zoom's first frame. Call in an effect. */
  warmUp(): () => void {
    const spans = this.spans;
    return whenIdle(() => void (this.edgeByKey.size, spans.touching('')), 2000);
  }
}
