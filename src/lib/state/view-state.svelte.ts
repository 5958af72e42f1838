// The view's state in one rune class, shared through context: which dataset, how far its load has
// got, which event is selected, the zoom, the chain and link settings, the source in focus, and
// requests to bring an event into view. Components read and call it; nothing else holds view state.
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { DEFAULT_DATASET, type DatasetSource } from '../data/dataset-source.ts';
import type { LoadProgress } from '../data/load-dataset.ts';
import { refuseFile } from '../data/read-body.ts';
import type { ChainDirection } from '../model/chains.ts';
import type { Problem } from '../model/problems.ts';
import type { AxisMode } from '../scale/axis-model.ts';
import { IDENTITY, type ZoomState } from '../scale/time-scale.ts';
import { DEFAULT_URL_VIEW, writeUrlView, type FilterMode, type UrlView } from './url-state.ts';

const KEY = Symbol('sourceline view state');

export class ViewState {
  source = $state.raw<DatasetSource>() as DatasetSource;
  selectedId = $state<string | null>(null);
  zoom = $state.raw<ZoomState>(IDENTITY);
  /** Linear or collapsed time; null follows the data (collapsed when it has long empty stretches). */
  axisMode = $state<AxisMode | null>(null);
  /** Which way the selected event's chain is followed, and how many steps (Infinity: all). */
  chainDirection = $state<ChainDirection>('both');
  chainSteps = $state(Infinity);
  /** Link types the reader has switched off (link types, and "about" for quotes' relations). */
  readonly hiddenLinkTypes = new SvelteSet<string>();
  /** The side panel: the selected event's details, or the list of sources. */
  panel = $state<'details' | 'sources'>('details');
  /** A source whose events and quotes are highlighted on the timeline. */
  sourceId = $state<string | null>(null);
  /** What the reader searches for; matching events are highlighted. */
  search = $state('');
  /** Filters: events of these actors, with these tags, with links of these types, in this range. */
  readonly filterActors = new SvelteSet<string>();
  readonly filterTags = new SvelteSet<string>();
  readonly filterLinkTypes = new SvelteSet<string>();
  filterRange = $state.raw<readonly [number, number] | null>(null);
  /** Events filtered out are hidden, or dimmed in place. */
  filterMode = $state<FilterMode>('hide');
  /** The time window on screen, as the timeline last drew it. */
  windowMs = $state.raw<readonly [number, number] | null>(null);
  /** A time window the timeline should show next (from a link); `seq` makes a repeat a new one. */
  windowRequest = $state.raw<{ readonly window: readonly [number, number] | null; readonly seq: number; readonly animate?: boolean } | null>(null);
  /** Presentation mode, and the step shown (counting from 1). */
  presenting = $state(false);
  /** This window is the presenter's (notes, next step), in step with the presentation window. */
  presenter = $state(false);
  step = $state(1);
  /** The timeline shows a list instead of a chart (a document in time order, for any reader). */
  listView = $state(false);
  /** The colour theme the reader picked, and whether the page is dark now (that choice, or the system's). */
  theme = $state<'system' | 'light' | 'dark'>('system');
  systemDark = $state(false);
  get dark(): boolean {
    return this.theme === 'dark' || (this.theme === 'system' && this.systemDark);
  }
  /** Settings from the page's link that were ignored, said once on the page. */
  ignored = $state.raw<readonly string[]>([]);
  /** The event the timeline should bring into view next; `seq` makes a repeat request a new one. */
  reveal = $state.raw<{ readonly id: string; readonly seq: number } | null>(null);
  /** A refusal that is not about the loaded data (a dropped folder, two files at once). */
  notice = $state.raw<Problem | null>(null);
  /** The last source that loaded, to go back to after a file that could not be shown. */
  lastGoodSource = $state.raw<DatasetSource | null>(null);
  /** How far the load of `source` has got; null before its first report. */
  loading = $state.raw<{ readonly source: DatasetSource; readonly progress: LoadProgress } | null>(null);
  /** A source whose load the reader cancelled, said on the page until another dataset is opened. */
  cancelled = $state.raw<DatasetSource | null>(null);

  /** Numbers requests (reveal, window) so a repeat is a new one; not reactive, so asking never depends on asking. */
  #requests = 0;

  /** The compact view (an iframe or a web component): no chrome beyond zoom, a link to the full view. */
  readonly embed: boolean;
  /** The address relative dataset URLs are resolved against, and "Data from ‹host›" compares with. */
  readonly pageUrl: string;
  /** Where the full app lives ("Open in Sourceline"): the page itself, or the app beside a web component's script. */
  readonly appUrl: string;
  /** In an <iframe>: the embedding page's origin, kept in the frame's URL (see embed-messages.ts). */
  readonly parentOrigin: string | null;

  constructor(source: DatasetSource, url: Partial<UrlView> = {}, options: { embed?: boolean; pageUrl?: string; appUrl?: string } = {}) {
    this.embed = options.embed ?? url.embed ?? false;
    this.pageUrl = options.pageUrl ?? globalThis.location?.href ?? 'http://localhost/';
    this.appUrl = options.appUrl ?? this.pageUrl;
    this.parentOrigin = url.parentOrigin ?? null;
    this.source = source;
    this.applyUrlView({ ...DEFAULT_URL_VIEW, ...url });
  }

  /** The dataset as a link names it: as written, or nothing for the default story (and for a local file). */
  get srcParam(): string | null {
    return this.source.kind === 'url' && this.source.param !== DEFAULT_DATASET ? this.source.param : null;
  }

  /** The query string of a link to this view. */
  linkQuery(options: { embed?: boolean } = {}): string {
    return writeUrlView({ ...this.toUrlView(), embed: options.embed ?? this.embed });
  }

  /** A link to this view in the full app (from an embed). A web component's relative `src` is made absolute. */
  fullViewUrl(): string {
    const app = this.appUrl.split(/[?#]/)[0]!;
    const elsewhere = app !== this.pageUrl.split(/[?#]/)[0];
    const src = elsewhere && this.source.kind === 'url' ? this.source.href : this.srcParam;
    return `${app}${writeUrlView({ ...this.toUrlView(), src, embed: false })}`;
  }

  /** The presenter's window for this presentation: same dataset and step, notes shown. */
  presenterUrl(): string {
    return `${this.pageUrl.split(/[?#]/)[0]}${writeUrlView({ ...this.toUrlView(), present: false, presenter: true, embed: false })}`;
  }

  /** The view as a link would carry it (see url-state.ts). */
  toUrlView(): UrlView {
    return {
      src: this.srcParam,
      event: this.selectedId,
      window: this.windowMs,
      search: this.search,
      actors: [...this.filterActors],
      tags: [...this.filterTags],
      linkTypes: [...this.filterLinkTypes],
      range: this.filterRange,
      filterMode: this.filterMode,
      chain: this.chainDirection,
      steps: this.chainSteps,
      axis: this.axisMode,
      panel: this.panel,
      source: this.sourceId,
      hiddenLinks: [...this.hiddenLinkTypes],
      embed: this.embed,
      present: this.presenting,
      step: this.step,
      presenter: this.presenter,
      parentOrigin: this.parentOrigin,
    };
  }

  /** Take a link's view (on load, and on back/forward); the dataset itself is not changed here. */
  applyUrlView(url: UrlView) {
    const replace = (set: SvelteSet<string>, values: readonly string[]) => {
      set.clear();
      for (const v of values) set.add(v);
    };
    this.selectedId = url.event;
    this.search = url.search;
    replace(this.filterActors, url.actors);
    replace(this.filterTags, url.tags);
    replace(this.filterLinkTypes, url.linkTypes);
    this.filterRange = url.range;
    this.filterMode = url.filterMode;
    this.chainDirection = url.chain;
    this.chainSteps = url.steps;
    this.axisMode = url.axis;
    this.panel = url.panel;
    this.sourceId = url.source;
    replace(this.hiddenLinkTypes, url.hiddenLinks);
    this.presenting = url.present;
    this.presenter = url.presenter;
    this.step = url.step;
    if (url.window) this.windowRequest = { window: url.window, seq: ++this.#requests };
    else if (url.event && !url.present) this.reveal = { id: url.event, seq: ++this.#requests };
  }

  /** Settings that name what this dataset does not have (a link made for another version): dropped, and said. */
  /** The events of the dataset shown (known once it has loaded), so a request naming another is refused. */
  #eventIds: ReadonlyMap<string, unknown> | null = null;

  /** Whether the dataset shown has this event (false before it has loaded). */
  hasEvent(id: string): boolean {
    return this.#eventIds?.has(id) ?? false;
  }

  dropStale(graph: {
    eventById: ReadonlyMap<string, unknown>;
    actorById: ReadonlyMap<string, unknown>;
    sourceById: ReadonlyMap<string, unknown>;
    events: readonly { tags?: readonly string[] }[];
  }) {
    this.#eventIds = graph.eventById;
    const notes: string[] = [];
    if (this.selectedId !== null && !graph.eventById.has(this.selectedId)) {
      notes.push(`event=${this.selectedId}: there is no such event in this dataset`);
      this.selectedId = null;
    }
    for (const actor of [...this.filterActors])
      if (!graph.actorById.has(actor)) {
        notes.push(`actor=${actor}: there is no such actor in this dataset`);
        this.filterActors.delete(actor);
      }
    // Gathered only when a link names tags (a pass over every event).
    const tags: readonly string[] = this.filterTags.size > 0 ? graph.events.flatMap((e) => e.tags ?? []) : [];
    for (const tag of [...this.filterTags])
      if (!tags.includes(tag)) {
        notes.push(`tag=${tag}: no event has this tag`);
        this.filterTags.delete(tag);
      }
    if (this.sourceId !== null && !graph.sourceById.has(this.sourceId)) {
      notes.push(`source=${this.sourceId}: there is no such source in this dataset`);
      this.sourceId = null;
    }
    if (notes.length > 0) this.ignored = [...this.ignored, ...notes];
  }

  /** Bring an event into view without selecting it (keyboard focus moving along the events). */
  revealEvent(id: string) {
    this.reveal = { id, seq: ++this.#requests };
  }

  /** Show a time window (null: everything), animated unless the reader prefers reduced motion. */
  showWindow(window: readonly [number, number] | null, animate = true) {
    this.windowRequest = { window, seq: ++this.#requests, animate };
  }

  /** Any filter in force. */
  get filtering(): boolean {
    return this.filterActors.size + this.filterTags.size + this.filterLinkTypes.size > 0 || this.filterRange !== null;
  }

  clearFilters() {
    this.filterActors.clear();
    this.filterTags.clear();
    this.filterLinkTypes.clear();
    this.filterRange = null;
  }

  /** Select an event (or none); `reveal` also brings it into view. */
  select(id: string | null, options: { reveal?: boolean } = {}) {
    this.selectedId = id;
    if (id) this.panel = 'details';
    if (id && options.reveal) this.reveal = { id, seq: ++this.#requests };
  }

  toggleLinkType(type: string, shown: boolean) {
    if (shown) this.hiddenLinkTypes.delete(type);
    else this.hiddenLinkTypes.add(type);
  }

  /** Open a local file, unless it plainly is not a dataset (an image, too big): then say why, keep the story. */
  openFile(file: File) {
    const refusal = refuseFile(file);
    if (refusal) this.notice = refusal.problems[0]!;
    else this.open({ kind: 'file', file });
  }

  /** A load's progress, kept only while it is the current source's (an older load may still report). */
  reportProgress(source: DatasetSource, progress: LoadProgress) {
    if (source === this.source) this.loading = { source, progress };
  }

  /** The reader cancelled the current load: back to the last dataset that loaded, or to an empty page saying so. */
  cancelLoad() {
    const source = this.source;
    const back = this.lastGoodSource;
    if (back && back !== source) this.open(back);
    this.cancelled = source;
  }

  open(source: DatasetSource) {
    this.source = source;
    this.loading = null;
    this.cancelled = null;
    this.notice = null;
    this.selectedId = null;
    this.sourceId = null;
    this.search = '';
    this.clearFilters();
    this.reveal = null;
    this.windowRequest = null;
    this.windowMs = null;
    this.zoom = IDENTITY;
  }
}

export function setViewState(state: ViewState): ViewState {
  return setContext(KEY, state);
}

export function getViewState(): ViewState {
  const state = getContext<ViewState | undefined>(KEY);
  if (!state) throw new Error('No ViewState was found in context. Did you forget to call setViewState(new ViewState(…)) in a parent component (App.svelte)?');
  return state;
}
