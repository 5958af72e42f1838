// Server rendering (in Node, at build time): the app as it first draws a dataset, rendered with
// Svelte's own `render` from svelte/server, for `npm run build` (the default story) and `npm run site`
// (any file). The page's HTML then holds the timeline's first drawing and the chronology as text, read
// before any script runs; the page's script takes the same DOM over (hydrate, in main.ts).
import { render } from 'svelte/server';
import App from './App.svelte';
import type { LoadedDataset } from './lib/data/load-dataset.ts';
import { parseEventGraph } from './lib/model/json-file.ts';
import { DEFAULT_URL_VIEW } from './lib/state/url-state.ts';

export interface Prerendered {
  readonly head: string;
  readonly body: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly events: number;
}

/** Reads and checks a data file's text as the app does (throws EventGraphError listing every problem). */
export function loadForPrerender(text: string): LoadedDataset {
  const { graph, warnings } = parseEventGraph(text);
  return { graph, warnings };
}

/**
 * The app's first drawing of `dataset`, as it would be at `pageUrl` with `?src=` `src` (null: the
 * default story), in the default view: no selection, no search, the whole span.
 */
export function prerenderApp(dataset: LoadedDataset, options: { readonly src: string | null; readonly pageUrl: string }): Prerendered {
  const { head, body } = render(App, {
    props: { initial: { ...DEFAULT_URL_VIEW, src: options.src }, pageUrl: options.pageUrl, preloaded: dataset, syncUrl: false },
  });
  return { head, body, title: dataset.graph.title, description: dataset.graph.description, events: dataset.graph.events.length };
}
