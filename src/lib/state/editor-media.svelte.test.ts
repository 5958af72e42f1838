// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { newDraft } from '../model/draft/draft-edits.ts';
import { mediaIn } from '../model/draft/media-edits.ts';
import { createItem, setItemField } from './editor-actions.ts';
import { addMediaItem, moveMediaItem, removeMediaItem, setMediaItemField } from './editor-media.ts';
import { EditorState } from './editor-state.svelte.ts';

const noStore = async () => ({ problem: 'not in this test' });

describe('places and media through the editor', () => {
  it('a place picked on an event draws it with the place; a bad latitude is kept, flagged, and the last valid graph drawn', async () => {
    const editor = new EditorState({ openStore: noStore });
    editor.begin(newDraft('Bridges'), 'New chronology');
    await editor.ready;
    const { id: placeId, index: place } = createItem(editor, 'places', { name: 'Bucharest', coordinates: [26.1, 44.43] }, 'Bucharest');
    createItem(editor, 'events', { title: 'Inspection', start: '2024-01-15' }, 'Inspection');
    setItemField(editor, 'events', 0, 'placeId', placeId);
    expect(editor.errors).toEqual([]);
    expect(editor.graph?.events[0]!.placeId).toBe('bucharest');
    setItemField(editor, 'places', place, 'coordinates', [26.1, 144.43], { step: true });
    expect(editor.errors.map((p) => p.path)).toEqual(['places[0].coordinates']);
    expect(editor.errors[0]!.message).toMatch(/latitude 144.43 is beyond ±90/);
    expect(editor.graph?.placeById.get('bucharest')?.coordinates).toEqual([26.1, 44.43]);
    expect((editor.doc.places as { coordinates: number[] }[])[0]!.coordinates).toEqual([26.1, 144.43]);
    editor.undo();
    expect(editor.errors).toEqual([]);
  });

  it('media are added, set, moved and removed as undo steps; a refused address is flagged at its field', async () => {
    let now = 0;
    const editor = new EditorState({ openStore: noStore, now: () => now });
    editor.begin(newDraft('Bridges'), 'New chronology');
    await editor.ready;
    createItem(editor, 'events', { title: 'Inspection', start: '2024-01-15' }, 'Inspection');
    const before = editor.doc;
    for (const name of ['a', 'b']) {
      now += 5000;
      const at = addMediaItem(editor, 'events', 0);
      setMediaItemField(editor, 'events', 0, at, 'url', `/media/${name}.png`);
      setMediaItemField(editor, 'events', 0, at, 'alt', `Picture ${name}`);
    }
    expect(editor.errors).toEqual([]);
    now += 5000;
    moveMediaItem(editor, 'events', 0, 1, 0);
    expect(mediaIn(editor.doc, 'events', 0).map((m) => (m as { url: string }).url)).toEqual(['/media/b.png', '/media/a.png']);
    now += 5000;
    setMediaItemField(editor, 'events', 0, 0, 'url', 'javascript:alert(1)');
    expect(editor.errors.map((p) => p.path)).toEqual(['events[0].media[0].url']);
    expect(editor.graph?.events[0]!.media?.[0]?.url).toBe('/media/b.png');
    now += 5000;
    removeMediaItem(editor, 'events', 0, 1);
    expect(mediaIn(editor.doc, 'events', 0)).toHaveLength(1);
    // Each picture: add, address, alt (3 steps, twice); then move, address, remove: nine undos in all.
    for (let i = 0; i < 9; i++) editor.undo();
    expect(editor.doc).toEqual(before);
    expect(editor.canUndo).toBe(true);
  });
});
