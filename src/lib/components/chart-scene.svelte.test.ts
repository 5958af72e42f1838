// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic.ts';
import * as chartView from '../layout/chart-view.ts';
import { prepareTimelineNow } from '../layout/prepare-timeline.ts';
import { eventSpanMs } from '../model/graph.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { IDENTITY, visibleWindowMs, zoomedScale, type ZoomState } from '../scale/time-scale.ts';
import { ViewState } from '../state/view-state.svelte.ts';
import { ChartScene } from './chart-scene.svelte.ts';

describe('ChartScene.labelledAt (what a reveal zooms to)', () => {
  // 3,000 events in 12 lanes of ~250: bands at first, single events once zoomed in. The chart beside
  // the details panel at 1440 px (968 px wide), where CI once found the revealed event drawn unlabelled.
  const graph = parseEventGraph(JSON.stringify(syntheticGraph(3000))).graph;
  const prepared = prepareTimelineNow(graph);
  const geometry = chartView.chartGeometry(968);

  it('chooses a zoom at which the chart, laid out with its overscan and named overview, labels the event', () => {
    let revealed = 0;
    const cleanup = $effect.root(() => {
      const view = new ViewState();
      const scene = new ChartScene(view, () => ({ prepared, geometry, motion: { zooming: false, moving: false }, svg: undefined, focusedId: null, topPx: 36 }));
      const show = (zoom: ZoomState) => (view.windowMs = visibleWindowMs(zoomedScale(scene.base, zoom), geometry.gutterPx, geometry.rightPx));
      for (const index of [1234, 17, 480, 999, 1500, 2222, 2999]) {
        const event = graph.events[index]!;
        // From the whole chronology, and from a zoom that a reveal interrupted had reached.
        for (const from of [IDENTITY, { k: 3.7, x: -1200 }]) {
          view.windowMs = null;
          view.selectedId = event.id;
          if (from !== IDENTITY) show(from);
          const zoom = chartView.revealZoom(scene.base, scene.zoomNow, eventSpanMs(event), scene.labelledAt(event.id));
          show(zoom);
          const mark = scene.layout.marks.find((m) => m.laneEvent.event.id === event.id);
          expect(mark?.label?.text, `${event.id} at ×${zoom.k.toFixed(2)}`).toBeTruthy();
          revealed++;
        }
      }
    });
    cleanup();
    // (Svelte runs effect roots only in a DOM: this file's environment.)
    expect(revealed).toBe(14);
  });

  it('says of every zoom what the chart then draws', () => {
    const seen = new Set<boolean>();
    const cleanup = $effect.root(() => {
      const view = new ViewState();
      const scene = new ChartScene(view, () => ({ prepared, geometry, motion: { zooming: false, moving: false }, svg: undefined, focusedId: null, topPx: 36 }));
      const event = graph.events[1234]!;
      view.selectedId = event.id;
      const labelled = scene.labelledAt(event.id);
      const middlePx = scene.base((eventSpanMs(event).startMs + eventSpanMs(event).endMs) / 2);
      for (let k = 2; k < 40; k *= 1.05) {
        const zoom = { k, x: 544 - middlePx * k };
        view.windowMs = visibleWindowMs(zoomedScale(scene.base, zoom), geometry.gutterPx, geometry.rightPx);
        const drawn = Boolean(scene.layout.marks.find((m) => m.laneEvent.event.id === event.id)?.label);
        expect(labelled(scene.zoomNow), `×${k.toFixed(2)}`).toBe(drawn);
        seen.add(drawn);
      }
    });
    cleanup();
    // Zooms both too far out and far enough in were tried.
    expect([...seen].sort()).toEqual([false, true]);
  });
});
