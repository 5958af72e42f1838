// The page's fast path for a file of modest size from this site: its fetch starts in the page's head (start-early.js),
// before the app's script has loaded, and its parse starts as soon as that script runs, before the app
// is mounted (in parallel with mounting it). A small file (PAGE_PARSE_MAX_BYTES) is parsed and checked
// on the page itself, with the parse worker's own code (no worker to start, no slices to copy back); a
// larger one, up to EARLY_MAX_BYTES, is read by the page and parsed in the worker, which boots while
// the bytes arrive (started by start-early.js itself once the response says its size, when the
// page's HTML names the worker). Anything else (a larger file, an error) resolves null: the app then loads the
// address as always, with progress and Cancel, and reports what is wrong with it.
import { describeSource, type DatasetSource } from './dataset-source.ts';
import { loadDataset, PARSED_MARK, type LoadedDataset } from './load-dataset.ts';
import { startGraphParser, type EarlyParser } from './parse-in-worker.ts';
import { fetchBody, type BodyChunks } from './read-body.ts';

/** Files up to this size are parsed on the page: a few milliseconds' work between yields (the default story is 54 kB). */
export const PAGE_PARSE_MAX_BYTES = 128_000;
/** Files up to this size are read by the page and parsed in the worker at once (1,000 events are ~170 kB); larger ones load with progress and Cancel. */
export const EARLY_MAX_BYTES = 4_000_000;

/** What start-early.js (public/) started: the fetch of the address it read in the link, and the parse worker once that response said its size. */
interface EarlyRequest {
  readonly href: string;
  readonly response: Promise<Response | null>;
  /** Set before `response` resolves, when the worker will parse the file. */
  readonly parser: EarlyParser | null;
}

/** What start-early.js started, once, when it is for `href` (else its worker, if any, is ended). */
function takeEarlyRequest(href: string | null): EarlyRequest | null {
  const scope = globalThis as { __sourcelineEarly?: EarlyRequest };
  const early = scope.__sourcelineEarly;
  delete scope.__sourcelineEarly;
  if (early && early.href === href) return early;
  void early?.response.then(() => early.parser?.worker.terminate());
  return null;
}

/** For a page that will not use what start-early.js started (a live story, a file from the reader's computer): its worker, if any, is ended. */
export function dropEarlyLoad(): void {
  takeEarlyRequest(null);
}

/** Parses bytes the page has read in the parse worker (the one start-early.js started, if it did), as loadDataset would have. */
async function parseInWorker(chunks: BodyChunks, where: string, finalUrl: string, early: EarlyParser | null): Promise<LoadedDataset> {
  const parser = startGraphParser({ early });
  try {
    const { graph, warnings } = await parser.parse(chunks, where);
    performance.mark(PARSED_MARK, { detail: { source: where, title: graph.title, events: graph.events.length } });
    return { graph, warnings, finalUrl };
  } finally {
    parser.close();
  }
}

export function loadSmallFileNow(source: DatasetSource, pageUrl: string, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<LoadedDataset | null> {
  // Started by start-early.js in the page's head, if that was for this very address (a site's own file only).
  const early = takeEarlyRequest(source.kind === 'url' ? source.href : null);
  // A file on another host is fetched by the parse worker, as always: the page never receives its body.
  if (source.kind !== 'url' || new URL(source.href).origin !== new URL(pageUrl).origin) return Promise.resolve(null);
  // The response start-early.js asked for, or one asked for now.
  const first = early?.response ?? fetch(source.href).catch(() => null);
  return first.then(async (response) => {
    const parser = early?.parser ?? null;
    // A response that does not say its size (compressed on the fly) is read on the page up to the
    // page's limit, past which this gives up and the app loads it.
    const length = Number(response?.headers.get('Content-Length') ?? 0);
    if (!response || !response.ok || length > EARLY_MAX_BYTES) {
      void response?.body?.cancel().catch(() => {});
      parser?.worker.terminate();
      return null;
    }
    // The load's first request for the address is answered with the response already under way;
    // any other (a redirect's probe) goes out as asked.
    let answered = false;
    const withFirst: typeof globalThis.fetch = (input, init) => {
      if (!answered && String(input) === source.href && init?.redirect === undefined) {
        answered = true;
        return Promise.resolve(response);
      }
      return fetch(input, init);
    };
    try {
      if (length === 0 || length <= PAGE_PARSE_MAX_BYTES) {
        parser?.worker.terminate();
        return await loadDataset(source, { pageUrl, startWorker: null, fetch: withFirst, maxBytes: PAGE_PARSE_MAX_BYTES });
      }
      // fetchBody's own checks and messages (a redirect, a page of HTML…), then the worker's parse.
      const where = describeSource(source);
      const { chunks, url } = await fetchBody(source.href, where, { fetch: withFirst, maxBytes: EARLY_MAX_BYTES, pageUrl });
      return await parseInWorker(chunks, where, url, parser);
    } catch {
      parser?.worker.terminate();
      return null;
    }
  });
}
