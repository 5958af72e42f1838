// The drawn timeline from anywhere on its page (or in its web component): small, for code that
// needs it without the picture-making of export-image.ts.

/** The timeline chart beside an element: in its document, or in its shadow root inside a web component. */
export function findChart(from: Node): SVGSVGElement | null {
  const root = from.getRootNode();
  const scope = root instanceof Document || root instanceof ShadowRoot || root instanceof Element ? root : from.ownerDocument;
  return scope?.querySelector<SVGSVGElement>('svg.chart') ?? null;
}
