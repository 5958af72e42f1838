// The chronology being written: the draft (the file's JSON, valid or not), its check with the
// loader's messages, the last valid graph the timeline draws, undo and redo, what the side panel
// edits, and the draft's keeping in this browser (saved within a second of each change, or kept in
// memory with the reason said when storage is refused). Edits are pure data (model/draft/).
// The checker (the schema, zod) and storage (idb) are loaded when edit mode first opens: a reader
// never pays for them.
import type { DraftRecord, DraftStore, DraftSummary } from '../data/draft-store.ts';
import { buildGraph, type EventGraph } from '../model/graph.ts';
import type { Collection } from '../model/item-context.ts';
import type { DraftCheck, DraftChecker } from '../model/draft/draft-check.ts';
import { applyOps, type DraftFile, type Op } from '../model/draft/draft-ops.ts';
import type { Edit } from '../model/draft/draft-edits.ts';

export type EditTarget = { readonly kind: Collection; readonly index: number } | { readonly kind: 'chronology' } | { readonly kind: 'capture' } | null;

export type SaveState =
  | { readonly state: 'idle' }
  | { readonly state: 'pending' }
  | { readonly state: 'saved'; readonly atMs: number }
  | { readonly state: 'memory'; readonly problem: string };

interface Step {
  readonly label: string;
  readonly forward: readonly Op[];
  readonly inverse: readonly Op[];
  /** Typing in one field makes one step: later changes with the same key, soon after, join it. */
  readonly coalesce?: string;
  readonly atMs: number;
}

/** How soon after the first change not yet saved the draft is written (the promise is: within a second). */
const SAVE_DELAY_MS = 300;
/** Changes to the same field within this long join one undo step. */
const COALESCE_MS = 1500;

export interface EditorOptions {
  readonly openStore?: () => Promise<{ readonly store: DraftStore } | { readonly problem: string }>;
  readonly now?: () => number;
}

let checkerModule: typeof import('../model/draft/draft-check.ts') | null = null;
const loadChecker = async () => (checkerModule ??= await import('../model/draft/draft-check.ts'));

let draftCounter = 0;
const newDraftId = (now: number) => `draft-${now.toString(36)}-${(draftCounter++).toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

export class EditorState {
  active = $state(false);
  /** A link asked for edit mode (`?edit`): it starts once the chronology has loaded. */
  wanted = $state(false);
  doc = $state.raw<DraftFile>({ version: 1, title: '', events: [] });
  check = $state.raw<DraftCheck>({ data: null, problems: [] });
  /** The last version without errors: what the timeline draws. Null until there is one. */
  graph = $state.raw<EventGraph | null>(null);
  target = $state.raw<EditTarget>(null);
  draftId = $state('');
  origin = $state('');
  save = $state.raw<SaveState>({ state: 'idle' });
  /** Drafts kept in this browser, newest first (read when asked). */
  drafts = $state.raw<readonly DraftSummary[]>([]);
  /** Said to screen readers after each change ("Moved event", "Undone: edit event title"). */
  announcement = $state('');
  /** Ids made from titles in this draft: they follow their title until the draft is downloaded. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read when an edit is made, never drawn
  readonly autoIds = new Set<string>();

  #undo = $state.raw<readonly Step[]>([]);
  #redo = $state.raw<readonly Step[]>([]);
  /** Settles once the draft has been checked (the checker's code is loaded on first use). */
  ready: Promise<void> = Promise.resolve();
  /** Null until the checker's code has loaded (the draft is checked then). */
  #checker: DraftChecker | null = null;
  #store: Promise<{ readonly store: DraftStore } | { readonly problem: string }> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #openStore;
  readonly #now;

  constructor(options: EditorOptions = {}) {
    this.#openStore = options.openStore ?? (() => import('../data/draft-store.ts').then((m) => m.openDraftStore()));
    this.#now = options.now ?? Date.now;
  }

  get canUndo() {
    return this.#undo.length > 0;
  }
  get canRedo() {
    return this.#redo.length > 0;
  }
  get undoLabel() {
    return this.#undo.at(-1)?.label ?? '';
  }
  get redoLabel() {
    return this.#redo.at(-1)?.label ?? '';
  }
  /** Changes made that are in memory only (not yet stored, or storage refused). */
  get unsaved(): boolean {
    return this.active && (this.save.state === 'pending' || (this.save.state === 'memory' && this.#undo.length + this.#redo.length > 0));
  }
  get errors() {
    return this.check.problems.filter((p) => p.severity === 'error');
  }

  /** Start editing `doc` (a new chronology, a loaded one, or a restored draft). */
  begin(doc: DraftFile, origin: string, restored?: Pick<DraftRecord, 'id' | 'autoIds' | 'savedAt'>) {
    this.active = true;
    this.origin = origin;
    this.draftId = restored?.id ?? newDraftId(this.#now());
    this.autoIds.clear();
    for (const id of restored?.autoIds ?? []) this.autoIds.add(id);
    this.#undo = [];
    this.#redo = [];
    this.#checker = checkerModule ? new checkerModule.DraftChecker() : null;
    this.graph = null;
    this.target = null;
    this.#set(doc);
    this.ready = this.#checker
      ? Promise.resolve()
      : loadChecker().then(({ DraftChecker }) => {
          this.#checker ??= new DraftChecker();
          this.#set(this.doc);
        });
    this.save = restored ? { state: 'saved', atMs: restored.savedAt } : { state: 'idle' };
    void this.#storage().then((s) => {
      if ('problem' in s && this.active) this.save = { state: 'memory', problem: s.problem };
    });
  }

  /** Leave edit mode (the draft stays stored, and can be restored). */
  end() {
    this.#flush();
    this.active = false;
    this.wanted = false;
    this.target = null;
  }

  /** Apply an edit as one undo step (or as part of the last, when `coalesce` names the same field soon after). */
  apply(edit: Edit, options: { coalesce?: string } = {}): void {
    if (edit.ops.length === 0) return;
    const { doc, inverse } = applyOps(this.doc, edit.ops);
    const now = this.#now();
    const last = this.#undo.at(-1);
    if (options.coalesce && last?.coalesce === options.coalesce && now - last.atMs < COALESCE_MS)
      this.#undo = [...this.#undo.slice(0, -1), { ...last, forward: [...last.forward, ...edit.ops], inverse: [...inverse, ...last.inverse], atMs: now }];
    else this.#undo = [...this.#undo, { label: edit.label, forward: edit.ops, inverse, coalesce: options.coalesce, atMs: now }];
    this.#redo = [];
    this.#set(doc);
    this.announcement = capitalise(edit.label);
    this.#changed();
  }

  undo() {
    const step = this.#undo.at(-1);
    if (!step) return;
    this.#undo = this.#undo.slice(0, -1);
    this.#redo = [...this.#redo, { ...step, coalesce: undefined }];
    this.#set(applyOps(this.doc, step.inverse).doc);
    this.announcement = `Undone: ${step.label}`;
    this.#changed();
  }

  redo() {
    const step = this.#redo.at(-1);
    if (!step) return;
    this.#redo = this.#redo.slice(0, -1);
    this.#undo = [...this.#undo, step];
    this.#set(applyOps(this.doc, step.forward).doc);
    this.announcement = `Redone: ${step.label}`;
    this.#changed();
  }

  /** The draft as the file is now; the check and the drawn graph follow at once. */
  #set(doc: DraftFile) {
    this.doc = doc;
    if (!this.#checker) return;
    this.check = this.#checker.check(doc);
    if (this.check.data) this.graph = buildGraph(this.check.data);
    if (this.target && this.target.kind !== 'chronology' && this.target.kind !== 'capture') {
      const list = doc[this.target.kind];
      if (!Array.isArray(list) || this.target.index >= list.length) this.target = null;
    }
  }

  #changed() {
    if (this.save.state === 'memory') return;
    this.save = { state: 'pending' };
    // Counted from the first change not yet saved, not the last: typing on never puts the save off.
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      void this.#write();
    }, SAVE_DELAY_MS);
  }

  #flush() {
    if (this.save.state !== 'pending') return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    void this.#write();
  }

  #record(): DraftRecord {
    const title = typeof this.doc.title === 'string' && this.doc.title.trim() ? this.doc.title : 'Untitled chronology';
    return { id: this.draftId, title, savedAt: this.#now(), origin: this.origin, doc: this.doc, autoIds: [...this.autoIds] };
  }

  async #write() {
    const record = this.#record();
    const storage = await this.#storage();
    if ('problem' in storage) {
      this.save = { state: 'memory', problem: storage.problem };
      return;
    }
    try {
      // $state.raw values are plain objects: structured clone takes them as they are.
      await storage.store.save(record);
      if (this.draftId === record.id && this.doc === record.doc) this.save = { state: 'saved', atMs: record.savedAt };
    } catch (error) {
      const { storageProblem } = await import('../data/draft-store.ts');
      this.save = { state: 'memory', problem: storageProblem(error) };
    }
  }

  #storage() {
    this.#store ??= this.#openStore();
    return this.#store;
  }

  /** The drafts kept in this browser (an empty list where storage is refused). */
  async refreshDrafts(): Promise<void> {
    const storage = await this.#storage();
    this.drafts = 'store' in storage ? await storage.store.list().catch(() => []) : [];
  }

  /** Why drafts cannot be kept here, or null when they can. */
  async storageRefusal(): Promise<string | null> {
    const storage = await this.#storage();
    return 'problem' in storage ? storage.problem : null;
  }

  async restore(id: string): Promise<boolean> {
    const storage = await this.#storage();
    const record = 'store' in storage ? await storage.store.get(id) : undefined;
    if (!record) return false;
    this.begin(record.doc, record.origin, record);
    return true;
  }

  async deleteDraft(id: string): Promise<void> {
    const storage = await this.#storage();
    if ('store' in storage) await storage.store.remove(id);
    await this.refreshDrafts();
  }

  /** The draft was downloaded: its ids are now published, and no longer follow their titles. */
  published() {
    this.autoIds.clear();
    this.#changed();
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
