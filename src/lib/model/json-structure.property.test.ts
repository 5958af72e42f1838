// The quick count (cleanJsonStructure) answers as the full scan (scanJsonStructure) does whenever it
// answers, and answers whenever there is nothing to report: for JSON with keys written twice (plain,
// escaped, "__proto__"), strings full of quotes, backslashes and colons, any spacing, and any depth.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanJsonStructure, scanJsonStructure } from './json-structure.ts';

type Tree = string | number | null | Tree[] | { entries: [string, Tree][] };

/** Keys from a small set, so that an object often has one twice; and written with escapes sometimes. */
const key = fc.constantFrom('a', 'b', 'id', '__proto__', 'a"b', 'c\\', ':', '{', 'é', '\u2028');
const leaf = fc.oneof(fc.string({ unit: fc.constantFrom('"', '\\', ':', '{', '}', '[', ']', ',', 'x', ' ', '/', '\n') }), fc.integer(), fc.constant(null));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.record({ entries: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }) }),
  ),
}));

/** The tree as JSON text, keys written as they are (twice when the tree says so), with some spaces, some keys escaped. */
function write(node: Tree, space: string, escapeKeys: boolean): string {
  if (typeof node !== 'object' || node === null) return JSON.stringify(node);
  if (Array.isArray(node)) return `[${space}${node.map((n) => write(n, space, escapeKeys)).join(`,${space}`)}${space}]`;
  const name = (k: string) => (escapeKeys ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(k));
  return `{${space}${node.entries.map(([k, v]) => `${name(k)}${space}:${space}${write(v, space, escapeKeys)}`).join(`,${space}`)}${space}}`;
}

describe('cleanJsonStructure', () => {
  it('answers as scanJsonStructure does, and whenever there is nothing to report', () => {
    let clean = 0;
    fc.assert(
      fc.property(tree, fc.constantFrom('', ' ', '\n  '), fc.boolean(), fc.integer({ min: 1, max: 6 }), (node, space, escapeKeys, maxDepth) => {
        const text = write(node, space, escapeKeys);
        const full = scanJsonStructure(text, maxDepth);
        const quick = cleanJsonStructure(text, JSON.parse(text), maxDepth);
        if (quick) clean++;
        if (quick) expect(quick).toEqual(full);
        expect(quick === null).toBe(full.tooDeep !== null || full.duplicateKeys.length > 0);
      }),
      { seed: 20250218, numRuns: 3000 },
    );
    expect(clean).toBeGreaterThan(500);
  });

  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(cleanJsonStructure(text, JSON.parse(text), 64)).toEqual(scanJsonStructure(text, 64));
      }),
      { seed: 404, numRuns: 1000 },
    );
  });
});
