// "edited 3 minutes ago": how long ago a draft was saved, in words, from two instants. Pure.

const UNITS: readonly [number, string][] = [
  [365 * 86_400_000, 'year'],
  [30 * 86_400_000, 'month'],
  [7 * 86_400_000, 'week'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
];

export function editedAgo(savedAtMs: number, nowMs: number): string {
  const elapsed = Math.max(0, nowMs - savedAtMs);
  if (elapsed < 60_000) return 'edited just now';
  for (const [ms, unit] of UNITS) {
    const n = Math.floor(elapsed / ms);
    if (n >= 1) return `edited ${n} ${unit}${n === 1 ? '' : 's'} ago`;
  }
  return 'edited just now';
}
