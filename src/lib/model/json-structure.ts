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

/**
 * The text's colons: all of them, and those right after a quote or white space. Every colon outside
 * strings is one of these: JSON writes a key's colon after the key's closing quote, or after white
 * space (space, tab, line feed, carriage return).
 */
function colonsOf(text: string): { all: number; afterQuoteOrSpace: number } {
  let all = 0;
  let afterQuoteOrSpace = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    all++;
    const before = text.charCodeAt(at - 1);
    if (before === QUOTE || before === 32 /* space */ || before === 10 /* \n */ || before === 13 /* \r */ || before === 9 /* \t */) afterQuoteOrSpace++;
  }
  return { all, afterQuoteOrSpace };
}

/** The six-character escapes of a colon, `\u003a` or `\u003A`, in the text (or what looks like one: `\\u003a` counts too). */
function colonEscapes(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\\u003'); at >= 0; at = text.indexOf('\\u003', at + 5)) {
    const hex = text.charCodeAt(at + 5);
    if (hex === 97 /* a */ || hex === 65 /* A */) n++;
  }
  return n;
}

function colonsIn(s: string): number {
  let n = 0;
  for (let at = s.indexOf(':'); at >= 0; at = s.indexOf(':', at + 1)) n++;
  return n;
}

/**
 * The keys of every object in a parsed value, and with `strings` the colons in its strings (keys and
 * string values); null when a container is deeper than `maxDepth` (the outermost is at depth 1). A walk
 * with two stacks side by side, containers and their depths: no recursion, so any depth is safe.
 */
function countValue(value: unknown, maxDepth: number, strings: boolean): { keys: number; colons: number } | null {
  let keys = 0;
  let colons = strings && typeof value === 'string' ? colonsIn(value) : 0;
  const nodes: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    nodes.push(value);
    depths.push(1);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth) return null;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'object' && item !== null) {
          nodes.push(item);
          depths.push(depth + 1);
        } else if (strings && typeof item === 'string') colons += colonsIn(item);
      }
      continue;
    }
    for (const key in node) {
      keys++;
      const item = (node as Record<string, unknown>)[key];
      if (strings) colons += colonsIn(key) + (typeof item === 'string' ? colonsIn(item) : 0);
      if (typeof item === 'object' && item !== null) {
        nodes.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return { keys, colons };
}

/**
 * scanJsonStructure's answer for text that JSON.parse has read into `value`, when there is nothing to
 * report (no container deeper than `maxDepth`, no key written twice), found without walking the text
 * character by character: a native search counts its colons, a walk of the value its keys and depth.
 * Null when it cannot be sure: scanJsonStructure then says what and where. Only for
 * `value = JSON.parse(text)`.
 *
 * Why a clean answer is exact. Outside strings JSON has one colon per key written: S in all. The
 * value's keys K map one to one onto key-value pairs of the text (for a name written twice, the last),
 * and a key written twice leaves a pair out (the earlier): K ≤ S, equal exactly when no object has a
 * key twice. So any count C ≥ S that equals K proves S = K: no key written twice. Then JSON.parse
 * dropped nothing, every container of the text is in the value at the same depth (the outermost at 1,
 * as scanJsonStructure counts), and a walk that finds none deeper than `maxDepth` proves the text has
 * none. (With a key written twice the value can be shallower than the text, but then C ≠ K.) Each
 * container of the value was written in the text at its depth, so one deeper than the limit proves the
 * text too deep: null, and the full scan says where. Two such counts C:
 *
 * 1. The colons right after a quote or white space (colonsOf): each of the S is one, so C = S + X,
 *    where X ≥ 0 counts colons inside strings written right after an escaped quote (`\":`) or a space
 *    (`"Note : …"`). Colons in times ("2025-02-12T10:00") and addresses ("https://…") follow a digit or
 *    a letter and are not counted: the usual file is answered here, by the walk over keys alone.
 * 2. When (1) differs, C = T − P + E: T all the text's colons, P the colons in the value's strings (keys
 *    and string values), E the six-character matches of `\u003a`/`\u003A` in the text. A text colon
 *    is one of the S or a literal character in a string (L): T = S + L. A parsed string's colon comes
 *    from a literal colon or from that escape (no other escape gives one; `\u` takes a lowercase u, and
 *    0, 0, 3 have no case), so E = R + F, R real escapes, F false matches (the backslash is the second
 *    of an escaped `\\`, as in `"\\u003a"`; outside strings JSON has no backslash). The value keeps
 *    the string literals of the text except those under an earlier copy of a key written twice, and
 *    such a key's later copies (it holds the name once); with D ≥ 0 the colons, literal or escaped, in
 *    the literals it does not keep, P = L + R − D, so C = S + L − (L + R − D) + R + F = S + D + F ≥ S.
 *    On clean text D = 0, so only F > 0 (a string holding a backslash, then `u003a`) leaves it to the
 *    full scan.
 * For 185 MB (a million events) in Chromium about 0.3 s, where the walk over the text's characters
 * that this replaces took 0.55 s; a walk over the value's keys (0.14 s) and the colons' count (0.11 s)
 * are most of it.
 */
export function cleanJsonStructure(text: string, value: unknown, maxDepth: number): JsonStructure | null {
  const counted = countValue(value, maxDepth, false);
  if (!counted) return null;
  const colons = colonsOf(text);
  if (counted.keys === colons.afterQuoteOrSpace) return { tooDeep: null, duplicateKeys: [] };
  const withStrings = countValue(value, maxDepth, true) as { keys: number; colons: number };
  return withStrings.keys === colons.all - withStrings.colons + colonEscapes(text) ? { tooDeep: null, duplicateKeys: [] } : null;
}
