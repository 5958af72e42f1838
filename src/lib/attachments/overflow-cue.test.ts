import { describe, expect, it } from 'vitest';
import { edgesWithMore } from './overflow-cue.ts';

describe('edgesWithMore', () => {
  it('names the edges with more past them, left to right and right to left', () => {
    // A 390-pixel row holding 600 pixels of buttons.
    expect(edgesWithMore(0, 390, 600)).toBe('end');
    expect(edgesWithMore(100, 390, 600)).toBe('start end');
    expect(edgesWithMore(210, 390, 600)).toBe('start');
    // Right to left, scrolled towards the end: scrollLeft is negative.
    expect(edgesWithMore(-100, 390, 600)).toBe('start end');
    expect(edgesWithMore(-210, 390, 600)).toBe('start');
    // All in view, or within a pixel of it (zoomed pages give fractions).
    expect(edgesWithMore(0, 390, 390)).toBe('');
    expect(edgesWithMore(0.5, 390, 390.6)).toBe('');
  });
});
