// Loads a dataset from where it comes from to a checked, indexed graph: read the bytes (with the size
// cap enforced while streaming: a local file on the page, an address in the parse worker), then
// decode, parse, check and index them off the page (parse-in-worker.ts), reporting progress all the
// way. Throws EventGraphError only (besides an abort), so the page can always show what went wrong.
import type { EventGraph } from '../model/graph.ts';
import type { Problem } from '../model/problems.ts';
import { describeSource, type DatasetSource } from './dataset-source.ts';
import type { LiveAsk, Validators } from './live-fetch.ts';
import { startGraphParser, UNCHANGED, type ParserOptions } from './parse-in-worker.ts';
import type { LoadStage } from './parse-protocol.ts';
import { byteLength, progressInSteps, readFileBody, type ReadOptions } from './read-body.ts';
import { yieldToPage } from './yield-to-page.ts';

export type { LoadStage } from './parse-protocol.ts';

export interface LoadedDataset {
  readonly graph: EventGraph;
  readonly warnings: readonly Problem[];
  /** For an address, where the data came from after any redirects: the host to name on the page. */
  readonly finalUrl?: string;
  /** For a live story's address: what identifies this version, for the next re-fetch (live-fetch.ts). */
  readonly validators?: Validators;
}

export { UNCHANGED } from './parse-in-worker.ts';

export interface LoadProgress {
  readonly stage: LoadStage;
  readonly loadedBytes: number;
  /** The file's size, when known (a local file, a response with Content-Length, any body once all is read). */
  readonly totalBytes: number | null;
  /** How far the stage has got (0–1), when it can be known: bytes read, slices received. */
  readonly stageFraction: number | null;
}

export interface LoadOptions extends Omit<ReadOptions, 'onProgress'> {
  /** Used only where the page fetches an address itself (no worker could start): the worker fetches with its own. */
  readonly fetch?: ReadOptions['fetch'];
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly startWorker?: ParserOptions['startWorker'];
  /** A live story: ask the server afresh, and keep what identifies the version (see refetchDataset). */
  readonly live?: LiveAsk;
}

/** The performance mark set when a dataset is on the page, checked and indexed (benchmarks wait for it). */
export const PARSED_MARK = 'sourceline:parsed';

async function readLocalFile(file: File, options: LoadOptions, onReading: ReadOptions['onProgress']) {
  const chunks = await readFileBody(file, { ...options, onProgress: onReading });
  const size = byteLength(chunks);
  onReading?.(size, size);
  return chunks;
}

export async function loadDataset(source: DatasetSource, options: LoadOptions = {}): Promise<LoadedDataset> {
  const loaded = await loadVersion(source, options);
  if (loaded === UNCHANGED) throw new Error('a first load has no version to be unchanged from');
  return loaded;
}

/**
 * A live story's re-fetch: the version after `since` (the validators of the version shown), checked
 * like any load, or UNCHANGED when the server answers 304 or gives the same version again.
 */
export function refetchDataset(source: DatasetSource, since: Validators, options: Omit<LoadOptions, 'live'> = {}): Promise<LoadedDataset | typeof UNCHANGED> {
  return loadVersion(source, { ...options, live: { since } });
}

async function loadVersion(source: DatasetSource, options: LoadOptions): Promise<LoadedDataset | typeof UNCHANGED> {
  const where = describeSource(source);
  let loadedBytes = 0;
  let totalBytes = source.kind === 'file' ? source.file.size : null;
  const report = (stage: LoadStage, stageFraction: number | null) => options.onProgress?.({ stage, loadedBytes, totalBytes, stageFraction });
  const onReading = progressInSteps((loaded, total) => {
    loadedBytes = loaded;
    totalBytes = total;
    report('reading', total === null ? null : loaded / total);
  });
  const parser = startGraphParser({ signal: options.signal, startWorker: options.startWorker, onReading, onStage: report });
  try {
    report('reading', 0);
    const parsed = source.kind === 'file' ? await parser.parse(await readLocalFile(source.file, options, onReading), where) : await parser.fetchAndParse(source.href, where, options);
    if (parsed === UNCHANGED) return UNCHANGED;
    const { graph, warnings, finalUrl, validators } = parsed;
    performance.mark(PARSED_MARK, { detail: { source: where, title: graph.title, events: graph.events.length } });
    // Drawing starts in a task of its own, so the mark divides loading from drawing.
    await yieldToPage();
    return { graph, warnings, ...(finalUrl ? { finalUrl } : {}), ...(validators ? { validators } : {}) };
  } finally {
    parser.close();
  }
}
