import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './closest.ts';

describe('editDistance', () => {
  it.each([
    ['title', 'title', 0],
    ['titel', 'title', 1], // a swap of neighbours is one edit
    ['natoo', 'nato', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('gives up above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('closestMatch', () => {
  const ids = ['nato', 'russia', 'bucharest-summit', 'putin-speech', 'e12', 'e13'];
  it.each([
    ['natoo', 'nato'],
    ['NATO', 'nato'],
    ['rusia', 'russia'],
    ['bucharest-sumit', 'bucharest-summit'],
    ['bucharest', 'bucharest-summit'], // a clear prefix
    ['putin-speach', 'putin-speech'],
    ['e14', 'e12'],
    ['zzz', undefined],
    ['ukraine', undefined],
    ['', undefined],
  ])('%s → %s', (word, match) => {
    expect(closestMatch(word, ids)).toBe(match);
  });

  it('suggests field names', () => {
    expect(closestMatch('titel', ['id', 'title', 'start', 'end'])).toBe('title');
    expect(closestMatch('date', ['id', 'title', 'start', 'end'])).toBeUndefined();
    expect(closestMatch('actor', ['id', 'actors', 'sources'])).toBe('actors');
  });
});
