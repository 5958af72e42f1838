// The map's markers on a canvas while the map moves (the SVG's markers wait, hidden, until it rests):
// the same circles, colours and counts, no labels. Colours are read from the page's CSS once.
import type { MarkerView } from '../geo/map-markers.ts';

export interface MapPalette {
  readonly surface: string;
  readonly text: string;
  readonly neutral: string;
  readonly focus: string;
}

export function resolveMapPalette(host: Element): MapPalette {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  // light-dark() values resolve through a probe element's computed colour.
  const probe = host.ownerDocument.createElement('span');
  host.appendChild(probe);
  const resolve = (variable: string, fallback: string) => {
    probe.style.color = `var(${variable}, ${fallback})`;
    return getComputedStyle(probe).color || read(variable, fallback);
  };
  const palette = {
    surface: resolve('--surface', '#ffffff'),
    text: resolve('--text', '#1c1d20'),
    neutral: resolve('--mark-default', '#52606d'),
    focus: resolve('--focus', '#b45309'),
  };
  probe.remove();
  return palette;
}

export interface MapFrameMarker extends MarkerView {
  /** The marker's colour (an actor's, legible in this theme), or null for the neutral one. */
  readonly color: string | null;
  readonly dimmed: boolean;
  readonly selected: boolean;
}

export function drawMapFrame(context: CanvasRenderingContext2D, markers: readonly MapFrameMarker[], palette: MapPalette): void {
  context.font = '600 11px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const mk of markers) {
    context.globalAlpha = mk.dimmed ? 0.3 : 1;
    context.beginPath();
    context.arc(mk.xPx, mk.yPx, mk.rPx, 0, Math.PI * 2);
    if (mk.count === 1) {
      context.fillStyle = mk.color ?? palette.neutral;
      context.fill();
      context.lineWidth = 1.5;
      context.strokeStyle = palette.surface;
      context.stroke();
    } else {
      context.fillStyle = palette.surface;
      context.fill();
      context.lineWidth = 2.5;
      context.strokeStyle = mk.color ?? palette.neutral;
      context.stroke();
      context.fillStyle = palette.text;
      context.fillText(countText(mk.count), mk.xPx, mk.yPx + 0.5);
    }
    if (mk.selected) {
      context.beginPath();
      context.arc(mk.xPx, mk.yPx, mk.rPx + 4, 0, Math.PI * 2);
      context.lineWidth = 3;
      context.strokeStyle = palette.focus;
      context.stroke();
    }
  }
  context.globalAlpha = 1;
}

/** A count as the marker writes it: 3, 1,234 → "1234", 12,345 → "12k". */
export const countText = (count: number) => (count > 9999 ? `${Math.round(count / 1000)}k` : String(count));
