// Warns about fields the format does not know (usually misspelt: "titel"), which would otherwise be
// dropped without a word. Warnings only: a file with extra fields still loads. Reads keys with
// Object.keys on the raw value and copies nothing, so a "__proto__" key stays a plain own key.
import { closestMatch } from './closest.ts';
import { COLLECTIONS, ITEM_NAME, isPlainObject, itemContext, itemsOf, own } from './item-context.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';
import { KNOWN_FIELDS } from './schema.ts';
import { quoteVisibly } from './visible-text.ts';

/** Each kind's field names as a set: a million events' keys are looked up in it. */
const KNOWN_SETS = new Map<readonly string[], ReadonlySet<string>>(Object.values(KNOWN_FIELDS).map((fields) => [fields, new Set(fields)]));

function check(value: Record<string, unknown>, known: readonly string[], what: string, path: PathSegment[], root: unknown, out: Problem[]): void {
  const knownSet = KNOWN_SETS.get(known)!;
  for (const key of Object.keys(value)) {
    if (knownSet.has(key)) continue;
    const close = closestMatch(key, known);
    const fieldPath = [...path, key];
    out.push({
      severity: 'warning',
      path: formatPath(fieldPath),
      message: `${quoteVisibly(key)} is not a field of ${what}${itemContext(root, fieldPath)}${close ? `; did you mean ${JSON.stringify(close)}?` : ''}`,
      fix: close
        ? `rename it to ${JSON.stringify(close)} (unknown fields are ignored)`
        : `remove it (it is ignored); ${what} has the fields ${known.join(', ')}`,
    });
  }
}

/** The lists outside the indexed collections whose items have fields of their own. */
const OTHER_LISTS = [
  ['story', 'a story step'],
  ['eras', 'an era'],
] as const;

/** A warning for every unknown field at the top level, in each actor, source, event, quote and link, and in each story step and era. */
export function unknownFieldWarnings(root: unknown): Problem[] {
  const warnings: Problem[] = [];
  if (!isPlainObject(root)) return warnings;
  check(root, KNOWN_FIELDS[''], 'the file', [], root, warnings);
  for (const collection of COLLECTIONS)
    itemsOf(root, collection).forEach((item, i) => {
      if (!isPlainObject(item)) return;
      check(item, KNOWN_FIELDS[collection], ITEM_NAME[collection].a, [collection, i], root, warnings);
      const media = own(item, 'media');
      if (Array.isArray(media))
        media.forEach((m, j) => {
          if (isPlainObject(m)) check(m, KNOWN_FIELDS.media, 'a media item', [collection, i, 'media', j], root, warnings);
        });
    });
  for (const [list, what] of OTHER_LISTS) {
    const items = own(root, list);
    if (Array.isArray(items))
      items.forEach((item, i) => {
        if (isPlainObject(item)) check(item, KNOWN_FIELDS[list], what, [list, i], root, warnings);
      });
  }
  return warnings;
}
