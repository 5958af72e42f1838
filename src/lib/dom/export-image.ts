// Pictures of the timeline as it is drawn: a standalone SVG (the chart's copy with a heading and a
// footer of sources) and a PNG rendered from it. The words are chosen in layout/export-text.ts; this
// module finds the chart, measures text in its fonts and builds the elements.
import { linkLine } from '../layout/drawing.ts';
import { distinctSourceNames, eventKey, exportHeading, filtersLine, pngScale, sourcesFooter, type FilterWords, xmlSafe } from '../layout/export-text.ts';
import { truncateToWidth } from '../layout/labels.ts';
import { LINK_STYLES, linkStyleOf } from '../layout/visible-links.ts';
import { countEdgeTypes, indexEdges } from '../model/chains.ts';
import { eventSpanMs, type EventGraph } from '../model/graph.ts';
import { eventsInWindow, sourcesCitedBy, type WindowMs } from '../model/in-view.ts';
import { formatSpan, formatWindow } from '../model/format-date.ts';
import { makeTextMeasurer } from './measure-text.ts';
import { findChart } from './find-chart.ts';
import { standaloneChart } from './inline-styles.ts';

export { findChart };
export { findViewChart } from './find-chart.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Picture {
  readonly svg: SVGSVGElement;
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface PictureWords {
  readonly title: string;
  /** The window as the toolbar says it: "1993 – 2026". */
  readonly windowLabel: string;
  /** The sources of the events in view, most cited first. */
  readonly sourceNames: readonly string[];
  /** The link types drawn, for a legend of their lines. */
  readonly linkTypes?: readonly string[];
  /** The events whose labels the picture cuts short or leaves out, named in full under it. */
  readonly key?: readonly { readonly date: string; readonly title: string }[];
  /** What the reader filtered by (filtersLine), said in the footer. */
  readonly filters?: string | null;
  /** What the picture shows: "timeline" (the default), "map" or "network". */
  readonly what?: string;
}

const PAD_PX = 16;
const TITLE_PX = 20;
const LINE_PX = 16;
const FOOTER_LINES = 3;
const KEY_LINES = 12;
const LEGEND_ROW_PX = 22;
const LEGEND_NAMES: Readonly<Record<string, string>> = { about: 'said about (quotes)' };

function element<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A colour from the page's palette as the chart sees it, or a fallback when the variable is not set. */
function paletteColor(style: CSSStyleDeclaration, variable: string, fallback: string): string {
  return style.getPropertyValue(variable).trim() || fallback;
}

/**
 * The chart as a standalone SVG: its copy with styles inlined and, given words, a heading (title and
 * window) above it and the sources below it, all as text in the page's fonts. Without words, the chart
 * alone (for the printed page).
 */
export function chartPicture(chart: SVGSVGElement, words?: PictureWords): Picture {
  const doc = chart.ownerDocument;
  const style = getComputedStyle(chart);
  const box = chart.getBoundingClientRect();
  const widthPx = Math.round(chart.width.baseVal.value || box.width);
  const chartHeightPx = Math.round(chart.height.baseVal.value || box.height);
  const text = style.color;
  const muted = paletteColor(style, '--muted', text);
  const background = /^rgba\(.*, 0\)$|^transparent$/.test(style.backgroundColor) ? paletteColor(style, '--surface', '#ffffff') : style.backgroundColor;
  const sans = style.fontFamily;
  const serif = paletteColor(style, '--font-serif', 'serif');
  const maxWidthPx = widthPx - 2 * PAD_PX;

  const small = makeTextMeasurer(`12px ${sans}`);
  const heading = words && exportHeading(words.title, words.windowLabel, { maxWidthPx, measure: makeTextMeasurer(`700 ${TITLE_PX}px ${serif}`) });
  // Under the chart: a legend of the link lines, the events cut short in full, the sources, the filters.
  const legend = legendRows(words?.linkTypes ?? [], maxWidthPx, small);
  const key = words?.key?.length ? eventKey(words.key, { maxWidthPx, measure: small, maxLines: KEY_LINES }) : [];
  const footer = [
    ...key,
    ...(words ? sourcesFooter(words.sourceNames, { maxWidthPx, measure: small, maxLines: FOOTER_LINES }) : []),
    ...(words?.filters ? [truncateToWidth(words.filters, maxWidthPx, small)] : []),
  ];
  const headerPx = heading ? 68 : 0;
  const legendPx = legend.length * LEGEND_ROW_PX + (legend.length > 0 ? 8 : 0);
  const footerPx = footer.length > 0 ? 12 + footer.length * LINE_PX + 8 : 0;
  const heightPx = headerPx + chartHeightPx + legendPx + footerPx;

  const svg = element(doc, 'svg', { width: widthPx, height: heightPx, viewBox: `0 0 ${widthPx} ${heightPx}`, role: 'img' });
  svg.appendChild(element(doc, 'title', {}, words ? `${words.title}: the ${words.what ?? 'timeline'}, ${words.windowLabel}` : 'Timeline'));
  svg.appendChild(element(doc, 'rect', { width: widthPx, height: heightPx, fill: background }));
  const textStyle = (size: number, color: string, family = sans) => `font-family: ${family}; font-size: ${size}px; fill: ${color}`;
  if (heading) {
    svg.appendChild(element(doc, 'text', { x: PAD_PX, y: 30, style: `${textStyle(TITLE_PX, text, serif)}; font-weight: 700` }, heading.title));
    svg.appendChild(element(doc, 'text', { x: PAD_PX, y: 54, style: textStyle(13, muted) }, heading.window));
  }
  // Paper and files are for publishing: no chips, nothing faded (the printed page lists every event in full below).
  const body = standaloneChart(chart, { publishing: true });
  if (headerPx > 0) body.setAttribute('transform', `translate(0,${headerPx})`);
  svg.appendChild(body);
  legend.forEach((row, r) => {
    const y = headerPx + chartHeightPx + 8 + r * LEGEND_ROW_PX + LEGEND_ROW_PX / 2;
    for (const entry of row) {
      const line = linkLine(linkStyleOf(entry.type));
      const color = paletteColor(style, line.colorVar, muted);
      const dash = line.dash.length > 0 ? `; stroke-dasharray: ${line.dash.join(' ')}` : '';
      const caps = line.roundCaps ? '; stroke-linecap: round' : '';
      svg.appendChild(element(doc, 'path', { d: `M${entry.xPx},${y}h24`, style: `fill: none; stroke: ${color}; stroke-width: ${line.widthPx}${dash}${caps}` }));
      svg.appendChild(element(doc, 'path', { d: `M${entry.xPx + 30},${y}l-7,-3.5v7z`, style: `fill: ${color}` }));
      svg.appendChild(element(doc, 'text', { x: entry.xPx + 36, y: y + 4, style: textStyle(12, text) }, entry.label));
    }
  });
  const footerTop = headerPx + chartHeightPx + legendPx;
  footer.forEach((line, i) => {
    svg.appendChild(element(doc, 'text', { x: PAD_PX, y: footerTop + 12 + (i + 1) * LINE_PX - 4, style: textStyle(12, i < key.length ? text : muted) }, line));
  });
  return { svg, widthPx, heightPx };
}

/** The legend's entries, laid out in rows across the width: a line sample, an arrow and the type's name. */
function legendRows(types: readonly string[], maxWidthPx: number, measure: (text: string) => number): { type: string; label: string; xPx: number }[][] {
  const rows: { type: string; label: string; xPx: number }[][] = [];
  let x = Infinity;
  for (const type of types) {
    const label = LEGEND_NAMES[type] ?? type;
    const widthPx = 36 + measure(label) + 18;
    if (x + widthPx > PAD_PX + maxWidthPx) {
      rows.push([]);
      x = PAD_PX;
    }
    rows.at(-1)!.push({ type, label, xPx: x });
    x += widthPx;
  }
  return rows;
}

/** The events drawn in the chart whose labels are cut short ("…") or not drawn, in time order. */
function cutShort(chart: SVGSVGElement, graph: EventGraph): { date: string; title: string }[] {
  const box = chart.getBoundingClientRect();
  const ids: string[] = [];
  for (const mark of chart.querySelectorAll<SVGGElement>('[data-event-id]')) {
    const shape = mark.querySelector('.shape')?.getBoundingClientRect();
    if (!shape || shape.right < box.left || shape.left > box.right) continue;
    const label = mark.querySelector('.label')?.textContent ?? '';
    if (!label || label.endsWith('…')) ids.push(mark.getAttribute('data-event-id')!);
  }
  return ids
    .flatMap((id) => graph.eventById.get(id) ?? [])
    .sort((a, b) => eventSpanMs(a).startMs - eventSpanMs(b).startMs)
    .map((event) => ({ date: formatSpan(event.start, event.end), title: event.title }));
}

/**
 * The chart for publishing: titled with the dataset and the window (null: all of it), with a legend of
 * its link lines, the events whose labels are cut short named in full, the sources of the events in
 * view, and the filters in force. No "+N" chips, nothing faded.
 */
export function viewPicture(
  chart: SVGSVGElement,
  graph: EventGraph,
  windowMs: WindowMs | null,
  filters: FilterWords,
  hiddenLinkTypes: ReadonlySet<string> = new Set(),
  what = 'timeline',
): Picture {
  const events = eventsInWindow(graph.events, windowMs);
  const ids = new Set(events.map((e) => e.id));
  const linkTypes = countEdgeTypes(indexEdges(graph), LINK_STYLES)
    .map(([type]) => type)
    .filter((type) => !hiddenLinkTypes.has(type) && indexEdges(graph).edges.some((e) => e.type === type && (ids.has(e.from) || ids.has(e.to))));
  return chartPicture(chart, {
    what,
    title: graph.title,
    windowLabel: windowMs ? formatWindow(windowMs[0], windowMs[1]) : 'all events',
    sourceNames: distinctSourceNames(graph, sourcesCitedBy(graph, events)),
    linkTypes,
    key: cutShort(chart, graph),
    filters: filtersLine(filters),
  });
}

/** The picture as the text of an .svg file: well-formed XML, whatever characters the data's texts hold. */
export function svgText(picture: Picture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(new XMLSerializer().serializeToString(picture.svg))}\n`;
}

/** The picture rendered to a PNG at `wanted` times its size (less if the canvas would be too big). */
export async function pngBlob(picture: Picture, wanted = 2): Promise<Blob> {
  const scale = pngScale(picture.widthPx, picture.heightPx, wanted);
  const widthPx = Math.round(picture.widthPx * scale);
  const heightPx = Math.round(picture.heightPx * scale);
  // Drawn at its final size, so text and lines are rendered sharp rather than enlarged.
  const sized = picture.svg.cloneNode(true) as SVGSVGElement;
  sized.setAttribute('width', String(widthPx));
  sized.setAttribute('height', String(heightPx));
  const url = URL.createObjectURL(new Blob([svgText({ ...picture, svg: sized })], { type: 'image/svg+xml' }));
  try {
    const image = new Image(widthPx, heightPx);
    image.src = url;
    await image.decode();
    const canvas = picture.svg.ownerDocument.createElement('canvas');
    canvas.width = widthPx;
    canvas.height = heightPx;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser could not make a canvas to draw the PNG on.');
    context.drawImage(image, 0, 0, widthPx, heightPx);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('This browser could not encode the PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
