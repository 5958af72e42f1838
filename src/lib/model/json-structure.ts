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
