// The messages between the page and the parse worker (parse.worker.ts): the file's bytes go in as
// read, in chunks, transferred; the stages come out as they start, then the checked data in slices of JSON text (so
// that no one message takes long to receive on the page) or every problem found.
import type { Problem } from '../model/problems.ts';
import type { EventGraphData } from '../model/schema.ts';

/** Where a load has got to: reading the bytes on the page, then the steps after (in a worker when there is one). */
export type LoadStage = 'reading' | 'decoding' | 'parsing' | 'checking' | 'indexing';

export interface ParseRequest {
  /** The whole file in the chunks it was read in, their buffers transferred (the page keeps no copy). */
  readonly chunks: readonly Uint8Array[];
  /** Names the file in problems: its name or `?src=`. */
  readonly where: string;
}

export const COLLECTIONS = ['actors', 'sources', 'events', 'quotes', 'links'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Everything in a file but its lists: title, description, language, version. */
export type GraphHead = Omit<EventGraphData, Collection>;

/** Some of a list's items, checked, written as a JSON array. */
export interface GraphSlice {
  readonly type: 'slice';
  readonly collection: Collection;
  readonly json: string;
}

export type ParseReply =
  /** The worker has started and can take a file. */
  | { readonly type: 'ready' }
  | { readonly type: 'stage'; readonly stage: Exclude<LoadStage, 'reading'> }
  /** The file is good: its head, how many items each slice will add up to, and its warnings. Events come in time order. */
  | { readonly type: 'head'; readonly head: GraphHead; readonly counts: Readonly<Record<Collection, number>>; readonly warnings: readonly Problem[] }
  | GraphSlice
  | { readonly type: 'done' }
  /** The file cannot be shown: every problem, and the error's one-line summary. */
  | { readonly type: 'problems'; readonly problems: readonly Problem[]; readonly summary: string };

/**
 * Items per slice. The page parses 1,000 events (~180 kB of JSON) in a few milliseconds; 5,000 in one
 * message sometimes took over 200 ms with the garbage collection they caused, on a busy 2-core machine.
 * JSON text is used rather than structured clones of the objects: it cost the page ~25% less time.
 */
export const SLICE_ITEMS = 1_000;
