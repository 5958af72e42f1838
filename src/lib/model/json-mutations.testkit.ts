// For property tests only: fast-check arbitraries that damage a valid JSON document (drop or replace
// any value anywhere, with values a careless author or a hostile file might write) and a text or its
// bytes (cut, insert, delete, overwrite). Imported by *.property.test.ts; never by the app.
import fc from 'fast-check';

export type JsonPath = readonly (string | number)[];

/** Every path into a JSON value (objects and arrays), so a mutation can aim anywhere. */
export function pathsOf(value: unknown, path: JsonPath = []): JsonPath[] {
  const children = Array.isArray(value)
    ? value.map((v, i) => pathsOf(v, [...path, i]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k]))
      : [];
  return [path, ...children.flat()];
}

export type JsonMutation = { readonly path: JsonPath; readonly action: 'drop' | 'replace'; readonly value: unknown };

/** A copy of `document` with the mutations applied in order (a path that no longer exists is skipped). */
export function mutateJson(document: unknown, mutations: readonly JsonMutation[]): unknown {
  const root = structuredClone(document);
  for (const { path, action, value } of mutations) {
    let parent: unknown = root;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[segment];
    if (typeof parent !== 'object' || parent === null) continue;
    const key = path.at(-1)!;
    const container = parent as Record<string | number, unknown>;
    if (action === 'drop') {
      if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
      else delete container[key];
    } else container[key] = value;
  }
  return root;
}

/** Values a careless author or a hostile file might put anywhere. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '',
    ' ',
    '2025-02-30',
    '-0000',
    '+300000',
    '-0490',
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'nato',
    'bucharest-summit',
    'putin-speech',
    'nato-declaration',
    '0',
    '\u202E',
    12,
    -490,
    2 ** 53 + 1,
    Number.MAX_VALUE,
    null,
    [],
    {},
  ),
);

/** Up to `maxLength` drops or replacements aimed at the paths of `document`. */
export function jsonMutations(document: unknown, maxLength = 4): fc.Arbitrary<JsonMutation[]> {
  const paths = pathsOf(document).filter((p) => p.length > 0);
  const mutation = fc.record({
    path: fc.constantFrom(...paths),
    action: fc.constantFrom('drop' as const, 'replace' as const),
    value: nastyValue,
  });
  return fc.array(mutation, { minLength: 1, maxLength });
}

type TextEdit = { readonly at: number; readonly remove: number; readonly insert: string };

/** Characters that matter to JSON and CSV readers, and a few that matter to nothing but break naive code. */
const SYNTAX = fc.constantFrom(...'{}[]:,;"\'\\\t\n\r \u0000\uFEFF\u2028\uD800-0123456789eE.+'.split(''), '\r\n', '""', 'null', 'NaN');

/** A text with up to five places cut, filled or overwritten. */
export function editedText(text: string): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<TextEdit> = fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(fc.constant(''), SYNTAX, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
  });
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) =>
    edits.reduce((out, { at, remove, insert }) => {
      const i = Math.min(at, out.length);
      return out.slice(0, i) + insert + out.slice(i + remove);
    }, text),
  );
}

/** Bytes with up to five bytes overwritten, and perhaps cut short (which may split a UTF-8 sequence). */
export function editedBytes(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  const write = fc.record({ at: fc.nat({ max: Math.max(0, bytes.length - 1) }), value: fc.integer({ min: 0, max: 255 }) });
  return fc.tuple(fc.array(write, { maxLength: 5 }), fc.nat({ max: bytes.length })).map(([writes, end]) => {
    const out = bytes.slice(0, Math.max(end, Math.floor(bytes.length / 2)));
    for (const { at, value } of writes) if (at < out.length) out[at] = value;
    return out;
  });
}
