// Where drafts are kept: IndexedDB through idb. A draft is its head (title, time, top-level fields)
// and its lists in chunks of 500 items: a save writes only the chunks whose items changed since the
// last (an edit makes new objects only for what it touches), so a 10,000-event draft is not cloned
// whole at every keystroke. A save with many chunks to write (the first of a large draft) writes them
// a few per task, each under a new key, and the head that names them last: the page answers between,
// and a crash midway leaves the previous version whole. Opening it may be refused (a
// sandboxed frame throws SecurityError on touching indexedDB, private modes refuse to open, a full
// disk refuses a write): each refusal comes back as a sentence for the author, never as a throw.
import { openDB, type IDBPDatabase } from 'idb';
import type { DraftFile, Json } from '../model/draft/draft-ops.ts';

export interface DraftRecord {
  readonly id: string;
  readonly title: string;
  /** ms since 1970 of the last change saved. */
  readonly savedAt: number;
  /** Where the chronology came from: "New chronology", or the file or address it was opened from. */
  readonly origin: string;
  readonly doc: DraftFile;
  /** Ids the editor made from titles (they follow the title until the draft is downloaded). */
  readonly autoIds: readonly string[];
}

export type DraftSummary = Pick<DraftRecord, 'id' | 'title' | 'savedAt' | 'origin'>;

export interface DraftStore {
  save(record: DraftRecord): Promise<void>;
  get(id: string): Promise<DraftRecord | undefined>;
  list(): Promise<DraftSummary[]>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'sourceline-drafts';
const STORE = 'drafts';
const CHUNKS = 'chunks';
const CHUNK_ITEMS = 500;
/** Chunks cloned and written in one task (a chunk of 500 events takes a few milliseconds). */
const CHUNKS_PER_TASK = 2;

/** What is kept of a draft apart from its lists' items: `lists` counts each list's chunks. */
interface DraftHead extends Omit<DraftRecord, 'doc'> {
  readonly rest: Readonly<Record<string, Json>>;
  readonly lists: Readonly<Record<string, number>>;
  /** Each list's chunks' keys, in order (drafts stored before these were kept have `events:3`). */
  readonly keys?: Readonly<Record<string, readonly string[]>>;
}

/** A chunk as last written: its key in the store and its items (compared by identity). */
interface Written {
  readonly key: string;
  readonly items: readonly Json[];
}

interface DraftChunk {
  readonly draft: string;
  /** `events:3`: the fourth chunk of the events. */
  readonly key: string;
  readonly items: readonly Json[];
}

/** Why storage was refused, in words an author can act on. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') return 'this browser’s storage is full';
  if (name === 'SecurityError') return 'this page may not store anything here (a private window, or a frame without storage)';
  if (name === 'InvalidStateError') return 'this browser refuses to store anything in this window (private browsing)';
  return `this browser refused to store the draft (${name || String(error)})`;
}

const sameItems = (a: readonly Json[] | undefined, b: readonly Json[]) => a !== undefined && a.length === b.length && a.every((item, i) => item === b[i]);

class IdbDraftStore implements DraftStore {
  /** Per draft, each chunk (`events:3`) as last written. */
  readonly #written = new Map<string, Map<string, Written>>();
  /** Saves and removals one after another: a save written over several tasks is never interleaved. */
  #queue: Promise<unknown> = Promise.resolve();
  #stamp = 0;

  constructor(private readonly db: IDBPDatabase) {}

  #then<T>(work: () => Promise<T>): Promise<T> {
    const done = this.#queue.then(work);
    this.#queue = done.catch(() => undefined);
    return done;
  }

  save(record: DraftRecord) {
    return this.#then(() => this.#save(record));
  }

  async #save(record: DraftRecord) {
    const { doc, ...meta } = record;
    const rest: Record<string, Json> = {};
    const lists: Record<string, number> = {};
    const keys: Record<string, string[]> = {};
    const chunks = new Map<string, Written>();
    const toWrite: DraftChunk[] = [];
    const written = this.#written.get(record.id);
    // New chunks get keys no earlier save used: the head written last is what makes them the draft's.
    const stamp = `${Date.now().toString(36)}.${(this.#stamp++).toString(36)}`;
    for (const [list, value] of Object.entries(doc)) {
      if (!Array.isArray(value)) {
        rest[list] = value;
        continue;
      }
      lists[list] = Math.ceil(value.length / CHUNK_ITEMS);
      keys[list] = [];
      for (let c = 0; c < lists[list]; c++) {
        const items = value.slice(c * CHUNK_ITEMS, (c + 1) * CHUNK_ITEMS);
        const before = written?.get(`${list}:${c}`);
        const chunk = before && sameItems(before.items, items) ? before : { key: `${list}:${c}@${stamp}`, items };
        if (chunk !== before) toWrite.push({ draft: record.id, key: chunk.key, items });
        chunks.set(`${list}:${c}`, chunk);
        keys[list].push(chunk.key);
      }
    }
    // Many chunks (a first save): a few per task, in transactions of their own; the last ones with the head.
    while (toWrite.length > CHUNKS_PER_TASK) {
      const batch = toWrite.splice(0, CHUNKS_PER_TASK);
      const tx = this.db.transaction(CHUNKS, 'readwrite');
      await Promise.all([...batch.map((chunk) => tx.store.put(chunk)), tx.done]);
    }
    const tx = this.db.transaction([STORE, CHUNKS], 'readwrite');
    const store = tx.objectStore(CHUNKS);
    const kept = new Set(Object.values(keys).flat());
    // Chunks no longer named (replaced, or past a list's end) go with the head that stops naming them.
    const stale = ((await store.index('draft').getAllKeys(record.id)) as [string, string][]).filter((key) => !kept.has(key[1]));
    await Promise.all([
      ...toWrite.map((chunk) => store.put(chunk)),
      ...stale.map((key) => store.delete(key)),
      tx.objectStore(STORE).put({ ...meta, rest, lists, keys } satisfies DraftHead),
      tx.done,
    ]);
    this.#written.set(record.id, chunks);
  }

  get(id: string) {
    return this.#then(() => this.#get(id));
  }

  async #get(id: string): Promise<DraftRecord | undefined> {
    const head = (await this.db.get(STORE, id)) as DraftHead | undefined;
    if (!head) return undefined;
    const chunks = (await this.db.getAllFromIndex(CHUNKS, 'draft', id)) as DraftChunk[];
    const byKey = new Map(chunks.map((c) => [c.key, c.items]));
    const doc: Record<string, Json> = { ...head.rest };
    // As written: the next save of this draft writes only the chunks changed since.
    const written = new Map<string, Written>();
    for (const [list, count] of Object.entries(head.lists)) {
      const parts = Array.from({ length: count }, (_, c) => {
        const key = head.keys?.[list]?.[c] ?? `${list}:${c}`;
        const items = byKey.get(key) ?? [];
        written.set(`${list}:${c}`, { key, items });
        return items;
      });
      doc[list] = parts.flat();
    }
    this.#written.set(id, written);
    const { rest: _rest, lists: _lists, keys: _keys, ...meta } = head;
    return { ...meta, doc };
  }

  async list() {
    const all = (await this.db.getAll(STORE)) as DraftHead[];
    return all.map(({ id, title, savedAt, origin }) => ({ id, title, savedAt, origin })).sort((a, b) => b.savedAt - a.savedAt);
  }

  remove(id: string) {
    return this.#then(() => this.#remove(id));
  }

  async #remove(id: string) {
    const tx = this.db.transaction([STORE, CHUNKS], 'readwrite');
    const keys = await tx.objectStore(CHUNKS).index('draft').getAllKeys(id);
    await Promise.all([tx.objectStore(STORE).delete(id), ...keys.map((key) => tx.objectStore(CHUNKS).delete(key)), tx.done]);
    this.#written.delete(id);
  }
}

/** Opens the drafts' store, or says why it cannot be had. */
export async function openDraftStore(): Promise<{ readonly store: DraftStore } | { readonly problem: string }> {
  try {
    // Touching indexedDB itself throws in a sandboxed frame.
    if (typeof indexedDB === 'undefined') return { problem: 'this browser has no storage for drafts' };
    const db = await openDB(DB_NAME, 2, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['draft', 'key'] }).createIndex('draft', 'draft');
      },
    });
    return { store: new IdbDraftStore(db) };
  } catch (error) {
    return { problem: storageProblem(error) };
  }
}
