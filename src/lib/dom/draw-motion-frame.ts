// Draws one frame of the chart on a canvas while the reader zooms: density bands, links and marks,
// in the SVG's colours and shapes, without labels (which wait for the zoom to rest, as before).
// Moving a few hundred SVG elements costs a style, layout and paint pass per wheel step; a canvas
// redraw of the same shapes costs a fraction of that, so zooming keeps up with the frame rate.
import type { MotionFrame } from '../layout/motion-frame.ts';
import { LINK_STYLES, linkStyleOf } from '../layout/visible-links.ts';

/** Colours resolved from the page's CSS custom properties (the canvas cannot read var()). */
export interface MotionPalette {
  readonly surface: string;
  readonly text: string;
  readonly markDefault: string;
  /** By link style (a known type, or 'other'). */
  readonly links: Readonly<Record<string, string>>;
}

const LINK_COLOR_VAR: Record<string, string> = {
  causes: '--link-causes',
  'responds-to': '--link-responds',
  references: '--link-references',
  contradicts: '--link-contradicts',
  precedes: '--link-precedes',
  about: '--link-about',
};
/** Arc widths as TimelineLinks.svelte draws them. */
const LINK_WIDTH: Record<string, number> = { causes: 2.4, references: 2, contradicts: 2, about: 2.6 };

export type { MotionFrame };

/** Resolves the palette from CSS custom properties as they apply inside `host` (light or dark). */
export function resolvePalette(host: HTMLElement): MotionPalette {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  host.append(probe);
  const read = (name: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const muted = read('--muted', '#667085');
  const palette: MotionPalette = {
    surface: read('--surface', '#ffffff'),
    text: read('--text', '#101828'),
    markDefault: read('--mark-default', '#52606d'),
    links: Object.fromEntries([...LINK_STYLES.map((s) => [s, read(LINK_COLOR_VAR[s]!, muted)]), ['other', muted]]),
  };
  probe.remove();
  return palette;
}

export function drawMotionFrame(ctx: CanvasRenderingContext2D, frame: MotionFrame, palette: MotionPalette): void {
  const { clip } = frame;
  ctx.save();
  ctx.beginPath();
  ctx.rect(clip.x, clip.y, clip.width, clip.height);
  ctx.clip();

  ctx.globalAlpha = 0.75;
  for (const band of frame.layout.densities) {
    // Bars straight from their heights: no path text to write and parse again every frame.
    ctx.fillStyle = frame.laneColor(band.laneId) ?? palette.markDefault;
    ctx.beginPath();
    band.barsPx.forEach((h, i) => {
      const x = band.x0Px + i * band.bucketPx;
      if (h > 0) ctx.rect(x, band.yBottomPx - h, Math.min(band.x1Px, x + band.bucketPx) - x, h);
    });
    ctx.fill();
  }

  ctx.lineCap = 'butt';
  for (const route of frame.routes) {
    const style = linkStyleOf(frame.linkType(route.key));
    const highlighted = frame.chain?.has(route.key) ?? false;
    const dim = frame.chain !== null && !highlighted ? 0.18 : 1;
    ctx.strokeStyle = ctx.fillStyle = palette.links[style] ?? palette.links.other!;
    ctx.lineWidth = highlighted ? 3 : (LINK_WIDTH[style] ?? 1.6);
    ctx.globalAlpha = (highlighted ? 1 : 0.75) * dim;
    ctx.stroke(new Path2D(route.path));
    ctx.globalAlpha = 0.85 * dim;
    ctx.fill(new Path2D(route.arrow));
  }

  for (const mark of frame.layout.marks) {
    const event = mark.laneEvent.event;
    const fill = frame.laneColor(mark.laneId) ?? palette.markDefault;
    const selected = frame.selectedId === event.id;
    const alpha = frame.isDimmed(event.id) ? 0.28 : 1;
    const isRange = mark.laneEvent.isRange;
    ctx.fillStyle = fill;
    if (!isRange && mark.spanX1Px - mark.spanX0Px > 10) {
      ctx.globalAlpha = alpha * (event.approximate ? 0.14 : 0.22);
      ctx.beginPath();
      ctx.roundRect(mark.spanX0Px, mark.yPx - 7, mark.spanX1Px - mark.spanX0Px, 14, 3);
      ctx.fill();
    }
    ctx.beginPath();
    if (isRange) ctx.roundRect(mark.x0Px, mark.yPx - 5, Math.max(0, mark.x1Px - mark.x0Px), 10, 5);
    else ctx.arc(mark.x0Px, mark.yPx, selected ? 8 : 6, 0, 2 * Math.PI);
    ctx.globalAlpha = alpha * (event.approximate ? 0.55 : 1);
    ctx.fill();
    ctx.globalAlpha = alpha;
    ctx.setLineDash(event.approximate && !selected ? [2, 2] : []);
    ctx.strokeStyle = selected || event.approximate ? palette.text : palette.surface;
    ctx.lineWidth = selected ? 3 : 2;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.restore();
}
