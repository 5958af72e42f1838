// The svelte-query options for loading a dataset: one cache entry per source, no retries (a
// file that is wrong stays wrong), aborted when the source changes or the reader cancels.
import { sourceKey, type DatasetSource } from './dataset-source.ts';
import { loadDataset, type LoadProgress } from './load-dataset.ts';

export const datasetQueryKey = (source: DatasetSource) => ['dataset', ...sourceKey(source)];

export interface DatasetQueryOptions {
  /** Hears how far the load has got (the page shows it). */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** False holds the load back (after the reader cancelled it). */
  readonly enabled?: boolean;
}

export function datasetQueryOptions(source: DatasetSource, pageUrl: string, options: DatasetQueryOptions = {}) {
  return {
    queryKey: datasetQueryKey(source),
    queryFn: ({ signal }: { signal: AbortSignal }) => loadDataset(source, { signal, pageUrl, onProgress: options.onProgress }),
    enabled: options.enabled ?? true,
    // Every load failure is an EventGraphError that retrying cannot fix.
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  };
}
