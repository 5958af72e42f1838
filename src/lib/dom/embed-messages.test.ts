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
  const disconnect = connectEmbedMessages({
    parentOrigin: options.parentOrigin ?? PARENT_ORIGIN,
    onRequest: (request) => requests.push(request),
    window: frame,
    measureHeight: () => heights.shift() ?? 0,
    watchResize: (callback) => {
      changed = callback;
      return stopWatching;
    },
  });
  return { parent, frame, listeners, deliver, requests, disconnect, stopWatching, resize: () => changed() };
}

const SELECT = { type: 'sourceline:select', event: 'bucharest-summit' };

describe('connectEmbedMessages', () => {
  it('acts on a request from the parent at its origin', () => {
    const { parent, deliver, requests } = connect();
    deliver(SELECT, PARENT_ORIGIN, parent);
    deliver({ type: 'sourceline:window', start: '2008', end: '2009' }, PARENT_ORIGIN, parent);
    expect(requests.map((r) => r.kind)).toEqual(['select', 'window']);
    expect(requests[0]).toEqual({ kind: 'select', event: 'bucharest-summit' });
  });

  it('ignores the right window at another origin (the parent navigated away, or a lookalike)', () => {
    const { parent, deliver, requests } = connect();
    for (const origin of ['https://evil.example', 'http://news.example', 'https://news.example:8443', 'https://news.example.evil.example', 'null', '', '*'])
      deliver(SELECT, origin, parent);
    expect(requests).toEqual([]);
  });

  it('ignores a sibling frame that claims the parent’s origin', () => {
    const { deliver, requests, frame } = connect();
    const sibling = otherWindow();
    deliver(SELECT, PARENT_ORIGIN, sibling);
    // Nor the frame itself, nor no window at all (a MessagePort, a worker).
    deliver(SELECT, PARENT_ORIGIN, frame);
    deliver(SELECT, PARENT_ORIGIN, null);
    expect(requests).toEqual([]);
  });

  it('ignores malformed messages from the parent', () => {
    const { parent, deliver, requests } = connect();
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
    const { parent, listeners, deliver, requests } = connect({ parentOrigin: origin });
    expect(listeners.size).toBe(0);
    deliver(SELECT, origin, parent);
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

  it('stops listening and watching when disconnected', () => {
    const { parent, listeners, deliver, requests, disconnect, stopWatching } = connect();
    expect(listeners.size).toBe(1);
    disconnect();
    expect(listeners.size).toBe(0);
    expect(stopWatching).toHaveBeenCalledOnce();
    deliver(SELECT, PARENT_ORIGIN, parent);
    expect(requests).toEqual([]);
  });
});
