// The svelte-query options for loading a dataset: one cache entry per source, no retries (a
// file that is wrong stays wrong), aborted when the source changes.
import { sourceKey, type DatasetSource } from './dataset-source.ts';
import { loadDataset } from './load-dataset.ts';

export function datasetQueryOptions(source: DatasetSource, pageUrl: string) {
  return {
    queryKey: ['dataset', ...sourceKey(source)],
    queryFn: ({ signal }: { signal: AbortSignal }) => loadDataset(source, { signal, pageUrl }),
    // Every load failure is an EventGraphError that retrying cannot fix.
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  };
}
