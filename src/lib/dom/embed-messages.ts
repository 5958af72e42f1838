// Sourceline in an <iframe>, talking to the page that embeds it: takes its `sourceline:select` and
// `sourceline:window` messages and tells it the height the frame needs (`sourceline:height`). One
// origin only, named by `?parent-origin=` (or `data-parent-origin`): a message counts only when it
// comes from the parent window itself and from that exact origin, and nothing is posted to any other
// origin (never to '*'). The app wires this only in embed mode, only when an origin is named.
import { exactOrigin, heightMessage, readParentMessage, type EmbedRequest } from './embed-protocol.ts';

export interface EmbedMessageOptions {
  /** The embedding page's exact origin, checked with exactOrigin(). */
  readonly parentOrigin: string;
  /** A checked request from the parent. */
  readonly onRequest: (request: EmbedRequest) => void;
  /** The frame's window (a stand-in in tests). */
  readonly window?: Pick<Window, 'parent' | 'addEventListener' | 'removeEventListener'>;
  /** The height the content needs, in CSS pixels. */
  readonly measureHeight?: () => number;
  /** Calls back whenever that height may have changed; returns a way to stop. */
  readonly watchResize?: (changed: () => void) => () => void;
}

/** The bottom edge of the app's content (not of the body, which is at least as tall as the frame). */
function contentHeight(): number {
  const content = document.getElementById('app') ?? document.body;
  return content.getBoundingClientRect().bottom + window.scrollY;
}

function watchContent(changed: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => changed());
  observer.observe(document.getElementById('app') ?? document.body);
  return () => observer.disconnect();
}

/**
 * Starts listening and reporting the height; returns a function that stops both. Does nothing
 * outside a frame, or when the origin is not exactly an origin (a wildcard, a path, "null").
 */
export function connectEmbedMessages(options: EmbedMessageOptions): () => void {
  const frame = options.window ?? window;
  const parent = frame.parent as Window | null;
  const { parentOrigin } = options;
  if (!parent || parent === (frame as unknown) || exactOrigin(parentOrigin) !== parentOrigin) return () => {};

  const onmessage = (event: MessageEvent) => {
    // A sibling or child frame, or the parent after it navigated elsewhere, is not the embedding page.
    if (event.source !== parent || event.origin !== parentOrigin) return;
    const request = readParentMessage(event.data);
    if (request) options.onRequest(request);
  };
  frame.addEventListener('message', onmessage);

  let reported = 0;
  const measure = options.measureHeight ?? contentHeight;
  const reportHeight = () => {
    const message = heightMessage(measure());
    if (!message || message.height === reported) return;
    reported = message.height;
    // Delivered only if the parent is still at that origin; dropped silently otherwise.
    parent.postMessage(message, parentOrigin);
  };
  const stopWatching = (options.watchResize ?? watchContent)(reportHeight);
  reportHeight();

  return () => {
    frame.removeEventListener('message', onmessage);
    stopWatching();
  };
}
