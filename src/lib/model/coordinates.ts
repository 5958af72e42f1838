// Where on Earth, as the format writes it: `[longitude, latitude]` in degrees (WGS84, as GeoJSON).
// The range checks, with a pair written the wrong way round told apart where the numbers show it
// (a "latitude" of 120 can only be a longitude). Pure.

export type LonLat = readonly [longitudeDeg: number, latitudeDeg: number];

export interface CoordinateProblem {
  readonly message: string;
  readonly fix: string;
}

/** A number as a reader would write it back: no float noise ("26.1", not "26.099999999999998"). */
const show = (n: number) => String(Math.round(n * 1e6) / 1e6);
const pair = (a: number, b: number) => `[${show(a)}, ${show(b)}]`;

/** The same meridian named within ±180: 200 → -160. */
export const wrapLongitude = (lon: number) => {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
};

/** What is wrong with a [longitude, latitude] pair of numbers, or null when it names a place on Earth. */
export function coordinateProblem([lon, lat]: LonLat): CoordinateProblem | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    return { message: `${pair(lon, lat)} is not a place on Earth`, fix: 'write [longitude, latitude] in degrees, e.g. [26.1, 44.43] for Bucharest' };
  if (Math.abs(lat) > 90) {
    // A latitude beyond ±90 that would be a good longitude, beside a longitude that would be a good
    // latitude: the pair was written [latitude, longitude].
    if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90)
      return {
        message: `the latitude ${show(lat)} is beyond ±90: ${pair(lon, lat)} looks like [latitude, longitude], the wrong way round`,
        fix: `write [longitude, latitude]: ${pair(lat, lon)}`,
      };
    return {
      message: `the latitude ${show(lat)} is beyond ±90`,
      fix: 'a latitude runs from -90 (the South Pole) to 90 (the North Pole): check the number, and that the pair is [longitude, latitude]',
    };
  }
  if (Math.abs(lon) > 180)
    return {
      message: `the longitude ${show(lon)} is beyond ±180`,
      fix: `a longitude runs from -180 (west) to 180 (east): ${show(lon)}° is written ${show(wrapLongitude(lon))}, as in ${pair(wrapLongitude(lon), lat)}`,
    };
  return null;
}

/** A pair of finite numbers, in range: what the map can place. */
export function isLonLat(value: unknown): value is LonLat {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    coordinateProblem([value[0], value[1]]) === null
  );
}

/** A pair written as text ("44.43, 26.1" or ["26.1", "44.43"]) as the numbers it holds, or null. */
export function numbersIn(value: unknown): [number, number] | null {
  const parts = typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : Array.isArray(value) ? value : null;
  if (!parts || parts.length !== 2) return null;
  const numbers = parts.map((p) => (typeof p === 'number' ? p : typeof p === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  return Number.isFinite(numbers[0]) && Number.isFinite(numbers[1]) ? [numbers[0]!, numbers[1]!] : null;
}
