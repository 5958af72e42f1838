import { describe, expect, it } from 'vitest';
import { contrastRatio, legibleOn } from './colors.ts';

describe('colours', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#1f4e8c', '#ffffff', 8.4],
  ])('contrast of %s on %s is %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 0);
  });

  it.each([
    // colour, background: dark blue on the dark surface must lighten; on white it stays.
    ['#1f4e8c', '#1c1f23'],
    ['#b42318', '#1c1f23'],
    ['#ffe08a', '#ffffff'],
    ['#777777', '#777777'],
  ])('%s on %s reaches 3:1, changing no more than needed', (color, background) => {
    const shown = legibleOn(color, background);
    expect(contrastRatio(shown, background)).toBeGreaterThanOrEqual(3);
  });

  it('leaves a colour that already reads as it is', () => {
    expect(legibleOn('#1F4E8C', '#ffffff')).toBe('#1f4e8c');
  });

  it('reaches 4.5:1 for text when asked', () => {
    expect(contrastRatio(legibleOn('#8a6100', '#1c1f23', 4.5), '#1c1f23')).toBeGreaterThanOrEqual(4.5);
  });
});
