// Draws one frame of the chart on a canvas while the reader zooms: density bands, links and marks,
// in the SVG's colours and shapes, without labels (which wait for the zoom to rest, as before).
// Moving a few hundred SVG elements costs a style, layout and paint pass per wheel step; a canvas
// redraw of the same shapes costs a fraction of that, so zooming keeps up with the frame rate.
// Sizes, widths and dashes come from layout/drawing.ts, as the SVG draws them.
import { DENSITY_OPACITY, LINK, linkLine, MARK } from '../layout/drawing.ts';
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

export type { MotionFrame };

/** Resolves the palette from CSS custom properties as they apply inside `host` (light or dark). */
export function resolvePalette(host: HTMLElement): MotionPalette {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  host.append(probe);
  // app.css defines every one of these; were one missing, the canvas would draw in the text's colour.
  const read = (name: string, fallback = 'currentColor') => {
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color;
  };
  const muted = read('--muted');
  const palette: MotionPalette = {
    surface: read('--surface'),
    text: read('--text'),
    markDefault: read('--mark-default'),
    links: Object.fromEntries([...LINK_STYLES, 'other'].map((s) => [s, read(linkLine(s).colorVar, muted)])),
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

  ctx.globalAlpha = DENSITY_OPACITY;
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
    const dim = frame.chain !== null && !highlighted ? LINK.dimmedOpacity : 1;
    ctx.strokeStyle = ctx.fillStyle = palette.links[style] ?? palette.links.other!;
    // Solid, as the SVG draws links while the view moves.
    ctx.lineWidth = highlighted ? LINK.highlightedWidthPx : linkLine(style).widthPx;
    ctx.globalAlpha = (highlighted ? 1 : LINK.arcOpacity) * dim;
    ctx.stroke(new Path2D(route.path));
    ctx.globalAlpha = LINK.arrowOpacity * dim;
    ctx.fill(new Path2D(route.arrow));
  }

  for (const mark of frame.layout.marks) {
    const event = mark.laneEvent.event;
    const fill = frame.laneColor(mark.laneId) ?? palette.markDefault;
    const selected = frame.selectedId === event.id;
    const alpha = frame.isDimmed(event.id) ? MARK.dimmedOpacity : 1;
    const isRange = mark.laneEvent.isRange;
    ctx.fillStyle = fill;
    if (!isRange && mark.spanX1Px - mark.spanX0Px > MARK.shownSpanPx) {
      ctx.globalAlpha = alpha * (event.approximate ? MARK.approximateSpanOpacity : MARK.spanOpacity);
      ctx.beginPath();
      ctx.roundRect(mark.spanX0Px, mark.yPx - MARK.spanHeightPx / 2, mark.spanX1Px - mark.spanX0Px, MARK.spanHeightPx, MARK.spanCornerPx);
      ctx.fill();
    }
    ctx.beginPath();
    if (isRange) ctx.roundRect(mark.x0Px, mark.yPx - MARK.rangeHeightPx / 2, Math.max(0, mark.x1Px - mark.x0Px), MARK.rangeHeightPx, MARK.rangeHeightPx / 2);
    else ctx.arc(mark.x0Px, mark.yPx, selected ? MARK.selectedRadiusPx : MARK.pointRadiusPx, 0, 2 * Math.PI);
    ctx.globalAlpha = alpha * (event.approximate ? MARK.approximateFillOpacity : 1);
    ctx.fill();
    ctx.globalAlpha = alpha;
    ctx.setLineDash(event.approximate && !selected ? [...MARK.approximateDash] : []);
    ctx.strokeStyle = selected || event.approximate ? palette.text : palette.surface;
    ctx.lineWidth = selected ? MARK.selectedOutlinePx : MARK.outlinePx;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.restore();
}
