// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftRecord, DraftStore } from '../data/draft-store.ts';
import { newDraft, setField } from '../model/draft/draft-edits.ts';
import { createItem } from './editor-actions.ts';
import { EditorState } from './editor-state.svelte.ts';

function memoryStore() {
  const records = new Map<string, DraftRecord>();
  const store: DraftStore = {
    save: async (r) => void records.set(r.id, structuredClone(r)),
    get: async (id) => records.get(id),
    list: async () => [...records.values()].map(({ id, title, savedAt, origin }) => ({ id, title, savedAt, origin })),
    remove: async (id) => void records.delete(id),
  };
  return { records, open: async () => ({ store }) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorState', () => {
  it('draws the last valid version while the draft has errors, and keeps every change', async () => {
    const editor = new EditorState({ openStore: memoryStore().open });
    editor.begin(newDraft('Story'), 'New chronology');
    await editor.ready;
    createItem(editor, 'events', { title: 'Bucharest summit', start: '2008-04-02' }, 'Bucharest summit');
    expect(editor.graph?.events.map((e) => e.id)).toEqual(['bucharest-summit']);
    editor.apply(setField('events', 0, 'start', '2025-02-30'));
    expect(editor.errors[0]!.path).toBe('events[0].start');
    expect(editor.graph?.events[0]!.start.text).toBe('2008-04-02');
    expect((editor.doc.events as { start: string }[])[0]!.start).toBe('2025-02-30');
  });

  it('joins typing in one field into one undo step, and undoes and redoes across edits', () => {
    let now = 0;
    const editor = new EditorState({ openStore: memoryStore().open, now: () => now });
    editor.begin(newDraft('Story'), 'New chronology');
    createItem(editor, 'events', { title: 'E', start: '2008' }, 'E');
    for (const text of ['M', 'Mo', 'Mos']) {
      now += 200;
      editor.apply(setField('events', 0, 'place', text), { coalesce: 'events[0].place' });
    }
    editor.undo();
    expect((editor.doc.events as { place?: string }[])[0]!.place).toBeUndefined();
    editor.redo();
    expect((editor.doc.events as { place?: string }[])[0]!.place).toBe('Mos');
    editor.undo();
    editor.undo();
    expect(editor.doc.events).toEqual([]);
    expect(editor.canUndo).toBe(false);
  });

  it('saves the draft within a second, and restores it exactly', async () => {
    const { records, open } = memoryStore();
    const editor = new EditorState({ openStore: open, now: () => 1000 });
    editor.begin(newDraft('Kept'), 'New chronology');
    createItem(editor, 'events', { title: 'E', start: '2008-04-02', summary: '“Quoted” text' }, 'E');
    await vi.advanceTimersByTimeAsync(1000);
    expect(editor.save.state).toBe('saved');
    const [record] = [...records.values()];
    expect(record!.title).toBe('Kept');
    const again = new EditorState({ openStore: open });
    expect(await again.restore(record!.id)).toBe(true);
    expect(again.doc).toEqual(editor.doc);
  });

  it('saves within a second of a change while the author keeps typing', async () => {
    const { records, open } = memoryStore();
    const editor = new EditorState({ openStore: open });
    editor.begin(newDraft('Typing'), 'New chronology');
    await editor.ready;
    createItem(editor, 'events', { title: 'E', start: '2008-04-02' }, 'E');
    // A keystroke every 200 ms for 3 seconds: the draft is kept all along, never more than a second behind.
    for (let i = 0; i < 15; i++) {
      editor.apply(setField('events', 0, 'title', `E ${i}`), { coalesce: 'events.0.title' });
      await vi.advanceTimersByTimeAsync(200);
      const saved = [...records.values()][0]?.doc.events as { title: string }[] | undefined;
      if (i >= 4) expect(Number(saved?.[0]?.title.slice(2))).toBeGreaterThanOrEqual(i - 4);
    }
  });

  it('says at once when storage is refused, and keeps working in memory, unsaved', async () => {
    const editor = new EditorState({ openStore: async () => ({ problem: 'this page may not store anything here' }) });
    editor.begin(newDraft('Memory'), 'New chronology');
    await editor.ready;
    await vi.advanceTimersByTimeAsync(0);
    expect(editor.save).toEqual({ state: 'memory', problem: 'this page may not store anything here' });
    createItem(editor, 'events', { title: 'E', start: '2008' }, 'E');
    expect(editor.graph?.events).toHaveLength(1);
    expect(editor.unsaved).toBe(true);
  });

  it('a write refused for quota says so', async () => {
    const editor = new EditorState({
      openStore: async () => ({
        store: {
          save: async () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
          get: async () => undefined,
          list: async () => [],
          remove: async () => {},
        },
      }),
    });
    editor.begin(newDraft('Full'), 'New chronology');
    createItem(editor, 'events', { title: 'E', start: '2008' }, 'E');
    await vi.waitFor(() => expect(editor.save).toEqual({ state: 'memory', problem: 'this browser’s storage is full' }));
  });
});
