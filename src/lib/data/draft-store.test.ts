import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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

  it('names each refusal in words', () => {
    expect(storageProblem(new DOMException('x', 'QuotaExceededError'))).toBe('this browser’s storage is full');
    expect(storageProblem(new DOMException('x', 'SecurityError'))).toContain('may not store anything here');
  });
});
