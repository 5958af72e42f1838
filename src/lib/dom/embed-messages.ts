// Sourceline in an <iframe>, talking to the page that embeds it: takes its `sourceline:select` and
// `sourceline:window` messages and tells it the height the frame needs (`sourceline:height`); a
// `sourceline:ping` is answered with a `sourceline:pong` once the messages before it are acted on. One
// origin only, named by `?parent-origin=` (or `data-parent-origin`): a message counts only when it
// comes from the parent window itself and from that exact origin, and nothing is posted to any other
// origin (never to '*'). Requests are acted on once a frame, however many arrive. The app wires this
// only in embed mode, only when an origin is named.
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
  /** Runs a callback at the next frame; returns a way to cancel it (requestAnimationFrame, in tests a stand-in). */
  readonly nextFrame?: (callback: () => void) => () => void;
}

/** A hidden frame gets no animation frames: requests then wait at most this long. */
const HIDDEN_FRAME_MS = 100;

/** The next animation frame, or a short timer, whichever comes first. */
function nextAnimationFrame(callback: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, HIDDEN_FRAME_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
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

  // Requests are taken once a frame, the last of each kind: a page that posts 10,000 selections at once
  // (kept the frame busy for 26 s when each was acted on) costs one selection.
  let pending: EmbedRequest[] = [];
  let cancelFrame: (() => void) | null = null;
  const actOnPending = () => {
    cancelFrame = null;
    const due = pending;
    pending = [];
    for (const request of due) if (request.kind !== 'ping') options.onRequest(request);
    // Answered once everything before it is done (and only to the parent's origin).
    for (const request of due) if (request.kind === 'ping') parent.postMessage({ type: 'sourceline:pong', id: request.id }, parentOrigin);
  };
  const onmessage = (event: MessageEvent) => {
    // A sibling or child frame, or the parent after it navigated elsewhere, is not the embedding page.
    if (event.source !== parent || event.origin !== parentOrigin) return;
    const request = readParentMessage(event.data);
    if (!request) return;
    pending = [...pending.filter((p) => p.kind !== request.kind), request];
    cancelFrame ??= (options.nextFrame ?? nextAnimationFrame)(actOnPending);
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
    cancelFrame?.();
    pending = [];
    stopWatching();
  };
}
