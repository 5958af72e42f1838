// Where each event is drawn from: its lane (by index) and its entry in that lane, for the links that
// join marks and the lanes that hold the selection. Kept as the entries by event id alone; the lane's
// index is found from the event (its first actor's lane), so that a million events cost no object
// each here and a lane that moves after an edit moves its events with it. Pure.
import { ShardedMap } from '../model/sharded-map.ts';
import { laneIdOf, type Lane, type LaneEvent } from './lanes.ts';

export interface LanePlace {
  readonly lane: number;
  readonly event: LaneEvent;
}

export class LanePlaces {
  readonly #entries: ReadonlyMap<string, LaneEvent>;
  readonly #indexOf: ReadonlyMap<string, number>;

  /** `entries`: every lane's events by event id. */
  constructor(lanes: readonly Lane[], entries: ReadonlyMap<string, LaneEvent>) {
    this.#entries = entries;
    this.#indexOf = new Map(lanes.map((lane, index) => [lane.id, index]));
  }

  get(eventId: string): LanePlace | undefined {
    const event = this.#entries.get(eventId);
    const lane = event && this.#indexOf.get(laneIdOf(event.event));
    return event && lane !== undefined ? { lane, event } : undefined;
  }

  /** The lanes' events by event id (the next places are made from these after an edit). */
  get entries(): ReadonlyMap<string, LaneEvent> {
    return this.#entries;
  }
}

/** Entries one step of lanePlacesSteps files: a millisecond or two of work. */
const STEP_ENTRIES = 8192;

/** The places of the lanes' events, in steps (sharded: one Map of a million ids rehashes half a million entries at once as it grows). */
export function* lanePlacesSteps(lanes: readonly Lane[]): Generator<void, LanePlaces, void> {
  const entries = new ShardedMap<LaneEvent>();
  let filed = 0;
  for (const { events } of lanes)
    for (const event of events) {
      if (++filed % STEP_ENTRIES === 0) yield;
      entries.set(event.event.id, event);
    }
  return new LanePlaces(lanes, entries);
}
