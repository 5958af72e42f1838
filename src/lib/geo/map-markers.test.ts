import { describe, expect, it } from 'vitest';
import { clusterPoints } from './clusters.ts';
import { markerRadius, markersOnScreen, nextMarker, placeLabels, type MarkerView } from './map-markers.ts';
import { MAP_IDENTITY } from './projection.ts';

const clusters = (list: [number, number][]) =>
  clusterPoints({ xs: Float64Array.from(list.map((p) => p[0])), ys: Float64Array.from(list.map((p) => p[1])), active: null, level: 0 });

const marker = (m: number, xPx: number, yPx: number, count = 1, onePlace = true): MarkerView => ({
  m,
  xPx,
  yPx,
  rPx: markerRadius(count),
  count,
  single: count === 1 ? m : -1,
  onePlace,
});

describe('markersOnScreen', () => {
  it('draws only what is on screen, placed by the zoom, the fullest last', () => {
    const c = clusters([
      [100, 100],
      [100, 100],
      [300, 100],
      [5000, 100],
    ]);
    const markers = markersOnScreen(c, { k: 2, x: -50, y: 0 }, 800, 600);
    expect(markers.map((m) => [m.xPx, m.yPx, m.count])).toEqual([
      [550, 200, 1],
      [150, 200, 2],
    ]);
    expect(markers[0]!.single).toBe(2);
    expect(markers[1]!.single).toBe(-1);
  });

  it.each([
    [1, 7],
    [4, 12.4],
    [100_000, 24],
  ])('a marker of %d events has a radius of %d px', (count, r) => expect(markerRadius(count)).toBeCloseTo(r, 5));

  it('never more markers than the screen holds, whatever the data', () => {
    const list: [number, number][] = [];
    for (let i = 0; i < 20_000; i++) list.push([(i * 7919) % 1000, (i * 104729) % 600]);
    const markers = markersOnScreen(clusters(list), MAP_IDENTITY, 1000, 600);
    expect(markers.length).toBeLessThanOrEqual(Math.ceil(1100 / 18) * Math.ceil(700 / 18));
  });
});

describe('placeLabels', () => {
  const measure = (text: string) => text.length * 7;
  it.each<[string, MarkerView[], string[]]>([
    ['two places apart: both named', [marker(0, 100, 100, 3), marker(1, 100, 300)], ['A', 'B']],
    ['a label that would cover another marker goes to its left', [marker(0, 100, 100, 3), marker(1, 130, 100)], ['A', 'B']],
    ['a label with no room either side is left out', [marker(0, 100, 100, 3), marker(1, 130, 100), marker(2, 40, 100)], ['B']],
    ['the fuller place is named first when two labels collide', [marker(0, 100, 100), marker(1, 100, 106, 5)], ['B']],
    ['a marker of several places is not named', [marker(0, 100, 100, 5, false)], []],
    ['a label past the right edge goes to the left', [marker(0, 790, 100)], ['A']],
    ['a label between the screen’s edge and a marker is left out', [marker(0, 30, 100), marker(1, 60, 100, 3)], ['B']],
  ])('%s', (_what, markers, expected) => {
    const names = ['A', 'B', 'C'];
    const labels = placeLabels(markers, (m) => `${names[m]} place`, measure, { widthPx: 800, heightPx: 600 });
    expect(labels.map((l) => l.text[0])).toEqual(expected);
  });
});

describe('nextMarker: arrow keys move to the nearest marker that way', () => {
  const markers = [marker(0, 100, 100), marker(1, 200, 110), marker(2, 400, 100), marker(3, 100, 300), marker(4, 110, 20)];
  it.each<[number, 'left' | 'right' | 'up' | 'down', number | null]>([
    [0, 'right', 1],
    [1, 'right', 2],
    [2, 'right', null],
    [0, 'down', 3],
    [0, 'up', 4],
    [1, 'left', 0],
    [3, 'up', 0],
  ])('from %d going %s → %s', (from, direction, to) => expect(nextMarker(markers, markers[from]!, direction)?.m ?? null).toBe(to));
});
