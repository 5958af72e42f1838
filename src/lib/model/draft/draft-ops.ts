// The draft as data, and the three primitive changes to it: set (or delete) a value at a path, insert
// into a list, remove from a list. Pure: a change makes a new draft (sharing what it did not touch)
// and returns its inverse, so undo is the inverse applied. Every higher-level edit is a list of these.

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
/** A chronology as it is being written: the file's JSON, which may be invalid while it is edited. */
export type DraftFile = { readonly [key: string]: Json };
export type Path = readonly (string | number)[];

export type Op =
  /** `value` undefined deletes the key (or leaves it absent). */
  | { readonly op: 'set'; readonly path: Path; readonly value: Json | undefined }
  | { readonly op: 'insert'; readonly path: Path; readonly index: number; readonly value: Json }
  | { readonly op: 'remove'; readonly path: Path; readonly index: number };

type Container = { readonly [key: string]: Json } | readonly Json[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function child(node: Container, key: string | number): Json | undefined {
  if (Array.isArray(node)) return typeof key === 'number' ? (node as Json[])[key] : undefined;
  return typeof key === 'string' && Object.hasOwn(node, key) ? (node as Record<string, Json>)[key] : undefined;
}

function withChild(node: Container, key: string | number, value: Json | undefined): Container {
  if (Array.isArray(node)) {
    if (typeof key !== 'number' || key < 0 || key >= node.length) throw new RangeError(`no item ${key} in a list of ${node.length}`);
    if (value === undefined) throw new TypeError('a list item cannot be deleted with "set": use "remove"');
    const copy = [...(node as Json[])];
    copy[key] = value;
    return copy;
  }
  if (typeof key !== 'string') throw new TypeError(`an object has no item ${key}`);
  const copy: Record<string, Json> = { ...(node as Record<string, Json>) };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** The value at a path, or undefined when it is not there. */
export function valueAt(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = child(node, key);
  }
  return node;
}

/** A copy of `doc` with the node at `path` replaced by `update(node)`; the path must exist. */
function updateAt(doc: Json, path: Path, update: (node: Json | undefined) => Json | undefined): Json {
  if (path.length === 0) {
    const next = update(doc);
    if (next === undefined) throw new TypeError('the draft itself cannot be deleted');
    return next;
  }
  if (!isContainer(doc)) throw new TypeError(`cannot reach ${String(path[0])} inside a value`);
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0) return withChild(doc, key, update(child(doc, key))) as Json;
  const inner = child(doc, key);
  if (inner === undefined) throw new RangeError(`nothing at ${String(key)}`);
  return withChild(doc, key, updateAt(inner, rest, update)) as Json;
}

function listAt(doc: Json, path: Path): readonly Json[] {
  const list = valueAt(doc, path);
  if (!Array.isArray(list)) throw new TypeError(`no list at ${path.join('.')}`);
  return list as readonly Json[];
}

/** Applies one change; returns the new draft and the change that undoes it. */
export function applyOp(doc: DraftFile, op: Op): { doc: DraftFile; inverse: Op } {
  if (op.op === 'set') {
    const before = valueAt(doc, op.path);
    return { doc: updateAt(doc, op.path, () => op.value) as DraftFile, inverse: { op: 'set', path: op.path, value: before } };
  }
  const list = listAt(doc, op.path);
  if (op.op === 'insert') {
    if (op.index < 0 || op.index > list.length) throw new RangeError(`cannot insert at ${op.index} in a list of ${list.length}`);
    const next = [...list.slice(0, op.index), op.value, ...list.slice(op.index)];
    return { doc: updateAt(doc, op.path, () => next) as DraftFile, inverse: { op: 'remove', path: op.path, index: op.index } };
  }
  if (op.index < 0 || op.index >= list.length) throw new RangeError(`no item ${op.index} in a list of ${list.length}`);
  const removed = list[op.index]!;
  const next = [...list.slice(0, op.index), ...list.slice(op.index + 1)];
  return { doc: updateAt(doc, op.path, () => next) as DraftFile, inverse: { op: 'insert', path: op.path, index: op.index, value: removed } };
}

/** Applies changes in order; the inverse list undoes them all (last change first). */
export function applyOps(doc: DraftFile, ops: readonly Op[]): { doc: DraftFile; inverse: Op[] } {
  const inverse: Op[] = [];
  let current = doc;
  for (const op of ops) {
    const result = applyOp(current, op);
    current = result.doc;
    inverse.unshift(result.inverse);
  }
  return { doc: current, inverse };
}
