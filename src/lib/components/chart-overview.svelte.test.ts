// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic.ts';
import { chartGeometry } from '../layout/chart-view.ts';
import type { Lane } from '../layout/lanes.ts';
import { NO_OVERVIEW, OVERVIEW } from '../layout/named-overview.ts';
import { prepareTimelineNow } from '../layout/prepare-timeline.ts';
import { buildGraph } from '../model/graph.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { checkEventGraph } from '../model/validate.ts';
import { makeAxisModel } from '../scale/axis-model.ts';
import { makeTimeScale, type TimeScale } from '../scale/time-scale.ts';
import { ChartOverview } from './chart-overview.svelte.ts';

function lanesOf(events: number): readonly Lane[] {
  const { data } = checkEventGraph(syntheticGraph(events));
  return prepareTimelineNow(buildGraph(data!)).lanes;
}

/** The axis, counting the events placed on it (each lane whose births are found places its candidates). */
function countingAxis(lanes: readonly Lane[], rightPx = 1300) {
  const scale = makeTimeScale([Math.min(...lanes.map((l) => l.startsMs[0]!)), Math.max(...lanes.map((l) => l.endsMs.at(-1)!))], 100, rightPx);
  const counter = { placed: 0 };
  const base = Object.assign((ms: number) => (counter.placed++, scale(ms)), scale) as unknown as TimeScale;
  return { base, counter };
}

const charPx = (c: string) => (c === ' ' ? 3 : 7);
const candidates = (lane: Lane) => Math.min(lane.events.length, OVERVIEW.maxCandidates);
const rows = new Map<string, number>();

describe('ChartOverview', () => {
  it('after an edit, finds births only for the lanes built anew, the same as found from scratch', () => {
    const lanes = lanesOf(3_000);
    const { base, counter } = countingAxis(lanes);
    const overview = new ChartOverview(charPx);
    const before = overview.births(lanes, base, rows);
    expect(counter.placed).toBe(lanes.reduce((n, l) => n + candidates(l), 0));

    // The same lanes again (every zoom step's layout): nothing found again, the very same answer.
    counter.placed = 0;
    expect(overview.births(lanes, base, rows)).toBe(before);
    expect(counter.placed).toBe(0);

    // An edit rebuilt one lane: only its births are found, the others are the very same.
    const edited = lanes.map((l, i) => (i === 2 ? { ...l } : l));
    const after = overview.births(edited, base, rows);
    expect(counter.placed).toBe(candidates(lanes[2]!));
    for (const [i, lane] of lanes.entries()) if (i !== 2) expect(after.get(lane.id)).toBe(before.get(lane.id));
    // As found from scratch (other lanes, the same events; another scale with the same values).
    const scratch = new ChartOverview(charPx).births(lanesOf(3_000), countingAxis(lanes).base, rows);
    expect(after).toEqual(scratch);
    expect([...after.keys()]).toEqual([...scratch.keys()]);

    // Another axis: found again; other rows of labels in one lane: that lane only.
    const wider = countingAxis(lanes, 1500);
    expect(overview.births(edited, wider.base, rows).size).toBe(lanes.length);
    expect(wider.counter.placed).toBe(lanes.reduce((n, l) => n + candidates(l), 0));
    wider.counter.placed = 0;
    overview.births(edited, wider.base, new Map([[lanes[0]!.id, 1]]));
    expect(wider.counter.placed).toBe(candidates(lanes[0]!));
  });

  it('a chronology too large to name at once is named in steps; after an edit, at once', async () => {
    const lanes = lanesOf(8_000);
    const { base } = countingAxis(lanes);
    const overview = new ChartOverview(charPx);
    expect(overview.births(lanes, base, rows)).toBe(NO_OVERVIEW);
    overview.update(lanes, base, rows);
    for (let i = 0; i < 500 && overview.births(lanes, base, rows).size === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(overview.births(lanes, base, rows).size).toBe(lanes.length);
    const edited = lanes.map((l, i) => (i === 0 ? { ...l } : l));
    overview.update(edited, base, rows);
    // In the same task: the edit is redrawn once, with its names.
    expect(overview.births(edited, base, rows).size).toBe(lanes.length);
  });
});

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
