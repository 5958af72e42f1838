import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/graph.ts';
import { applyOps } from '../model/draft/draft-ops.ts';
import { DraftChecker } from '../model/draft/draft-check.ts';
import { addItem, deleteItem, setField } from '../model/draft/draft-edits.ts';
import type { DraftFile } from '../model/draft/draft-ops.ts';
import smallGraph from '../model/small-graph.fixture.json';
import { prepareAfterEdit } from './prepare-edit.ts';
import { prepareTimeline, type PreparedTimeline } from './prepare-timeline.ts';

const noPause = async () => {};

async function both(doc: DraftFile, edit: (doc: DraftFile) => DraftFile) {
  const checker = new DraftChecker();
  const graph = buildGraph(checker.check(doc).data!);
  const timeline = await prepareTimeline(graph, noPause);
  const next = buildGraph(checker.check(edit(doc)).data!);
  return { previous: timeline, incremental: prepareAfterEdit({ graph, timeline }, next), full: await prepareTimeline(next, noPause) };
}

const doc = smallGraph as unknown as DraftFile;

describe('prepareAfterEdit', () => {
  it.each([
    ['a moved event', (d: DraftFile) => applyOps(d, setField('events', 0, 'start', '1990-01-01').ops).doc],
    ['an event moved to another lane', (d: DraftFile) => applyOps(d, setField('events', 0, 'actors', [(d.actors as { id: string }[]).at(-1)!.id]).ops).doc],
    ['a deleted event', (d: DraftFile) => applyOps(d, deleteItem(d, 'events', 1).ops).doc],
    ['a retitled event', (d: DraftFile) => applyOps(d, setField('events', 1, 'title', 'Another title').ops).doc],
    [
      'a new link',
      (d: DraftFile) =>
        applyOps(d, addItem(d, 'links', { from: (d.events as { id: string }[])[0]!.id, to: (d.events as { id: string }[])[1]!.id, type: 'causes' }).ops).doc,
    ],
  ])('prepares %s as a full preparation would', async (_what, edit) => {
    const { incremental, full } = await both(doc, edit);
    // The same lanes and places; a full preparation also makes the links' spans (the chart makes them after an edit).
    const places = (prepared: PreparedTimeline) =>
      new Map(
        prepared.lanes
          .flatMap((lane) => lane.events.map(({ event }) => [event.id, prepared.laneOf.get(event.id)] as const))
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    const comparable = (prepared: PreparedTimeline | null) => prepared && { ...prepared, laneOf: places(prepared), links: undefined };
    expect(comparable(incremental)).toEqual(comparable(full));
  });

  it('keeps the lanes an edit did not touch', async () => {
    const { previous, incremental } = await both(doc, (d) => applyOps(d, setField('events', 0, 'title', 'Renamed').ops).doc);
    const reused = incremental!.lanes.filter((lane) => previous.lanes.includes(lane));
    expect(reused.length).toBe(previous.lanes.length - 1);
  });
});
