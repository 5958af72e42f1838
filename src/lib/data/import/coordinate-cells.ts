// A latitude and a longitude as imports find them (spreadsheet cells, or fields of a TimelineJS
// slide), under their common names, read into the format's [longitude, latitude]. What cannot be
// a place on Earth is reported where it was and left out, as other unreadable cells are. Pure.
import { coordinateProblem, type LonLat } from '../../model/coordinates.ts';
import type { Problem } from '../../model/problems.ts';
import { warning } from './converted.ts';

/** Column and field names read as a latitude, and as a longitude (compared in lower case). */
export const LATITUDE_NAMES = ['latitude', 'lat'] as const;
export const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long'] as const;

const number = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) return null;
  return Number(value);
};
const empty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The pair, null when neither is given, or a warning (the place is left out): one without the other,
 * something that is not a number, or a pair that cannot be on Earth (a swapped one said so).
 */
export function readLatLon(lat: unknown, lon: unknown, at: { readonly lat: string; readonly lon: string }): LonLat | Problem | null {
  if (empty(lat) && empty(lon)) return null;
  if (empty(lat) || empty(lon)) {
    const [missing, given] = empty(lat) ? ['latitude', at.lon] : ['longitude', at.lat];
    return warning(given, `there is no ${missing} beside it; the place is left out`, `give both a latitude and a longitude, in degrees (e.g. 44.43 and 26.1 for Bucharest)`);
  }
  const [la, lo] = [number(lat), number(lon)];
  if (la === null || lo === null) {
    const [place, value] = la === null ? [at.lat, lat] : [at.lon, lon];
    return warning(place, `${JSON.stringify(String(value))} is not a number of degrees; the place is left out`, 'write decimal degrees with a point, e.g. 44.43 (south and west are negative)');
  }
  const problem = coordinateProblem([lo, la]);
  if (problem) {
    // In a table the pair is latitude then longitude: say it in those words.
    const swapped = Math.abs(la) > 90 && Math.abs(la) <= 180 && Math.abs(lo) <= 90;
    return swapped
      ? warning(at.lat, `the latitude ${la} is beyond ±90: the latitude and longitude look swapped; the place is left out`, `swap them: latitude ${lo}, longitude ${la}`)
      : warning(Math.abs(la) > 90 ? at.lat : at.lon, `${problem.message}; the place is left out`, problem.fix);
  }
  return [lo, la];
}

/** The first of `names` the record has, as [name, value]. */
export function firstOf(record: Readonly<Record<string, unknown>>, names: readonly string[]): [string, unknown] | null {
  for (const key of Object.keys(record)) if (names.includes(key.toLowerCase())) return [key, record[key]];
  return null;
}
