// What a key does on the map: arrows move between markers when a marker has focus, else pan (Shift:
// farther); + and − zoom, 0 fits the events, Escape lets the selection go. Pure: the map acts on it.
import type { Direction } from './map-markers.ts';

export type MapKeyAction =
  | { readonly kind: 'marker'; readonly direction: Direction }
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'fit' }
  | { readonly kind: 'deselect' };

const ARROWS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The action for a key, or null when the map leaves it alone. `sizePx`: the map's smaller side. */
export function mapKeyAction(key: string, at: { onMarker: boolean; shiftKey: boolean; hasSelection: boolean; sizePx: number }): MapKeyAction | null {
  const direction = ARROWS[key];
  if (direction && at.onMarker) return { kind: 'marker', direction };
  if (direction) {
    const step = (at.shiftKey ? 0.5 : 0.15) * at.sizePx;
    const [dx, dy] = { left: [step, 0], right: [-step, 0], up: [0, step], down: [0, -step] }[direction];
    return { kind: 'pan', dx: dx!, dy: dy! };
  }
  if (key === '+' || key === '=') return { kind: 'zoom', factor: 2 };
  if (key === '-' || key === '_') return { kind: 'zoom', factor: 0.5 };
  if (key === '0') return { kind: 'fit' };
  if (key === 'Escape' && at.hasSelection) return { kind: 'deselect' };
  return null;
}
