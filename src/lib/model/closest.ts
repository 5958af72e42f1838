// Finds the known word a misspelt one was probably meant to be ("titel" → "title", "natoo" → "nato"),
// for "did you mean …?" fixes. Pure; bounded work, so a file with thousands of typos stays fast.

/** Edit distance counting a swap of two neighbouring letters as one edit; gives up above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits still look like a typo rather than another word. */
const allowedEdits = (word: string) => (word.length <= 3 ? 1 : word.length <= 7 ? 2 : 3);

/**
 * The candidate closest to `word`, or undefined when none is close enough. A candidate that differs
 * only in case, or that `word` is a clear prefix of ("bucharest" → "bucharest-summit"), also counts.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const max = allowedEdits(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  let prefixMatch: string | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    if (prefixMatch === undefined && lower.length >= 4 && other.startsWith(lower)) prefixMatch = candidate;
    const distance = editDistance(lower, other, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? prefixMatch;
}
