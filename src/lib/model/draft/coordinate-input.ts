// Coordinates as an author types them into two boxes (longitude, latitude) or pastes them from a web
// map (latitude first, "44.43, 26.1", as map sites copy them), turned into the format's
// `[longitude, latitude]`. What does not read as a number is kept as typed, so the draft keeps the
// author's words and the loader says what is wrong at the field (never dropped). Pure.
import type { Json } from './draft-ops.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number as typed ("-77.04", "26,1" read as 26.1 when it is the only comma), the text when it is not one, undefined when empty. */
export function numberFromText(text: string): number | string | undefined {
  const t = text.trim().replace(/^−/, '-');
  if (t === '') return undefined;
  const decimal = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  return NUMBER.test(decimal) ? Number(decimal) : text;
}

/** The `coordinates` value for what the two boxes hold: nothing when both are empty, else the pair (a missing half kept as ''). */
export function coordinatesFromInputs(longitude: string, latitude: string): Json | undefined {
  const lon = numberFromText(longitude);
  const lat = numberFromText(latitude);
  if (lon === undefined && lat === undefined) return undefined;
  return [lon ?? '', lat ?? ''];
}

/** One half of a stored pair as a box shows it. */
export function coordinateText(value: Json | undefined, half: 0 | 1): string {
  const v = Array.isArray(value) ? value[half] : undefined;
  return typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
}

/** True when the text in a box stands for the stored half (so the box keeps "44." or "44.0" while it is typed). */
export function sameCoordinate(text: string, value: Json | undefined, half: 0 | 1): boolean {
  const stored = Array.isArray(value) ? value[half] : undefined;
  const typed = numberFromText(text);
  return typed === stored || (typed === undefined && (stored === undefined || stored === ''));
}

const PART = String.raw`([+-−]?\d+(?:\.\d+)?)\s*°?\s*([NSEWnsew])?`;
const PAIR = new RegExp(String.raw`^\s*\(?\s*${PART}\s*(?:[,;]\s*|\s+)${PART}\s*\)?\s*$`);

/**
 * A pasted pair as `[longitude, latitude]`: "44.43, 26.1" is read latitude first (as web maps copy it);
 * with compass letters ("44.43° N, 26.1° E", "26.1 E 44.43 N") the letters decide. Null when it is not two numbers.
 */
export function lonLatFromPaste(text: string): [number, number] | null {
  const m = PAIR.exec(text.replace(/−/g, '-'));
  if (!m) return null;
  const signed = (n: string, letter: string | undefined) => (letter && /[SWsw]/.test(letter) ? -Math.abs(Number(n)) : Number(n));
  const a = signed(m[1]!, m[2]);
  const b = signed(m[3]!, m[4]);
  const firstIsLongitude = m[2] !== undefined && /[EWew]/.test(m[2]);
  return firstIsLongitude ? [a, b] : [b, a];
}
