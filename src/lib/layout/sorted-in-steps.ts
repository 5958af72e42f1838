// Sorting numbers in steps, for arrays of a million: runs sorted each at once, then merged pairwise, a
// step at a time (sorting a million numbers at once is a task of 100 ms). Indices by keys are sorted in
// steps by model/time-order.ts. Pure.

/** Numbers sorted at once, in one step: a few milliseconds of work. */
const RUN = 32_768;
/** Numbers merged in one step: a millisecond or two of work. */
const MERGE_STEP = 16_384;

/** The values sorted in place, in steps, as Float64Array.prototype.sort sorts them. */
export function* sortedInSteps(values: Float64Array<ArrayBuffer>): Generator<void, Float64Array<ArrayBuffer>, void> {
  const n = values.length;
  if (n <= RUN) {
    values.sort();
    return values;
  }
  for (let start = 0; start < n; start += RUN) {
    values.subarray(start, Math.min(n, start + RUN)).sort();
    yield;
  }
  let source = values;
  let target = new Float64Array(n);
  for (let width = RUN; width < n; width *= 2) {
    let done = 0;
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(n, left + width);
      const right = Math.min(n, left + 2 * width);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        target[k++] = source[i]! <= source[j]! ? source[i++]! : source[j++]!;
        if (++done % MERGE_STEP === 0) yield;
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
