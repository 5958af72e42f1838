import { describe, expect, it } from 'vitest';
import { firstOf, readLatLon } from './coordinate-cells.ts';

const at = { lat: 'row 2, column Latitude', lon: 'row 2, column Longitude' };

describe('readLatLon: a latitude and a longitude as imports find them', () => {
  it.each<[string, unknown, unknown, unknown]>([
    ['numbers as text', '44.43', '26.1', [26.1, 44.43]],
    ['numbers', 44.43, 26.1, [26.1, 44.43]],
    ['south and west', '-33.87', '-70.5', [-70.5, -33.87]],
    ['with spaces', ' 44.43 ', '26.1 ', [26.1, 44.43]],
    ['neither', '', '', null],
    ['neither (missing)', undefined, undefined, null],
  ])('%s', (_what, lat, lon, expected) => expect(readLatLon(lat, lon, at)).toEqual(expected));

  it.each<[string, unknown, unknown, string, RegExp]>([
    ['a latitude alone', '44.43', '', at.lat, /no longitude beside it/],
    ['a longitude alone', '', '26.1', at.lon, /no latitude beside it/],
    ['degrees and minutes', '44°26′N', '26.1', at.lat, /"44°26′N" is not a number of degrees/],
    ['a decimal comma', '44,43', '26.1', at.lat, /is not a number of degrees/],
    ['swapped: a latitude of 126', '126.1', '44.43', at.lat, /latitude 126\.1 is beyond ±90: the latitude and longitude look swapped/],
    ['a latitude beyond the pole', '95', '126', at.lat, /latitude 95 is beyond ±90; the place is left out/],
    ['a longitude beyond 180', '10', '200', at.lon, /longitude 200 is beyond ±180/],
  ])('%s: a warning where it is, and no place', (_what, lat, lon, path, message) => {
    const read = readLatLon(lat, lon, at);
    expect(read).toMatchObject({ severity: 'warning', path });
    expect((read as { message: string }).message).toMatch(message);
  });
});

describe('firstOf: the common names', () => {
  it.each<[Record<string, unknown>, readonly string[], [string, unknown] | null]>([
    [{ Latitude: 1 }, ['latitude', 'lat'], ['Latitude', 1]],
    [{ lng: 2 }, ['longitude', 'lon', 'lng', 'long'], ['lng', 2]],
    [{ x: 1 }, ['lat'], null],
  ])('%j', (record, names, expected) => expect(firstOf(record, names)).toEqual(expected));
});
