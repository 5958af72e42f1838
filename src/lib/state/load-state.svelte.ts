// Which dataset is shown and how far its load has got: the source, its progress, a cancelled load, a
// refusal that is not about the data (a dropped folder), and the last dataset that loaded, kept with
// the reader's view of it so that going back after a file that could not be shown restores both.
import type { DatasetSource } from '../data/dataset-source.ts';
import type { LoadProgress } from '../data/load-dataset.ts';
import type { Problem } from '../model/problems.ts';
import type { UrlView } from './url-state.ts';

/** What a load needs of the view: to start afresh for new data, and to keep and give back the reader's view. */
export interface ViewKeeper {
  reset(): void;
  capture(): UrlView;
  restore(view: UrlView): void;
}

export class LoadState {
  source = $state.raw<DatasetSource>() as DatasetSource;
  /** How far the load of `source` has got; null before its first report. */
  loading = $state.raw<{ readonly source: DatasetSource; readonly progress: LoadProgress } | null>(null);
  /** A source whose load the reader cancelled, said on the page until another dataset is opened. */
  cancelled = $state.raw<DatasetSource | null>(null);
  /** A refusal that is not about the loaded data (a dropped folder, two files at once). */
  notice = $state.raw<Problem | null>(null);
  /** True when nothing was loaded because the address asked for was refused (see withhold). */
  withheld = $state(false);
  /** The last dataset that loaded before the one asked for now, with the view the reader had of it. */
  previous = $state.raw<{ readonly source: DatasetSource; readonly view: UrlView } | null>(null);

  readonly #view: ViewKeeper;
  /** The source that last loaded (whether it is still shown or not). */
  #loaded: DatasetSource | null = null;

  constructor(source: DatasetSource, view: ViewKeeper) {
    this.source = source;
    this.#view = view;
  }

  /** The current source has loaded and is shown. */
  loaded() {
    this.#loaded = this.source;
  }

  /** A load's progress, kept only while it is the current source's (an older load may still report). */
  reportProgress(source: DatasetSource, progress: LoadProgress) {
    if (source === this.source) this.loading = { source, progress };
  }

  /** Open another dataset; the one shown now, if it loaded, can be gone back to with the view it had. */
  open(source: DatasetSource) {
    if (this.#loaded === this.source && source !== this.source) this.previous = { source: this.source, view: this.#view.capture() };
    this.source = source;
    this.loading = null;
    this.cancelled = null;
    this.notice = null;
    this.withheld = false;
    this.#view.reset();
  }

  /** Nothing is loaded: the data's address was refused (an element's `src="javascript:…"`), and said so. */
  withhold(problem: Problem) {
    this.notice = problem;
    this.cancelled = this.source;
    this.withheld = true;
  }

  /** Say why something offered to be opened was not (the dataset shown stays). */
  refuse(problem: Problem) {
    this.notice = problem;
  }

  /** Back to the dataset that loaded before, and to the view the reader had of it. */
  back() {
    const previous = this.previous;
    if (!previous) return;
    this.open(previous.source);
    this.#view.restore(previous.view);
  }

  /** Whether there is a loaded dataset, other than the one asked for, to go back to. */
  get canGoBack(): boolean {
    return this.previous !== null && this.previous.source !== this.source;
  }

  /** The reader cancelled the current load: back to the last dataset that loaded, or to an empty page saying so. */
  cancel() {
    const source = this.source;
    if (this.canGoBack) this.back();
    this.cancelled = source;
  }
}
