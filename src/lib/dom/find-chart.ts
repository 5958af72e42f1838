// The drawn timeline from anywhere on its page (or in its web component): small, for code that
// needs it without the picture-making of export-image.ts.

/** The timeline chart beside an element: in its document, or in its shadow root inside a web component. */
export function findChart(from: Node): SVGSVGElement | null {
  const root = from.getRootNode();
  const scope = root instanceof Document || root instanceof ShadowRoot || root instanceof Element ? root : from.ownerDocument;
  return scope?.querySelector<SVGSVGElement>('svg.chart') ?? null;
}

/** The map's or the network's drawing beside an element (null when that view is not shown). */
export function findViewChart(from: Node, view: 'map' | 'network'): SVGSVGElement | null {
  const chart = findChart(from);
  const scope = chart?.getRootNode() ?? from.getRootNode();
  return scope instanceof Document || scope instanceof ShadowRoot ? scope.querySelector<SVGSVGElement>(`svg[data-view-picture="${view}"]`) : null;
}
