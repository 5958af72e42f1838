import { describe, expect, it } from 'vitest';
import { mapKeyAction } from './map-keys.ts';

const at = { onMarker: false, shiftKey: false, hasSelection: false, sizePx: 400 };

describe('mapKeyAction', () => {
  it('moves between markers with the arrows when a marker has focus, else pans the map (Shift: farther)', () => {
    expect(mapKeyAction('ArrowLeft', { ...at, onMarker: true })).toEqual({ kind: 'marker', direction: 'left' });
    expect(mapKeyAction('ArrowLeft', at)).toEqual({ kind: 'pan', dx: 60, dy: 0 });
    expect(mapKeyAction('ArrowDown', { ...at, shiftKey: true })).toEqual({ kind: 'pan', dx: 0, dy: -200 });
  });
  it('zooms with + and −, fits with 0, lets a selection go with Escape, and leaves other keys alone', () => {
    expect(mapKeyAction('=', at)).toEqual({ kind: 'zoom', factor: 2 });
    expect(mapKeyAction('-', at)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(mapKeyAction('0', at)).toEqual({ kind: 'fit' });
    expect(mapKeyAction('Escape', { ...at, hasSelection: true })).toEqual({ kind: 'deselect' });
    expect(mapKeyAction('Escape', at)).toBeNull();
    expect(mapKeyAction('a', at)).toBeNull();
  });
});
