import { describe, expect, it } from 'vitest';
import { nounFor, plural } from './text.ts';

describe('plural and nounFor', () => {
  it.each([
    // n, one, many, plural, noun
    [0, 'event', undefined, '0 events', 'events'],
    [1, 'event', undefined, '1 event', 'event'],
    [2, 'event', undefined, '2 events', 'events'],
    [1.5, 'year', undefined, '1.5 years', 'years'],
    [1, 'event matches', 'events match', '1 event matches', 'event matches'],
    [3, 'entry', 'entries', '3 entries', 'entries'],
    [12000, 'event', undefined, '12000 events', 'events'],
  ])('%d %s', (n, one, many, counted, noun) => {
    expect(plural(n, one, many)).toBe(counted);
    expect(nounFor(n, one, many)).toBe(noun);
  });
});
