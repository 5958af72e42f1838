import { describe, expect, it } from 'vitest';
import { editedAgo } from './edited-ago.ts';

describe('editedAgo', () => {
  it.each([
    [10_000, 'edited just now'],
    [60_000, 'edited 1 minute ago'],
    [3 * 60_000 + 5_000, 'edited 3 minutes ago'],
    [2 * 3_600_000, 'edited 2 hours ago'],
    [86_400_000, 'edited 1 day ago'],
    [400 * 86_400_000, 'edited 1 year ago'],
  ])('%d ms → %s', (elapsed, words) => expect(editedAgo(1_000_000_000, 1_000_000_000 + elapsed)).toBe(words));
});
