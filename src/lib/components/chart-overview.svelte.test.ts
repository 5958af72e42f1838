// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic.ts';
import type { Lane } from '../layout/lanes.ts';
import { OVERVIEW } from '../layout/named-overview.ts';
import { prepareTimelineNow } from '../layout/prepare-timeline.ts';
import { buildGraph } from '../model/graph.ts';
import { checkEventGraph } from '../model/validate.ts';
import { makeTimeScale, type TimeScale } from '../scale/time-scale.ts';
import { ChartOverview } from './chart-overview.svelte.ts';

function lanesOf(events: number): readonly Lane[] {
  const { data } = checkEventGraph(syntheticGraph(events));
  return prepareTimelineNow(buildGraph(data!)).lanes;
}

/** The axis, counting the events placed on it (each lane whose births are found places its candidates). */
function countingAxis(lanes: readonly Lane[]) {
  const scale = makeTimeScale([Math.min(...lanes.map((l) => l.startsMs[0]!)), Math.max(...lanes.map((l) => l.endsMs.at(-1)!))], 100, 1300);
  const counter = { placed: 0 };
  const base = Object.assign((ms: number) => (counter.placed++, scale(ms)), scale) as unknown as TimeScale;
  return { base, counter };
}

const charPx = (c: string) => (c === ' ' ? 3 : 7);
const candidates = (lane: Lane) => Math.min(lane.events.length, OVERVIEW.maxCandidates);
const rows = new Map<string, number>();

async function settled(overview: ChartOverview) {
  for (let i = 0; i < 500 && overview.lanes.size === 0; i++) await new Promise((r) => setTimeout(r, 5));
}

describe('ChartOverview', () => {
  it('after an edit, finds births only for the lanes built anew, the same as found from scratch', () => {
    const lanes = lanesOf(3_000);
    const { base, counter } = countingAxis(lanes);
    const overview = new ChartOverview(charPx);
    overview.update(lanes, base, rows);
    expect(counter.placed).toBe(lanes.reduce((n, l) => n + candidates(l), 0));
    const before = overview.lanes;

    // The same lanes again (a redraw that changed nothing): nothing found again, the same births.
    counter.placed = 0;
    overview.update(lanes, base, rows);
    expect(counter.placed).toBe(0);
    expect(overview.lanes).toBe(before);

    // An edit rebuilt one lane: only its births are found, the others are the very same.
    const edited = lanes.map((l, i) => (i === 2 ? { ...l } : l));
    counter.placed = 0;
    overview.update(edited, base, rows);
    expect(counter.placed).toBe(candidates(lanes[2]!));
    for (const [i, lane] of lanes.entries()) if (i !== 2) expect(overview.lanes.get(lane.id)).toBe(before.get(lane.id));
    const fresh = new ChartOverview(charPx);
    fresh.update(edited, base, rows);
    expect(overview.lanes).toEqual(fresh.lanes);
    expect([...overview.lanes.keys()]).toEqual([...fresh.lanes.keys()]);

    // Another axis or other rows of labels: found again.
    counter.placed = 0;
    overview.update(edited, countingAxis(lanes).base, rows);
    expect(overview.lanes.size).toBe(lanes.length);
    const fewer = new Map([[lanes[0]!.id, 1]]);
    const again = countingAxis(lanes);
    overview.update(edited, again.base, rows);
    again.counter.placed = 0;
    overview.update(edited, again.base, fewer);
    expect(again.counter.placed).toBe(candidates(lanes[0]!));
  });

  it('names at once after an edit of a chronology too large to name at once', async () => {
    const lanes = lanesOf(8_000);
    const { base } = countingAxis(lanes);
    const overview = new ChartOverview(charPx);
    overview.update(lanes, base, rows);
    expect(overview.lanes.size).toBe(0);
    await settled(overview);
    expect(overview.lanes.size).toBe(lanes.length);
    const edited = lanes.map((l, i) => (i === 0 ? { ...l } : l));
    overview.update(edited, base, rows);
    // In the same task: the edit is redrawn once, with its names.
    expect(overview.lanes.size).toBe(lanes.length);
  });
});
