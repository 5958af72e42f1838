import { describe, expect, it } from 'vitest';
import { SHARD_COUNT, ShardedMap, shardOf } from './sharded-map.ts';

describe('ShardedMap', () => {
  it('keeps what a Map keeps: get, has, size, delete, and every entry when iterated', () => {
    const map = new ShardedMap<number>();
    const plain = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      map.set(`e${i}`, i);
      plain.set(`e${i}`, i);
    }
    map.set('e7', 70);
    plain.set('e7', 70);
    expect(map.size).toBe(5000);
    expect(map.get('e4999')).toBe(4999);
    expect(map.get('e7')).toBe(70);
    expect(map.has('e5000')).toBe(false);
    expect(map.delete('e1')).toBe(true);
    plain.delete('e1');
    expect(new Map(map)).toEqual(plain);
    expect([...map.keys()].sort()).toEqual([...plain.keys()].sort());
    let seen = 0;
    map.forEach((value, key, self) => {
      expect(self.get(key)).toBe(value);
      seen++;
    });
    expect(seen).toBe(4999);
  });

  it('spreads ids over its shards', () => {
    const map = new ShardedMap([...Array.from({ length: 64 * 100 }, (_, i) => [`event-${i}`, i] as const)]);
    expect(map.size).toBe(6400);
    expect(new ShardedMap([['', 1]]).get('')).toBe(1);
  });

  it('grows its shards one after another, not all at once', () => {
    // A Map grows (rehashing all it holds) as its size passes a power of two. Equal shards would all
    // pass 2,048 keys within a few thousand of one another; here they pass it spread over a doubling.
    const sizes = new Array<number>(SHARD_COUNT).fill(0);
    const reached: number[] = [];
    for (let i = 0; i < 300_000; i++) if (++sizes[shardOf(`e${i}`)]! === 2048) reached.push(i);
    expect(reached).toHaveLength(SHARD_COUNT);
    const mostWithin = (window: number) => Math.max(...reached.map((at) => reached.filter((other) => other >= at && other < at + window).length));
    // 64 shards over a doubling of ~130,000 keys: ~1 every 2,000 keys.
    expect(mostWithin(4_000)).toBeLessThanOrEqual(6);
    expect(reached.at(-1)! - reached[0]!).toBeGreaterThan(80_000);
  });

  it('spreads keys of every kind: short, long, alike but for their start', () => {
    const counts = (keys: readonly string[]) => {
      const sizes = new Array<number>(SHARD_COUNT).fill(0);
      for (const key of keys) sizes[shardOf(key)]!++;
      return sizes;
    };
    for (const keys of [
      Array.from({ length: 20_000 }, (_, i) => `${i}`),
      Array.from({ length: 20_000 }, (_, i) => `${i}-an-event-with-a-long-id-that-ends-alike`),
      Array.from({ length: 20_000 }, (_, i) => `q-${i.toString(36)}`),
    ]) {
      const sizes = counts(keys);
      // Shard k's share is proportional to 2^(k/64): the last holds about twice the first.
      expect(Math.min(...sizes)).toBeGreaterThan(0);
      expect(sizes.at(-1)! / sizes[0]!).toBeGreaterThan(1.4);
      expect(sizes.at(-1)! / sizes[0]!).toBeLessThan(2.8);
    }
  });
});
