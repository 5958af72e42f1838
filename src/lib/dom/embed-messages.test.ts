// connectEmbedMessages with stand-in windows: who may ask, what is acted on, where the height goes.
import { describe, expect, it, vi } from 'vitest';
import type { EmbedRequest } from './embed-protocol.ts';
import { connectEmbedMessages } from './embed-messages.ts';

const PARENT_ORIGIN = 'https://news.example';

/** A window that records what is posted to it. */
function otherWindow() {
  const posted: { data: unknown; target: unknown }[] = [];
  return { posted, postMessage: (data: unknown, target: unknown) => posted.push({ data, target }) };
}

/** A frame inside `parent`, with its message listeners. */
function frameIn(parent: unknown) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const frame = {
    parent: parent as Window,
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') listeners.delete(listener);
    },
  } as Pick<Window, 'parent' | 'addEventListener' | 'removeEventListener'>;
  const deliver = (data: unknown, origin: string, source: unknown) => {
    for (const listener of listeners) listener({ data, origin, source } as MessageEvent);
  };
  return { frame, listeners, deliver };
}

function connect(options: { parentOrigin?: string; heights?: number[] } = {}) {
  const parent = otherWindow();
  const { frame, listeners, deliver } = frameIn(parent);
  const requests: EmbedRequest[] = [];
  const heights = options.heights ?? [600];
  let changed: () => void = () => {};
  const stopWatching = vi.fn();
  // Frames come when the test says so.
  const frames: (() => void)[] = [];
  const nextFrame = vi.fn((callback: () => void) => {
    frames.push(callback);
    return () => frames.splice(frames.indexOf(callback), 1);
  });
  const frameEnds = () => frames.splice(0).forEach((callback) => callback());
  const disconnect = connectEmbedMessages({
    parentOrigin: options.parentOrigin ?? PARENT_ORIGIN,
    onRequest: (request) => requests.push(request),
    window: frame,
    measureHeight: () => heights.shift() ?? 0,
    watchResize: (callback) => {
      changed = callback;
      return stopWatching;
    },
    nextFrame,
  });
  return { parent, frame, listeners, deliver, requests, disconnect, stopWatching, resize: () => changed(), frameEnds, nextFrame };
}

const SELECT = { type: 'sourceline:select', event: 'bucharest-summit' };

describe('connectEmbedMessages', () => {
  it('acts on a request from the parent at its origin', () => {
    const { parent, deliver, requests, frameEnds } = connect();
    deliver(SELECT, PARENT_ORIGIN, parent);
    deliver({ type: 'sourceline:window', start: '2008', end: '2009' }, PARENT_ORIGIN, parent);
    expect(requests).toEqual([]);
    frameEnds();
    expect(requests.map((r) => r.kind)).toEqual(['select', 'window']);
    expect(requests[0]).toEqual({ kind: 'select', event: 'bucharest-summit' });
  });

  it('ignores the right window at another origin (the parent navigated away, or a lookalike)', () => {
    const { parent, deliver, requests, frameEnds } = connect();
    for (const origin of ['https://evil.example', 'http://news.example', 'https://news.example:8443', 'https://news.example.evil.example', 'null', '', '*'])
      deliver(SELECT, origin, parent);
    frameEnds();
    expect(requests).toEqual([]);
  });

  it('ignores a sibling frame that claims the parent’s origin', () => {
    const { deliver, requests, frameEnds, frame } = connect();
    const sibling = otherWindow();
    deliver(SELECT, PARENT_ORIGIN, sibling);
    // Nor the frame itself, nor no window at all (a MessagePort, a worker).
    deliver(SELECT, PARENT_ORIGIN, frame);
    deliver(SELECT, PARENT_ORIGIN, null);
    frameEnds();
    expect(requests).toEqual([]);
  });

  it('ignores malformed messages from the parent', () => {
    const { parent, deliver, requests, frameEnds } = connect();
    for (const data of [
      'sourceline:select',
      null,
      { type: 'sourceline:select', event: 7 },
      { type: 'sourceline:select', event: '<script>window.__pwned=1</script>' },
      { type: 'sourceline:navigate', href: 'javascript:alert(1)' },
      { type: 'sourceline:window', start: Number.NaN, end: 1 },
      { type: 'sourceline:window', start: '2009', end: '2008' },
      { type: 'sourceline:window', start: '-999999', end: '+999999' },
      { type: 'sourceline:height', height: 1e9 },
      JSON.parse('{"type":"sourceline:select","event":"x","__proto__":null}'),
    ])
      deliver(data, PARENT_ORIGIN, parent);
    frameEnds();
    expect(requests).toEqual([]);
  });

  it('posts the height to the parent’s exact origin only, and only when it changes', () => {
    const { parent, resize } = connect({ heights: [600.4, 601, 601, 0, 720] });
    resize();
    resize();
    resize(); // 0: nothing to say
    resize();
    expect(parent.posted).toEqual([
      { data: { type: 'sourceline:height', height: 601 }, target: PARENT_ORIGIN },
      { data: { type: 'sourceline:height', height: 720 }, target: PARENT_ORIGIN },
    ]);
    expect(parent.posted.every(({ target }) => target === PARENT_ORIGIN)).toBe(true);
  });

  it.each(['*', '/', 'null', 'https://news.example/', 'javascript:alert(1)', ''])('does nothing for the origin %j', (origin) => {
    const { parent, listeners, deliver, requests, frameEnds } = connect({ parentOrigin: origin });
    expect(listeners.size).toBe(0);
    deliver(SELECT, origin, parent);
    frameEnds();
    expect(requests).toEqual([]);
    expect(parent.posted).toEqual([]);
  });

  it('does nothing outside a frame', () => {
    const listeners = new Set<unknown>();
    const top = {
      addEventListener: (_: string, listener: unknown) => listeners.add(listener),
      removeEventListener: (_: string, listener: unknown) => listeners.delete(listener),
    } as unknown as Window;
    (top as { parent: Window }).parent = top;
    const measureHeight = vi.fn(() => 600);
    connectEmbedMessages({ parentOrigin: PARENT_ORIGIN, onRequest: () => {}, window: top, measureHeight, watchResize: () => () => {} });
    expect(listeners.size).toBe(0);
    expect(measureHeight).not.toHaveBeenCalled();
  });

  it('acts once a frame on the last request of each kind, however many arrive', () => {
    const { parent, deliver, requests, frameEnds, nextFrame } = connect();
    for (let i = 0; i < 10_000; i++) deliver({ type: 'sourceline:select', event: `e${i}` }, PARENT_ORIGIN, parent);
    deliver({ type: 'sourceline:window', start: '2008', end: '2009' }, PARENT_ORIGIN, parent);
    deliver({ type: 'sourceline:select', event: 'last' }, PARENT_ORIGIN, parent);
    expect(nextFrame).toHaveBeenCalledOnce();
    frameEnds();
    expect(requests.map((r) => (r.kind === 'select' ? r.event : 'window'))).toEqual(['window', 'last']);
    deliver(SELECT, PARENT_ORIGIN, parent);
    frameEnds();
    expect(requests).toHaveLength(3);
  });

  it('answers a ping with a pong of its id, to the parent’s origin, once the requests before it are acted on', () => {
    const { parent, deliver, requests, frameEnds } = connect();
    parent.posted.length = 0;
    deliver({ type: 'sourceline:ping', id: 7 }, PARENT_ORIGIN, parent);
    deliver(SELECT, PARENT_ORIGIN, parent);
    expect(parent.posted).toEqual([]);
    frameEnds();
    expect(requests).toEqual([{ kind: 'select', event: 'bucharest-summit' }]);
    expect(parent.posted).toEqual([{ data: { type: 'sourceline:pong', id: 7 }, target: PARENT_ORIGIN }]);
    // Not from another origin, and not with an id that is not a whole number.
    deliver({ type: 'sourceline:ping', id: 8 }, 'https://evil.example', parent);
    deliver({ type: 'sourceline:ping', id: '9' }, PARENT_ORIGIN, parent);
    frameEnds();
    expect(parent.posted).toHaveLength(1);
  });

  it('acts on nothing pending once disconnected', () => {
    const { parent, deliver, requests, frameEnds, disconnect } = connect();
    deliver(SELECT, PARENT_ORIGIN, parent);
    disconnect();
    frameEnds();
    expect(requests).toEqual([]);
  });

  it('stops listening and watching when disconnected', () => {
    const { parent, listeners, deliver, requests, frameEnds, disconnect, stopWatching } = connect();
    expect(listeners.size).toBe(1);
    disconnect();
    expect(listeners.size).toBe(0);
    expect(stopWatching).toHaveBeenCalledOnce();
    deliver(SELECT, PARENT_ORIGIN, parent);
    frameEnds();
    expect(requests).toEqual([]);
  });
});
