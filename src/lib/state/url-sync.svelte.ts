// The page URL in step with the view (the full app only): a new selection or another dataset is a
// step in the browser's history; other changes (the window, search, filters) replace the entry once
// the view rests. Back and Forward bring a step's view back, and its dataset if it was another.
import { resolveSourceParam, type DatasetSource } from '../data/dataset-source.ts';
import { keepLocalFile, keptLocalFile, lostFileProblem } from '../data/session-file.ts';
import { EventGraphError } from '../model/problems.ts';
import type { AppState } from './app-state.svelte.ts';
import { readUrlView } from './url-state.ts';
import { applyUrlView, linkQuery, srcParam } from './view-links.ts';

/** How long the view must rest before its link is written (zooming and typing change it many times a second). */
const REST_MS = 250;

/** Call while a component is set up: keeps `location` in step with the app until it is destroyed. */
export function keepUrlInStep(app: AppState, win: Window = window) {
  const { view, load, page } = app;
  let lastSelection = view.selectedId;
  let lastSource: DatasetSource = load.source;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const write = (method: 'pushState' | 'replaceState') => {
    const { pathname, search, hash } = win.location;
    const href = `${pathname}${linkQuery(app)}${hash}`;
    if (href !== `${pathname}${search}${hash}`) win.history[method](null, '', href);
  };

  $effect(() => {
    // Everything a link carries, read so that this runs again when any of it changes.
    linkQuery(app);
    // In an <iframe> every step would also be a step of the embedding page's Back button: never push there.
    const stepped = (view.selectedId !== lastSelection || load.source !== lastSource) && !page.embed;
    lastSelection = view.selectedId;
    lastSource = load.source;
    clearTimeout(pending);
    // A file from the reader's computer is kept in this tab, for a reload to open again.
    if (stepped && load.source.kind === 'file') void keepLocalFile(load.source.file);
    if (stepped) write('pushState');
    else pending = setTimeout(() => write('replaceState'), REST_MS);
  });
  $effect(() => () => clearTimeout(pending));

  $effect(() => {
    const onpopstate = () => {
      const { view: url } = readUrlView(win.location.search);
      lastSelection = url.event;
      const shownFile = load.source.kind === 'file' ? load.source.file.name : null;
      const file = url.src ? null : (url.file ?? null);
      if (!url.src && file !== shownFile) {
        // Back to a file from the reader's computer (kept in this tab), or from one to the default story.
        const kept = file ? keptLocalFile(file) : null;
        if (kept) load.open({ kind: 'file', file: kept });
        else load.open(resolveSourceParam(null, page.pageUrl));
        if (file && !kept) load.refuse(lostFileProblem(file));
        lastSource = load.source;
      } else if (url.src !== srcParam(app)) {
        try {
          load.open(resolveSourceParam(url.src, page.pageUrl));
        } catch (error) {
          if (!(error instanceof EventGraphError)) throw error;
          load.refuse(error.problems[0]!);
        }
        lastSource = load.source;
      }
      applyUrlView(app, url);
    };
    win.addEventListener('popstate', onpopstate);
    return () => win.removeEventListener('popstate', onpopstate);
  });
}
