// The order of events in time, from their instants alone: by start, then the longer span first (the later
// end), then file order. A radix sort over the instants' bits: a million events sorted with a comparator
// (twenty million calls) took a second of the parse worker; this reads each instant a few times.
import { runSteps } from './steps.ts';

/** Bits of a key sorted in one pass: 65,536 counts, a quarter of a megabyte, stay in the cache. */
const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;

/**
 * Each number's bits as two 32-bit words (low, high) that compare as unsigned integers in the numbers'
 * order (negative numbers with every bit flipped, others with the sign bit set), or in the reverse
 * order when `descending`. -0 is read as 0, as subtraction compares them. Not for NaN.
 */
function orderedWords(values: Float64Array, descending: boolean): Uint32Array {
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) numbers[i] = values[i]! + 0;
  const raw = new Uint32Array(numbers.buffer);
  const words = new Uint32Array(values.length * 2);
  const flipAll = descending ? 0xffffffff : 0;
  for (let i = 0; i < values.length; i++) {
    const high = raw[2 * i + 1 - LOW]!;
    const low = raw[2 * i + LOW]!;
    const negative = high >>> 31 === 1;
    words[2 * i] = (negative ? ~low : low) ^ flipAll;
    words[2 * i + 1] = (negative ? ~high : high ^ 0x80000000) ^ flipAll;
  }
  return words;
}

/** Items one step of a pass handles: a millisecond or two of work. */
const STEP_ITEMS = 1 << 16;

/** The digit of each index's word in `order[from, to)`, counted. */
function count(order: Uint32Array, words: Uint32Array, word: 0 | 1, shift: number, counts: Uint32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) counts[(words[2 * order[i]! + word]! >>> shift) & (BUCKETS - 1)]!++;
}

/** The indices in `order[from, to)` put where their digit's count says, in `into`. */
function scatter(order: Uint32Array, into: Uint32Array, words: Uint32Array, word: 0 | 1, shift: number, counts: Uint32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const index = order[i]!;
    into[counts[(words[2 * index + word]! >>> shift) & (BUCKETS - 1)]!++] = index;
  }
}

/**
 * One stable counting pass: `order` rearranged by one 16-bit digit of each index's word; the same
 * array when every digit is alike. In steps of STEP_ITEMS (the loops in plain functions: a generator's
 * own loops ran half as fast).
 */
function* byDigit(
  order: Uint32Array<ArrayBuffer>,
  spare: Uint32Array<ArrayBuffer>,
  words: Uint32Array,
  word: 0 | 1,
  shift: number,
  counts: Uint32Array,
): Generator<void, [Uint32Array<ArrayBuffer>, Uint32Array<ArrayBuffer>], void> {
  counts.fill(0);
  const n = order.length;
  for (let from = 0; from < n; from += STEP_ITEMS) {
    count(order, words, word, shift, counts, from, Math.min(n, from + STEP_ITEMS));
    yield;
  }
  let total = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const inBucket = counts[b]!;
    if (inBucket === n) return [order, spare];
    counts[b] = total;
    total += inBucket;
  }
  for (let from = 0; from < n; from += STEP_ITEMS) {
    scatter(order, spare, words, word, shift, counts, from, Math.min(n, from + STEP_ITEMS));
    yield;
  }
  return [spare, order];
}

/**
 * Indices into `starts`/`ends` in time order: ascending start, then descending end, then ascending
 * index. The same order as a stable sort comparing `starts[a] - starts[b] || ends[b] - ends[a]`.
 */
export function timeOrder(starts: Float64Array, ends: Float64Array): Uint32Array<ArrayBuffer> {
  return runSteps(timeOrderSteps(starts, ends));
}

/** timeOrder in steps of bounded work, for the page (a million indices in one task took 140–290 ms). */
export function* timeOrderSteps(starts: Float64Array, ends: Float64Array): Generator<void, Uint32Array<ArrayBuffer>, void> {
  const n = starts.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  // Least significant first: the end (the tie-break), then the start; each pass keeps the order of the last among equals.
  for (const words of [orderedWords(ends, true), orderedWords(starts, false)]) {
    yield;
    for (const word of [0, 1] as const)
      for (let shift = 0; shift < 32; shift += DIGIT_BITS) [order, spare] = yield* byDigit(order, spare, words, word, shift, counts);
  }
  return order;
}
