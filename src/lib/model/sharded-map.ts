// A read-mostly map from string keys, spread over many small Maps by a hash of the key. A Map grows
// by rehashing every entry at once: at half a million entries one growth step held the page for
// 400 ms. Shards that each stay small grow in steps of a few milliseconds. Iterates shard by shard
// (not in insertion order). Pure.

const SHARDS = 64;

/** FNV-1a over the key's last 12 characters (ids differ most at their end: e1, e2, …), as a shard. */
function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = Math.max(0, key.length - 12); i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

export class ShardedMap<V> implements ReadonlyMap<string, V> {
  readonly #shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());

  constructor(entries?: Iterable<readonly [string, V]>) {
    if (entries) for (const [key, value] of entries) this.set(key, value);
  }

  get(key: string): V | undefined {
    return this.#shards[shardOf(key)]!.get(key);
  }

  has(key: string): boolean {
    return this.#shards[shardOf(key)]!.has(key);
  }

  set(key: string, value: V): this {
    this.#shards[shardOf(key)]!.set(key, value);
    return this;
  }

  delete(key: string): boolean {
    return this.#shards[shardOf(key)]!.delete(key);
  }

  get size(): number {
    let size = 0;
    for (const shard of this.#shards) size += shard.size;
    return size;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const shard of this.#shards) shard.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  *entries(): MapIterator<[string, V]> {
    for (const shard of this.#shards) yield* shard.entries();
  }

  *keys(): MapIterator<string> {
    for (const shard of this.#shards) yield* shard.keys();
  }

  *values(): MapIterator<V> {
    for (const shard of this.#shards) yield* shard.values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
