// The messages between the page and the parse worker (parse.worker.ts): a file's bytes go in as read,
// in chunks, transferred, or (for a `?src=` address) only the address, which the worker fetches so
// that the page never receives the body; reading progress, then the stages come out as they start,
// then the checked data in slices of JSON text (so that no one message takes long to receive on the
// page) or every problem found.
import type { Problem } from '../model/problems.ts';
import type { EventGraphData } from '../model/schema.ts';
import type { EventSlice } from './event-columns.ts';
import type { LiveAsk, Validators } from './live-fetch.ts';

/** Where a load has got to: reading the bytes (in the worker for an address, when there is one), then the steps after. */
export type LoadStage = 'reading' | 'decoding' | 'parsing' | 'checking' | 'indexing';

/** Parse a body the page has read (a local file). */
export interface ParseBytesRequest {
  readonly type: 'parse';
  /** The whole file in the chunks it was read in, their buffers transferred (the page keeps no copy). */
  readonly chunks: readonly Uint8Array[];
  /** Names the file in problems: its name or `?src=`. */
  readonly where: string;
}

/** Fetch an address, with fetchBody's checks and messages, then parse what it gave. */
export interface FetchRequest {
  readonly type: 'fetch';
  /** An http(s) address, already resolved against the page (dataset-source.ts). */
  readonly href: string;
  readonly where: string;
  /** The size cap, enforced while streaming (MAX_BYTES when not given). */
  readonly maxBytes?: number;
  /** The page's own URL, to tell another origin from the page's in messages (CORS). */
  readonly pageUrl?: string;
  /** A live story (live-fetch.ts): asked afresh each time, and with `since`, only for a newer version. */
  readonly live?: LiveAsk;
}

export type ParseRequest = ParseBytesRequest | FetchRequest;

/**
 * The page has taken the last SLICE_WINDOW slices: send more. Slices are sent a window at a time, so
 * that the page has idle moments between them to collect its garbage in small steps: a million
 * events sent at once left it pauses of 300 ms and more to collect them in.
 */
export interface MoreRequest {
  readonly type: 'more';
}

/** Slices sent before the worker waits for the page to ask for more. */
export const SLICE_WINDOW = 8;

/** The file's lists, each sent in slices (10,000 eras in the head were one 120 ms message to receive). */
export const COLLECTIONS = ['actors', 'sources', 'events', 'quotes', 'links', 'story', 'eras'] as const;
export type Collection = (typeof COLLECTIONS)[number];
/** Lists a file may leave out: then they are absent from the data, not empty. */
export type OptionalCollection = 'story' | 'eras';

/** Everything in a file but its lists: title, description, language, version. */
export type GraphHead = Omit<EventGraphData, Collection>;

/** Some of a list's items, checked, written as a JSON array; events come as columns instead (EventSlice). */
export interface GraphSlice {
  readonly type: 'slice';
  readonly collection: Exclude<Collection, 'events'>;
  readonly json: string;
}

export type { EventSlice };

/** Replies that carry data, counted for SLICE_WINDOW. */
export const isSlice = (reply: ParseReply): reply is GraphSlice | EventSlice => reply.type === 'slice' || reply.type === 'event-slice';

/** What to transfer with a reply rather than copy: an event slice's columns. */
export const transferOf = (reply: ParseReply): Transferable[] => (reply.type === 'event-slice' ? [reply.columns.buffer] : []);

export type ParseReply =
  /** The worker has started and can take a file. */
  | { readonly type: 'ready' }
  /** Bytes of a fetched body received so far, and its size when known (once all is read, the size it turned out to be). */
  | { readonly type: 'reading'; readonly loadedBytes: number; readonly totalBytes: number | null }
  /** A fetched body is all read: the address it came from, after any redirects (response.url). */
  | { readonly type: 'fetched'; readonly url: string; /** Live: the version's validators and its digest. */ readonly validators?: Validators }
  /** A live re-fetch found the version the page already has (a 304, the same validators or the same bytes): nothing follows. */
  | { readonly type: 'unchanged' }
  | { readonly type: 'stage'; readonly stage: Exclude<LoadStage, 'reading'> }
  /** The file is good: its head, how many items each slice will add up to, and its warnings. Events come in time order. */
  | {
      readonly type: 'head';
      readonly head: GraphHead;
      readonly counts: Readonly<Record<Collection, number>>;
      /** The optional lists the file leaves out. */
      readonly absent: readonly OptionalCollection[];
      /** Each with its kind worked out (problem-groups.ts), so that the page groups many without a long task. */
      readonly warnings: readonly Problem[];
    }
  | GraphSlice
  | EventSlice
  /**
   * Some of the problems of the `head` or `problems` reply that follows, as JSON text: 100,000 problems
   * in one message took the page hundreds of milliseconds to receive.
   */
  | { readonly type: 'problem-slice'; readonly json: string }
  | { readonly type: 'done' }
  /** The file cannot be shown: every problem (each with its kind worked out), and the error's one-line summary. */
  | {
      readonly type: 'problems';
      readonly problems: readonly Problem[];
      readonly summary: string;
      /** The problems (those in slices, then these) grouped: the position of each in its group (problem-groups.ts). */
      readonly groups?: readonly (readonly number[])[];
    };

/**
 * Events per slice (event-columns.ts): the page builds 2,000 events from their columns in a few
 * milliseconds, with little for the collector.
 */
export const EVENT_SLICE_ITEMS = 2_000;

/**
 * Items per slice of the other lists. The page parses 500 events (~90 kB of JSON) in a few milliseconds; 5,000 in one
 * message sometimes took over 200 ms with the garbage collection they caused, on a busy 2-core machine,
 * and 1,000 took 52–58 ms at times near the end of a million (the collector's incremental marking
 * steps run in the task that allocates). JSON text is used rather than structured clones of the
 * objects: it cost the page ~25% less time.
 */
export const SLICE_ITEMS = 500;

/** Problems per problem slice: a few milliseconds of JSON to read on the page. */
export const PROBLEM_SLICE_ITEMS = 2_000;
