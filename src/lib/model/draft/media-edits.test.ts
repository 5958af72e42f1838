import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteItem, deletionEffects, itemsIn, renameId, type Edit } from './draft-edits.ts';
import { applyOps, type DraftFile, type Op } from './draft-ops.ts';
import { addMedia, mediaIn, moveMedia, pixelsFromText, removeMedia, setMediaField } from './media-edits.ts';

const doc: DraftFile = {
  version: 1,
  title: 'Bridge',
  places: [{ id: 'river', name: 'River bank', coordinates: [26.1, 44.43] }],
  sources: [{ id: 'council', title: 'Council minutes' }],
  events: [
    {
      id: 'inspection',
      title: 'Inspection',
      start: '2024-01',
      placeId: 'river',
      media: [
        { url: '/media/a.jpg', type: 'image', alt: 'A', source: 'council' },
        { url: '/media/b.jpg', type: 'image', alt: 'B' },
      ],
    },
    { id: 'vote', title: 'Vote', start: '2024-03' },
  ],
  quotes: [{ id: 'q', text: 'Safe.', event: 'vote', source: 'council', media: [{ url: 'https://example.org/c.mp3', type: 'audio', source: 'council' }] }],
};

const apply = (d: DraftFile, edit: Edit) => applyOps(d, edit.ops);
const urls = (d: DraftFile) => mediaIn(d, 'events', 0).map((m) => (m as { url: string }).url);

describe('media edits', () => {
  it('adds to a list the item left out, and undo takes the list away again', () => {
    const { doc: next, inverse } = apply(doc, addMedia(doc, 'events', 1, { url: '', type: 'image', alt: '' }));
    expect(mediaIn(next, 'events', 1)).toEqual([{ url: '', type: 'image', alt: '' }]);
    expect(applyOps(next, inverse).doc).toEqual(doc);
  });

  it('adds at the end of an existing list', () => {
    const { doc: next } = apply(doc, addMedia(doc, 'events', 0, { url: '/c.png', type: 'image', alt: 'C' }));
    expect(urls(next)).toEqual(['/media/a.jpg', '/media/b.jpg', '/c.png']);
  });

  it('moves one up and down, and nothing past either end', () => {
    expect(urls(apply(doc, moveMedia(doc, 'events', 0, 1, 0)).doc)).toEqual(['/media/b.jpg', '/media/a.jpg']);
    expect(moveMedia(doc, 'events', 0, 1, 0).label).toBe('move media up');
    expect(moveMedia(doc, 'events', 0, 0, 1).label).toBe('move media down');
    expect(moveMedia(doc, 'events', 0, 0, -1).ops).toEqual([]);
    expect(moveMedia(doc, 'events', 0, 1, 2).ops).toEqual([]);
  });

  it('removes one; the last one takes the emptied list with it', () => {
    const { doc: one } = apply(doc, removeMedia(doc, 'events', 0, 0));
    expect(urls(one)).toEqual(['/media/b.jpg']);
    const { doc: none, inverse } = apply(one, removeMedia(one, 'events', 0, 0));
    expect(Object.hasOwn(itemsIn(none, 'events')[0]!, 'media')).toBe(false);
    expect(applyOps(none, inverse).doc).toEqual(one);
  });

  it('an optional field set blank is left out; url and type are kept empty for the loader to flag', () => {
    const { doc: next } = apply(doc, setMediaField('events', 0, 0, 'source', ''));
    expect(mediaIn(next, 'events', 0)[0]).toEqual({ url: '/media/a.jpg', type: 'image', alt: 'A' });
    const { doc: bad } = apply(doc, setMediaField('events', 0, 0, 'url', ''));
    expect(mediaIn(bad, 'events', 0)[0]).toMatchObject({ url: '' });
    // A refused address is kept as written: never dropped.
    const { doc: js } = apply(doc, setMediaField('events', 0, 1, 'url', 'javascript:alert(1)'));
    expect(mediaIn(js, 'events', 0)[1]).toMatchObject({ url: 'javascript:alert(1)' });
  });

  it('reads pixels as whole numbers and keeps other text as typed', () => {
    expect(pixelsFromText(' 1200 ')).toBe(1200);
    expect(pixelsFromText('')).toBeUndefined();
    expect(pixelsFromText('12.5')).toBe('12.5');
  });
});

describe('references to places and from media', () => {
  it('renaming a place renames the events that name it', () => {
    const { doc: next } = apply(doc, renameId(doc, 'places', 0, 'riverbank'));
    expect(itemsIn(next, 'events')[0]!.placeId).toBe('riverbank');
  });

  it('deleting a place clears placeId and keeps the event; undo brings it back', () => {
    const { doc: next, inverse } = apply(doc, deleteItem(doc, 'places', 0));
    expect(itemsIn(next, 'places')).toEqual([]);
    expect(itemsIn(next, 'events')[0]!.placeId).toBeUndefined();
    expect(itemsIn(next, 'events')[0]!.title).toBe('Inspection');
    expect(applyOps(next, inverse).doc).toEqual(doc);
  });

  it('renaming a source renames the media that come from it', () => {
    const { doc: next } = apply(doc, renameId(doc, 'sources', 0, 'minutes'));
    expect(mediaIn(next, 'events', 0)[0]).toMatchObject({ source: 'minutes' });
    expect(mediaIn(next, 'quotes', 0)[0]).toMatchObject({ source: 'minutes' });
  });

  it('deleting a source clears the media that name it, keeping the pictures (and drops the quote resting on it)', () => {
    expect(deletionEffects(doc, 'sources', 0)).toBe('1 quote');
    const { doc: next, inverse } = apply(doc, deleteItem(doc, 'sources', 0));
    expect(mediaIn(next, 'events', 0)[0]).toEqual({ url: '/media/a.jpg', type: 'image', alt: 'A' });
    expect(itemsIn(next, 'quotes')).toEqual([]);
    expect(applyOps(next, inverse).doc).toEqual(doc);
  });
});

describe('undo is the inverse of media edits', () => {
  it('any sequence of media edits followed by as many undos gives back the original file', () => {
    const seed = fc.tuple(fc.nat(4), fc.nat(2), fc.nat(5), fc.nat(5), fc.string({ maxLength: 6 }));
    const owners = ['events', 'quotes', 'sources'] as const;
    fc.assert(
      fc.property(fc.array(seed, { maxLength: 30 }), (seeds) => {
        let d = doc;
        const undos: (readonly Op[])[] = [];
        for (const [kind, o, a, b, text] of seeds) {
          const owner = owners[o]!;
          const index = itemsIn(d, owner).length > 0 ? a % itemsIn(d, owner).length : -1;
          if (index < 0) continue;
          const n = mediaIn(d, owner, index).length;
          const edit =
            kind === 0
              ? addMedia(d, owner, index, { url: text, type: 'image', alt: text })
              : n === 0
                ? null
                : kind === 1
                  ? removeMedia(d, owner, index, b % n)
                  : kind === 2
                    ? moveMedia(d, owner, index, b % n, (b + 1) % n)
                    : setMediaField(owner, index, b % n, ['caption', 'credit', 'url', 'source'][b % 4]!, text);
          if (!edit) continue;
          const result = applyOps(d, edit.ops);
          d = result.doc;
          undos.push(result.inverse);
        }
        for (const inverse of undos.reverse()) d = applyOps(d, inverse).doc;
        expect(d).toEqual(doc);
      }),
      { numRuns: 300, seed: 20 },
    );
  });
});
