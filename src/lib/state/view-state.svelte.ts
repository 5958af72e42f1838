// The view's state in one rune class, shared through context: which dataset, which event is
// selected, the zoom, and requests to bring an event into view. Components read and call it;
// nothing else holds view state.
import { getContext, setContext } from 'svelte';
import type { DatasetSource } from '../data/dataset-source.ts';
import { refuseFile } from '../data/read-body.ts';
import type { Problem } from '../model/problems.ts';
import { IDENTITY, type ZoomState } from '../scale/time-scale.ts';

const KEY = Symbol('sourceline view state');

export class ViewState {
  source = $state.raw<DatasetSource>() as DatasetSource;
  selectedId = $state<string | null>(null);
  zoom = $state.raw<ZoomState>(IDENTITY);
  /** The event the timeline should bring into view next; `seq` makes a repeat request a new one. */
  reveal = $state.raw<{ readonly id: string; readonly seq: number } | null>(null);
  /** A refusal that is not about the loaded data (a dropped folder, two files at once). */
  notice = $state.raw<Problem | null>(null);
  /** The last source that loaded, to go back to after a file that could not be shown. */
  lastGoodSource = $state.raw<DatasetSource | null>(null);

  constructor(source: DatasetSource, selectedId: string | null) {
    this.source = source;
    this.selectedId = selectedId;
    if (selectedId) this.reveal = { id: selectedId, seq: 0 };
  }

  /** Select an event (or none); `reveal` also brings it into view. */
  select(id: string | null, options: { reveal?: boolean } = {}) {
    this.selectedId = id;
    if (id && options.reveal) this.reveal = { id, seq: (this.reveal?.seq ?? 0) + 1 };
  }

  /** Open a local file, unless it plainly is not a dataset (an image, too big): then say why, keep the story. */
  openFile(file: File) {
    const refusal = refuseFile(file);
    if (refusal) this.notice = refusal.problems[0]!;
    else this.open({ kind: 'file', file });
  }

  open(source: DatasetSource) {
    this.source = source;
    this.notice = null;
    this.selectedId = null;
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
