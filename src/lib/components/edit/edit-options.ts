// The choices an id picker offers, from the draft as it is (items added a moment ago included):
// each item's id with what a person knows it by, and a second line to tell similar ones apart.
import { itemsIn } from '../../model/draft/draft-edits.ts';
import type { DraftFile } from '../../model/draft/draft-ops.ts';
import { parseDate } from '../../model/dates.ts';
import { formatSpan } from '../../model/format-date.ts';
import type { PickOption } from './IdPicker.svelte';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function when(start: unknown, end: unknown): string {
  const s = parseDate(text(start));
  const e = end === undefined ? null : parseDate(text(end));
  if (!s.ok) return text(start);
  return formatSpan(s.date, e?.ok ? e.date : undefined);
}

export const eventOptions = (doc: DraftFile): PickOption[] =>
  itemsIn(doc, 'events').flatMap((e) => (typeof e.id === 'string' ? [{ id: e.id, label: text(e.title) || e.id, detail: when(e.start, e.end) }] : []));

export const actorOptions = (doc: DraftFile): PickOption[] =>
  itemsIn(doc, 'actors').flatMap((a) => (typeof a.id === 'string' ? [{ id: a.id, label: text(a.name) || a.id }] : []));

export const sourceOptions = (doc: DraftFile): PickOption[] =>
  itemsIn(doc, 'sources').flatMap((s) =>
    typeof s.id === 'string' ? [{ id: s.id, label: text(s.title) || s.id, detail: text(s.publisher) || undefined }] : [],
  );

/** A field's value as the input shows it. */
export const fieldText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

export const idList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** "44.43° N, 26.1° E": a place's coordinates as people read them, to tell places apart in a picker. */
export function whereText(coordinates: unknown): string | undefined {
  if (!Array.isArray(coordinates) || typeof coordinates[0] !== 'number' || typeof coordinates[1] !== 'number') return undefined;
  const [lon, lat] = coordinates as [number, number];
  return `${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}

export const placeOptions = (doc: DraftFile): PickOption[] =>
  itemsIn(doc, 'places').flatMap((p) => (typeof p.id === 'string' ? [{ id: p.id, label: text(p.name) || p.id, detail: whereText(p.coordinates) }] : []));
