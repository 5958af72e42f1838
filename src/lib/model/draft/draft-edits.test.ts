import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../item-context.ts';
import { applyOps, type DraftFile, type Json } from './draft-ops.ts';
import { idFromTitle } from '../../state/draft-ids.ts';
import { addItem, deleteItem, deletionEffects, itemsIn, newDraft, renameId, setField, setTopField, type Edit } from './draft-edits.ts';
import { shiftDate } from './date-shift.ts';

const story: DraftFile = {
  version: 1,
  title: 'Ukraine, NATO and the Bucharest promise',
  actors: [{ id: 'nato', name: 'NATO' }],
  sources: [
    { id: 'reuters', title: '[Reuters report]', publisher: 'Reuters' },
    { id: 'emp', title: 'Russia demands NATO revoke Ukraine’s 2008 membership promise', via: 'reuters' },
  ],
  events: [
    { id: 'bucharest-summit', title: 'Bucharest summit', start: '2008-04-02', end: '2008-04-04', actors: ['nato'], sources: ['emp'] },
    { id: 'zakharova-statement', title: 'Zakharova', start: '2025-02-18', sources: ['emp'] },
  ],
  quotes: [{ id: 'q1', text: 'Otherwise…', event: 'zakharova-statement', about: ['bucharest-summit'], source: 'emp' }],
  links: [{ from: 'zakharova-statement', to: 'bucharest-summit', type: 'responds-to', source: 'emp' }],
};

const apply = (doc: DraftFile, edit: Edit) => applyOps(doc, edit.ops);

describe('edits', () => {
  it('renames an id and every reference to it', () => {
    const { doc } = apply(story, renameId(story, 'events', 0, 'bucharest-2008'));
    expect(itemsIn(doc, 'events')[0]!.id).toBe('bucharest-2008');
    expect(itemsIn(doc, 'quotes')[0]!.about).toEqual(['bucharest-2008']);
    expect(itemsIn(doc, 'links')[0]!.to).toBe('bucharest-2008');
  });

  it('deletes an event with its links and the quotes said in it, and says so', () => {
    expect(deletionEffects(story, 'events', 1)).toBe('1 quote and 1 link');
    const { doc, inverse } = apply(story, deleteItem(story, 'events', 1));
    expect(itemsIn(doc, 'events').map((e) => e.id)).toEqual(['bucharest-summit']);
    expect(itemsIn(doc, 'quotes')).toEqual([]);
    expect(itemsIn(doc, 'links')).toEqual([]);
    expect(applyOps(doc, inverse).doc).toEqual(story);
  });

  it('deleting a source clears "via" and drops it from lists, keeping the events', () => {
    const { doc } = apply(story, deleteItem(story, 'sources', 0));
    expect(itemsIn(doc, 'sources')).toEqual([{ id: 'emp', title: story.sources && (itemsIn(story, 'sources')[1]!.title as string) }]);
    const { doc: withoutEmp } = apply(story, deleteItem(story, 'sources', 1));
    expect(itemsIn(withoutEmp, 'events')[0]!.sources).toEqual([]);
    expect(itemsIn(withoutEmp, 'links')[0]!.source).toBeUndefined();
  });

  it('an optional field set blank is left out; a required one is kept empty', () => {
    expect(apply(story, setField('events', 1, 'place', '')).doc.events).toEqual(story.events);
    expect(itemsIn(apply(story, setField('events', 1, 'title', '')).doc, 'events')[1]!.title).toBe('');
  });

  it('makes ids from titles, unique in their list', () => {
    expect(idFromTitle(story, 'events', 'Bucharest summit')).toBe('bucharest-summit-2');
    expect(idFromTitle(story, 'events', 'Bucharest summit', 0)).toBe('bucharest-summit');
    expect(idFromTitle(story, 'events', '!!!')).toBe('event');
  });

  it('adds to a list the file left out', () => {
    const bare: DraftFile = { version: 1, title: 'T', events: [] };
    const { doc, inverse } = apply(bare, addItem(bare, 'quotes', { id: 'q', text: 't', event: 'e', source: 's' }));
    expect(itemsIn(doc, 'quotes')).toHaveLength(1);
    expect(applyOps(doc, inverse).doc).toEqual(bare);
  });

  it('starts a new chronology valid and empty', () => expect(newDraft('My story').events).toEqual([]));
});

/** One edit chosen by numbers, made against whatever the draft is by then (so every edit applies). */
type Seed = readonly [kind: number, a: number, b: number, text: string];

function editFor(doc: DraftFile, [kind, a, b, text]: Seed): Edit | null {
  const collection = COLLECTIONS[a % COLLECTIONS.length]!;
  const items = itemsIn(doc, collection);
  const index = items.length > 0 ? b % items.length : -1;
  switch (kind % 7) {
    case 0:
      return setTopField('title', text, true);
    case 1:
      return addItem(
        doc,
        collection,
        collection === 'links' ? { from: text, to: 'x', type: 'causes' } : { id: idFromTitle(doc, collection, text), title: text },
      );
    case 2:
      return index < 0 ? null : setField(collection, index, b % 2 ? 'summary' : 'title', text);
    case 3:
      return index < 0 || collection === 'links' ? null : renameId(doc, collection, index, `${text}-${b}`);
    case 4:
      return index < 0 ? null : deleteItem(doc, collection, index);
    case 5: {
      const events = itemsIn(doc, 'events');
      const i = events.length > 0 ? b % events.length : -1;
      const start = i < 0 ? null : shiftDate(String(events[i]!.start), (a % 7) - 3);
      return start === null ? null : setField('events', i, 'start', start);
    }
    default:
      return index < 0 ? null : setField(collection, index, 'place', b % 3 === 0 ? '' : (text as Json));
  }
}

describe('undo is the inverse', () => {
  it('any sequence of edits followed by as many undos gives back the original file', () => {
    const seed = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(seed, { maxLength: 40 }), (seeds) => {
        let doc = story;
        const undos: (readonly import('./draft-ops.ts').Op[])[] = [];
        for (const s of seeds) {
          const edit = editFor(doc, s);
          if (!edit) continue;
          const result = applyOps(doc, edit.ops);
          // Redo after undo lands on the same draft.
          expect(applyOps(applyOps(result.doc, result.inverse).doc, edit.ops).doc).toEqual(result.doc);
          doc = result.doc;
          undos.push(result.inverse);
        }
        for (const inverse of undos.reverse()) doc = applyOps(doc, inverse).doc;
        expect(doc).toEqual(story);
        expect(JSON.stringify(doc)).toBe(JSON.stringify(story));
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
