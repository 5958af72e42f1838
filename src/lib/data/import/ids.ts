// Ids for what an imported file names but does not identify: actors from group names, events from
// their headline and date, sources from their title. Stable: the same file always gets the same ids,
// so `?event=` links to an imported timeline keep working when it is imported again.
import { composedText, ID_PATTERN } from '../../model/id-pattern.ts';
import { joinWords, titleWords } from '../../model/slug.ts';

const ID = new RegExp(ID_PATTERN, 'u');
/** Long enough to tell ids apart, short enough for a URL. */
const MAX_SLUG_CHARS = 60;

/** True when the text can be used as an id as it is. */
export function isUsableId(text: string): boolean {
  const nfc = composedText(text);
  return ID.test(nfc) && nfc.length <= 200;
}

/**
 * Lower-case letters and digits of any script joined by '-': "Ada Lovelace" → "ada-lovelace",
 * "Ἀθῆναι" → "ἀθῆναι". Empty when the text has no letters or digits.
 */
export function slugify(text: string): string {
  return joinWords(titleWords(text), MAX_SLUG_CHARS);
}

/** Hands out ids that are unique within one list: a taken id gets "-2", "-3"… */
export class IdAllocator {
  readonly #taken = new Set<string>();

  /** Marks ids as used already (given in the file), so that generated ones avoid them. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.#taken.add(id);
  }

  /** `wanted` if it is free, else the first free `wanted-N`. */
  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#taken.has(id); n++) id = `${wanted}-${n}`;
    this.#taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.#taken.has(id);
  }
}

/** One id per distinct name (actors from groups, sources from their description): the same name, the same id. */
export class NamedIds {
  readonly #ids = new Map<string, string>();
  readonly #allocator = new IdAllocator();

  constructor(private readonly fallback: string) {}

  /** The id for a name, and whether it is new. */
  idFor(key: string, name: string): { id: string; isNew: boolean } {
    const known = this.#ids.get(key);
    if (known !== undefined) return { id: known, isNew: false };
    const id = this.#allocator.take(slugify(name) || this.fallback);
    this.#ids.set(key, id);
    return { id, isNew: true };
  }
}
