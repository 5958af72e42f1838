import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../layout/chart-view.ts';
import { NO_OVERVIEW } from '../layout/named-overview.ts';
import { prepareTimelineNow } from '../layout/prepare-timeline.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { makeAxisModel } from '../scale/axis-model.ts';
import { ChartOverview } from './chart-overview.svelte.ts';

/** One lane of `n` events a day apart (dense at the unzoomed scale: the overview names some of them). */
function denseLanes(n: number) {
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    title: `Event number ${i}`,
    start: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  }));
  return prepareTimelineNow(parseEventGraph(JSON.stringify({ version: 1, title: 'Dense', events })).graph);
}

describe('ChartOverview.births (a small chronology’s named overview, found when the layout asks)', () => {
  it('names events of a dense lane at once, so the first layout already has them (no second pass)', () => {
    const { lanes, covered } = denseLanes(400);
    const { gutterPx, rightPx } = chartGeometry(1400);
    const base = makeAxisModel(covered, gutterPx, rightPx, []).scale;
    const overview = new ChartOverview();
    const labelRows = new Map<string, number>();
    const births = overview.births(lanes, base, labelRows);
    expect(births).not.toBe(NO_OVERVIEW);
    expect(births.size).toBeGreaterThan(0);
    // Asked again for the same lanes, axis and rows (every zoom step's layout): the same answer, not found again.
    expect(overview.births(lanes, base, labelRows)).toBe(births);
    // The same axis made again (a new scale, the same values), as the work before a first drawing makes it: found once, whoever asked first.
    expect(new ChartOverview().births(lanes, makeAxisModel(covered, gutterPx, rightPx, []).scale, labelRows)).toBe(births);
    // Another axis: found anew.
    expect(overview.births(lanes, makeAxisModel(covered, gutterPx, rightPx - 200, []).scale, labelRows)).not.toBe(births);
  });
});
