// The svelte-query options for loading a dataset: one cache entry per source, no retries (a
// file that is wrong stays wrong), aborted when the source changes or the reader cancels. A live
// story's address is asked for again every interval while the page is visible, and when it becomes
// visible again (live-refresh.ts: a bad new version never replaces the one shown).
import { sourceKey, type DatasetSource } from './dataset-source.ts';
import { refreshLive, type LiveReceiver } from './live-refresh.ts';
import { loadDataset, type LoadedDataset, type LoadProgress } from './load-dataset.ts';

export const datasetQueryKey = (source: DatasetSource) => ['dataset', ...sourceKey(source)];

export interface DatasetQueryOptions {
  /** Hears how far the load has got (the page shows it). */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** False holds the load back (after the reader cancelled it). */
  readonly enabled?: boolean;
  /** A live story, checked again while this is true (not while the reader edits it). */
  readonly live?: { readonly state: LiveReceiver; readonly checking: boolean };
}

export function datasetQueryOptions(source: DatasetSource, pageUrl: string, options: DatasetQueryOptions = {}) {
  const live = source.kind === 'url' && options.live?.state.active ? options.live : null;
  const intervalMs = live?.state.intervalMs ?? null;
  return {
    queryKey: datasetQueryKey(source),
    queryFn: ({ signal, client, queryKey }: { signal: AbortSignal; client: { getQueryData(key: readonly unknown[]): unknown }; queryKey: readonly unknown[] }) => {
      const previous = live ? (client.getQueryData(queryKey) as LoadedDataset | undefined) : undefined;
      if (live && previous) return refreshLive(previous, source, live.state, { signal, pageUrl });
      live?.state.opened();
      return loadDataset(source, { signal, pageUrl, onProgress: options.onProgress, ...(live ? { live: {} } : {}) });
    },
    enabled: options.enabled ?? true,
    // Every load failure is an EventGraphError that retrying cannot fix.
    retry: false,
    // A new version is compared with the last by live-refresh.ts: no deep comparison on the page.
    structuralSharing: false,
    staleTime: intervalMs === null ? Infinity : Math.min(intervalMs, 10_000),
    // Never while the page is hidden (svelte-query skips the interval then); again when it is shown.
    refetchInterval: live?.checking ? () => live.state.delayMs() : (false as const),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: live?.checking ?? false,
    refetchOnReconnect: live?.checking ?? false,
  };
}
