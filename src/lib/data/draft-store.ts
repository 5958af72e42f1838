// Where drafts are kept: IndexedDB through idb, one record per draft. Opening it may be refused (a
// sandboxed frame throws SecurityError on touching indexedDB, private modes refuse to open, a full
// disk refuses a write): each refusal comes back as a sentence for the author, never as a throw.
import { openDB, type IDBPDatabase } from 'idb';
import type { DraftFile } from '../model/draft/draft-ops.ts';

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

/** Why storage was refused, in words an author can act on. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') return 'this browser’s storage is full';
  if (name === 'SecurityError') return 'this page may not store anything here (a private window, or a frame without storage)';
  if (name === 'InvalidStateError') return 'this browser refuses to store anything in this window (private browsing)';
  return `this browser refused to store the draft (${name || String(error)})`;
}

class IdbDraftStore implements DraftStore {
  constructor(private readonly db: IDBPDatabase) {}
  async save(record: DraftRecord) {
    await this.db.put(STORE, record);
  }
  get(id: string) {
    return this.db.get(STORE, id) as Promise<DraftRecord | undefined>;
  }
  async list() {
    const all = (await this.db.getAll(STORE)) as DraftRecord[];
    return all.map(({ id, title, savedAt, origin }) => ({ id, title, savedAt, origin })).sort((a, b) => b.savedAt - a.savedAt);
  }
  async remove(id: string) {
    await this.db.delete(STORE, id);
  }
}

/** Opens the drafts' store, or says why it cannot be had. */
export async function openDraftStore(): Promise<{ readonly store: DraftStore } | { readonly problem: string }> {
  try {
    // Touching indexedDB itself throws in a sandboxed frame.
    if (typeof indexedDB === 'undefined') return { problem: 'this browser has no storage for drafts' };
    const db = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'id' });
      },
    });
    return { store: new IdbDraftStore(db) };
  } catch (error) {
    return { problem: storageProblem(error) };
  }
}
