// The view's state in one rune class, shared through context: which dataset, how far its load has
// got, which event is selected, the zoom, the chain and link settings, the source in focus, and
// requests to bring an event into view. Components read and call it; nothing else holds view state.
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { DatasetSource } from '../data/dataset-source.ts';
import type { LoadProgress } from '../data/load-dataset.ts';
import { refuseFile } from '../data/read-body.ts';
import type { ChainDirection } from '../model/chains.ts';
import type { Problem } from '../model/problems.ts';
import type { AxisMode } from '../scale/axis-model.ts';
import { IDENTITY, type ZoomState } from '../scale/time-scale.ts';

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

  /** The compact view (an iframe or a web component): no chrome beyond zoom, a link to the full view. */
  readonly embed: boolean;
  /** The address relative dataset URLs are resolved against, and "Data from ‹host›" compares with. */
  readonly pageUrl: string;

  constructor(source: DatasetSource, selectedId: string | null, options: { embed?: boolean; pageUrl?: string } = {}) {
    this.embed = options.embed ?? false;
    this.pageUrl = options.pageUrl ?? globalThis.location?.href ?? 'http://localhost/';
    this.source = source;
    this.selectedId = selectedId;
    if (selectedId) this.reveal = { id: selectedId, seq: 0 };
  }

  /** Select an event (or none); `reveal` also brings it into view. */
  select(id: string | null, options: { reveal?: boolean } = {}) {
    this.selectedId = id;
    if (id) this.panel = 'details';
    if (id && options.reveal) this.reveal = { id, seq: (this.reveal?.seq ?? 0) + 1 };
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
    this.reveal = null;
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
