import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { syntheticGraph } from '../../../../bench/synthetic.ts';
import { checkEventGraph } from '../validate.ts';
import { applyOps, type DraftFile } from './draft-ops.ts';
import { DraftChecker } from './draft-check.ts';
import { addItem, deleteItem, setField, renameId } from './draft-edits.ts';
import smallGraph from '../small-graph.fixture.json';

const base = smallGraph as unknown as DraftFile;

/** Each bad value an author may type, as an edit of the fixture. */
const BAD_EDITS = [
  ['an impossible date', setField('events', 0, 'start', '2025-02-30')],
  ['an end before the start', setField('events', 0, 'end', '1990')],
  ['a javascript: address', setField('sources', 0, 'url', 'javascript:alert(1)')],
  ['an empty title', setField('events', 1, 'title', '')],
  ['a link to nothing', setField('links', 0, 'to', 'nowhere')],
  ['a hex colour that is not one', setField('actors', 0, 'color', 'red')],
] as const;

describe('DraftChecker', () => {
  it('gives the loader’s verdict on a valid file', () => {
    const checker = new DraftChecker();
    const ours = checker.check(base);
    const loader = checkEventGraph(base);
    expect(ours.problems).toEqual(loader.problems);
    expect(ours.data).toEqual(loader.data);
  });

  it.each(BAD_EDITS)('refuses %s with the loader’s message, at its path', (_what, edit) => {
    const checker = new DraftChecker();
    checker.check(base);
    const doc = applyOps(base, edit.ops).doc;
    const ours = checker.check(doc);
    expect(ours.data).toBeNull();
    expect(ours.problems).toEqual(checkEventGraph(doc).problems);
    expect(ours.problems[0]!.severity).toBe('error');
  });

  it('finds a duplicate id as the loader does', () => {
    const checker = new DraftChecker();
    const events = (base.events as { id: string }[]).map((e) => e.id);
    const doc = applyOps(base, renameId(base, 'events', 1, events[0]!).ops).doc;
    expect(checker.check(doc).problems).toEqual(checkEventGraph(doc).problems);
    expect(checker.check(doc).problems[0]!.message).toContain('is already the id of');
  });

  it('keeps warnings current as the draft changes', () => {
    const checker = new DraftChecker();
    const doc = applyOps(base, addItem(base, 'events', { id: 'new', title: 'New', start: '2020' }).ops).doc;
    const check = checker.check(doc);
    expect(check.data).not.toBeNull();
    expect(check.problems.some((p) => p.severity === 'warning' && p.message.includes('"new" rests on no source'))).toBe(true);
    expect(check.problems).toEqual(checkEventGraph(doc).problems);
  });
});

describe('DraftChecker, edit after edit', () => {
  const ids = ['e-a', 'e-b', 'nowhere'];
  /** An edit an author may make, as data: fields of any item, ids renamed or taken twice, items added and deleted. */
  const anEdit = fc.oneof(
    fc.record({ kind: fc.constant('start' as const), at: fc.nat(9), value: fc.constantFrom('2001', '2008-04-02', '2025-02-30', '1990-05') }),
    fc.record({ kind: fc.constant('end' as const), at: fc.nat(9), value: fc.constantFrom('1995', '2030', undefined) }),
    fc.record({ kind: fc.constant('title' as const), at: fc.nat(9), value: fc.constantFrom('Summit', '', 'Talks') }),
    fc.record({
      kind: fc.constant('ref' as const),
      at: fc.nat(9),
      collection: fc.constantFrom('links', 'quotes') as fc.Arbitrary<'links' | 'quotes'>,
      value: fc.nat(9),
    }),
    fc.record({ kind: fc.constant('sources' as const), at: fc.nat(9), value: fc.constantFrom(['s0'], ['missing'], [], undefined) }),
    fc.record({ kind: fc.constant('via' as const), at: fc.nat(9), value: fc.constantFrom('s0', 's1', undefined) }),
    fc.record({ kind: fc.constant('rename' as const), at: fc.nat(9), value: fc.nat(9) }),
    fc.record({ kind: fc.constant('add' as const), at: fc.nat(9), value: fc.constantFrom(...ids) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(9), value: fc.nat(9) }),
  );
  type AnEdit = typeof anEdit extends fc.Arbitrary<infer T> ? T : never;

  function edited(doc: DraftFile, e: AnEdit): DraftFile {
    const events = doc.events as { id: string }[];
    const at = (n: number, list: readonly unknown[]) => (list.length === 0 ? -1 : n % list.length);
    const i = at(e.at, events);
    const edit = (() => {
      switch (e.kind) {
        case 'start':
        case 'end':
        case 'title':
        case 'sources':
          return i < 0 ? null : setField('events', i, e.kind, e.value);
        case 'ref': {
          const list = (doc[e.collection] ?? []) as unknown[];
          const j = at(e.at, list);
          const to = events[e.value % Math.max(1, events.length)]?.id ?? 'nowhere';
          return j < 0 ? null : setField(e.collection, j, e.collection === 'links' ? 'to' : 'event', e.value === 9 ? 'nowhere' : to);
        }
        case 'via':
          return setField('sources', e.at % 3, 'via', e.value);
        case 'rename':
          return i < 0
            ? null
            : renameId(doc, 'events', i, events[e.value % events.length]!.id === events[i]!.id ? `renamed-${e.value}` : events[e.value % events.length]!.id);
        case 'add':
          return addItem(doc, 'events', { id: `${e.value}-${events.length}`, title: 'Added', start: '2010', sources: ['s0'] });
        case 'delete':
          return i < 0 || events.length < 2 ? null : deleteItem(doc, 'events', i);
      }
    })();
    return edit ? applyOps(doc, edit.ops).doc : doc;
  }

  it('gives what a check from scratch gives, after any edits', () => {
    const start: DraftFile = {
      version: 1,
      title: 'Edits',
      actors: [{ id: 'a', name: 'A' }],
      sources: [
        { id: 's0', title: 'Zero' },
        { id: 's1', title: 'One', via: 's0' },
        { id: 's2', title: 'Two' },
      ],
      events: Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `200${i}`, actors: ['a'], sources: ['s0'] })),
      quotes: [{ id: 'q', text: 'Said', event: 'e1', source: 's1', said: '2001-06' }],
      links: [
        { from: 'e0', to: 'e1', type: 'causes' },
        { from: 'e2', to: 'e3', type: 'references' },
      ],
      story: [{ event: 'e2' }],
    };
    fc.assert(
      fc.property(fc.array(anEdit, { maxLength: 25 }), (edits) => {
        const checker = new DraftChecker();
        let doc = start;
        checker.check(doc);
        for (const e of edits) {
          doc = edited(doc, e);
          const ours = checker.check(doc);
          const fromScratch = new DraftChecker().check(doc);
          expect(ours).toEqual(fromScratch);
          expect(ours.problems).toEqual(checkEventGraph(doc).problems);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an edit to one event looks again at that event only, not at the 10,000 others', () => {
    let doc = JSON.parse(JSON.stringify(syntheticGraph(10_000))) as DraftFile;
    const checker = new DraftChecker();
    expect(checker.check(doc).data).not.toBeNull();
    doc = applyOps(doc, setField('events', 5_000, 'start', '2011-03-04').ops).doc;
    // Every id put in a set is counted: a whole pass puts in all 10,000 events' (and more).
    const add = vi.spyOn(Set.prototype, 'add');
    const check = checker.check(doc);
    const added = add.mock.calls.length;
    add.mockRestore();
    expect(check.data).not.toBeNull();
    expect(check).toEqual(new DraftChecker().check(doc));
    expect(added).toBeLessThan(2_000);
  });
});
