// The events the map can place, worked out for each graph in steps (a pass over every event: 100,000
// take a while), with the page answering between them. Make it while a component is set up.
import { yieldEvery, yieldToPage } from '../data/yield-to-page.ts';
import { mapPoints, mapPointsSteps, type MapPoints } from '../geo/map-points.ts';
import type { EventGraph } from '../model/graph.ts';

const NO_POINTS = mapPoints({ events: [], placeById: new Map() });

export class MapPointsLoader {
  #prepared = $state.raw<{ graph: EventGraph; points: MapPoints } | null>(null);
  readonly #graph: () => EventGraph;

  constructor(graph: () => EventGraph) {
    this.#graph = graph;
    $effect(() => {
      const current = graph();
      let live = true;
      void (async () => {
        const steps = mapPointsSteps(current);
        const checkpoint = yieldEvery(30);
        for (;;) {
          const step = steps.next();
          if (!live) return;
          if (step.done) {
            await yieldToPage();
            if (live) this.#prepared = { graph: current, points: step.value };
            return;
          }
          await checkpoint();
        }
      })();
      return () => {
        live = false;
      };
    });
  }

  /** The points of the graph shown are ready. */
  get ready(): boolean {
    return this.#prepared?.graph === this.#graph();
  }

  /** The graph's points, or none until they are ready (never another graph's). */
  get points(): MapPoints {
    return this.ready ? this.#prepared!.points : NO_POINTS;
  }
}
