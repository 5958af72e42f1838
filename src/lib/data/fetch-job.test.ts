import { describe, expect, it } from 'vitest';
import { fetchJob } from './fetch-job.ts';
import type { FetchRequest, ParseReply } from './parse-protocol.ts';

const HREF = 'http://localhost:4173/data/story.json';
const request = (changes: Partial<FetchRequest> = {}): FetchRequest => ({ type: 'fetch', href: HREF, where: 'data/story.json', pageUrl: 'http://localhost:4173/', ...changes });

/** A fetch answering with `chunks` chunks of `chunkBytes` spaces, counting the chunks the reader pulled and keeping the request's init. */
function spacesFetch(chunks: number, chunkBytes: number, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const seen = { pulled: 0, calls: 0, init: undefined as RequestInit | undefined };
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    seen.calls++;
    seen.init = init;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (seen.pulled >= chunks) return controller.close();
        seen.pulled++;
        controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
      },
    });
    return new Response(body, { headers });
  };
  return { fetch, seen };
}

async function run(req: FetchRequest, fetch: typeof globalThis.fetch) {
  const replies: ParseReply[] = [];
  const chunks = await fetchJob(req, (reply) => replies.push(reply), { fetch });
  return { chunks, replies, reading: replies.filter((r) => r.type === 'reading'), problems: replies.find((r) => r.type === 'problems') };
}

describe('fetchJob (the parse worker fetching a ?src= address)', () => {
  it('fetches with the fetch it is given and reports reading in steps, the last with the size', async () => {
    const { fetch, seen } = spacesFetch(1000, 1024);
    const { chunks, reading, problems } = await run(request(), fetch);
    expect(seen.calls).toBe(1);
    expect(problems).toBeUndefined();
    expect(chunks?.reduce((sum, c) => sum + c.byteLength, 0)).toBe(1000 * 1024);
    // No Content-Length: a report every 256 kB, not per chunk, then the size once known.
    expect(reading.length).toBeLessThanOrEqual(6);
    expect(reading.slice(0, -1).every((r) => r.totalBytes === null)).toBe(true);
    expect(reading.at(-1)).toEqual({ type: 'reading', loadedBytes: 1000 * 1024, totalBytes: 1000 * 1024 });
  });

  it.each([
    // what is wrong, request, response headers, message
    ['an oversize body without Content-Length, while streaming', request({ maxBytes: 10 * 1024 }), { 'content-type': 'application/json' }, `the file is larger than the ${(10 / 1024).toFixed(1)} MB limit`],
    ['an oversize body from its Content-Length', request(), { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) }, 'the file is 300 MB, over the 256 MB limit'],
    ['a web page', request(), { 'content-type': 'text/html' }, 'expected JSON, got text/html (HTTP 200)'],
  ])('refuses %s as a problems reply, without reading the body', async (_, req, headers, message) => {
    const { fetch, seen } = spacesFetch(1000, 1024, headers);
    const { chunks, problems } = await run(req, fetch);
    expect(chunks).toBeNull();
    expect(problems).toMatchObject({ summary: message, problems: [{ path: 'data/story.json', message }] });
    expect(seen.pulled).toBeLessThan(20);
  });

  it.each([
    ['file:///etc/passwd', '?src= must be an http: or https: address, not file:'],
    ['javascript:alert(1)', '?src= must be an http: or https: address, not javascript:'],
    ['https://nytimes.com@evil.example/a.json', '"https://nytimes.com@evil.example/a.json" hides its real host (evil.example) behind a user name'],
    ['not an address', '"not an address" is not a web address'],
  ])('checks the address again, and refuses %s without fetching it', async (href, message) => {
    const { fetch, seen } = spacesFetch(1, 10);
    const { problems } = await run(request({ href }), fetch);
    expect(problems).toMatchObject({ problems: [{ path: 'src', message }] });
    expect(seen.calls).toBe(0);
  });

  it('names another host that cannot be reached or refuses CORS, as on the page', async () => {
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { problems } = await run(request({ href: 'https://example.org/story.json' }), fetch);
    expect(problems).toMatchObject({ problems: [{ message: 'example.org could not be reached, or it does not let other sites read its files (CORS)' }] });
  });

  it('says where the body came from after redirects (response.url), to name that host on the page', async () => {
    const fetch: typeof globalThis.fetch = async () => {
      const response = new Response('{}', { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'url', { value: 'https://evil.example/story.json' });
      return response;
    };
    const { replies } = await run(request(), fetch);
    expect(replies.filter((r) => r.type === 'fetched')).toEqual([{ type: 'fetched', url: 'https://evil.example/story.json' }]);
    expect(replies.at(-1)).toEqual({ type: 'fetched', url: 'https://evil.example/story.json' });
  });

  it('says the address itself when the response names none', async () => {
    const { fetch } = spacesFetch(1, 10);
    const { replies } = await run(request(), fetch);
    expect(replies.find((r) => r.type === 'fetched')).toEqual({ type: 'fetched', url: HREF });
  });

  it.each([
    // A browser gives an opaque redirect when asked not to follow; Node the redirect itself.
    ['to data: (a browser)', () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' })],
    ['to javascript: (Node)', () => new Response(null, { status: 302, headers: { location: 'javascript:alert(1)' } })],
    ['round a loop', () => new Response(null, { status: 301, headers: { location: HREF } })],
  ])('refuses a redirect %s with its own message, not "could not be reached"', async (_what, redirect) => {
    const asked: (RequestRedirect | undefined)[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      asked.push(init?.redirect);
      if (init?.redirect === 'manual') return redirect();
      throw new TypeError('Failed to fetch');
    };
    const { problems } = await run(request(), fetch);
    expect(asked).toEqual([undefined, 'manual']);
    expect(problems).toMatchObject({
      problems: [
        {
          path: 'data/story.json',
          message: 'localhost:4173 redirects this address to one that cannot be fetched: another kind of address (data:, file:, javascript:…), round a loop of redirects, or on to a host that does not let other sites read its files',
          fix: expect.stringContaining("the data file's own http(s) address"),
        },
      ],
    });
  });
});
