// The view as a link carries it, both ways: the link for what is on screen (Share, the embed's
// "Open in Sourceline", the presenter's window), and a link's view taken in (on load, on Back).
import { DEFAULT_DATASET } from '../data/dataset-source.ts';
import type { AppState } from './app-state.svelte.ts';
import { writeUrlView, type UrlView } from './url-state.ts';

/** The dataset as a link names it: as written, or nothing for the default story (and for a local file). */
export function srcParam({ load }: Pick<AppState, 'load'>): string | null {
  return load.source.kind === 'url' && load.source.param !== DEFAULT_DATASET ? load.source.param : null;
}

/** The view as a link would carry it (see url-state.ts). */
export function toUrlView(app: AppState): UrlView {
  const { view, presentation, page } = app;
  return {
    src: srcParam(app),
    ...(app.load.source.kind === 'file' ? { file: app.load.source.file.name } : {}),
    event: view.selectedId,
    window: view.windowMs,
    search: view.search,
    actors: [...view.filterActors],
    tags: [...view.filterTags],
    linkTypes: [...view.filterLinkTypes],
    range: view.filterRange,
    filterMode: view.filterMode,
    chain: view.chainDirection,
    steps: view.chainSteps,
    axis: view.axisMode,
    panel: view.panel,
    source: view.sourceId,
    hiddenLinks: [...view.hiddenLinkTypes],
    embed: page.embed,
    present: presentation.presenting,
    step: presentation.step,
    presenter: presentation.presenter,
    parentOrigin: page.parentOrigin,
    mode: view.mode,
    area: view.filterArea,
    highlightActor: view.actorId,
    lens: view.lens,
    density: view.densityMode,
    edit: app.edit.active,
    live: app.live.intervalMs === null ? null : app.live.intervalMs / 1000,
  };
}

/** Take a link's view (on load, and on Back and Forward); the dataset itself is not changed here. */
export function applyUrlView({ view, presentation, edit }: AppState, url: UrlView) {
  const replace = (set: Set<string>, values: readonly string[]) => {
    set.clear();
    for (const v of values) set.add(v);
  };
  view.selectedId = url.event;
  view.search = url.search;
  replace(view.filterActors, url.actors);
  replace(view.filterTags, url.tags);
  replace(view.filterLinkTypes, url.linkTypes);
  view.filterRange = url.range;
  view.filterArea = url.area ?? null;
  view.mode = url.mode ?? 'timeline';
  view.actorId = url.highlightActor ?? null;
  view.lens = url.lens ?? null;
  view.densityMode = url.density ?? 'bands';
  view.filterMode = url.filterMode;
  view.chainDirection = url.chain;
  view.chainSteps = url.steps;
  view.axisMode = url.axis;
  view.panel = url.panel;
  view.sourceId = url.source;
  replace(view.hiddenLinkTypes, url.hiddenLinks);
  presentation.presenting = url.present;
  presentation.presenter = url.presenter;
  presentation.step = url.step;
  edit.wanted = url.edit === true;
  view.showWindow(url.window);
  if (!url.window && url.event && !url.present) view.reveal(url.event);
}

/** The query string of a link to this view. */
export function linkQuery(app: AppState, options: { embed?: boolean } = {}): string {
  return writeUrlView({ ...toUrlView(app), embed: options.embed ?? app.page.embed });
}

/** A link to this view in the full app (from an embed). A web component's relative `src` is made absolute. */
export function fullViewUrl(app: AppState): string {
  const { page, load } = app;
  const appBase = page.appUrl.split(/[?#]/)[0]!;
  const elsewhere = appBase !== page.pageUrl.split(/[?#]/)[0];
  const src = elsewhere && load.source.kind === 'url' ? load.source.href : srcParam(app);
  return `${appBase}${writeUrlView({ ...toUrlView(app), src, embed: false, edit: false })}`;
}

/** The presenter's window for this presentation: same dataset and step, notes shown. */
export function presenterUrl(app: AppState): string {
  return `${app.page.pageUrl.split(/[?#]/)[0]}${writeUrlView({ ...toUrlView(app), present: false, presenter: true, embed: false, edit: false })}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` snippet that embeds the compact view at `embedUrl` (Share, and Publish in the editor). */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(title)} (Sourceline)" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
