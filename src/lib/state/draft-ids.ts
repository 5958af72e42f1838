// Ids for what the author adds, made from titles as the importers make them (data/import/ids.ts):
// "Bucharest summit" → "bucharest-summit", "-2" when it is taken. Here, not in model/, because the
// id rules of the importers live in data/.
import { IdAllocator, slugify } from '../data/import/ids.ts';
import type { Collection } from '../model/item-context.ts';
import { itemsIn, ONE } from '../model/draft/draft-edits.ts';
import type { DraftFile } from '../model/draft/draft-ops.ts';

/** An id from a title, free in its collection: "Bucharest summit" → "bucharest-summit", else "bucharest-summit-2". */
export function idFromTitle(doc: DraftFile, collection: Collection, title: string, exceptIndex = -1): string {
  const ids = new IdAllocator();
  ids.reserve(itemsIn(doc, collection).flatMap((item, i) => (i !== exceptIndex && typeof item.id === 'string' ? [item.id] : [])));
  return ids.take(slugify(title) || ONE[collection]);
}
