// The quick count (cleanJsonStructure) answers as the full scan (scanJsonStructure) does whenever it
// answers, and answers whenever there is nothing to report: for JSON with keys written twice (plain,
// escaped, "__proto__"), strings full of quotes, backslashes and colons (literal, escaped as \u003a or
// \u003A, after a space or an escaped quote, or a backslash then "u003a" that only looks like the
// escape), any spacing, and any depth. The one case where it may leave a clean text to the full scan is
// that last look-alike.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanJsonStructure, scanJsonStructure } from './json-structure.ts';

type Tree = string | number | null | Tree[] | { entries: [string, Tree][] };

/** How strings are written: as JSON.stringify does, every character as \uXXXX, or colons, quotes and spaces escaped. */
type Escaping = 'plain' | 'unicode' | 'some';

/** Keys from a small set, so that an object often has one twice. */
const key = fc.constantFrom('a', 'b', 'id', '__proto__', 'a"b', 'c\\', ':', 'x :', 'a":', '\\u003a', 'T10:00', '{', 'é', '\u2028');
const unit = fc.constantFrom('"', '\\', ':', ' :', '":', 'u003a', 'u003A', '{', '}', '[', ']', ',', 'x', ' ', '/', '\n', '10:00', 'https://');
const leaf = fc.oneof(fc.string({ unit }), fc.integer(), fc.constant(null));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.record({ entries: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }) }),
  ),
}));

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

function quote(s: string, escaping: Escaping): string {
  if (escaping === 'plain') return JSON.stringify(s);
  if (escaping === 'unicode') return `"${[...s].map(hex4).join('')}"`;
  let colons = 0;
  const escaped = [...s].map((c) => {
    if (c === ':') return colons++ % 2 === 0 ? '\\u003a' : '\\u003A';
    if (c === '"' || c === ' ') return hex4(c);
    return JSON.stringify(c).slice(1, -1);
  });
  return `"${escaped.join('')}"`;
}

/** The tree as JSON text, keys written as they are (twice when the tree says so), with some spaces. */
function write(node: Tree, space: string, keys: Escaping, values: Escaping): string {
  if (typeof node === 'string') return quote(node, values);
  if (typeof node !== 'object' || node === null) return JSON.stringify(node);
  if (Array.isArray(node)) return `[${space}${node.map((n) => write(n, space, keys, values)).join(`,${space}`)}${space}]`;
  return `{${space}${node.entries.map(([k, v]) => `${quote(k, keys)}${space}:${space}${write(v, space, keys, values)}`).join(`,${space}`)}${space}}`;
}

/** A backslash written as `\\` and then `u003a`: looks like the escape of a colon but is not one. */
const lookAlike = /\\\\u003a/i;

describe('cleanJsonStructure', () => {
  it('answers as scanJsonStructure does, and whenever there is nothing to report', () => {
    let clean = 0;
    const escaping = fc.constantFrom<Escaping>('plain', 'unicode', 'some');
    fc.assert(
      fc.property(tree, fc.constantFrom('', ' ', '\n  '), escaping, escaping, fc.integer({ min: 1, max: 6 }), (node, space, keys, values, maxDepth) => {
        const text = write(node, space, keys, values);
        const full = scanJsonStructure(text, maxDepth);
        const quick = cleanJsonStructure(text, JSON.parse(text), maxDepth);
        if (quick) clean++;
        if (quick) expect(quick).toEqual(full);
        const report = full.tooDeep !== null || full.duplicateKeys.length > 0;
        if (report || !lookAlike.test(text)) expect(quick === null).toBe(report);
      }),
      { seed: 20250218, numRuns: 5000 },
    );
    expect(clean).toBeGreaterThan(800);
  });

  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(cleanJsonStructure(text, JSON.parse(text), 64)).toEqual(scanJsonStructure(text, 64));
      }),
      { seed: 404, numRuns: 1000 },
    );
  });

  it('says clean for event graphs full of times and addresses', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `2025-02-12T${h}:${String(m).padStart(2, '0')}`);
    const event = fc.record({
      id: fc.string(),
      start: time,
      end: time,
      summary: fc.string({ unit: fc.constantFrom('a', ' ', ':', ' :', '"', 'é') }),
      url: fc.webUrl(),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), fc.constantFrom(undefined, 2, '\t'), (events, indent) => {
        const text = JSON.stringify({ version: 1, 'x:note': 'Remarque : 10:00', events }, null, indent);
        expect(cleanJsonStructure(text, JSON.parse(text), 64)).toEqual({ tooDeep: null, duplicateKeys: [] });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('is not fooled where the counts could balance', () => {
    const cases = [
      // A key twice, and a colon escaped elsewhere: without the escapes' count the colons would balance.
      '{"a":1,"a":2,"b":"\\u003a"}',
      '{"a":1,"a":2,"b":"\\u003A"}',
      '{"a":1,"b":{"a":"\\u003a\\u003A"},"b":2}',
      // A key twice whose dropped value holds colons after a space or a quote.
      '{"a":"x :y","a":1}',
      '{"a":"\\":","a":1}',
      '{"a" : "10:00", "a" : "11:00"}',
      // A key twice whose dropped value is deeper than the limit: the value kept is shallow.
      `{"a":${'['.repeat(64)}${']'.repeat(64)},"a":1}`,
    ];
    for (const text of cases) {
      expect(cleanJsonStructure(text, JSON.parse(text), 64), text).toBeNull();
      const full = scanJsonStructure(text, 64);
      expect(full.tooDeep !== null || full.duplicateKeys.length > 0, text).toBe(true);
    }
  });

  it('counts depth as scanJsonStructure does', () => {
    const pairs: [string, string][] = [
      ['[', ']'],
      ['{"a":', '}'],
    ];
    for (const [open, close] of pairs) {
      const deepest = `${open.repeat(64)}1${close.repeat(64)}`;
      const tooDeep = `${open.repeat(65)}1${close.repeat(65)}`;
      expect(cleanJsonStructure(deepest, JSON.parse(deepest), 64)).toEqual(scanJsonStructure(deepest, 64));
      expect(scanJsonStructure(deepest, 64).tooDeep).toBeNull();
      expect(cleanJsonStructure(tooDeep, JSON.parse(tooDeep), 64)).toBeNull();
      expect(scanJsonStructure(tooDeep, 64).tooDeep).not.toBeNull();
    }
    // A hundred thousand levels: the walk keeps its own stack.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(cleanJsonStructure(deep, JSON.parse(deep), 200_000)).toEqual({ tooDeep: null, duplicateKeys: [] });
  });

  it('says clean for colons after spaces or escaped quotes, escaped colons and quotes, and a string alone', () => {
    for (const text of ['{"a\\":b":1}', '{"a":"x : y","b":"\\":"}', '{"\\u003a":"\\u003A","b":"\\u0022:"}', '"a : b"', '{ "a" : "T10:00" }', '[":", " :"]']) {
      expect(cleanJsonStructure(text, JSON.parse(text), 64), text).toEqual({ tooDeep: null, duplicateKeys: [] });
    }
    // A backslash, then "u003a": no colon, but it looks like one's escape, so the full scan decides.
    const lookingAlike = '{"a":"\\\\u003a :"}';
    expect(cleanJsonStructure(lookingAlike, JSON.parse(lookingAlike), 64)).toBeNull();
    expect(scanJsonStructure(lookingAlike, 64)).toEqual({ tooDeep: null, duplicateKeys: [] });
  });
});
