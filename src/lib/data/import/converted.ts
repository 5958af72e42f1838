// What every importer returns: a value in the shape of a Sourceline file, to be checked like one,
// the warnings about what could not be carried over (placed in the input: `events[3].media.url`,
// `row 7, column Year`), and a way to place the checker's own problems in the input too. Pure.
import type { Problem } from '../../model/problems.ts';

export type InputFormat = 'sourceline-json' | 'timelinejs-json' | 'timelinejs-csv' | 'sourceline-csv' | 'parquet' | 'arrow';

export const FORMAT_NAMES: Readonly<Record<InputFormat, string>> = {
  'sourceline-json': 'Sourceline JSON',
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
  'sourceline-csv': 'Sourceline CSV',
  parquet: 'Apache Parquet',
  arrow: 'Apache Arrow IPC',
};

export interface ConvertedInput {
  readonly format: InputFormat;
  /** A value in the shape of a Sourceline file (not yet checked). */
  readonly value: unknown;
  /** What could not be carried over, and what was read in a way worth knowing. */
  readonly warnings: readonly Problem[];
  /** Where a path in `value` (`events[3].start`) came from in the input; the path itself for Sourceline JSON. */
  readonly relocate: (path: string) => string;
}

export const warning = (path: string, message: string, fix: string): Problem => ({ severity: 'warning', path, message, fix });

/** Places of the items an importer made, so that the checker's problems can be placed in the input. */
export class Origins {
  /** Each collection's items' places, by index (a million rows: no key string per item). */
  readonly #places = new Map<string, ((field: string) => string)[]>();

  /** Records where `collection[index]` came from: `at('')` is the item, `at(field)` one of its fields (a Sourceline field name). */
  set(collection: string, index: number, at: (field: string) => string): void {
    let places = this.#places.get(collection);
    if (!places) this.#places.set(collection, (places = []));
    places[index] = at;
  }

  /** `events[3].start` → `row 7, column Year`; a path with no recorded origin is returned as it is. */
  readonly relocate = (path: string): string => {
    const match = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(path);
    // An index as formatPath writes it ("events[3]", never "events[03]").
    const index = match && String(Number(match[2])) === match[2] ? Number(match[2]) : -1;
    const at = index >= 0 && Object.hasOwn(this.#places.get(match![1]!) ?? [], index) ? this.#places.get(match![1]!)![index] : undefined;
    return at ? at(match![3] ?? '') : path;
  };
}

/** A title from a file name or address: "data/women_in_computing.csv?x=1" → "women in computing". */
export function titleFromName(where: string): string {
  const name = where.split(/[?#]/, 1)[0]!.split(/[\\/]/).pop() ?? '';
  const title = name.replace(/\.([A-Za-z0-9]{1,5}|parquet|feather)$/i, '').replace(/[_\s]+/g, ' ').trim();
  return title === '' ? 'Imported timeline' : title;
}
