// Sorting in steps, for arrays of a million: runs sorted each at once, then merged pairwise, a step
// at a time (sorting a million numbers at once is a task of 100 ms; a million indices by a comparator,
// several times that). Pure.

/** Items merged in one step: a millisecond or two of work. */
const STEP_ITEMS = 4096;

type Sortable = Float64Array<ArrayBuffer> | Uint32Array<ArrayBuffer>;

/**
 * The values sorted in place, in steps: by number, or by `compare` (a total order, as for
 * TypedArray.prototype.sort: the result is the same as that sort's).
 */
export function* sortedInSteps<A extends Sortable>(values: A, compare?: (a: number, b: number) => number): Generator<void, A, void> {
  const n = values.length;
  // A comparator's call costs more than a number's comparison: shorter runs and steps.
  const run = (compare ? 1 : 8) * STEP_ITEMS;
  const mergeStep = (compare ? 1 : 4) * STEP_ITEMS;
  if (n <= run) {
    values.sort(compare);
    return values;
  }
  for (let start = 0; start < n; start += run) {
    values.subarray(start, Math.min(n, start + run)).sort(compare);
    yield;
  }
  const inOrder = compare ? (a: number, b: number) => compare(a, b) <= 0 : (a: number, b: number) => a <= b;
  let source: Sortable = values;
  let target: Sortable = values instanceof Float64Array ? new Float64Array(n) : new Uint32Array(n);
  for (let width = run; width < n; width *= 2) {
    let done = 0;
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(n, left + width);
      const right = Math.min(n, left + 2 * width);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        target[k++] = inOrder(source[i]!, source[j]!) ? source[i++]! : source[j++]!;
        if (++done % mergeStep === 0) yield;
      }
      while (i < mid) target[k++] = source[i++]!;
      while (j < right) target[k++] = source[j++]!;
    }
    [source, target] = [target, source];
    yield;
  }
  if (source !== values) values.set(source);
  return values;
}
