// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { edgesWithMore, overflowCue } from './overflow-cue.ts';

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

describe('overflowCue', () => {
  it('measures the row in a frame, never in the task that mounts it (that would lay the page out there and then)', async () => {
    const row = document.createElement('div');
    let measured = 0;
    const size = (value: number) => ({ get: () => (measured++, value) });
    Object.defineProperties(row, { scrollLeft: size(0), clientWidth: size(390), scrollWidth: size(600) });
    document.body.append(row);
    const cleanup = overflowCue(row);
    expect(measured).toBe(0);
    expect(row.dataset.more).toBeUndefined();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(measured).toBeGreaterThan(0);
    expect(row.dataset.more).toBe('end');
    if (typeof cleanup === 'function') cleanup();
    row.remove();
  });
});
