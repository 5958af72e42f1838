// The drawn timeline from anywhere on its page (or in its web component), and the window it shows:
// small, for code that needs them without the picture-making of export-image.ts.
import type { WindowMs } from '../model/in-view.ts';

/** The timeline chart beside an element: in its document, or in its shadow root inside a web component. */
export function findChart(from: Node): SVGSVGElement | null {
  const root = from.getRootNode();
  const scope = root instanceof Document || root instanceof ShadowRoot || root instanceof Element ? root : from.ownerDocument;
  return scope?.querySelector<SVGSVGElement>('svg.chart') ?? null;
}

/** The time window the chart shows, as it reports it (`data-window-start-ms`, `data-window-end-ms`). */
export function chartWindowMs(chart: SVGSVGElement): WindowMs | null {
  const start = Number(chart.dataset.windowStartMs);
  const end = Number(chart.dataset.windowEndMs);
  return chart.dataset.windowStartMs && chart.dataset.windowEndMs && Number.isFinite(start) && Number.isFinite(end) && start < end ? [start, end] : null;
}
