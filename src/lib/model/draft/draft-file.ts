// A draft in and out of the format: made from a loaded graph (dates as written), and written as a
// version 1 file only once it passes the loader's check (keys in the format's order, `$schema` set).
// Also the problems that belong to one field, and the check of an id the author types. Pure.
import { eventGraphJson } from '../export-data.ts';
import type { EventGraph } from '../graph.ts';
import { ITEM_NAME, type Collection } from '../item-context.ts';
import type { Problem } from '../problems.ts';
import { actorSchema, eventSchema, placeSchema, quoteSchema, sourceSchema } from '../schema.ts';
import { shapeProblems } from '../shape-problems.ts';
import { checkEventGraph } from '../validate.ts';
import { quoteVisibly } from '../visible-text.ts';
import { itemsIn } from './draft-edits.ts';
import type { DraftFile, Json } from './draft-ops.ts';

/** The loaded chronology as a draft: the file it would download as, without `$schema`. */
export function draftFromGraph(graph: EventGraph): DraftFile {
  const { $schema: _schema, ...file } = JSON.parse(eventGraphJson(graph, { schemaUrl: '' })) as Record<string, Json>;
  return file;
}

/** The draft as a data file's text, or its errors when the loader would refuse it. */
export function draftJson(doc: DraftFile, schemaUrl: string): { ok: true; text: string } | { ok: false; errors: readonly Problem[] } {
  const check = checkEventGraph(doc);
  if (!check.data) return { ok: false, errors: check.problems.filter((p) => p.severity === 'error') };
  return { ok: true, text: eventGraphJson(check.data, { schemaUrl }) };
}

/** The problems at a field (`events[3].start`) or inside it (`events[3].actors[0]`). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`));
}

const ID_SCHEMAS = { actors: actorSchema, places: placeSchema, sources: sourceSchema, events: eventSchema, quotes: quoteSchema } as const;

/** What the loader would say of this id for item `index` (not usable, or taken by another), or null. */
export function idProblem(doc: DraftFile, collection: Exclude<Collection, 'links'>, index: number, id: string): Problem | null {
  const shape = ID_SCHEMAS[collection].shape.id.safeParse(id);
  if (!shape.success) {
    const issues = shape.error.issues.map((issue) => ({ ...issue, path: [collection, index, 'id'] }));
    return shapeProblems(issues as typeof shape.error.issues, doc)[0] ?? null;
  }
  const other = itemsIn(doc, collection).findIndex((item, i) => i !== index && item.id === id);
  if (other < 0) return null;
  return {
    severity: 'error',
    path: `${collection}[${index}].id`,
    message: `${quoteVisibly(id)} is already the id of ${collection}[${other}]`,
    fix: `give each ${ITEM_NAME[collection].one} its own id, e.g. ${JSON.stringify(`${id}-2`)}`,
  };
}
