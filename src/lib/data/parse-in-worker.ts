// Parses, checks and indexes a file's bytes without long tasks on the page: in the parse worker when
// the browser can start one (else on the page: Node, or a sandbox that refuses workers). A `?src=`
// address is fetched by the worker too, so that the page never receives the body. Reports reading
// and each stage, receives the checked data in slices (parse-replies.ts follows the worker's replies),
// and indexes it in steps with a yield between them. Throws EventGraphError for a file that cannot be shown, or the signal's reason once aborted.
import { indexEdgesSteps } from '../model/chains.ts';
import { buildGraphSteps, type EventGraph } from '../model/graph.ts';
import type { Problem } from '../model/problems.ts';
import type { EventGraphData } from '../model/schema.ts';
import { bug, ReplyReader, UNCHANGED, type CheckedData, type StageProgress } from './parse-replies.ts';
import type { Validators } from './live-fetch.ts';
import type { PageJobs } from './parse-job.ts';
import { isSlice, SLICE_WINDOW, type FetchRequest, type MoreRequest, type ParseReply, type ParseRequest } from './parse-protocol.ts';
import type { BodyChunks, Progress, ReadOptions } from './read-body.ts';
import { whenIdle, yieldEvery, yieldToPage } from './yield-to-page.ts';
import { runStepsWith } from '../model/steps.ts';
import parseWorkerUrl from './parse.worker.ts?worker&url';

export interface ParsedDataset {
  readonly graph: EventGraph;
  readonly warnings: readonly Problem[];
  /** For a fetched address, where the data came from after any redirects. */
  readonly finalUrl?: string;
  /** For a live story's address: what identifies this version (live-fetch.ts). */
  readonly validators?: Validators;
}

export { UNCHANGED, type StageProgress };

export interface ParserOptions {
  readonly signal?: AbortSignal;
  /** Bytes of a fetched body received so far, in steps; the last report, once all is read, has the size as its total. */
  readonly onReading?: Progress;
  readonly onStage?: StageProgress;
  /** Starts a parse worker; null parses on the page. By default the real worker, where `Worker` exists. */
  readonly startWorker?: (() => Worker) | null;
  /** A worker already started (start-early.js), used instead of starting one, unless its script failed to load. */
  readonly early?: EarlyParser | null;
}

/** A parse worker started before the app's script ran (public/start-early.js), and the replies it sent meanwhile. */
export interface EarlyParser {
  readonly worker: Worker;
  /** Replies received before the app took the worker: 'ready', once it has booted. */
  readonly replies: readonly ParseReply[];
  /** Its script failed to load. */
  readonly failed: boolean;
}

/**
 * How to fetch an address. `fetch` is used only where the page fetches (no worker): the worker
 * fetches with its own.
 */
export type FetchOptions = Pick<ReadOptions, 'fetch' | 'maxBytes' | 'pageUrl' | 'live'>;

export interface GraphParser {
  /** Parses, checks and indexes a file (its chunks are transferred to the worker: do not use them after). */
  parse(chunks: BodyChunks, where: string): Promise<ParsedDataset>;
  /**
   * Fetches an http(s) address (with fetchBody's checks, in the worker when there is one), then parses,
   * checks and indexes it; a live re-fetch (`live.since`) may find it unchanged.
   */
  fetchAndParse(href: string, where: string, options?: FetchOptions): Promise<ParsedDataset | typeof UNCHANGED>;
  /** Stops the worker; call once the load is over, however it ended. */
  close(): void;
}

function defaultWorker(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(parseWorkerUrl, { type: 'module' });
}

/** Whether the worker says it is ready (true), or its script fails to load (false). */
function readyOf(worker: Worker): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => resolve(data.type === 'ready');
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(false);
    };
  });
}

/**
 * A worker and whether it has said it is ready, or null when it could not start (refused). An early
 * one is taken as it is, ready or booting, unless its script failed to load; then one is started.
 */
function bootWorker(start: (() => Worker) | null, early: EarlyParser | null = null): { worker: Worker; ready: Promise<boolean> } | null {
  if (early && !early.failed) {
    const { worker } = early;
    return { worker, ready: early.replies.some((reply) => reply.type === 'ready') ? Promise.resolve(true) : readyOf(worker) };
  }
  early?.worker.terminate();
  if (start === null) return null;
  let worker: Worker;
  try {
    worker = start();
  } catch {
    // A sandboxed page or a content security policy may refuse workers: parse on the page instead.
    return null;
  }
  return { worker, ready: readyOf(worker) };
}

/** Sends the worker a request and follows its replies. Aborting terminates the worker, which also cancels its fetch. */
function askWorker(worker: Worker, request: ParseRequest, transfer: Transferable[], options: ParserOptions): Promise<CheckedData | typeof UNCHANGED> {
  const { signal } = options;
  const { where } = request;
  return new Promise<CheckedData | typeof UNCHANGED>((resolve, reject) => {
    const reader = new ReplyReader(where, options);
    const settle = (done: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      done();
    };
    const onAbort = () => {
      worker.terminate();
      settle(() => reject(signal?.reason));
    };
    let slices = 0;
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      try {
        if (reader.take(data)) settle(() => resolve(reader.checked()));
        // A window of slices taken: ask for more once the page has had an idle moment (to collect garbage in).
        else if (isSlice(data) && ++slices % SLICE_WINDOW === 0) whenIdle(() => worker.postMessage({ type: 'more' } satisfies MoreRequest), 50);
      } catch (error) {
        settle(() => reject(error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle(() => reject(bug(where, 'the parse worker stopped while reading the file (it may have run out of memory)')));
    };
    worker.onmessageerror = () => settle(() => reject(bug(where, 'a reply from the parse worker could not be read')));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(request, transfer);
  });
}

/** The chunks' buffers, to transfer rather than copy (each once, though chunks may share one). */
const buffersOf = (chunks: BodyChunks) => [...new Set(chunks.map((chunk) => chunk.buffer))].filter((buffer) => buffer instanceof ArrayBuffer);

/**
 * The fetcher and parser for the page itself, loaded only when needed (so the validation code and zod,
 * and the fetching code, stay out of the page's bundle): the worker's own module, so they ship once.
 * Unit tests, in Node, import the jobs directly; a production build drops that branch.
 */
async function loadPageJobs(): Promise<PageJobs> {
  if (import.meta.env.MODE === 'test') {
    const [{ fetchJob }, { parseJob }] = await Promise.all([import('./fetch-job.ts'), import('./parse-job.ts')]);
    return { fetchJob, parseJob };
  }
  // The URL is the document's (as for `new Worker`), not this module's.
  await import(/* @vite-ignore */ new URL(parseWorkerUrl, document.baseURI).href);
  const jobs = (globalThis as Record<string, unknown>)['__sourcelineJobs'] as PageJobs | undefined;
  if (!jobs) throw new Error('the parser could not be loaded on the page');
  return jobs;
}

/** Where no worker could start, the page fetches the body itself, with the worker's own job (fetchBody's checks and messages). */
async function fetchOnPage(
  request: FetchRequest,
  fetch: FetchOptions['fetch'],
  options: ParserOptions,
): Promise<{ chunks: BodyChunks; finalUrl?: string; validators?: Validators } | typeof UNCHANGED> {
  const { fetchJob } = await loadPageJobs();
  let fetched: { finalUrl?: string; validators?: Validators } = {};
  const reader = new ReplyReader(request.where, options);
  // A refusal comes as a `problems` reply, which the reader throws as EventGraphError.
  const take = (reply: ParseReply) => {
    if (reply.type !== 'fetched') return reader.take(reply);
    fetched = { finalUrl: reply.url, ...(reply.validators ? { validators: reply.validators } : {}) };
  };
  const chunks = await fetchJob(request, take, { fetch, signal: options.signal });
  if (reader.unchanged) return UNCHANGED;
  if (chunks === null) throw bug(request.where, 'the file was refused without a reason given');
  return { chunks, ...fetched };
}

async function parseOnPage(chunks: BodyChunks, where: string, options: ParserOptions): Promise<CheckedData> {
  const { parseJob } = await loadPageJobs();
  const reader = new ReplyReader(where, options);
  for await (const reply of parseJob(chunks, where)) {
    const checked = reader.take(reply) ? reader.checked() : null;
    if (checked === UNCHANGED) throw bug(where, 'the parser answered for a fetch');
    if (checked) return checked;
    await yieldToPage();
    options.signal?.throwIfAborted();
  }
  throw bug(where, 'the parser stopped without a result');
}

/** Work between two pauses of the page's indexing: what a step leaves for the collector (a scavenge of 20–35 ms at a million events) still fits in 50 ms. */
const INDEX_BUDGET_MS = 8;

async function indexInSteps(data: EventGraphData, signal: AbortSignal | undefined): Promise<EventGraph> {
  const checkpoint = yieldEvery(INDEX_BUDGET_MS);
  const pause = async () => {
    await checkpoint();
    signal?.throwIfAborted();
  };
  const graph = await runStepsWith(buildGraphSteps(data, { eventsInTimeOrder: true }), pause);
  // The links and quotes' relations, indexed here in steps rather than by the page's first drawing.
  await runStepsWith(indexEdgesSteps(graph), pause);
  return graph;
}

/** Starts a parser at once, so the worker boots while a local file is still being read. */
export function startGraphParser(options: ParserOptions = {}): GraphParser {
  const started = bootWorker(options.startWorker === undefined ? defaultWorker() : options.startWorker, options.early);
  /** The worker, once it has said it is ready; null when the page must do the work. */
  const readyWorker = async (): Promise<Worker | null> => {
    options.signal?.throwIfAborted();
    return started !== null && (await started.ready) ? started.worker : null;
  };
  const index = async (checked: CheckedData | typeof UNCHANGED): Promise<ParsedDataset | typeof UNCHANGED> => {
    // The worker still holds the file's text and data: let them go before indexing.
    started?.worker.terminate();
    if (checked === UNCHANGED) return UNCHANGED;
    const { data, warnings, finalUrl, validators } = checked;
    return { graph: await indexInSteps(data, options.signal), warnings, ...(finalUrl ? { finalUrl } : {}), ...(validators ? { validators } : {}) };
  };
  return {
    async parse(chunks, where) {
      const worker = await readyWorker();
      const parsed = await index(worker ? await askWorker(worker, { type: 'parse', chunks, where }, buffersOf(chunks), options) : await parseOnPage(chunks, where, options));
      if (parsed === UNCHANGED) throw bug(where, 'the parser answered for a fetch');
      return parsed;
    },
    async fetchAndParse(href, where, fetchOptions = {}) {
      const { maxBytes, pageUrl, live } = fetchOptions;
      const request: FetchRequest = { type: 'fetch', href, where, maxBytes, pageUrl, ...(live ? { live } : {}) };
      const worker = await readyWorker();
      if (worker) return index(await askWorker(worker, request, [], options));
      const fetched = await fetchOnPage(request, fetchOptions.fetch, options);
      if (fetched === UNCHANGED) return index(UNCHANGED);
      const { chunks, ...from } = fetched;
      return index({ ...(await parseOnPage(chunks, where, options)), ...from });
    },
    close() {
      started?.worker.terminate();
    },
  };
}
