import { describe, expect, it } from 'vitest';
import type { LoadProgress } from './load-dataset.ts';
import { bytesText, isLargeLoad, loadFraction } from './load-progress.ts';

const MB = 1024 * 1024;
const progress = (stage: LoadProgress['stage'], stageFraction: number | null, loadedBytes = 0, totalBytes: number | null = null): LoadProgress => ({ stage, stageFraction, loadedBytes, totalBytes });

describe('loadFraction', () => {
  it.each([
    // progress, whole load's fraction
    [progress('reading', 0), 0],
    [progress('reading', null), null],
    [progress('reading', 0.5), 0.075],
    [progress('reading', 1), 0.15],
    [progress('decoding', null), 0.15],
    [progress('parsing', null), 0.18],
    [progress('checking', null), 0.4],
    [progress('indexing', 0), 0.75],
    [progress('indexing', 0.5), 0.875],
    [progress('indexing', 1), 1],
  ])('%o → %s', (p, expected) => {
    if (expected === null) expect(loadFraction(p)).toBeNull();
    else expect(loadFraction(p)).toBeCloseTo(expected, 10);
  });

  it('never goes back as a load moves through its stages', () => {
    const steps = [progress('reading', 0), progress('reading', 1), progress('decoding', null), progress('parsing', null), progress('checking', null), progress('indexing', 0), progress('indexing', 1)];
    const fractions = steps.map((p) => loadFraction(p)!);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});

describe('bytesText', () => {
  it.each([
    [progress('reading', 0.68, 13 * MB, 19 * MB), '13.0 of 19.0 MB'],
    [progress('reading', null, 1.25 * MB), '1.3 MB'],
    [progress('checking', null, 18.1 * MB, 18.1 * MB), '18.1 of 18.1 MB'],
    [progress('reading', 0, 0, 512), '0.0 of 0.0 MB'],
  ])('%o → %s', (p, expected) => {
    expect(bytesText(p)).toBe(expected);
  });
});

describe('isLargeLoad', () => {
  it.each([
    [null, false],
    [progress('reading', 0, 0, 36_000), false],
    [progress('reading', 0, 0, 2 * MB), true],
    [progress('reading', null, 1 * MB, null), false],
    [progress('reading', null, 3 * MB, null), true],
  ])('%o → %s', (p, expected) => {
    expect(isLargeLoad(p)).toBe(expected);
  });
});
