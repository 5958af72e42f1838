// Copies the live chart as standalone SVG. Scoped CSS and CSS variables do not travel with a file, so
// every style that shows is written on the element itself from getComputedStyle; what is hidden or
// clipped away is left out, and nothing interactive (tab stops, roles, data attributes) is kept.
// Reads the live chart and its layout; never changes it.

/** Inherited properties: written where they differ from the parent's, so the file stays small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'visibility',
  'shape-rendering',
] as const;

/** Properties that are not inherited: written where they differ from their initial value. */
const OWN: readonly (readonly [property: string, initial: string, writtenAs: string])[] = [
  ['opacity', '1', 'opacity'],
  ['text-decoration-line', 'none', 'text-decoration'],
  ['unicode-bidi', 'normal', 'unicode-bidi'],
  // The map's coastlines keep their width however far it is zoomed.
  ['vector-effect', 'none', 'vector-effect'],
];

/** Never copied: code, HTML inside SVG, and elements that only matter to a browser. */
const DROPPED = new Set(['script', 'foreignObject', 'style', 'iframe', 'audio', 'video']);
/** Not drawn where they stand; copied whole (a clip path's rectangle has no style to carry). */
const RESOURCES = new Set(['defs', 'clipPath', 'mask', 'marker', 'pattern', 'linearGradient', 'radialGradient', 'symbol']);
/** The attributes a standalone file keeps: geometry, text layout, transforms, clipping and references. */
const KEPT_ATTRIBUTE =
  /^(x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|d|points|transform|viewBox|preserveAspectRatio|clip-path|clipPathUnits|id|dx|dy|textLength|lengthAdjust|offset|stop-color|stop-opacity|gradientUnits|gradientTransform|patternUnits|markerWidth|markerHeight|refX|refY|orient|href|xml:space)$/;

interface Bounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const outside = (r: DOMRect, b: Bounds) => r.right < b.left || r.left > b.right || r.bottom < b.top || r.top > b.bottom;

const intersect = (a: Bounds, b: Bounds): Bounds => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/** Transparent paint is written as "none": the same picture, and understood by every SVG reader. */
function paint(property: string, value: string): string {
  return (property === 'fill' || property === 'stroke') && /^rgba\(0, 0, 0, 0\)$|^transparent$/.test(value) ? 'none' : value;
}

function keepAttributes(copy: Element) {
  for (const { name } of [...copy.attributes]) {
    const href = name === 'href' || name === 'xlink:href';
    // Only references inside the file (`#id`) survive: an exported picture never loads anything.
    if (!KEPT_ATTRIBUTE.test(name) || (href && !copy.getAttribute(name)!.startsWith('#'))) copy.removeAttribute(name);
  }
}

function writeStyle(copy: Element, style: CSSStyleDeclaration, parent: CSSStyleDeclaration | null) {
  const declarations: string[] = [];
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property);
    if (value && (!parent || value !== parent.getPropertyValue(property))) declarations.push(`${property}: ${paint(property, value)}`);
  }
  for (const [property, initial, writtenAs] of OWN) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) declarations.push(`${writtenAs}: ${value}`);
  }
  if (declarations.length > 0) copy.setAttribute('style', declarations.join('; '));
}

/** A resource (a clip path) copied whole, with only the attributes a file keeps. */
function copyResource(live: Element): Element {
  const copy = live.cloneNode(true) as Element;
  for (const element of [copy, ...copy.querySelectorAll('*')]) keepAttributes(element);
  return copy;
}

/** The client-space rectangle of a `clip-path="url(#id)"` that is one rectangle, else null. */
function clipBounds(element: SVGGraphicsElement, chart: SVGSVGElement): Bounds | null {
  const id = /^url\(["']?#([^"')]+)["']?\)$/.exec(element.getAttribute('clip-path') ?? '')?.[1];
  const rects = id ? chart.querySelector(`clipPath#${CSS.escape(id)}`)?.children : undefined;
  const rect = rects?.length === 1 ? rects[0] : undefined;
  const ctm = element.getScreenCTM();
  if (!(rect instanceof SVGRectElement) || !ctm) return null;
  const { x, y, width, height } = rect.getBBox();
  const a = new DOMPoint(x, y).matrixTransform(ctm);
  const b = new DOMPoint(x + width, y + height).matrixTransform(ctm);
  return { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) };
}

/** For publishing: no "+N" chips (an export names its events in full), nothing faded by a highlight. */
export interface CopyOptions {
  readonly publishing?: boolean;
}

function copyElement(live: Element, parent: CSSStyleDeclaration, bounds: Bounds, chart: SVGSVGElement, options: CopyOptions): Element | null {
  if (DROPPED.has(live.localName) || live.namespaceURI !== chart.namespaceURI) return null;
  if (options.publishing && live.classList.contains('chip')) return null;
  if (RESOURCES.has(live.localName)) return copyResource(live);
  const style = getComputedStyle(live);
  if (style.display === 'none') return null;
  if (live instanceof SVGGraphicsElement && outside(live.getBoundingClientRect(), bounds)) return null;

  const copy = live.cloneNode(false) as Element;
  keepAttributes(copy);
  writeStyle(copy, style, parent);
  if (options.publishing && (live.hasAttribute('data-dimmed') || live.classList.contains('dimmed'))) {
    const undimmed = (copy.getAttribute('style') ?? '').replace(/(^|; )opacity: [^;]+/, '').replace(/^; /, '');
    if (undimmed) copy.setAttribute('style', undimmed);
    else copy.removeAttribute('style');
  }
  // A circle's radius may be set in CSS (`r: 8px` for the selected event); a file needs the attribute.
  if (live instanceof SVGCircleElement) copy.setAttribute('r', String(parseFloat(style.getPropertyValue('r')) || live.r.baseVal.value));

  const clip = live instanceof SVGGraphicsElement && live.hasAttribute('clip-path') ? clipBounds(live, chart) : null;
  const inner = clip ? intersect(bounds, clip) : bounds;
  for (const child of live.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.appendChild(child.cloneNode());
    else if (child instanceof Element) {
      const childCopy = copyElement(child, style, inner, chart, options);
      if (childCopy) copy.appendChild(childCopy);
    }
  }
  return copy;
}

/**
 * The chart's contents as one `<g>` that draws the same anywhere: the chart's own inherited styles
 * (its font, its colours) on the group, each element's differences on the element.
 */
export function standaloneChart(chart: SVGSVGElement, options: CopyOptions = {}): SVGGElement {
  const group = chart.ownerDocument.createElementNS(chart.namespaceURI, 'g') as SVGGElement;
  const style = getComputedStyle(chart);
  writeStyle(group, style, null);
  const box = chart.getBoundingClientRect();
  // The chart's border is outside its drawing: the viewport is its content box.
  const bounds = {
    left: box.left + chart.clientLeft,
    top: box.top + chart.clientTop,
    right: box.right - chart.clientLeft,
    bottom: box.bottom - chart.clientTop,
  };
  for (const child of chart.children) {
    const copy = copyElement(child, style, bounds, chart, options);
    if (copy) group.appendChild(copy);
  }
  return group;
}
