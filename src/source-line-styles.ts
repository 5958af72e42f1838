// The app's global stylesheet, made to work inside a <source-line> shadow root: what the page
// sets on :root is set on the host and on the frame the app mounts in, and the frame starts from
// initial values, so nothing the host page lets inherit (fonts, colours, spacing) reaches the app.
// Pure text in, text out: no DOM here.

/** The element the app mounts in, inside the shadow root. */
export const FRAME_CLASS = 'sourceline-frame';

/** How the element sizes itself: the width of its container, a height that grows with the timeline. */
const HOST_RULES = `
:host {
  display: block;
  width: 100%;
  min-width: 0;
  min-height: 16rem;
  overflow: auto;
  contain: layout;
}
:host([hidden]) {
  display: none;
}
.${FRAME_CLASS} {
  all: initial;
  display: block;
  min-height: 100%;
}
`;

/**
 * The stylesheet for a shadow root: the host's sizing, the frame's reset, then the app's CSS with
 * `:root` read as `:host, .frame` (after the reset, so the app's own font, colour and line height
 * win over `all: initial`).
 */
export function shadowStyles(appCss: string): string {
  return HOST_RULES + appCss.replace(/:root\b/g, `:host, .${FRAME_CLASS}`);
}
