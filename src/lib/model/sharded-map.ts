// A read-mostly map from string keys, spread over many small Maps by a hash of the key. A Map grows
// by rehashing every entry at once: at half a million entries one growth step held the page for
// 400 ms. Shards that each stay small grow in steps of a few milliseconds. Iterates shard by shard
// (not in insertion order). Pure.

/** How many shards a map has (tests look at how keys are spread over them). */
export const SHARD_COUNT = 64;

/**
 * Which shard each 1/4096th of the hash's range goes to. Shards of equal shares would all reach a
 * Map's next capacity at the same moment and grow together (a million ids: a 10,000-key step took
 * 117 ms in Node at 520,000 keys). Shard k's share is instead proportional to 2^(k/64): the shares
 * span one doubling, evenly on a log scale, so as the map doubles its shards grow one after another.
 */
const SHARD_OF_BUCKET = (() => {
  const weights = Array.from({ length: SHARD_COUNT }, (_, k) => 2 ** (k / SHARD_COUNT));
  const total = weights.reduce((a, b) => a + b, 0);
  const table = new Uint8Array(4096);
  let shard = 0;
  let upTo = (weights[0]! / total) * table.length;
  for (let bucket = 0; bucket < table.length; bucket++) {
    while (bucket + 0.5 > upTo && shard < SHARD_COUNT - 1) upTo += (weights[++shard]! / total) * table.length;
    table[bucket] = shard;
  }
  return table;
})();

/**
 * FNV-1a over the key (a long key's first and last 16 characters: ids differ at their end, e1, e2,
 * …, or at their start, 1-summit, 2-summit, …), mixed, as a shard.
 */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  const head = Math.min(16, key.length);
  for (let i = 0; i < head; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, key.length - 16); i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  // The shard is read from the hash's top bits: mixed (murmur3's finaliser) so that every character reaches them.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return SHARD_OF_BUCKET[(hash ^ (hash >>> 16)) >>> 20]!;
}

export class ShardedMap<V> implements ReadonlyMap<string, V> {
  readonly #shards: Map<string, V>[] = Array.from({ length: SHARD_COUNT }, () => new Map<string, V>());

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
