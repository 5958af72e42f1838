import { describe, expect, it } from 'vitest';
import { coordinateProblem, isLonLat, numbersIn, wrapLongitude, type LonLat } from './coordinates.ts';

describe('coordinateProblem: a pair on Earth passes, others say what is wrong and how to write it', () => {
  it.each<[string, LonLat, RegExp | null, RegExp | null]>([
    // what, [lon, lat], message, fix
    ['Bucharest', [26.1, 44.43], null, null],
    ['the poles and the date line', [180, -90], null, null],
    ['the other side of the date line', [-180, 90], null, null],
    [
      'swapped: a "latitude" of 120 beside a longitude that could be a latitude',
      [44.43, 120],
      /^the latitude 120 is beyond ±90: \[44\.43, 120\] looks like \[latitude, longitude\]/,
      /^write \[longitude, latitude\]: \[120, 44\.43\]$/,
    ],
    ['swapped, south and west', [-33.87, -151.21], /latitude -151\.21 is beyond ±90.*wrong way round/, /\[-151\.21, -33\.87\]/],
    [
      'a latitude beyond the pole that cannot be a swap (its longitude is beyond 90 too)',
      [126.1, 95.5],
      /^the latitude 95\.5 is beyond ±90$/,
      /runs from -90.*to 90/,
    ],
    ['a latitude beyond 180 is no longitude either', [10, 200], /^the latitude 200 is beyond ±90$/, /check the number/],
    ['a longitude beyond 180', [200, 10], /^the longitude 200 is beyond ±180$/, /200° is written -160, as in \[-160, 10\]/],
    ['a longitude beyond -180', [-200, 55.76], /^the longitude -200 is beyond ±180$/, /written 160/],
    ['no float noise in the message', [0.1 + 0.2, 95], /^the latitude 95 is beyond ±90: \[0\.3, 95\]/, /\[95, 0\.3\]/],
    ['not a number', [Number.NaN, 4], /is not a place on Earth/, /\[longitude, latitude\]/],
  ])('%s', (_what, pair, message, fix) => {
    const problem = coordinateProblem(pair);
    if (message === null) expect(problem).toBeNull();
    else {
      expect(problem?.message).toMatch(message);
      expect(problem?.fix).toMatch(fix!);
    }
  });
});

describe('isLonLat: what the map can place', () => {
  it.each<[unknown, boolean]>([
    [[26.1, 44.43], true],
    [[26.1, 144.43], false],
    [['26.1', '44.43'], false],
    [[26.1], false],
    [[1, 2, 3], false],
    ['26.1, 44.43', false],
    [null, false],
  ])('%j → %s', (value, expected) => expect(isLonLat(value)).toBe(expected));
});

describe('numbersIn: a pair written as text, as numbers', () => {
  it.each<[unknown, [number, number] | null]>([
    ['44.43, 26.1', [44.43, 26.1]],
    ['44.43 26.1', [44.43, 26.1]],
    [
      ['26.1', '44.43'],
      [26.1, 44.43],
    ],
    [
      ['26.1', 44.43],
      [26.1, 44.43],
    ],
    ['44.43° N, 26.1° E', null],
    ['one, two', null],
    [{ lat: 1 }, null],
  ])('%j → %j', (value, expected) => expect(numbersIn(value)).toEqual(expected));
});

describe('wrapLongitude', () => {
  it.each([
    [200, -160],
    [-200, 160],
    [180, 180],
    [-180, -180],
    [540, 180],
    [0, 0],
  ])('%d → %d', (lon, wrapped) => expect(wrapLongitude(lon)).toBe(wrapped));
});
