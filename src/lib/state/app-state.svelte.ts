// The app's state, by concern, shared through context: the view and its filters (ViewState), the
// dataset's load (LoadState), presentation mode and the colour theme, and the page the app runs in.
// One context entry holds them all; each has its getter, which says how to fix a missing provider.
import { getContext, setContext } from 'svelte';
import type { DatasetSource } from '../data/dataset-source.ts';
import { EditorState } from './editor-state.svelte.ts';
import { LiveState } from './live-state.svelte.ts';
import { LoadState } from './load-state.svelte.ts';
import { PresentationState } from './presentation-state.svelte.ts';
import { ThemeState } from './theme-state.svelte.ts';
import { DEFAULT_URL_VIEW, type UrlView } from './url-state.ts';
import { ViewState } from './view-state.svelte.ts';
import { applyUrlView, toUrlView } from './view-links.ts';

/** Where the app runs: facts of the page, fixed for its life. */
export interface PageContext {
  /** The compact view (an iframe or a web component): no chrome beyond zoom, a link to the full view. */
  readonly embed: boolean;
  /** The address relative dataset URLs are resolved against, and "Data from ‹host›" compares with. */
  readonly pageUrl: string;
  /** Where the full app lives ("Open in Sourceline"): the page itself, or the app beside a web component's script. */
  readonly appUrl: string;
  /** In an <iframe>: the embedding page's origin, kept in the frame's URL (see embed-messages.ts). */
  readonly parentOrigin: string | null;
  /**
   * The compact view fills the height of a frame its page does not size (no parent origin to tell
   * the height to): the lanes scroll within the chart and the details lie over it.
   */
  readonly fitsFrame: boolean;
}

export interface AppState {
  readonly page: PageContext;
  readonly view: ViewState;
  readonly load: LoadState;
  readonly presentation: PresentationState;
  readonly theme: ThemeState;
  /** Edit mode: the draft being written, its checks, history and storage. */
  readonly edit: EditorState;
  /** A live story (`?live`): how often it is checked, and what the versions since the page opened changed. */
  readonly live: LiveState;
}

/** The state for a page opened at a link's view, showing `source`. */
export function createAppState(
  source: DatasetSource,
  url: Partial<UrlView> = {},
  options: { embed?: boolean; pageUrl?: string; appUrl?: string; inFrame?: boolean } = {},
): AppState {
  const pageUrl = options.pageUrl ?? globalThis.location?.href ?? 'http://localhost/';
  const embed = options.embed ?? url.embed ?? false;
  const parentOrigin = url.parentOrigin ?? null;
  const fitsFrame = embed && !parentOrigin && (options.inFrame ?? false);
  const page: PageContext = { embed, pageUrl, appUrl: options.appUrl ?? pageUrl, parentOrigin, fitsFrame };
  const view = new ViewState();
  const presentation = new PresentationState();
  const app: AppState = {
    page,
    view,
    presentation,
    theme: new ThemeState(),
    edit: new EditorState(),
    live: new LiveState(url.live ?? null),
    load: new LoadState(source, {
      reset: () => view.reset(),
      capture: () => toUrlView(app),
      restore: (restored) => applyUrlView(app, restored),
    }),
  };
  applyUrlView(app, { ...DEFAULT_URL_VIEW, ...url });
  return app;
}

const KEY = Symbol('sourceline app state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('No app state was found in context. Did you forget to call setAppState(createAppState(…)) in a parent component (App.svelte)?');
  return state;
}

export const getViewState = (): ViewState => getAppState().view;
export const getLoadState = (): LoadState => getAppState().load;
export const getPresentationState = (): PresentationState => getAppState().presentation;
export const getThemeState = (): ThemeState => getAppState().theme;
export const getPage = (): PageContext => getAppState().page;
export const getEditorState = (): EditorState => getAppState().edit;
export const getLiveState = (): LiveState => getAppState().live;
/** The live state where there is an app around (a mark drawn on its own, in a test, has none). */
export const findLiveState = (): LiveState | null => getContext<AppState | undefined>(KEY)?.live ?? null;
