// How the chart is drawn, in the sizes, line patterns and fonts that every drawing of it shares: the
// SVG at rest (TimelineMark, TimelineLinks, the chart's lanes), the canvas drawn while zooming
// (dom/draw-motion-frame.ts), and the exported and printed copies (which copy the SVG as drawn); the
// chart's geometry, which the overview shares, is chart-view.ts's chartGeometry. Layout places marks by the same sizes (mark-rows.ts). Pure: numbers, no DOM.
// Colours are app.css's custom properties, which each drawing reads; only the surface's are here too,
// for making actor colours legible on it before anything is drawn (a test keeps them equal).

/** The system font stack the chart is drawn and measured in: app.css's --font (a test keeps them equal). */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** The chart's text as CSS `font` values: each is drawn in the font it is measured in (dom/measure-text.ts). */
export const FONTS = {
  /** An event's label. Never bolder, even when selected: a bolder label would overrun its measured width. */
  markLabel: `500 13px ${FONT_STACK}`,
  /** The name of a link's far end, at the edge of the plot (placed by edge-labels.ts). */
  edgeLabel: `italic 11.5px ${FONT_STACK}`,
  /** A lane's name in the gutter, and the count under it. */
  laneName: `600 13px ${FONT_STACK}`,
  laneCount: `400 12px ${FONT_STACK}`,
} as const;

/** app.css's --surface in each theme, as hex: what marks are drawn on (colors.ts legibleOn). */
export const SURFACE_HEX = { light: '#ffffff', dark: '#1c1f23' } as const;

/** The smallest target a finger or pointer gets, in both directions (WCAG 2.5.8). */
export const TARGET_PX = 24;

/** An event's mark: a dot for a point, a bar for a range, a soft band for the span a coarse date names. */
export const MARK = {
  pointRadiusPx: 6,
  /** The selected point is larger (focus rings it larger still: TimelineMark's CSS, not drawn on the canvas). */
  selectedRadiusPx: 8,
  rangeHeightPx: 10,
  /** Narrowest a range is drawn, so a three-day summit stays visible across decades. */
  minRangePx: 8,
  /** A point's span (the year, the month its date names) is drawn only when wider than this. */
  shownSpanPx: 10,
  spanHeightPx: 14,
  spanCornerPx: 3,
  /** Faint, because where in its span the event fell is not known; fainter still when approximate. */
  spanOpacity: 0.22,
  approximateSpanOpacity: 0.14,
  /** The outline (in the surface's colour) that keeps touching marks apart; wider when selected. */
  outlinePx: 2,
  selectedOutlinePx: 3,
  /** An approximate event: a dashed outline and a lighter fill. */
  approximateDash: [2, 2],
  approximateFillOpacity: 0.55,
  /** Outside the highlighted chain or source, or filtered out and dimmed: still there, fainter. */
  dimmedOpacity: 0.28,
} as const;

/** A density band's bars, drawn where a lane has more events in view than can be drawn one by one. */
export const DENSITY_OPACITY = 0.75;

/** How a link of one style is drawn: its colour (a custom property of app.css), width and dashes. */
export interface LinkLine {
  readonly colorVar: string;
  readonly widthPx: number;
  /** Dash and gap lengths; empty for a solid line. */
  readonly dash: readonly number[];
  readonly roundCaps?: boolean;
}

/** Each link style differs in its line as well as its colour; `other` is any type the format does not name. */
export const LINK_LINES: Readonly<Record<string, LinkLine>> = {
  causes: { colorVar: '--link-causes', widthPx: 2.4, dash: [] },
  'responds-to': { colorVar: '--link-responds', widthPx: 1.6, dash: [7, 4] },
  references: { colorVar: '--link-references', widthPx: 2, dash: [2, 3] },
  contradicts: { colorVar: '--link-contradicts', widthPx: 2, dash: [10, 3, 2, 3] },
  precedes: { colorVar: '--link-precedes', widthPx: 1.6, dash: [] },
  about: { colorVar: '--link-about', widthPx: 2.6, dash: [1, 4], roundCaps: true },
  other: { colorVar: '--muted', widthPx: 1.6, dash: [5, 5] },
};

/** The line of a link style (visible-links.ts linkStyleOf); `other`'s for a style it does not know. */
export const linkLine = (style: string): LinkLine => (Object.hasOwn(LINK_LINES, style) ? LINK_LINES[style]! : LINK_LINES.other!);

/** Links as a whole: the highlighted chain is drawn wider and opaque, the links outside it faint. */
export const LINK = {
  highlightedWidthPx: 3,
  arcOpacity: 0.75,
  arrowOpacity: 0.85,
  dimmedOpacity: 0.18,
} as const;
