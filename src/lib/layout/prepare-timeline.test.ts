import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEventGraph } from '../model/json-file.ts';
import { assignLanes } from './lanes.ts';
import { prepareTimeline, prepareTimelineNow } from './prepare-timeline.ts';

describe('prepareTimeline', () => {
  it('gives the same lanes as assignLanes, pausing between steps', async () => {
    const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
    let pauses = 0;
    const prepared = await prepareTimeline(graph, async () => void pauses++);
    expect(prepared.lanes).toEqual(assignLanes(graph));
    expect(prepared.covered.reduce((n, c) => n + c.count, 0)).toBe(graph.events.length);
    // A year between Vilnius and Washington, and six months between Washington and January 2025.
    expect(prepared.gaps).toHaveLength(2);
    // A pause after the intervals, after grouping and between lanes, at the end of each lane's steps, and before each lane's map entries.
    expect(pauses).toBeGreaterThanOrEqual(1 + 2 * prepared.lanes.length);
    expect(prepared.laneOf.get('bucharest-summit')!.event.event.id).toBe('bucharest-summit');
  });

  it('prepares the same at once, without a pause (a small graph, the server, a drawn page taken over)', async () => {
    const { graph } = parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8'));
    const [now, stepped] = [prepareTimelineNow(graph), await prepareTimeline(graph, async () => {})];
    // The same axis and lanes; the stepped one also brings the links it made ahead (the chart makes them otherwise).
    expect({ covered: now.covered, gaps: now.gaps, lanes: now.lanes }).toEqual({ covered: stepped.covered, gaps: stepped.gaps, lanes: stepped.lanes });
    for (const event of graph.events) expect(now.laneOf.get(event.id), event.id).toEqual(stepped.laneOf.get(event.id));
  });
});
