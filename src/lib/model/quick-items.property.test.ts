// The quick check of list items (quick-items.ts) gives exactly what the schema's check (zod) gives
// for an item that passes, and leaves every other item to zod: for items of real files, of the
// synthetic chronology, damaged items and items made of any field values, well-formed or not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import smallGraph from './small-graph.fixture.json';
import { syntheticGraph } from '../../../bench/synthetic.ts';
import { nastyValue } from './json-mutations.testkit.ts';
import { QUICK_FIELDS, quickItem, type QuickList } from './quick-items.ts';
import { LIST_ITEMS } from './validate.ts';

const SCHEMAS: Record<QuickList, z.ZodMiniObject> = LIST_ITEMS;
const LISTS = Object.keys(SCHEMAS) as QuickList[];

/** The quick check agrees with zod's on this item (when it answers at all); true when it answered. */
function agrees(list: QuickList, item: unknown): boolean {
  const quick = quickItem(list, item);
  if (quick === undefined) return false;
  const checked = SCHEMAS[list].safeParse(item, { reportInput: true });
  expect(checked.success, JSON.stringify(item)).toBe(true);
  expect(quick).toStrictEqual(checked.data);
  expect(Object.keys(quick)).toEqual(Object.keys(checked.data as object));
  expect(JSON.stringify(quick)).toBe(JSON.stringify(checked.data));
  return true;
}

/** Values each kind of field may hold, good and bad, beside the testkit's nasty values. */
const fieldValue = fc.oneof(
  nastyValue,
  fc.constantFrom(
    'e1',
    'café',
    'cafe\u0301',
    'a\u200bb',
    'x'.repeat(201),
    'a'.repeat(200),
    '-x',
    'ok:id_1.2',
    'Title',
    ' \t',
    '\u00a0',
    '\u3000x',
    '2008',
    '2008-04',
    '2008-04-03',
    '2008-02-30',
    '2008-04-03T10:30',
    '2008-04-03T10:30:15Z',
    '2008-04-03T10:30+02:00',
    '-0490',
    '+012025-01',
    'https://example.org/a',
    'http://user:pw@example.org/',
    'ftp://example.org',
    ' https://example.org',
    '#1f77b4',
    '#abc',
    '#abcd',
    'causes',
    'Causes',
    'responds-to',
    'event',
    'context',
    'all',
    true,
    false,
    undefined,
    [26.1, 44.43],
    [44.43, 126.1],
    [200, 10],
    [1, 2, 3],
    [1],
    [Number.NaN, 1],
    [Infinity, 1],
    ['e1', 'e2'],
    ['e1', 3],
    ['tag', ' '],
    [],
    [{ url: 'https://example.org/p.jpg', type: 'image', alt: 'A picture' }],
    [{ url: 'https://example.org/p.jpg', type: 'image' }],
  ),
);

/** An item of a list: some of its fields (and perhaps one it does not know), each with any value. */
const anyItem = (list: QuickList) => {
  const keys = [...QUICK_FIELDS[list].map(([key]) => key), 'titel', '__proto__', 'toString'];
  return fc.dictionary(fc.constantFrom(...keys), fieldValue, { maxKeys: 8 });
};

/** A real item with up to three fields dropped or replaced. */
const damaged = (list: QuickList, items: readonly Record<string, unknown>[]) =>
  fc
    .tuple(
      fc.constantFrom(...items),
      fc.array(fc.tuple(fc.constantFrom(...QUICK_FIELDS[list].map(([key]) => key)), fc.option(fieldValue, { nil: undefined }), fc.boolean()), { maxLength: 3 }),
    )
    .map(([item, edits]) => {
      const copy: Record<string, unknown> = structuredClone(item);
      for (const [key, value, drop] of edits) {
        if (drop) delete copy[key];
        else copy[key] = value;
      }
      return copy;
    });

const synthetic = syntheticGraph(400, 7, { coordinates: true }) as unknown as Record<string, Record<string, unknown>[]>;
const fixture = smallGraph as unknown as Record<string, Record<string, unknown>[] | undefined>;
const realItems = (list: QuickList) => [...(fixture[list] ?? []), ...(synthetic[list] ?? []).slice(0, 200)];
const story = [{ event: 'e1' }, { event: 'e2', note: 'Say this', zoom: 'context' }];
const eras = [{ start: '2008', end: '2009-06', label: 'Before' }];
const itemsOf = (list: QuickList) => (list === 'story' ? story : list === 'eras' ? eras : realItems(list));

describe('quickItem', () => {
  it("has each schema's fields, in its order, required where the schema requires them", () => {
    for (const list of LISTS) {
      const shape = SCHEMAS[list].shape as Record<string, { _zod: { optin?: string } }>;
      expect(QUICK_FIELDS[list].map(([key]) => key)).toEqual(Object.keys(shape));
      for (const [key, , required] of QUICK_FIELDS[list]) expect(required, `${list}.${key}`).toBe(shape[key]!._zod.optin === undefined);
    }
  });

  it('checks the items of real files as zod does, without zod', () => {
    for (const list of LISTS) for (const item of itemsOf(list)) expect(agrees(list, item), `${list}: ${JSON.stringify(item)}`).toBe(!('media' in item));
  });

  it('gives what zod gives for damaged items, or leaves them to zod', () => {
    for (const list of LISTS) {
      let answered = 0;
      fc.assert(
        fc.property(damaged(list, itemsOf(list)), (item) => {
          if (agrees(list, item)) answered++;
        }),
        { seed: 20250218, numRuns: 800 },
      );
      expect(answered, list).toBeGreaterThan(50);
    }
  });

  it('gives what zod gives for items of any field values, or leaves them to zod', () => {
    for (const list of LISTS)
      fc.assert(
        fc.property(anyItem(list), (item) => void agrees(list, item)),
        { seed: 404, numRuns: 1500 },
      );
  });

  it('leaves whatever is not an object to zod', () => {
    for (const value of [null, undefined, 1, 'e1', [], [{ id: 'a' }], true]) for (const list of LISTS) expect(quickItem(list, value)).toBeUndefined();
  });
});
