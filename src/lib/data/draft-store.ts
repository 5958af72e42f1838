// Where drafts are kept: IndexedDB through idb. A draft is its head (title, time, top-level fields)
// and its lists in chunks of 500 items: a save writes only the chunks whose items changed since the
// last (an edit makes new objects only for what it touches), so a 10,000-event draft is not cloned
// whole at every keystroke. Opening it may be refused (a
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

/** What is kept of a draft apart from its lists' items: `lists` counts each list's chunks. */
interface DraftHead extends Omit<DraftRecord, 'doc'> {
  readonly rest: Readonly<Record<string, Json>>;
  readonly lists: Readonly<Record<string, number>>;
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
  /** Per draft, the chunks as last written (compared by identity to write only what changed). */
  readonly #written = new Map<string, Map<string, readonly Json[]>>();

  constructor(private readonly db: IDBPDatabase) {}

  async save(record: DraftRecord) {
    const { doc, ...meta } = record;
    const rest: Record<string, Json> = {};
    const lists: Record<string, number> = {};
    const chunks = new Map<string, readonly Json[]>();
    for (const [key, value] of Object.entries(doc)) {
      if (!Array.isArray(value)) {
        rest[key] = value;
        continue;
      }
      lists[key] = Math.ceil(value.length / CHUNK_ITEMS);
      for (let c = 0; c < lists[key]; c++) chunks.set(`${key}:${c}`, value.slice(c * CHUNK_ITEMS, (c + 1) * CHUNK_ITEMS));
    }
    const written = this.#written.get(record.id);
    const tx = this.db.transaction([STORE, CHUNKS], 'readwrite');
    const writes: Promise<unknown>[] = [];
    for (const [key, items] of chunks)
      if (!sameItems(written?.get(key), items)) writes.push(tx.objectStore(CHUNKS).put({ draft: record.id, key, items } satisfies DraftChunk));
    for (const key of written?.keys() ?? []) if (!chunks.has(key)) writes.push(tx.objectStore(CHUNKS).delete([record.id, key]));
    writes.push(tx.objectStore(STORE).put({ ...meta, rest, lists } satisfies DraftHead));
    await Promise.all([...writes, tx.done]);
    this.#written.set(record.id, chunks);
  }

  async get(id: string): Promise<DraftRecord | undefined> {
    const head = (await this.db.get(STORE, id)) as DraftHead | undefined;
    if (!head) return undefined;
    const chunks = (await this.db.getAllFromIndex(CHUNKS, 'draft', id)) as DraftChunk[];
    const byKey = new Map(chunks.map((c) => [c.key, c.items]));
    const doc: Record<string, Json> = { ...head.rest };
    for (const [key, count] of Object.entries(head.lists)) doc[key] = Array.from({ length: count }, (_, c) => byKey.get(`${key}:${c}`) ?? []).flat();
    const { rest: _rest, lists: _lists, ...meta } = head;
    return { ...meta, doc };
  }

  async list() {
    const all = (await this.db.getAll(STORE)) as DraftHead[];
    return all.map(({ id, title, savedAt, origin }) => ({ id, title, savedAt, origin })).sort((a, b) => b.savedAt - a.savedAt);
  }

  async remove(id: string) {
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
