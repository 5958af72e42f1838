import { describe, expect, it } from 'vitest';
import smallGraph from '../model/small-graph.fixture.json';
import { resolveSourceParam } from './dataset-source.ts';
import { dropEarlyLoad, EARLY_MAX_BYTES, loadSmallFileNow, PAGE_PARSE_MAX_BYTES } from './early-load.ts';
import { InProcessParseWorker, type FakeStart } from './parse-worker.fake.ts';
import type { ParseReply } from './parse-protocol.ts';

const PAGE = 'https://example.org/app/';
const source = resolveSourceParam('data/story.json', PAGE);

/** A fetch that answers every request with `body`, and counts the requests. */
function serving(body: string, headers: Record<string, string> = {}, status = 200) {
  const asked: { url: string; redirect: RequestRedirect | undefined }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push({ url: String(input), redirect: init?.redirect });
    const response = new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
    Object.defineProperty(response, 'url', { value: String(input) });
    return response;
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('loadSmallFileNow', () => {
  it('parses and checks a small file on the page, from the one request it started at once', async () => {
    const text = JSON.stringify(smallGraph);
    const server = serving(text, { 'Content-Length': String(text.length) });
    const loaded = await loadSmallFileNow(source, PAGE, server.fetch);
    expect(loaded?.graph.title).toBe(smallGraph.title);
    expect(loaded?.graph.events.length).toBe(smallGraph.events.length);
    expect(server.asked).toEqual([{ url: source.kind === 'url' ? source.href : '', redirect: undefined }]);
  });

  it('parses a larger file in the worker (here, in Node, on the page), from the bytes the page read', async () => {
    const text = JSON.stringify({ ...smallGraph, description: 'x'.repeat(PAGE_PARSE_MAX_BYTES) });
    const server = serving(text, { 'Content-Length': String(text.length) });
    const loaded = await loadSmallFileNow(source, PAGE, server.fetch);
    expect(loaded?.graph.events.length).toBe(smallGraph.events.length);
    expect(loaded?.finalUrl).toBe(source.kind === 'url' ? source.href : '');
    expect(server.asked).toHaveLength(1);
  });

  it('leaves a file larger than the limit to the app (null), by its Content-Length, without reading it', async () => {
    const server = serving('{}', { 'Content-Length': String(EARLY_MAX_BYTES + 1) });
    expect(await loadSmallFileNow(source, PAGE, server.fetch)).toBeNull();
  });

  it('leaves a file that does not say its size and runs past the limit to the worker', async () => {
    const big = JSON.stringify({ ...smallGraph, description: 'x'.repeat(PAGE_PARSE_MAX_BYTES) });
    expect(await loadSmallFileNow(source, PAGE, serving(big).fetch)).toBeNull();
  });

  it('leaves a file on another host to the worker (null), without a request from the page', async () => {
    const server = serving('{}');
    expect(await loadSmallFileNow(resolveSourceParam('https://data.example.net/story.json', PAGE), PAGE, server.fetch)).toBeNull();
    expect(server.asked).toEqual([]);
  });

  it('leaves a file with errors, or a failed request, to the app’s own load, which says what is wrong', async () => {
    expect(await loadSmallFileNow(source, PAGE, serving('{"version": 1}').fetch)).toBeNull();
    expect(await loadSmallFileNow(source, PAGE, serving('missing', {}, 404).fetch)).toBeNull();
    const failing = (() => Promise.reject(new TypeError('offline'))) as typeof globalThis.fetch;
    expect(await loadSmallFileNow(source, PAGE, failing)).toBeNull();
  });

  describe('with the parse worker start-early.js started', () => {
    const href = source.kind === 'url' ? source.href : '';
    const scope = globalThis as { __sourcelineEarly?: unknown };

    /** What start-early.js leaves for the app: its fetch of `forHref`, and a worker (a stand-in) it started once the response came. */
    function early(body: string, start: FakeStart = 'ready', forHref = href) {
      const server = serving(body, { 'Content-Length': String(body.length) });
      const worker = new InProcessParseWorker(start);
      const replies: ParseReply[] = start === 'ready' ? [{ type: 'ready' }] : [];
      scope.__sourcelineEarly = { href: forHref, response: server.fetch(forHref), parser: { worker, replies, failed: start !== 'ready' } };
      return { server, worker };
    }
    const large = JSON.stringify({ ...smallGraph, description: 'x'.repeat(PAGE_PARSE_MAX_BYTES) });

    it('parses a larger file with that worker, ready already, and ends it after', async () => {
      const { server, worker } = early(large);
      const loaded = await loadSmallFileNow(source, PAGE, server.fetch);
      expect(loaded?.graph.events.length).toBe(smallGraph.events.length);
      expect(worker.received.map((request) => request.type)).toEqual(['parse']);
      expect(worker.terminated).toBe(true);
      expect(server.asked).toHaveLength(1);
      expect(scope.__sourcelineEarly).toBeUndefined();
    });

    it('ends a worker whose script failed, and one started for another address, and parses without them', async () => {
      const failed = early(large, 'fails to load');
      expect((await loadSmallFileNow(source, PAGE, failed.server.fetch))?.graph.events.length).toBe(smallGraph.events.length);
      expect(failed.worker.received).toEqual([]);
      expect(failed.worker.terminated).toBe(true);
      const other = early(large, 'ready', 'https://example.org/app/data/other.json');
      const server = serving(large, { 'Content-Length': String(large.length) });
      expect((await loadSmallFileNow(source, PAGE, server.fetch))?.graph.events.length).toBe(smallGraph.events.length);
      expect(other.worker.received).toEqual([]);
      expect(other.worker.terminated).toBe(true);
    });

    it('ends the worker of a page that does not load the early request (a live story, a file from the computer)', async () => {
      const { worker } = early(large);
      dropEarlyLoad();
      await Promise.resolve();
      await new Promise((resolve) => setTimeout(resolve));
      expect(worker.terminated).toBe(true);
      expect(scope.__sourcelineEarly).toBeUndefined();
    });

    it('ends the worker when the file is left to the app after all', async () => {
      const { server, worker } = early('{"version": 1, "x": "' + 'x'.repeat(PAGE_PARSE_MAX_BYTES) + '"}');
      expect(await loadSmallFileNow(source, PAGE, server.fetch)).toBeNull();
      expect(worker.terminated).toBe(true);
    });
  });
});
