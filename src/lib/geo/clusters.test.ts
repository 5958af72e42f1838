import { describe, expect, it } from 'vitest';
import { CLUSTER_RADIUS_PX, clusterLevel, clusterPoints, levelZoom, markerOf, membersOf } from './clusters.ts';
import { seededRandom as random } from '../model/seeded-random.ts';

const points = (list: [number, number][]) => ({ xs: Float64Array.from(list.map((p) => p[0])), ys: Float64Array.from(list.map((p) => p[1])) });

describe('clusterLevel: half octaves of zoom', () => {
  it.each([
    [1, 0],
    [1.4, 1],
    [2, 2],
    [4096, 24],
    [0.5, 0],
  ])('k = %d → level %d', (k, level) => expect(clusterLevel(k)).toBe(level));
  it('levelZoom inverts it', () => expect(levelZoom(4)).toBe(4));
});

describe('clusterPoints', () => {
  it.each<[string, [number, number][], number, number[]]>([
    // what, points (base px), level, sizes of the markers (fullest first)
    [
      'three events at one place: one marker, whatever the zoom',
      [
        [100, 100],
        [100, 100],
        [100, 100],
      ],
      24,
      [3],
    ],
    [
      'two places far apart: two markers',
      [
        [100, 100],
        [400, 100],
      ],
      0,
      [1, 1],
    ],
    [
      'two places closer than a marker: one',
      [
        [100, 100],
        [100 + CLUSTER_RADIUS_PX / 2, 100],
      ],
      0,
      [2],
    ],
    [
      'the same two, zoomed in until they part',
      [
        [100, 100],
        [100 + CLUSTER_RADIUS_PX / 2, 100],
      ],
      4,
      [1, 1],
    ],
    [
      'either side of a cell edge, still merged',
      [
        [CLUSTER_RADIUS_PX - 1, 10],
        [CLUSTER_RADIUS_PX + 1, 10],
      ],
      0,
      [2],
    ],
    [
      'above the world’s top edge (negative pixels)',
      [
        [10, -10],
        [10, -10],
        [500, -300],
      ],
      0,
      [2, 1],
    ],
    ['nothing', [], 0, []],
  ])('%s', (_what, list, level, sizes) => {
    const { xs, ys } = points(list);
    const c = clusterPoints({ xs, ys, active: null, level });
    expect([...c.size]).toEqual(sizes);
  });

  it('every shown point is in exactly one marker, and its marker knows it', () => {
    const rand = random(7);
    const list: [number, number][] = Array.from({ length: 5000 }, () => [rand() * 1000, rand() * 600]);
    const { xs, ys } = points(list);
    const active = Int32Array.from({ length: 2500 }, (_, i) => i * 2);
    for (const level of [0, 3, 8, 16]) {
      const c = clusterPoints({ xs, ys, active, level });
      expect(c.size.reduce((a, b) => a + b, 0)).toBe(active.length);
      const seen = new Set<number>();
      for (let m = 0; m < c.count; m++)
        for (const i of membersOf(c, m)) {
          expect(markerOf(c, i)).toBe(m);
          seen.add(i);
        }
      expect(seen.size).toBe(active.length);
      expect(markerOf(c, 1)).toBe(-1);
    }
  });

  it('no two markers are drawn closer than half a marker', () => {
    const rand = random(11);
    const list: [number, number][] = Array.from({ length: 1500 }, () => [400 + rand() * 200, 300 + rand() * 100]);
    const { xs, ys } = points(list);
    for (const level of [0, 4, 10]) {
      const c = clusterPoints({ xs, ys, active: null, level });
      const k = levelZoom(level);
      let closest = Infinity;
      for (let a = 0; a < c.count; a++) for (let b = a + 1; b < c.count; b++) closest = Math.min(closest, Math.hypot(c.x[a]! - c.x[b]!, c.y[a]! - c.y[b]!) * k);
      expect(closest).toBeGreaterThan(CLUSTER_RADIUS_PX / 2);
    }
  });

  it('groups the same points the same way again (its scratch space is left clean)', () => {
    const { xs, ys } = points([
      [10, 10],
      [12, 10],
      [500, 500],
    ]);
    const first = clusterPoints({ xs, ys, active: null, level: 0, region: [0, 0, 100, 100] });
    const again = clusterPoints({ xs, ys, active: null, level: 0 });
    expect([...first.size]).toEqual([2]);
    expect([...again.size]).toEqual([2, 1]);
  });

  it('only points inside the region are grouped', () => {
    const { xs, ys } = points([
      [10, 10],
      [500, 500],
    ]);
    const c = clusterPoints({ xs, ys, active: null, level: 0, region: [0, 0, 100, 100] });
    expect(c.count).toBe(1);
    expect([markerOf(c, 0), markerOf(c, 1)]).toEqual([0, -1]);
  });

  it('a marker of points at one place has no spread; one of several places has', () => {
    const { xs, ys } = points([
      [100, 100],
      [100, 100],
      [300, 300],
      [305, 300],
    ]);
    const c = clusterPoints({ xs, ys, active: null, level: 0 });
    const byFirst = (i: number) => c.spreadPx[markerOf(c, i)];
    expect(byFirst(0)).toBe(0);
    expect(byFirst(2)).toBe(5);
  });

  it('groups 100,000 points (the bench times it in the page; here only a bound a busy machine keeps)', () => {
    const rand = random(3);
    const n = 100_000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const city = Math.floor(rand() * 60);
      xs[i] = ((city * 97) % 1000) + rand() * 20;
      ys[i] = ((city * 53) % 600) + rand() * 20;
    }
    const started = performance.now();
    const c = clusterPoints({ xs, ys, active: null, level: 2 });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(c.size.reduce((a, b) => a + b, 0)).toBe(n);
  });
});
