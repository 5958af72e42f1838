// One fast pass over JSON text for what JSON.parse does not tell: where nesting first gets too deep, and
// which keys are written twice in one object (JSON.parse keeps the last without a word). Exact on valid
// JSON; on invalid text only the depth is meaningful. No recursion, so no stack to overflow.
import type { PathSegment } from './problems.ts';

export interface DuplicateKey {
  /** The path of the key written again: `events[3].title`. */
  readonly path: readonly PathSegment[];
  readonly firstOffset: number;
  readonly offset: number;
}

export interface JsonStructure {
  /** The first container deeper than the limit, or null. */
  readonly tooDeep: { readonly offset: number; readonly path: readonly PathSegment[] } | null;
  readonly duplicateKeys: readonly DuplicateKey[];
}

interface Frame {
  readonly isObject: boolean;
  /** Keys seen in this object, with their offsets. */
  keys: Map<string, number> | null;
  key: string;
  index: number;
  expectKey: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

function pathOf(frames: readonly Frame[]): PathSegment[] {
  return frames.map((f) => (f.isObject ? f.key : f.index));
}

function decodeKey(raw: string, escaped: boolean): string {
  if (!escaped) return raw;
  try {
    const key: unknown = JSON.parse(`"${raw}"`);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw;
  }
}

/** The next character that matters to the structure, and the next that ends or escapes a string. */
const STRUCTURAL = /["{}[\],]/g;
const STRING_STOP = /["\\\n\r]/g;

export function scanJsonStructure(text: string, maxDepth: number): JsonStructure {
  const frames: Frame[] = [];
  const duplicateKeys: DuplicateKey[] = [];
  const structural = new RegExp(STRUCTURAL);
  const stringStop = new RegExp(STRING_STOP);
  for (let match = structural.exec(text); match !== null; match = structural.exec(text)) {
    const i = match.index;
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Find the closing quote; a raw line break cannot be inside a JSON string, so end an unclosed one
      // there, as jsonc-parser does.
      let end = text.length;
      let escaped = false;
      stringStop.lastIndex = i + 1;
      for (let stop = stringStop.exec(text); stop !== null; stop = stringStop.exec(text)) {
        if (text.charCodeAt(stop.index) !== BACKSLASH) {
          end = stop.index;
          break;
        }
        escaped = true;
        stringStop.lastIndex = stop.index + 2;
      }
      const top = frames.at(-1);
      if (top?.isObject && top.expectKey) {
        const key = decodeKey(text.slice(i + 1, end), escaped);
        top.keys ??= new Map();
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, i);
        else duplicateKeys.push({ path: [...pathOf(frames.slice(0, -1)), key], firstOffset: first, offset: i });
        top.key = key;
        top.expectKey = false;
      }
      structural.lastIndex = end + 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (frames.length >= maxDepth) return { tooDeep: { offset: i, path: pathOf(frames) }, duplicateKeys };
      frames.push({ isObject: c === 123, keys: null, key: '', index: 0, expectKey: c === 123 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      frames.pop();
    } else {
      // A comma: the next key of an object, or the next item of a list.
      const top = frames.at(-1);
      if (top?.isObject) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return { tooDeep: null, duplicateKeys };
}

/** Whether the quote at `at` is escaped: an odd number of backslashes before it. */
function escapedQuote(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

/** The keys of every object in a parsed value (a walk with a stack: no recursion). */
function keysIn(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    for (const key in node) {
      keys++;
      const item = (node as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return keys;
}

/**
 * scanJsonStructure's answer for text that JSON.parse has read into `value`, when there is nothing to
 * report (no container deeper than `maxDepth`, no key written twice), found without building a path, a
 * key or a map: a pass over the text that skips each string with indexOf, counting depth and the keys
 * written (each is followed by a colon outside any string), and a count of the keys in the value.
 * JSON.parse keeps one of a key written twice, so the value has fewer keys exactly when the text has a
 * key written twice. Null when the text is too deep or the counts differ: scanJsonStructure then says
 * where. A few hundred milliseconds for 180 MB, where scanJsonStructure takes seconds.
 */
export function cleanJsonStructure(text: string, value: unknown, maxDepth: number): JsonStructure | null {
  let depth = 0;
  let written = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && escapedQuote(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return null;
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return null;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === 58 /* : */) written++;
  }
  return keysIn(value) === written ? { tooDeep: null, duplicateKeys: [] } : null;
}
