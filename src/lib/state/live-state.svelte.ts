// A live story (`?live`, `<source-line live>`): how often its file is asked for again, what the
// versions that came since the page opened changed (each event "new" or "updated" until the reader
// has seen it), what was last said to screen readers, and why the last update could not be read.
//
// Seen: an event counts as seen once the reader selects it (on the timeline, in the list, from the
// list of what is new, by keyboard) or marks everything seen. Being on screen is not enough: an
// event drawn in the window when the update arrives would be cleared before anyone noticed it.
import type { EventGraph } from '../model/graph.ts';
import type { EventChanges } from '../model/live-diff.ts';
import { shortText } from '../model/display-text.ts';
import type { Problem } from '../model/problems.ts';
import { SvelteSet } from 'svelte/reactivity';
import { MAX_BACKOFF_MS } from './live-param.ts';

export type LiveFlag = 'new' | 'updated';

export interface LiveChange {
  readonly id: string;
  readonly flag: LiveFlag;
  readonly title: string;
  /** When the version that brought it was received (ms since 1970). */
  readonly at: number;
}

/** Why the last re-fetch could not be used: the first problem, where, and when. */
export interface LiveNote {
  readonly message: string;
  readonly at: number;
  /** When the next try is due, in ms from `at`. */
  readonly retryMs: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export class LiveState {
  /** The interval between checks, in ms; null when the story is not live. */
  readonly intervalMs: number | null;
  /** What the versions since the page opened changed, newest first; an event appears once. */
  changes = $state.raw<readonly LiveChange[]>([]);
  /** Events of `changes` the reader has seen. */
  readonly seen = new SvelteSet<string>();
  /** Why the last re-fetch could not be used; null once one could. */
  note = $state.raw<LiveNote | null>(null);
  /** What was last said to screen readers (politely). */
  announcement = $state('');
  /** When the file was last asked for and answered, well or not. */
  checkedAt = $state<number | null>(null);
  /** Called just before a new version is shown (the page keeps what the reader looks at in place). */
  beforeUpdate: (() => void) | null = null;
  /** Re-fetches that failed in a row (the interval doubles with each). */
  #failures = 0;

  constructor(seconds: number | null) {
    this.intervalMs = seconds === null ? null : seconds * 1000;
  }

  get active(): boolean {
    return this.intervalMs !== null;
  }

  /** The wait before the next check: the interval, doubled for each failure in a row (at most MAX_BACKOFF_MS); false when not live. */
  delayMs(): number | false {
    if (this.intervalMs === null) return false;
    return Math.min(this.intervalMs * 2 ** Math.min(this.#failures, 16), Math.max(MAX_BACKOFF_MS, this.intervalMs));
  }

  /** A first load of a story (another source): nothing has changed since it opened. */
  opened() {
    this.changes = [];
    this.seen.clear();
    this.note = null;
    this.#failures = 0;
  }

  /** The flag an event shows: "new" or "updated" until the reader has seen it. */
  flagOf(id: string): LiveFlag | null {
    if (this.changes.length === 0 || this.seen.has(id)) return null;
    return this.#flags.get(id) ?? null;
  }

  /** Each changed event's flag, looked up for every mark drawn. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew from `changes`, never changed
  readonly #flags = $derived(new Map(this.changes.map((c) => [c.id, c.flag] as const)));

  /** Changes the reader has not seen yet. */
  get unseen(): readonly LiveChange[] {
    return this.changes.filter((c) => !this.seen.has(c.id));
  }

  see(id: string) {
    if (!this.seen.has(id) && this.changes.some((c) => c.id === id)) this.seen.add(id);
  }

  seeAll() {
    for (const change of this.changes) this.seen.add(change.id);
  }

  /** The file was asked for and has not changed (a 304, or the same version). */
  unchanged(now = Date.now()) {
    this.checkedAt = now;
    this.#failures = 0;
    this.note = null;
  }

  /** A new version was read and is shown: flag what it added and changed, forget what it removed, and say so. */
  updated(changes: EventChanges, after: Pick<EventGraph, 'eventById'>, now = Date.now()) {
    this.beforeUpdate?.();
    this.unchanged(now);
    const titleOf = (id: string) => after.eventById.get(id)?.title ?? id;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never drawn
    const touched = new Set([...changes.added, ...changes.changed, ...changes.removed]);
    const flags = new Map(this.changes.map((c) => [c.id, c.flag] as const)); // eslint-disable-line svelte/prefer-svelte-reactivity -- a local lookup
    const previousFlag = (id: string) => flags.get(id);
    const fresh: LiveChange[] = [
      ...changes.added.map((id): LiveChange => ({ id, flag: 'new', title: titleOf(id), at: now })),
      // An event still unseen since it was added stays "new"; one seen before is "updated" again.
      ...changes.changed.map((id): LiveChange => {
        const flag = previousFlag(id) === 'new' && !this.seen.has(id) ? 'new' : 'updated';
        return { id, flag, title: titleOf(id), at: now };
      }),
    ];
    this.changes = [...fresh, ...this.changes.filter((c) => !touched.has(c.id))];
    for (const id of touched) this.seen.delete(id);
    this.announcement = announce(changes, titleOf);
  }

  /** A new version could not be read: the last good one stays, with a quiet note, and the next try waits longer. */
  failed(problems: readonly Problem[], summary: string, now = Date.now()) {
    this.checkedAt = now;
    this.#failures++;
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    const where = first?.path ? ` (${first.path})` : '';
    const message = first ? `${first.message}${where}` : summary;
    const more = problems.length > 1 ? `, and ${plural(problems.length - 1, 'other problem', 'other problems')}` : '';
    this.note = { message: `${message}${more}`, at: now, retryMs: this.delayMs() || 0 };
    this.announcement = 'The story could not be updated; the last version that could be read is shown.';
  }
}

/** What screen readers are told of an update: how many events are new and updated, and the first titles. */
export function announce(changes: EventChanges, titleOf: (id: string) => string): string {
  const parts = [
    changes.added.length ? plural(changes.added.length, 'new event', 'new events') : '',
    changes.changed.length ? plural(changes.changed.length, 'event updated', 'events updated') : '',
    changes.removed.length ? plural(changes.removed.length, 'event removed', 'events removed') : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'The story was updated; no event changed.';
  const named = [...changes.added, ...changes.changed].slice(0, 3).map((id) => shortText(titleOf(id), 80));
  const more = changes.added.length + changes.changed.length - named.length;
  const list = named.length ? `: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}` : '';
  return `Story updated, ${parts.join(', ')}${list}.`;
}
