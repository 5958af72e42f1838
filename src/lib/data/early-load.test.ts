import { describe, expect, it } from 'vitest';
import smallGraph from '../model/small-graph.fixture.json';
import { resolveSourceParam } from './dataset-source.ts';
import { EARLY_MAX_BYTES, loadSmallFileNow, PAGE_PARSE_MAX_BYTES } from './early-load.ts';

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
});
