// Words for counts, the same everywhere: "1 event", "3 events". Pure.

/** The noun for a count: `one` for exactly 1, else `many` (by default `one` + "s"). */
export const nounFor = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

/** A count and its noun: "1 event", "3 events", "2 entries" (with `many`). The count as a plain number. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${nounFor(n, one, many)}`;
