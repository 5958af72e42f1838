import { describe, expect, it } from 'vitest';
import { formatArea, inArea, readArea, writeArea, type GeoArea } from './area.ts';
import type { LonLat } from './coordinates.ts';

const EUROPE: GeoArea = [-12, 34, 45, 72];

describe('inArea', () => {
  it.each<[string, LonLat, GeoArea, boolean]>([
    ['Bucharest in Europe', [26.1, 44.43], EUROPE, true],
    ['Moscow in Europe', [37.62, 55.76], EUROPE, true],
    ['Riyadh south of Europe', [46.72, 24.71], EUROPE, false],
    ['Washington west of Europe', [-77.04, 38.91], EUROPE, false],
    ['on the edge', [-12, 34], EUROPE, true],
    ['across the date line, east side', [170, 0], [160, -10, -170, 10], true],
    ['across the date line, west side', [-175, 0], [160, -10, -170, 10], true],
    ['across the date line, outside', [0, 0], [160, -10, -170, 10], false],
  ])('%s', (_what, point, area, expected) => expect(inArea(point, area)).toBe(expected));
});

describe('the area in words and in a link', () => {
  it.each<[GeoArea, string, string]>([
    [EUROPE, '12°W – 45°E, 34°N – 72°N', '-12,34,45,72'],
    [[-12.3456, -5.5, 0, 1.0049], '12.35°W – 0°, 5.5°S – 1°N', '-12.35,-5.5,0,1'],
  ])('%j', (area, words, link) => {
    expect(formatArea(area)).toBe(words);
    expect(writeArea(area)).toBe(link);
    expect(readArea(link)).toEqual(link.split(',').map(Number));
  });

  it.each(['', '1,2,3', '-12,34,45,72,1', 'a,b,c,d', '-12,72,45,34', '-200,34,45,72', '-12,34,45,95', '5,1,5,2', '1e3,1,2,3'])('refuses %j', (text) =>
    expect(readArea(text)).toBeNull(),
  );
});
