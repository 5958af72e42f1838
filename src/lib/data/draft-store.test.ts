import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic.ts';
import { applyOps, type DraftFile } from '../model/draft/draft-ops.ts';
import { setField } from '../model/draft/draft-edits.ts';
import { openDraftStore, storageProblem, type DraftRecord } from './draft-store.ts';

const record = (doc: DraftFile, savedAt = 1): DraftRecord => ({ id: 'd1', title: 'Big', savedAt, origin: 'test', doc, autoIds: ['e1'] });

describe('draft store', () => {
  it('keeps a large draft in chunks and gives it back exactly, after edits and deletion', async () => {
    const opened = await openDraftStore();
    if (!('store' in opened)) throw new Error(opened.problem);
    const { store } = opened;
    let doc = JSON.parse(JSON.stringify(syntheticGraph(1_200))) as DraftFile;
    await store.save(record(doc));
    expect(await store.get('d1')).toEqual(record(doc));
    doc = applyOps(doc, setField('events', 700, 'title', 'Changed').ops).doc;
    doc = { ...doc, events: (doc.events as DraftFile[]).slice(0, 400) };
    await store.save(record(doc, 2));
    expect(await store.get('d1')).toEqual(record(doc, 2));
    expect(await store.list()).toEqual([{ id: 'd1', title: 'Big', savedAt: 2, origin: 'test' }]);
    await store.remove('d1');
    expect(await store.get('d1')).toBeUndefined();
  });

  it('writes a first save of a large draft a few chunks per task; a save cut off midway leaves the last one whole', async () => {
    const opened = await openDraftStore();
    if (!('store' in opened)) throw new Error(opened.problem);
    const { store } = opened;
    const big = { ...record(JSON.parse(JSON.stringify(syntheticGraph(3_000))) as DraftFile), id: 'd2' };
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.save(big);
    // 3,000 events in 6 chunks, sources, quotes, links and actors: written over several tasks, not in one.
    expect(transaction.mock.calls.length).toBeGreaterThanOrEqual(4);
    transaction.mockClear();
    // An edit writes one chunk, with the head: one transaction.
    const edited = { ...big, doc: applyOps(big.doc, setField('events', 2_100, 'title', 'Edited').ops).doc, savedAt: 2 };
    await store.save(edited);
    expect(transaction).toHaveBeenCalledTimes(1);
    transaction.mockRestore();

    // A new version whose save fails after a few chunks (the tab closed, the disk full): the last one stays whole.
    const renamed = { ...edited, doc: { ...edited.doc, events: (edited.doc.events as DraftFile[]).map((e) => ({ ...e, title: `${e.title} (2)` })) }, savedAt: 3 };
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    const cut = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 3) throw new DOMException('cut off', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.save(renamed)).rejects.toThrow('cut off');
    cut.mockRestore();
    expect(await store.get('d2')).toEqual(edited);
    // And the next save writes it whole.
    await store.save(renamed);
    expect(await store.get('d2')).toEqual(renamed);
    await store.remove('d2');
  });

  it('saves one after another: saves not awaited, then a read, give the last', async () => {
    const opened = await openDraftStore();
    if (!('store' in opened)) throw new Error(opened.problem);
    const { store } = opened;
    let doc = JSON.parse(JSON.stringify(syntheticGraph(2_000))) as DraftFile;
    const saves: Promise<void>[] = [];
    for (let i = 0; i < 4; i++) {
      doc = applyOps(doc, setField('events', i * 600, 'title', `Edit ${i}`).ops).doc;
      saves.push(store.save({ ...record(doc, i), id: 'd3' }));
    }
    expect(await store.get('d3')).toEqual({ ...record(doc, 3), id: 'd3' });
    await Promise.all(saves);
    await store.remove('d3');
  });

  it('reads a draft stored before chunks had keys of their own (events:0, events:1, …), and saves it on', async () => {
    const opened = await openDraftStore();
    if (!('store' in opened)) throw new Error(opened.problem);
    const { store } = opened;
    // Written as the store wrote it before (another connection to the same database).
    const db = await openDB('sourceline-drafts', 2);
    const doc = JSON.parse(JSON.stringify(syntheticGraph(700))) as DraftFile;
    const events = doc.events as DraftFile[];
    await db.put('chunks', { draft: 'old', key: 'events:0', items: events.slice(0, 500) });
    await db.put('chunks', { draft: 'old', key: 'events:1', items: events.slice(500) });
    const { events: _events, ...rest } = doc;
    await db.put('drafts', { id: 'old', title: 'Old', savedAt: 1, origin: 'test', autoIds: [], rest, lists: { events: 2 } });
    db.close();
    const restored = await store.get('old');
    expect(restored?.doc).toEqual({ ...rest, events });
    const edited = applyOps(restored!.doc, setField('events', 600, 'title', 'Edited').ops).doc;
    await store.save({ ...restored!, doc: edited, savedAt: 2 });
    expect((await store.get('old'))?.doc).toEqual(edited);
    await store.remove('old');
  });

  it('names each refusal in words', () => {
    expect(storageProblem(new DOMException('x', 'QuotaExceededError'))).toBe('this browser’s storage is full');
    expect(storageProblem(new DOMException('x', 'SecurityError'))).toContain('may not store anything here');
  });
});
