// One check of a live story: ask for the file again (conditionally, live-fetch.ts), and either keep
// the version shown (unchanged, or a new version that cannot be read: the reader keeps the last good
// chronology, with a note), or show the new one with what it changed flagged. Never throws for the
// data: a bad new version never replaces a good one. Only an abort (the source changed) is thrown.
import { diffEventSteps } from '../model/live-diff.ts';
import type { EventGraph } from '../model/graph.ts';
import type { EventChanges } from '../model/live-diff.ts';
import { EventGraphError, type Problem } from '../model/problems.ts';
import type { DatasetSource } from './dataset-source.ts';
import { refetchDataset, UNCHANGED, type LoadedDataset, type LoadOptions } from './load-dataset.ts';
import { yieldToPage } from './yield-to-page.ts';

/** What hears the outcome of each check (LiveState in state/, which this folder may not import). */
export interface LiveReceiver {
  /** Whether the story is live at all, and its interval and the wait before the next check (longer after failures). */
  readonly active: boolean;
  readonly intervalMs: number | null;
  delayMs(): number | false;
  /** A first load: nothing has changed since the page opened it. */
  opened(): void;
  unchanged(): void;
  updated(changes: EventChanges, after: Pick<EventGraph, 'eventById'>): void;
  failed(problems: readonly Problem[], summary: string): void;
}

export async function refreshLive(
  previous: LoadedDataset,
  source: DatasetSource,
  live: Pick<LiveReceiver, 'unchanged' | 'updated' | 'failed'>,
  options: Pick<LoadOptions, 'signal' | 'pageUrl' | 'fetch' | 'startWorker'>,
): Promise<LoadedDataset> {
  let next: LoadedDataset | typeof UNCHANGED;
  try {
    next = await refetchDataset(source, previous.validators ?? {}, options);
  } catch (error) {
    if (!(error instanceof EventGraphError)) throw error;
    live.failed(error.problems, error.message);
    return previous;
  }
  if (next === UNCHANGED) {
    live.unchanged();
    return previous;
  }
  // Compared in steps with a yield between them, so a large chronology never holds the page.
  const steps = diffEventSteps(previous.graph, next.graph);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      live.updated(step.value, next.graph);
      return next;
    }
    await yieldToPage();
    options.signal?.throwIfAborted();
  }
}
