// What the reader is looking at, as one rune class: the time window (the one truth for it, in
// milliseconds), the selected event, the chain and link settings, the search and the filters, and
// which panel or view is open. Components read it and call its methods; the chart is the one writer
// of the window it draws (chartShowed), and carries out the commands that need its geometry.
import { SvelteSet } from 'svelte/reactivity';
import type { GeoArea } from '../model/area.ts';
import type { ChainDirection } from '../model/chains.ts';
import type { WindowMs } from '../model/in-view.ts';
import type { AxisMode } from '../scale/axis-model.ts';
import type { Lens } from '../scale/lens.ts';
import type { DensityMode, FilterMode, ViewMode } from './url-state.ts';

/** What the drawn chart does for the view: the commands that need its scale. */
export interface ChartCommands {
  /** Move to a window (null: everything), animated unless the reader prefers reduced motion; then keep an event in sight. */
  show(window: WindowMs | null, inSight?: string): void;
  /** Bring an event into view as a labelled mark, with its neighbours for context. */
  reveal(id: string): void;
}

const sameWindow = (a: WindowMs | null, b: WindowMs | null) => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);

export class ViewState {
  /** The time window on screen, [startMs, endMs]; null shows the whole chronology. */
  windowMs = $state.raw<WindowMs | null>(null);
  /** The whole chronology as the chart draws it (its axis, padding included); null before a chart is drawn. */
  extentMs = $state.raw<WindowMs | null>(null);
  selectedId = $state<string | null>(null);
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
  filterRange = $state.raw<WindowMs | null>(null);
  /** Events placed in this area of the map ([west, south, east, north]), brushed on the map. */
  filterArea = $state.raw<GeoArea | null>(null);
  /** Events filtered out are hidden, or dimmed in place. */
  filterMode = $state<FilterMode>('hide');
  /** How the chronology is shown: the timeline, a list instead of it (a document in time order, for
   *  any reader), or a map or a network above it. */
  mode = $state<ViewMode>('timeline');
  /** Lanes with too many events to draw one by one: as density bands, or as a heat strip (cells coloured by count). */
  densityMode = $state<DensityMode>('bands');
  /** An actor whose events are highlighted on every view (chosen on the network). */
  actorId = $state<string | null>(null);
  /** A period opened to full detail, the rest of the axis compressed on either side (null: no lens). */
  lens = $state.raw<Lens | null>(null);
  /** Settings from the page's link that were ignored, said once on the page. */
  ignored = $state.raw<readonly string[]>([]);

  #chart: ChartCommands | null = null;
  /** An event to bring into view once a chart is drawn (a link's `event=`, before the data has loaded). */
  #revealWhenDrawn: string | null = null;
  /** An event whose lane to scroll into sight once a chart is drawn (a presentation opened at a step). */
  #inSightWhenDrawn: string | null = null;
  /** The events of the dataset shown (known once it has loaded), so a request naming another is refused. */
  #eventIds: ReadonlyMap<string, unknown> | null = null;

  /** The window shown, whole or not: what the toolbar, print and export name. */
  get shownMs(): WindowMs | null {
    return this.windowMs ?? this.extentMs;
  }

  /** The chart reports the window it now shows (a gesture, an animation, a resize) and its whole extent: its one way to write. */
  chartShowed(window: WindowMs | null, extentMs: WindowMs) {
    if (!sameWindow(window, this.windowMs)) this.windowMs = window;
    if (!sameWindow(extentMs, this.extentMs)) this.extentMs = extentMs;
  }

  /**
   * Show a window (null: everything): animated by the chart when one is drawn, else at once; `inSight`
   * names an event whose lane the chart then scrolls into sight (a presentation's step).
   */
  showWindow(window: WindowMs | null, options: { animate?: boolean; inSight?: string } = {}) {
    if (options.animate && this.#chart) return this.#chart.show(window, options.inSight);
    this.windowMs = window;
    if (options.inSight && !this.#chart) this.#inSightWhenDrawn = options.inSight;
  }

  /**
   * Open a lens on a period, or close it (null). A lens opened anew shows the whole axis (the period in
   * detail, the rest compressed beside it); one moved or resized (`fit` false) keeps the window.
   */
  openLens(lens: Lens | null, fit = true) {
    this.lens = lens;
    if (lens && fit) this.showWindow(null, { animate: true });
  }

  /** Bring an event into view without selecting it (keyboard focus moving along the events). */
  reveal(id: string) {
    if (this.#chart) this.#chart.reveal(id);
    else this.#revealWhenDrawn = id;
  }

  /** The list view instead of the timeline (mode 'list'). */
  get listView(): boolean {
    return this.mode === 'list';
  }
  set listView(list: boolean) {
    this.mode = list ? 'list' : 'timeline';
  }

  /** Select an event (or none); `reveal` also brings it into view. An actor's highlight gives way to it. */
  select(id: string | null, options: { reveal?: boolean } = {}) {
    this.selectedId = id;
    if (id) this.actorId = null;
    if (id) this.panel = 'details';
    if (id && options.reveal) this.reveal(id);
  }

  /** A drawn chart takes the view's commands until it is gone (call in an effect: returns the cleanup). */
  connectChart(chart: ChartCommands): () => void {
    this.#chart = chart;
    const [pending, inSight] = [this.#revealWhenDrawn, this.#inSightWhenDrawn];
    this.#revealWhenDrawn = this.#inSightWhenDrawn = null;
    if (pending) chart.reveal(pending);
    else if (inSight) chart.show(this.windowMs, inSight);
    return () => {
      if (this.#chart === chart) this.#chart = null;
    };
  }

  /** Highlight an actor's events (null: none); the selection gives way to it. */
  highlightActor(id: string | null) {
    this.actorId = id;
    if (id) this.selectedId = null;
  }

  toggleLinkType(type: string, shown: boolean) {
    if (shown) this.hiddenLinkTypes.delete(type);
    else this.hiddenLinkTypes.add(type);
  }

  /** Any filter in force. */
  get filtering(): boolean {
    return this.filterActors.size + this.filterTags.size + this.filterLinkTypes.size > 0 || this.filterRange !== null || this.filterArea !== null;
  }

  clearFilters() {
    this.filterActors.clear();
    this.filterTags.clear();
    this.filterLinkTypes.clear();
    this.filterRange = null;
    this.filterArea = null;
  }

  /** A new dataset: nothing selected, searched or filtered, the whole of it in view. */
  reset() {
    this.selectedId = null;
    this.sourceId = null;
    this.actorId = null;
    this.search = '';
    this.clearFilters();
    this.windowMs = null;
    this.lens = null;
    this.#revealWhenDrawn = this.#inSightWhenDrawn = null;
    this.#eventIds = null;
  }

  /** Whether the dataset shown has this event (false before it has loaded). */
  hasEvent(id: string): boolean {
    return this.#eventIds?.has(id) ?? false;
  }

  /**
   * Settings that name what this dataset does not have (a link made for another version): dropped, and
   * said. `fromLink` false: a later version of the same dataset (a live update, an edit) removed them:
   * dropped without a word here (the update says what it removed).
   */
  dropStale(
    graph: {
      eventById: ReadonlyMap<string, unknown>;
      actorById: ReadonlyMap<string, unknown>;
      sourceById: ReadonlyMap<string, unknown>;
      events: readonly { tags?: readonly string[] }[];
    },
    fromLink = true,
  ) {
    this.#eventIds = graph.eventById;
    const notes: string[] = [];
    if (this.selectedId !== null && !graph.eventById.has(this.selectedId)) {
      notes.push(`event=${this.selectedId}: there is no such event in this dataset`);
      this.selectedId = null;
      this.#revealWhenDrawn = null;
    }
    for (const actor of [...this.filterActors])
      if (!graph.actorById.has(actor)) {
        notes.push(`actor=${actor}: there is no such actor in this dataset`);
        this.filterActors.delete(actor);
      }
    if (this.actorId !== null && !graph.actorById.has(this.actorId)) {
      notes.push(`highlight-actor=${this.actorId}: there is no such actor in this dataset`);
      this.actorId = null;
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
    if (notes.length > 0 && fromLink) this.ignored = [...this.ignored, ...notes];
  }
}
