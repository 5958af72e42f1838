// Reads a dataset's bytes from the network or a local file, enforcing the size cap while streaming
// (before the whole body is read), and decodes them as UTF-8 (a byte-order mark is accepted). The
// fetching and decoding run in the parse worker where there is one: nothing here touches the page.
// Every refusal is an EventGraphError that says what is wrong and what to do.
import { EventGraphError } from '../model/problems.ts';
import { liveRequestInit, sameVersion, validatorsOf, type LiveAsk, type Validators } from './live-fetch.ts';
import { describeUtf8Failure } from './utf8-position.ts';
import { yieldEvery } from './yield-to-page.ts';

/**
 * The size cap: 256 MB, room for a million events of JSON (a million synthetic events with their
 * quotes, links and sources weigh 185 MB). A Parquet or Arrow file of the same events is far smaller.
 */
export const MAX_BYTES = 256 * 1024 * 1024;

export type Progress = (loadedBytes: number, totalBytes: number | null) => void;

/**
 * Passes progress on each time another 1% (or, size unknown, another 256 kB) has arrived, and when
 * all has (once): reading a body gives a report per chunk, a thousand or more for a large file.
 */
export function progressInSteps(report: Progress): Progress {
  let reported = -Infinity;
  let reportedTotal: number | null = null;
  return (loaded, total) => {
    const step = total === null ? 256 * 1024 : total / 100;
    const again = loaded === reported && total === reportedTotal;
    if (again || (loaded - reported < step && loaded !== total)) return;
    reported = loaded;
    reportedTotal = total;
    report(loaded, total);
  };
}

export interface ReadOptions {
  readonly fetch?: typeof globalThis.fetch;
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: Progress;
  /** The page's own URL, to tell another origin from this one in messages. */
  readonly pageUrl?: string;
  /** A live story: ask the server every time, and (with `since`) only for a version newer than that one (live-fetch.ts). */
  readonly live?: LiveAsk;
}

/** Types a data file may be served with: JSON, CSV (Sourceline's or a TimelineJS sheet), Parquet, Arrow, or text; the content tells which. */
const DATA_TYPES =
  /^(application\/(json|.*\+json|octet-stream|csv|vnd\.ms-excel|vnd\.apache\.parquet|x-parquet|vnd\.apache\.arrow\.(file|stream))|text\/(json|plain|csv|comma-separated-values|tab-separated-values))$/;

/** A problem's path for the file as a whole: its name, or `file` when it has none (a File may be nameless). */
export const wholeFilePath = (where: string) => (where.trim() === '' ? 'file' : where);

function refuse(where: string, message: string, fix: string): EventGraphError {
  return new EventGraphError([{ severity: 'error', path: wholeFilePath(where), message, fix }], message);
}

export const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function tooBig(where: string, bytes: number | null, maxBytes: number): EventGraphError {
  // A file a little over the cap rounds to the cap's own size: "50 MB, over the 50 MB limit" says nothing, so count bytes.
  const close = bytes !== null && formatMegabytes(bytes) === formatMegabytes(maxBytes);
  const size = bytes === null ? 'larger than' : close ? `${withCommas(bytes)} bytes, over` : `${formatMegabytes(bytes)}, over`;
  const limit = close ? `${withCommas(maxBytes)}-byte (${formatMegabytes(maxBytes)})` : formatMegabytes(maxBytes);
  return refuse(where, `the file is ${size} the ${limit} limit`, 'split the chronology into smaller files, or remove what the timeline does not need');
}

export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { utf16, line, column } = describeUtf8Failure(bytes);
    const summary = 'the file is not UTF-8 text';
    const message = utf16 ? `${summary}: it is UTF-16 (it starts with a UTF-16 byte-order mark)` : `${summary}: line ${line}, column ${column} has a byte that is not UTF-8`;
    const fix = 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)';
    throw new EventGraphError([{ severity: 'error', path: wholeFilePath(where), message, fix }], summary);
  }
}

/**
 * A body as read: its chunks in order. They are joined only where they are decoded (in the parse
 * worker), since copying 50 MB or more into one buffer is itself a long task on the page.
 */
export type BodyChunks = readonly Uint8Array[];

export const byteLength = (chunks: BodyChunks) => chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);

/** The chunks as one run of bytes (the chunk itself when there is only one). */
export function joinChunks(chunks: BodyChunks): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(byteLength(chunks));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a body to its end, or refuses it at the cap. `stop` ends its request (the fetch's own abort),
 * so a refused file stops downloading whatever a browser does with a cancelled body's connection.
 */
async function readStream(body: ReadableStream<Uint8Array>, where: string, total: number | null, options: ReadOptions, stop?: () => void): Promise<BodyChunks> {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  const checkpoint = yieldEvery(20);
  let loaded = 0;
  for (;;) {
    await checkpoint();
    if (options.signal?.aborted) {
      await reader.cancel();
      options.signal.throwIfAborted();
    }
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      stop?.();
      // Once the request is aborted the stream has errored, and cancelling it rejects with that.
      await reader.cancel().catch(() => undefined);
      throw tooBig(where, total, maxBytes);
    }
    chunks.push(value);
    options.onProgress?.(loaded, total);
  }
  return chunks;
}

const mimeOf = (response: Response) => (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/** A fetched body, and the address it came from after any redirects. */
export interface FetchedBody {
  readonly chunks: BodyChunks;
  /** The response's own address (response.url): where the data comes from, whatever the link said. */
  readonly url: string;
  /** The version's ETag and Last-Modified, as the response gave them. */
  readonly validators?: Validators;
  /** A live re-fetch found the version it already has (a 304, or the same validators): no body was read. */
  readonly unchanged?: true;
}

const ACCEPT = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' };

/**
 * Whether the address answers with a redirect, asked again without following it: a fetch that
 * failed after a redirect (to data:, file: or javascript:, or round a loop) fails as a network error,
 * and only this tells it from a host that cannot be reached. A browser hides where the redirect
 * leads (an opaque redirect); it is enough to know there is one.
 */
async function redirects(href: string, options: ReadOptions): Promise<boolean> {
  try {
    const probe = await (options.fetch ?? globalThis.fetch)(href, { signal: options.signal, headers: ACCEPT, redirect: 'manual' });
    await probe.body?.cancel();
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
}

/** Fetches a dataset's bytes; throws EventGraphError with a message of its own for each way it fails. */
export async function fetchBody(href: string, where: string, options: ReadOptions = {}): Promise<FetchedBody> {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const written = new URL(href);
  const foreign = options.pageUrl !== undefined && new URL(options.pageUrl).origin !== written.origin;
  // Aborted when the body is refused at the cap, or when the caller's signal is.
  const request = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, request.signal]) : request.signal;
  let response: Response;
  try {
    const live = options.live ? liveRequestInit(written, options.pageUrl, options.live) : null;
    const init: RequestInit = live ? { cache: live.cache, headers: { ...ACCEPT, ...live.headers } } : { headers: ACCEPT };
    response = await (options.fetch ?? globalThis.fetch)(href, { signal, ...init });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (await redirects(href, options))
      throw refuse(
        where,
        `${written.host} redirects this address to one that cannot be fetched: another kind of address (data:, file:, javascript:…), round a loop of redirects, or on to a host that does not let other sites read its files`,
        'link to the data file\'s own http(s) address, where it is served without a redirect',
      );
    options.signal?.throwIfAborted();
    throw foreign
      ? refuse(where, `${written.host} could not be reached, or it does not let other sites read its files (CORS)`, `check the address; if it is right, ${written.host} must send an Access-Control-Allow-Origin header, or download the file and open it with "Open file"`)
      : refuse(where, `${written.host} could not be reached`, 'check your connection and the address, then reload');
  }
  // After a redirect the data comes from where the response says, not from the address as written.
  const url = response.url ? new URL(response.url) : written;
  const validators = validatorsOf(response.headers);
  const since = options.live?.since;
  if (since && (response.status === 304 || (response.ok && sameVersion(since, validators)))) {
    await response.body?.cancel();
    return { chunks: [], url: url.href, validators: since, unchanged: true };
  }
  const mime = mimeOf(response);
  const shown = mime || 'no content type';
  if (!response.ok) {
    const got = mime === 'application/json' ? `HTTP ${response.status}` : `expected JSON, got ${shown} (HTTP ${response.status})`;
    const fix = response.status === 404 ? `there is no file at ${url.pathname}: check the address` : `the server at ${url.host} refused the request; try again later or check the address`;
    await response.body?.cancel();
    throw refuse(where, got, fix);
  }
  if (mime !== '' && !DATA_TYPES.test(mime)) {
    await response.body?.cancel();
    const fix = mime === 'text/html' ? 'the address leads to a web page, not a data file: link to the .json or .csv file itself' : 'link to a JSON data file (.json), a CSV file (.csv), or a Parquet or Arrow file';
    throw refuse(where, `expected JSON, got ${mime} (HTTP ${response.status})`, fix);
  }
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > maxBytes) {
    await response.body?.cancel();
    throw tooBig(where, total, maxBytes);
  }
  const stop = () => request.abort(new DOMException('the file is over the size limit', 'AbortError'));
  if (response.body) return { chunks: await readStream(response.body, where, total, options, stop), url: url.href, validators };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooBig(where, bytes.byteLength, maxBytes);
  options.onProgress?.(bytes.byteLength, total);
  return { chunks: [bytes], url: url.href, validators };
}

/** Fetches a dataset's text (see fetchBody). */
export async function fetchText(href: string, where: string, options: ReadOptions = {}): Promise<string> {
  return decodeUtf8(joinChunks((await fetchBody(href, where, options)).chunks), where);
}

const NOT_DATA = /^(image|video|audio|font)\//;

/** Why a chosen or dropped file cannot be a dataset, before reading it; null when it may be one. */
export function refuseFile(file: File, maxBytes = MAX_BYTES): EventGraphError | null {
  if (NOT_DATA.test(file.type)) return refuse(file.name, `${file.name} is ${file.type.split('/')[0]} (${file.type}), not a data file`, 'open a Sourceline JSON file (.json), a TimelineJS JSON file, a CSV file (.csv), or a Parquet or Arrow file');
  if (file.size > maxBytes) return tooBig(file.name, file.size, maxBytes);
  return null;
}

/** Reads the bytes of a file chosen with the open button or dropped on the page. */
export async function readFileBody(file: File, options: ReadOptions = {}): Promise<BodyChunks> {
  const refusal = refuseFile(file, options.maxBytes);
  if (refusal) throw refusal;
  options.signal?.throwIfAborted();
  return readStream(file.stream(), file.name, file.size, options);
}

/** Reads the text of a file chosen with the open button or dropped on the page. */
export async function readFileText(file: File, options: ReadOptions = {}): Promise<string> {
  return decodeUtf8(joinChunks(await readFileBody(file, options)), file.name);
}
