// Loads a dataset from where it comes from to a checked, indexed graph: read the bytes on the page
// (with the size cap enforced while streaming), then decode, parse, check and index them off the page
// (parse-in-worker.ts), reporting progress all the way. Throws EventGraphError only (besides an abort),
// so the page can always show what went wrong.
import type { EventGraph } from '../model/graph.ts';
import type { Problem } from '../model/problems.ts';
import { describeSource, type DatasetSource } from './dataset-source.ts';
import { startGraphParser, type ParserOptions } from './parse-in-worker.ts';
import type { LoadStage } from './parse-protocol.ts';
import { fetchBody, readFileBody, type ReadOptions } from './read-body.ts';
import { yieldToPage } from './yield-to-page.ts';

export type { LoadStage } from './parse-protocol.ts';

export interface LoadedDataset {
  readonly graph: EventGraph;
  readonly warnings: readonly Problem[];
}

export interface LoadProgress {
  readonly stage: LoadStage;
  readonly loadedBytes: number;
  /** The file's size, when known (a local file, or a response with Content-Length). */
  readonly totalBytes: number | null;
  /** How far the stage has got (0–1), when it can be known: bytes read, slices received. */
  readonly stageFraction: number | null;
}

export interface LoadOptions extends Omit<ReadOptions, 'onProgress'> {
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly startWorker?: ParserOptions['startWorker'];
}

/** The performance mark set when a dataset is on the page, checked and indexed (benchmarks wait for it). */
export const PARSED_MARK = 'sourceline:parsed';

/** Reading progress is reported each time another 1% (or, size unknown, another 256 kB) has arrived. */
function readingReporter(report: (loaded: number, total: number | null) => void) {
  let reported = -Infinity;
  return (loaded: number, total: number | null) => {
    const step = total === null ? 256 * 1024 : total / 100;
    if (loaded - reported < step && loaded !== total) return;
    reported = loaded;
    report(loaded, total);
  };
}

export async function loadDataset(source: DatasetSource, options: LoadOptions = {}): Promise<LoadedDataset> {
  const where = describeSource(source);
  let loadedBytes = 0;
  let totalBytes = source.kind === 'file' ? source.file.size : null;
  const report = (stage: LoadStage, stageFraction: number | null) => options.onProgress?.({ stage, loadedBytes, totalBytes, stageFraction });
  const parser = startGraphParser({ signal: options.signal, startWorker: options.startWorker, onStage: report });
  try {
    report('reading', 0);
    const readOptions: ReadOptions = {
      ...options,
      onProgress: readingReporter((loaded, total) => {
        loadedBytes = loaded;
        totalBytes = total;
        report('reading', total === null ? null : loaded / total);
      }),
    };
    const chunks = source.kind === 'file' ? await readFileBody(source.file, readOptions) : await fetchBody(source.href, where, readOptions);
    loadedBytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    totalBytes = loadedBytes;
    const { graph, warnings } = await parser.parse(chunks, where);
    performance.mark(PARSED_MARK, { detail: { source: where, title: graph.title, events: graph.events.length } });
    // Drawing starts in a task of its own, so the mark divides loading from drawing.
    await yieldToPage();
    return { graph, warnings };
  } finally {
    parser.close();
  }
}
