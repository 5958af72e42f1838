import { describe, expect, it } from 'vitest';
import { EventGraphError } from '../model/problems.ts';
import { fetchText, readFileText, refuseFile } from './read-body.ts';
import { resolveSourceParam, foreignHost } from './dataset-source.ts';

const PAGE = 'http://localhost:4173/';
const HREF = 'http://localhost:4173/data/story.json';

function fakeFetch(body: BodyInit | null, init: ResponseInit & { headers?: Record<string, string> }): typeof fetch {
  return async () => new Response(body, init);
}

async function problemOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(EventGraphError);
  const problems = (error as EventGraphError).problems;
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

function streamOf(chunks: number, chunkBytes: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

describe('fetchText', () => {
  it('reads JSON and drops a UTF-8 byte-order mark', async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":"Türkiye"}')]);
    const text = await fetchText(HREF, 'story.json', { fetch: fakeFetch(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }) });
    expect(text).toBe('{"a":"Türkiye"}');
  });

  it.each(['text/csv; charset=utf-8', 'application/csv', 'text/tab-separated-values', 'application/vnd.ms-excel', 'text/plain'])('reads a CSV served as %s', async (type) => {
    const text = await fetchText(HREF, 'story.csv', { fetch: fakeFetch('Year,Headline\n2001,A\n', { headers: { 'content-type': type } }) });
    expect(text).toBe('Year,Headline\n2001,A\n');
  });

  it.each([
    // body, status, content type, message, fix
    ['<!doctype html><h1>Not found</h1>', 404, 'text/html', 'expected JSON, got text/html (HTTP 404)', /no file at \/data\/story.json/],
    ['{"error":"gone"}', 410, 'application/json', 'HTTP 410', /refused the request/],
    ['<!doctype html><p>Login</p>', 200, 'text/html; charset=utf-8', 'expected JSON, got text/html (HTTP 200)', /web page, not a data file/],
    ['\x89PNG', 200, 'image/png', 'expected JSON, got image/png (HTTP 200)', /JSON data file/],
    ['oops', 500, '', 'expected JSON, got text/plain (HTTP 500)', /refused the request/],
  ])('refuses %j (HTTP %i, %s)', async (body, status, type, message, fix) => {
    const headers = type ? { 'content-type': type } : undefined;
    const problem = await problemOf(fetchText(HREF, 'story.json', { fetch: fakeFetch(body, { status, headers }) }));
    expect(problem.path).toBe('story.json');
    expect(problem.message).toBe(message);
    expect(problem.fix).toMatch(fix);
  });

  it('refuses an oversize body from its Content-Length, before reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => { pulled++; c.enqueue(new Uint8Array(10)); } });
    const fetch = fakeFetch(body, { headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) } });
    const problem = await problemOf(fetchText(HREF, 'story.json', { fetch }));
    expect(problem.message).toBe('the file is 300 MB, over the 256 MB limit');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('refuses an oversize body without Content-Length while streaming, without reading it all', async () => {
    let chunksRead = 0;
    const inner = streamOf(1000, 1024);
    const counted = inner.pipeThrough(new TransformStream({ transform: (chunk, c) => { chunksRead++; c.enqueue(chunk); } }));
    const fetch = fakeFetch(counted, { headers: { 'content-type': 'application/json' } });
    const problem = await problemOf(fetchText(HREF, 'story.json', { fetch, maxBytes: 10 * 1024 }));
    expect(problem.message).toBe('the file is larger than the 0.0 MB limit'.replace('0.0', (10 / 1024).toFixed(1)));
    expect(chunksRead).toBeLessThan(20);
  });

  it('ends the request itself when the body passes the cap, and still says the file is too large', async () => {
    // As a real fetch does: aborting its signal errors the body's stream.
    let signal: AbortSignal | undefined;
    let pulled = 0;
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      signal = init?.signal ?? undefined;
      const body = new ReadableStream<Uint8Array>({
        start: (c) => signal?.addEventListener('abort', () => c.error(signal!.reason)),
        pull: (c) => { pulled++; c.enqueue(new Uint8Array(1024)); },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    };
    const problem = await problemOf(fetchText(HREF, 'story.json', { fetch, maxBytes: 10 * 1024 }));
    expect(problem.message).toMatch(/^the file is larger than the .* limit$/);
    expect(signal?.aborted).toBe(true);
    const after = pulled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBe(after);
  });

  it("aborts the request when the caller's signal is aborted", async () => {
    let signal: AbortSignal | undefined;
    const reading = new AbortController();
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      signal = init?.signal ?? undefined;
      return new Response(streamOf(1000, 1024), { headers: { 'content-type': 'application/json' } });
    };
    const done = fetchText(HREF, 'story.json', { fetch, signal: reading.signal });
    reading.abort(new DOMException('the source changed', 'AbortError'));
    await expect(done).rejects.toThrow('the source changed');
    expect(signal?.aborted).toBe(true);
  });

  it('reports progress while reading', async () => {
    const seen: number[] = [];
    await fetchText(HREF, 's', { fetch: fakeFetch(streamOf(3, 100), {}), onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([100, 200, 300]);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const problem = await problemOf(fetchText(HREF, 'story.json', { fetch: fakeFetch(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), {}) }));
    expect(problem.message).toBe('the file is not UTF-8 text: line 1, column 2 has a byte that is not UTF-8');
  });

  it.each([
    ['https://example.org/story.json', /example.org could not be reached, or it does not let other sites read its files \(CORS\)/],
    ['http://localhost:4173/story.json', /^localhost:4173 could not be reached$/],
  ])('names a network or CORS failure for %s', async (href, message) => {
    const fetch: typeof globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
    const problem = await problemOf(fetchText(href, 'story.json', { fetch, pageUrl: PAGE }));
    expect(problem.message).toMatch(message);
  });
});

describe('readFileText', () => {
  it('refuses an image', async () => {
    const problem = await problemOf(readFileText(new File([new Uint8Array([0x89, 0x50])], 'photo.png', { type: 'image/png' })));
    expect(problem.message).toBe('photo.png is image (image/png), not a data file');
  });

  it('refuses a file over the cap before reading it', async () => {
    const problem = await problemOf(readFileText(new File(['x'.repeat(2048)], 'big.json'), { maxBytes: 1024 }));
    expect(problem.message).toBe('the file is 2,048 bytes, over the 1,024-byte (0.0 MB) limit');
  });

  /** The refusal of a file of this size (only its size is looked at, so no bytes are made). */
  const tooBigFor = (size: number) => refuseFile({ name: 'big.json', type: 'application/json', size } as File)!.problems[0]!;

  it('counts bytes when the size would round to the cap itself', async () => {
    const problem = tooBigFor(256 * 1024 * 1024 + 1);
    expect(problem.message).toBe('the file is 268,435,457 bytes, over the 268,435,456-byte (256 MB) limit');
    expect(tooBigFor(300_000_000).message).toBe('the file is 286 MB, over the 256 MB limit');
  });

  it.each([
    ['named', 'story.json', 'story.json'],
    // Found by the loader's property test: a nameless File left the problem with a blank path.
    ['nameless', '', 'file'],
    ['named only with spaces', '  ', 'file'],
  ])('places a whole-file problem of a %s file', async (_, name, path) => {
    const problem = await problemOf(readFileText(new File([new Uint8Array([0xff, 0xfe, 0x00])], name)));
    expect(problem).toMatchObject({ message: expect.stringContaining('the file is not UTF-8 text'), path });
  });

  it('reads a JSON file with a byte-order mark', async () => {
    expect(await readFileText(new File(['\uFEFF{"ok":true}'], 'a.json', { type: 'application/json' }))).toBe('{"ok":true}');
  });
});

describe('resolveSourceParam', () => {
  it.each([
    [null, 'http://localhost:4173/data/ukraine-nato.json', null],
    ['data/other.json', 'http://localhost:4173/data/other.json', null],
    ['/samples/a.json', 'http://localhost:4173/samples/a.json', null],
    ['https://example.org/a.json', 'https://example.org/a.json', 'example.org'],
    ['http://example.org:8080/a.json', 'http://example.org:8080/a.json', 'example.org:8080'],
  ])('%s → %s', (param, href, host) => {
    const source = resolveSourceParam(param, PAGE);
    expect(source.kind === 'url' && source.href).toBe(href);
    expect(foreignHost(source, PAGE)).toBe(host);
  });

  it.each([
    ['javascript:alert(1)', /not javascript:/],
    [' JaVa\tScRiPt:alert(1)', /not javascript:/],
    ['data:application/json,{}', /not data:/],
    ['file:///etc/passwd', /not file:/],
    ['ftp://example.org/a.json', /not ftp:/],
    ['https://nytimes.com@evil.example/a.json', /real host \(evil.example\)/],
  ])('refuses %j', (param, message) => {
    expect(() => resolveSourceParam(param, PAGE)).toThrow(EventGraphError);
    expect(() => resolveSourceParam(param, PAGE)).toThrow(message);
  });
});
