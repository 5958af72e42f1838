import { describe, expect, it } from 'vitest';
import { ShardedMap } from './sharded-map.ts';

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
});
