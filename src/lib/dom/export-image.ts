// Pictures of the timeline as it is drawn: a standalone SVG (the chart's copy with a heading and a
// footer of sources) and a PNG rendered from it. The words are chosen in layout/export-text.ts; this
// module finds the chart, measures text in its fonts and builds the elements.
import { distinctSourceNames, exportHeading, pngScale, sourcesFooter } from '../layout/export-text.ts';
import type { EventGraph } from '../model/graph.ts';
import { eventsInWindow, sourcesCitedBy, type WindowMs } from '../model/in-view.ts';
import { formatWindow } from '../model/format-date.ts';
import { makeTextMeasurer } from './measure-text.ts';
import { findChart } from './find-chart.ts';
import { standaloneChart } from './inline-styles.ts';

export { findChart };

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
}

const PAD_PX = 16;
const TITLE_PX = 20;
const LINE_PX = 16;
const FOOTER_LINES = 3;

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

  const heading = words && exportHeading(words.title, words.windowLabel, { maxWidthPx, measure: makeTextMeasurer(`700 ${TITLE_PX}px ${serif}`) });
  const footer = words ? sourcesFooter(words.sourceNames, { maxWidthPx, measure: makeTextMeasurer(`12px ${sans}`), maxLines: FOOTER_LINES }) : [];
  const headerPx = heading ? 68 : 0;
  const footerPx = footer.length > 0 ? 12 + footer.length * LINE_PX + 8 : 0;
  const heightPx = headerPx + chartHeightPx + footerPx;

  const svg = element(doc, 'svg', { width: widthPx, height: heightPx, viewBox: `0 0 ${widthPx} ${heightPx}`, role: 'img' });
  svg.appendChild(element(doc, 'title', {}, words ? `${words.title}: the timeline, ${words.windowLabel}` : 'Timeline'));
  svg.appendChild(element(doc, 'rect', { width: widthPx, height: heightPx, fill: background }));
  const textStyle = (size: number, color: string, family = sans) => `font-family: ${family}; font-size: ${size}px; fill: ${color}`;
  if (heading) {
    svg.appendChild(element(doc, 'text', { x: PAD_PX, y: 30, style: `${textStyle(TITLE_PX, text, serif)}; font-weight: 700` }, heading.title));
    svg.appendChild(element(doc, 'text', { x: PAD_PX, y: 54, style: textStyle(13, muted) }, heading.window));
  }
  const body = standaloneChart(chart);
  if (headerPx > 0) body.setAttribute('transform', `translate(0,${headerPx})`);
  svg.appendChild(body);
  footer.forEach((line, i) => {
    svg.appendChild(element(doc, 'text', { x: PAD_PX, y: headerPx + chartHeightPx + 12 + (i + 1) * LINE_PX - 4, style: textStyle(12, muted) }, line));
  });
  return { svg, widthPx, heightPx };
}

/** The chart as the reader sees it: titled with the dataset and the window (null: all of it), footed with the sources in view. */
export function viewPicture(chart: SVGSVGElement, graph: EventGraph, windowMs: WindowMs | null): Picture {
  const events = eventsInWindow(graph.events, windowMs);
  return chartPicture(chart, {
    title: graph.title,
    windowLabel: windowMs ? formatWindow(windowMs[0], windowMs[1]) : 'all events',
    sourceNames: distinctSourceNames(graph, sourcesCitedBy(graph, events)),
  });
}

/** The picture as the text of an .svg file. */
export function svgText(picture: Picture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(picture.svg)}\n`;
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
