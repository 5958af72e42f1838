// An area of the map as a filter: a box of longitudes and latitudes, [west, south, east, north] in
// degrees (a west east of its east crosses the date line). Tests, words and link text for it. Pure.
import type { LonLat } from './coordinates.ts';

export type GeoArea = readonly [westDeg: number, southDeg: number, eastDeg: number, northDeg: number];

/** Whether a point lies in the area, its edges included. */
export function inArea([lon, lat]: LonLat, [west, south, east, north]: GeoArea): boolean {
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

const round = (n: number) => Math.round(n * 100) / 100;
const degrees = (n: number, positive: string, negative: string) => `${Math.abs(round(n))}°${n < 0 ? negative : n > 0 ? positive : ''}`;

/** The area in words, as the filter's chip says it: "12.5°W – 45°E, 34°N – 72°N". */
export function formatArea([west, south, east, north]: GeoArea): string {
  return `${degrees(west, 'E', 'W')} – ${degrees(east, 'E', 'W')}, ${degrees(south, 'N', 'S')} – ${degrees(north, 'N', 'S')}`;
}

/** The area as a link writes it: "-12.5,34,45,72" (two decimals: about a kilometre). */
export const writeArea = (area: GeoArea): string => area.map(round).join(',');

/** A link's area, or null when it is not four numbers in range with south below north. */
export function readArea(text: string): GeoArea | null {
  const parts = text.split(',');
  if (parts.length !== 4 || parts.some((p) => !/^\s*-?\d+(\.\d+)?\s*$/.test(p))) return null;
  const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
  const lonOk = (n: number) => n >= -180 && n <= 180;
  const latOk = (n: number) => n >= -90 && n <= 90;
  if (!lonOk(west) || !lonOk(east) || !latOk(south) || !latOk(north) || south >= north || west === east) return null;
  return [west, south, east, north];
}
