// The page's fast path for a small file: its fetch starts as soon as the page's script runs (before the
// app is mounted, in parallel with mounting it), and a file under PAGE_PARSE_MAX_BYTES is parsed and
// checked on the page, with the parse worker's own code (no worker to start, no slices to copy back).
// Anything else (a larger file, an error) resolves null: the app then loads the
// address as always, in the worker, and reports what is wrong with it.
import { type DatasetSource } from './dataset-source.ts';
import { loadDataset, type LoadedDataset } from './load-dataset.ts';

/** Files up to this size are parsed on the page: a few milliseconds' work between yields (1,000 events are ~350 kB). */
export const PAGE_PARSE_MAX_BYTES = 1_000_000;

/** What start-early.js (public/) started: the fetch of the address it read in the link. */
interface EarlyRequest {
  readonly href: string;
  readonly response: Promise<Response | null>;
}

/** The response start-early.js asked for, once, when it is for `href`. */
function takeEarlyResponse(href: string): Promise<Response | null> | null {
  const scope = globalThis as { __sourcelineEarly?: EarlyRequest };
  const early = scope.__sourcelineEarly;
  delete scope.__sourcelineEarly;
  return early && early.href === href ? early.response : null;
}

export function loadSmallFileNow(source: DatasetSource, pageUrl: string, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<LoadedDataset | null> {
  if (source.kind !== 'url') return Promise.resolve(null);
  // Started by start-early.js in the page's head, if that was for this very address; else now.
  const first = takeEarlyResponse(source.href) ?? fetch(source.href).catch(() => null);
  return first.then(async (response) => {
    // A response that does not say its size (compressed on the fly) is read on the page up to the
    // limit, past which this gives up and the worker reads it.
    const length = Number(response?.headers.get('Content-Length') ?? 0);
    if (!response || !response.ok || length > PAGE_PARSE_MAX_BYTES) {
      void response?.body?.cancel().catch(() => {});
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
      return await loadDataset(source, { pageUrl, startWorker: null, fetch: withFirst, maxBytes: PAGE_PARSE_MAX_BYTES });
    } catch {
      return null;
    }
  });
}
