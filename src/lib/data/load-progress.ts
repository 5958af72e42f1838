// What the loading view says about a load's progress: one fraction for the whole load, the bytes
// read, and the stage in words. Pure, so it is tested in Node.
import type { LoadProgress, LoadStage } from './load-dataset.ts';

/** From this size on, a load shows its progress bar and Cancel at once (smaller ones only once slow). */
export const LARGE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The share of a load each stage takes, as measured with a 100,000-event file (18 MB) in Chromium:
 * parsing ~1.2 s, checking ~1.7 s, indexing (sorting, sending, receiving) ~1.3 s; reading takes
 * ~0.3 s from a disk and longer from a network.
 */
const STAGE_WEIGHTS: Readonly<Record<LoadStage, number>> = { reading: 0.15, decoding: 0.03, parsing: 0.22, checking: 0.35, indexing: 0.25 };
const STAGES: readonly LoadStage[] = ['reading', 'decoding', 'parsing', 'checking', 'indexing'];

export const STAGE_WORDS: Readonly<Record<LoadStage, string>> = {
  reading: 'Reading the file',
  decoding: 'Decoding the text',
  parsing: 'Parsing the JSON',
  checking: 'Checking events, dates and references',
  indexing: 'Preparing the timeline',
};

/** The whole load's progress (0–1), or null while it cannot be known (reading a body of unknown size). */
export function loadFraction(progress: LoadProgress): number | null {
  const { stage, stageFraction } = progress;
  if (stage === 'reading' && stageFraction === null) return null;
  const before = STAGES.slice(0, STAGES.indexOf(stage)).reduce((sum, s) => sum + STAGE_WEIGHTS[s], 0);
  return Math.min(1, before + STAGE_WEIGHTS[stage] * (stageFraction ?? 0));
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** "12.4 of 18.1 MB", or "12.4 MB" while the size is unknown. */
export function bytesText(progress: LoadProgress): string {
  const { loadedBytes, totalBytes } = progress;
  return totalBytes === null ? `${megabytes(loadedBytes)} MB` : `${megabytes(loadedBytes)} of ${megabytes(totalBytes)} MB`;
}

export const isLargeLoad = (progress: LoadProgress | null) => progress !== null && (progress.totalBytes ?? progress.loadedBytes) >= LARGE_FILE_BYTES;
