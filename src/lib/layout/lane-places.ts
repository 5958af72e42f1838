// Where each event is drawn from: its lane (by index) and its entry in that lane, for the links that
// join marks and the lanes that hold the selection. Nothing is filed per event: the lane is found from
// the event (its first actor's lane) and the entry by its start among the lane's, which are in time
// order. A map of a million ids cost a third of a second to fill on the first drawing and ~40 MB of
// heap, and a copy on every edit. A lane that moves after an edit moves its events with it. Pure.
import { bisectLeft } from 'd3-array';
import type { TimelineEvent } from '../model/schema.ts';
import { laneIdOf, type Lane, type LaneEvent } from './lanes.ts';

export interface LanePlace {
  readonly lane: number;
  readonly event: LaneEvent;
}

export class LanePlaces {
  readonly #indexOf: ReadonlyMap<string, number>;

  /** `lanes`: every event of the graph's, each lane's in time order (as the graph's); `eventById`: the graph's. */
  constructor(
    private readonly lanes: readonly Lane[],
    private readonly eventById: ReadonlyMap<string, TimelineEvent>,
  ) {
    this.#indexOf = new Map(lanes.map((lane, index) => [lane.id, index]));
  }

  get(eventId: string): LanePlace | undefined {
    const event = this.eventById.get(eventId);
    const lane = event && this.#indexOf.get(laneIdOf(event));
    if (lane === undefined) return undefined;
    const { events, startsMs } = this.lanes[lane]!;
    const startMs = event!.start.startMs;
    // Events that start together (a million events name a few thousand days) are told apart by identity.
    for (let i = bisectLeft(startsMs, startMs); i < events.length && startsMs[i] === startMs; i++)
      if (events[i]!.event === event) return { lane, event: events[i]! };
    return undefined;
  }
}
