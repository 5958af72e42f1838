import { describe, expect, it } from 'vitest';
import smallGraph from '../model/small-graph.fixture.json';
import { EventGraphError, type Problem } from '../model/problems.ts';
import { withKinds } from '../model/problem-groups.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { startGraphParser, UNCHANGED, type FetchOptions, type ParsedDataset, type ParserOptions } from './parse-in-worker.ts';
import { EVENT_SLICE_ITEMS, isSlice, SLICE_ITEMS } from './parse-protocol.ts';
import { fetchBody } from './read-body.ts';
import { InProcessParseWorker } from './parse-worker.fake.ts';
import { CHECKED_MARK, FETCHED_MARK, RECEIVED_MARK, stageMark } from './parse-replies.ts';

const encode = (text: string) => new TextEncoder().encode(text);
/** The bytes in chunks of 7, as a stream gives them: a chunk may end inside a character or the byte-order mark. */
const chunksOf = (bytes: Uint8Array) => Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
const json = (value: unknown) => encode(JSON.stringify(value));

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A valid graph of `count` events, a day apart, written in reverse time order. */
function manyEvents(count: number) {
  const events = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: isoDay(Date.UTC(2030, 0, 1) - i * DAY_MS) }));
  return { version: 1, title: `${count} events`, events, quotes: [{ id: 'q', text: 'Words.', event: 'e0', source: 's' }], sources: [{ id: 's', title: 'A source' }] };
}

type Mode = [name: string, start: (started: InProcessParseWorker[]) => ParserOptions['startWorker']];
const ON_PAGE: Mode = ['on the page (no worker)', () => null];
const IN_WORKER: Mode = ['in a worker', (started) => InProcessParseWorker.starter(started)];
const MODES = [ON_PAGE, IN_WORKER];

async function parse(bytes: Uint8Array, mode: Mode, options: Omit<ParserOptions, 'startWorker'> = {}) {
  const started: InProcessParseWorker[] = [];
  const parser = startGraphParser({ ...options, startWorker: mode[1](started) });
  try {
    return { result: await parser.parse(chunksOf(bytes), 'story.json'), started };
  } finally {
    parser.close();
  }
}

async function refusal(bytes: Uint8Array, mode: Mode): Promise<EventGraphError> {
  const error = await parse(bytes, mode).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(EventGraphError);
  return error as EventGraphError;
}

describe.each(MODES)('parsing %s', (...mode) => {
  it.each([
    ['a file', json(smallGraph), 0],
    ['a file with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...json(smallGraph)]), 0],
    ['a file with an unknown field', json({ ...smallGraph, colour: 'red' }), 1],
  ])('gives the same graph and warnings as parseEventGraph for %s', async (_, bytes, warningCount) => {
    const expected = parseEventGraph(new TextDecoder().decode(bytes));
    const { result } = await parse(bytes, mode);
    // The same warnings, each with its kind worked out for grouping.
    expect(result.warnings).toEqual(withKinds(expected.warnings));
    expect(result.warnings).toHaveLength(warningCount);
    expect(result.graph).toEqual(expected.graph);
  });

  it('refuses bytes that are not UTF-8, naming the file', async () => {
    const error = await refusal(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), mode);
    expect(error.message).toBe('the file is not UTF-8 text');
    expect(error.problems).toEqual([expect.objectContaining({ path: 'story.json', message: 'the file is not UTF-8 text: line 1, column 2 has a byte that is not UTF-8' })]);
  });

  it.each([
    ['an empty file', '  ', 'file', 'the file is empty'],
    ['a syntax error', '{\n  "version": 1,,\n  "title": "x"\n}', /^line 2, column \d+$/, /./],
    ['a missing title', JSON.stringify({ version: 1, events: [] }), 'title', /missing/],
    ['an unknown actor', JSON.stringify({ ...smallGraph, events: [{ id: 'x', title: 'X', start: '2001', actors: ['natoo'] }] }), 'events[0].actors[0]', /natoo/],
  ])('refuses %s with the same problems as parseEventGraph', async (_, text, path, message) => {
    const error = await refusal(encode(text), mode);
    expect(error.problems[0]?.path).toMatch(path);
    expect(error.problems[0]?.message).toMatch(message);
    let expected: readonly Problem[] = [];
    try {
      parseEventGraph(text);
    } catch (caught) {
      expected = (caught as EventGraphError).problems;
    }
    expect(error.problems).toEqual(withKinds(expected));
  });

  it.each([
    ['a TimelineJS JSON file, its era in the head', encode(JSON.stringify({
      title: { text: { headline: 'Greek wars' } },
      events: [{ start_date: { year: -490, month: 9 }, text: { headline: 'Marathon', text: '<p>Hello &amp; <b>bye</b></p>' }, group: 'Athens' }],
      eras: [{ start_date: { year: -499 }, end_date: { year: -449 }, text: { headline: 'Greco-Persian Wars' } }],
    })), 'Greek wars', ['-0489-09'], 'events[0].media'],
    ['a CSV, converted off the page', encode('Year,Month,Headline,Media\n1969,7,Eagle lands,ftp://x\n1950,,Era,\n'), 'story', ['1950', '1969-07'], 'row 2, column Media'],
  ])('reads %s, with warnings placed in the input', async (_, bytes, title, starts, firstWarning) => {
    const { result } = await parse(bytes, mode);
    expect(result.graph.title).toBe(title);
    expect(result.graph.events.map((e) => e.start.text)).toEqual(starts);
    expect(result.warnings[0]?.path).toBe(firstWarning);
    if (title === 'Greek wars') {
      expect(result.graph.eras?.[0]).toMatchObject({ label: 'Greco-Persian Wars', start: { year: -498 } });
      expect(result.graph.events[0]?.summary).toBe('Hello & bye');
      expect(result.graph.actors).toEqual([{ id: 'athens', name: 'Athens' }]);
    }
  });

  it('reports each stage in order, then the slices received up to the whole', async () => {
    const stages: [string, number | null][] = [];
    await parse(json(manyEvents(2 * EVENT_SLICE_ITEMS + 1)), mode, { onStage: (stage, fraction) => stages.push([stage, fraction]) });
    expect(stages.slice(0, 4)).toEqual([['decoding', null], ['parsing', null], ['checking', null], ['indexing', 0]]);
    const fractions = stages.slice(4).map(([, f]) => f!);
    expect(stages.slice(4).every(([s]) => s === 'indexing')).toBe(true);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('holds dates and lists written alike once, across slices (a million events name a few thousand days)', async () => {
    const file = manyEvents(3 * EVENT_SLICE_ITEMS + 1);
    file.events.forEach((event, i) => Object.assign(event, { start: i % 3 ? '2008-04-03' : `2025-02-12T10:${String(i % 60).padStart(2, '0')}`, tags: ['talks'] }));
    const { result } = await parse(json(file), mode);
    // In time order: the events of that day first, across slices.
    const days = result.graph.events.filter((e) => e.start.text === '2008-04-03');
    expect(days.length).toBe(2 * EVENT_SLICE_ITEMS);
    expect(new Set(days.map((e) => e.start)).size).toBe(1);
    expect(new Set(result.graph.events.map((e) => e.tags)).size).toBe(1);
    expect(result.graph.events.find((e) => e.start.text === '2008-04-03')?.start).toEqual(parseEventGraph(JSON.stringify(file)).graph.events[0]!.start);
  });

  it('puts events in time order, across slices', async () => {
    const count = 2 * EVENT_SLICE_ITEMS + 1;
    const { result } = await parse(json(manyEvents(count)), mode);
    expect(result.graph.events).toHaveLength(count);
    expect(result.graph.events[0]?.id).toBe(`e${count - 1}`);
    expect(result.graph.events.at(-1)?.id).toBe('e0');
    expect(result.graph.eventById.get(`e${EVENT_SLICE_ITEMS + 234}`)?.title).toBe(`Event ${EVENT_SLICE_ITEMS + 234}`);
    expect(result.graph.quotesByEvent.get('e0')).toHaveLength(1);
  });
});

describe('the parse worker', () => {
  it('receives the chunks transferred, not copied, and sends the data in slices', async () => {
    const bytes = json(manyEvents(EVENT_SLICE_ITEMS + 1));
    const chunks = [bytes.subarray(0, 10), bytes.subarray(10), new Uint8Array(bytes.buffer.slice(0, 0))];
    const started: InProcessParseWorker[] = [];
    await startGraphParser({ startWorker: InProcessParseWorker.starter(started) }).parse(chunks, 'story.json');
    // Two views on one buffer: it is transferred once.
    expect(chunks.map((c) => c.byteLength)).toEqual([0, 0, 0]);
    const slices = started[0]!.delivered.filter(isSlice);
    // Events as columns (event-columns.ts), the other lists as JSON.
    expect(slices.map((s) => (s.type === 'slice' ? [s.collection, JSON.parse(s.json).length] : ['events', s.count, s.columns.length]))).toEqual([
      ['sources', 1],
      ['events', EVENT_SLICE_ITEMS, 5 * EVENT_SLICE_ITEMS],
      ['events', 1, 5],
      ['quotes', 1],
    ]);
  });

  it('sends eras and the story in slices too (10,000 eras in the head were one long message), and leaves out what the file does', async () => {
    const eras = Array.from({ length: SLICE_ITEMS + 1 }, (_, i) => ({ start: '2008', end: '2009', label: `Era ${i}` }));
    const started: InProcessParseWorker[] = [];
    const { graph } = await startGraphParser({ startWorker: InProcessParseWorker.starter(started) }).parse([json({ ...smallGraph, eras })], 'story.json');
    const slices = started[0]!.delivered.filter((r) => r.type === 'slice');
    expect(slices.filter((s) => s.collection === 'eras').map((s) => JSON.parse(s.json).length)).toEqual([SLICE_ITEMS, 1]);
    expect(started[0]!.delivered.find((r) => r.type === 'head')).not.toHaveProperty('head.eras');
    expect(graph.eras).toHaveLength(SLICE_ITEMS + 1);
    expect(graph.eras![0]!.start).toMatchObject({ text: '2008', precision: 'year' });
    expect(graph.story).toBeUndefined();
  });

  it('is terminated when the load is aborted, and the parse rejects with the reason', async () => {
    const controller = new AbortController();
    const started: InProcessParseWorker[] = [];
    const parser = startGraphParser({
      signal: controller.signal,
      startWorker: InProcessParseWorker.starter(started),
      onStage: (stage) => stage === 'checking' && controller.abort(new DOMException('cancelled', 'AbortError')),
    });
    await expect(parser.parse([json(smallGraph)], 'story.json')).rejects.toThrow('cancelled');
    expect(started[0]?.terminated).toBe(true);
  });

  it.each(['fails to load', 'throws'] as const)('falls back to the page when the worker %s', async (start) => {
    const started: InProcessParseWorker[] = [];
    const parser = startGraphParser({ startWorker: () => InProcessParseWorker.starter(started, start)() });
    const { graph } = await parser.parse([json(smallGraph)], 'story.json');
    expect(graph.title).toBe('NATO and Ukraine, 2008');
  });

  it('is not used where Worker does not exist (Node): the page parses', async () => {
    expect(typeof Worker).toBe('undefined');
    const { graph } = await startGraphParser().parse([json(smallGraph)], 'story.json');
    expect(graph.events).toHaveLength(3);
  });
});

const PAGE = 'http://localhost:4173/';
const HREF = 'http://localhost:4173/data/story.json';

/** A fetch that answers with `bytes` in chunks of `chunkBytes`, counting its calls and the chunks read. */
function servingFetch(bytes: Uint8Array, init: { chunkBytes?: number; headers?: Record<string, string>; status?: number } = {}) {
  const seen = { calls: 0, chunksRead: 0 };
  const chunkBytes = init.chunkBytes ?? 512;
  const fetch: typeof globalThis.fetch = async () => {
    seen.calls++;
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        seen.chunksRead++;
        controller.enqueue(bytes.slice(offset, offset + chunkBytes));
        offset += chunkBytes;
      },
    });
    return new Response(body, { status: init.status ?? 200, headers: init.headers ?? { 'content-type': 'application/json' } });
  };
  return { fetch, seen };
}

/** A fetch's result that is a dataset (only a live re-fetch may find the version unchanged). */
function parsed(result: ParsedDataset | typeof UNCHANGED): ParsedDataset {
  if (result === UNCHANGED) return expect.fail('the fetch found the version unchanged');
  return result;
}

/** Fetches and parses `href` with the fetch given to the worker (when there is one) or to the page. */
async function fetchAndParse(mode: Mode, fetch: typeof globalThis.fetch, options: Omit<ParserOptions, 'startWorker'> & FetchOptions = {}, href = HREF) {
  const started: InProcessParseWorker[] = [];
  const inWorker = mode === IN_WORKER;
  const parser = startGraphParser({ ...options, startWorker: inWorker ? InProcessParseWorker.starter(started, 'ready', fetch) : null });
  try {
    const pageFetch = inWorker ? undefined : fetch;
    return { result: await parser.fetchAndParse(href, 'data/story.json', { fetch: pageFetch, maxBytes: options.maxBytes, pageUrl: options.pageUrl ?? PAGE, ...(options.live ? { live: options.live } : {}) }), started };
  } finally {
    parser.close();
  }
}

const problemsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a refusal'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(EventGraphError);
      return (error as EventGraphError).problems;
    },
  );

describe('fetching an address', () => {
  it('asks the worker to fetch it, so that the page never receives the body', async () => {
    const { fetch, seen } = servingFetch(json(smallGraph));
    const pageFetch = () => expect.fail('the page fetched the body itself');
    const started: InProcessParseWorker[] = [];
    const parser = startGraphParser({ startWorker: InProcessParseWorker.starter(started, 'ready', fetch) });
    const { graph } = parsed(await parser.fetchAndParse(HREF, 'data/story.json', { fetch: pageFetch, maxBytes: 1_000_000, pageUrl: PAGE }));
    expect(graph.title).toBe('NATO and Ukraine, 2008');
    expect(seen.calls).toBe(1);
    expect(started[0]!.received).toEqual([{ type: 'fetch', href: HREF, where: 'data/story.json', maxBytes: 1_000_000, pageUrl: PAGE }]);
  });

  it('marks the stages for the bench: the last byte read, the worker\'s stages, the check done, every slice received', async () => {
    performance.clearMarks();
    const { fetch } = servingFetch(json(smallGraph));
    await fetchAndParse(IN_WORKER, fetch);
    const marks = performance.getEntriesByType('mark').map((m) => m.name);
    const stages = (['decoding', 'parsing', 'checking', 'indexing'] as const).map(stageMark);
    expect(marks).toEqual([FETCHED_MARK, ...stages, CHECKED_MARK, RECEIVED_MARK]);
  });

  it('fetches on the page, with fetchBody, where no worker can start', async () => {
    const { fetch, seen } = servingFetch(json(smallGraph));
    const { result } = await fetchAndParse(ON_PAGE, fetch);
    expect(parsed(result).graph.title).toBe('NATO and Ukraine, 2008');
    expect(seen.calls).toBe(1);
  });

  describe.each(MODES)('%s', (...mode) => {
    it('reports the bytes read, the last report with the size, then each stage', async () => {
      const bytes = json(manyEvents(50));
      const seen: string[] = [];
      const { fetch } = servingFetch(bytes, { chunkBytes: 64 });
      await fetchAndParse(mode, fetch, {
        onReading: (loaded, total) => seen.push(`reading ${loaded}/${total}`),
        onStage: (stage) => seen.push(stage),
      });
      const reading = seen.filter((s) => s.startsWith('reading'));
      expect(reading.length).toBeGreaterThan(1);
      expect(reading.at(-1)).toBe(`reading ${bytes.length}/${bytes.length}`);
      expect(seen.slice(reading.length, reading.length + 3)).toEqual(['decoding', 'parsing', 'checking']);
    });

    it.each([
      // what the server does, response, request options
      ['answers 404 with a web page', { status: 404, headers: { 'content-type': 'text/html' } }, {}],
      ['answers 410 with JSON', { status: 410, headers: { 'content-type': 'application/json' } }, {}],
      ['sends a web page', { headers: { 'content-type': 'text/html; charset=utf-8' } }, {}],
      ['sends more than the cap, with no length', { headers: { 'content-type': 'application/json' } }, { maxBytes: 2048 }],
      ['says a length over the cap', { headers: { 'content-type': 'application/json', 'content-length': '4096' } }, { maxBytes: 2048 }],
    ])('refuses a server that %s with the problems fetchBody gives', async (_, response, options) => {
      const bytes = new Uint8Array(64 * 1024).fill(0x20);
      const expected = await problemsOf(fetchBody(HREF, 'data/story.json', { ...options, pageUrl: PAGE, fetch: servingFetch(bytes, response).fetch }));
      const { fetch, seen } = servingFetch(bytes, response);
      expect(await problemsOf(fetchAndParse(mode, fetch, options))).toEqual(expected);
      // The cap is enforced while streaming: the body is not read to its end.
      expect(seen.chunksRead).toBeLessThan(10);
    });

    it.each([
      ['https://example.org/story.json', 'example.org could not be reached, or it does not let other sites read its files (CORS)'],
      [HREF, 'localhost:4173 could not be reached'],
    ])('names a network or CORS failure for %s', async (href, message) => {
      const fetch: typeof globalThis.fetch = async () => {
        throw new TypeError('Failed to fetch');
      };
      expect(await problemsOf(fetchAndParse(mode, fetch, {}, href))).toEqual([expect.objectContaining({ path: 'data/story.json', message })]);
    });

    it('stops fetching when aborted while reading, and rejects with the reason', async () => {
      const controller = new AbortController();
      let pulls = 0;
      const signals: (AbortSignal | null | undefined)[] = [];
      // A body that never ends, a chunk at a time.
      const fetch: typeof globalThis.fetch = async (_input, init) => {
        signals.push(init?.signal);
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            pulls++;
            await new Promise((resolve) => setTimeout(resolve));
            controller.enqueue(new Uint8Array(1024).fill(0x20));
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/json' } });
      };
      const promise = fetchAndParse(mode, fetch, { signal: controller.signal, onReading: (loaded) => loaded > 4096 && controller.abort(new DOMException('cancelled', 'AbortError')) });
      await expect(promise).rejects.toThrow('cancelled');
      const pullsWhenStopped = pulls;
      await new Promise((r) => setTimeout(r, 20));
      expect(signals[0]?.aborted).toBe(true);
      expect(pulls - pullsWhenStopped).toBeLessThanOrEqual(1);
    });
  });

  it('terminates the worker when aborted while it reads', async () => {
    const controller = new AbortController();
    const { fetch } = servingFetch(new Uint8Array(1024 * 1024).fill(0x20), { chunkBytes: 1024 });
    const started: InProcessParseWorker[] = [];
    const parser = startGraphParser({ signal: controller.signal, startWorker: InProcessParseWorker.starter(started, 'ready', fetch), onReading: () => controller.abort() });
    await expect(parser.fetchAndParse(HREF, 'data/story.json')).rejects.toMatchObject({ name: 'AbortError' });
    expect(started[0]?.terminated).toBe(true);
  });
});

describe('a live story re-fetched (live-fetch.ts)', () => {
  /** A server holding one version of a file with an ETag, answering 304 to its If-None-Match; the requests' headers and cache modes kept. */
  function versionedServer(body: Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json', etag: '"v1"' }) {
    const asked: { headers: Headers; cache: RequestCache | undefined }[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      const sent = new Headers(init?.headers);
      asked.push({ headers: sent, cache: init?.cache });
      if (headers.etag && sent.get('if-none-match') === headers.etag) return new Response(null, { status: 304, headers: { etag: headers.etag } });
      return new Response(body.slice(), { headers });
    };
    return { fetch, asked };
  }

  it.each(MODES)('%s: keeps the version\'s validators, then asks with them and takes a 304 as unchanged', async (...mode) => {
    const server = versionedServer(json(smallGraph));
    const first = parsed((await fetchAndParse(mode, server.fetch, { live: {} })).result);
    expect(first.validators).toMatchObject({ etag: '"v1"', digest: expect.stringMatching(/^sha256-[0-9a-f]{64}$/) });
    // The first load asks afresh (no heuristic freshness from the browser's cache) without conditions.
    expect(server.asked[0]).toMatchObject({ cache: 'no-cache' });
    expect(server.asked[0]!.headers.get('if-none-match')).toBeNull();
    const again = await fetchAndParse(mode, server.fetch, { live: { since: first.validators! } });
    expect(again.result).toBe(UNCHANGED);
    expect(server.asked[1]!.headers.get('if-none-match')).toBe('"v1"');
    expect(server.asked[1]!.cache).toBe('no-store');
  });

  it.each(MODES)('%s: a server without validators giving the same bytes is unchanged; other bytes are parsed', async (...mode) => {
    const plain = { 'content-type': 'application/json' };
    const first = parsed((await fetchAndParse(mode, versionedServer(json(smallGraph), plain).fetch, { live: {} })).result);
    expect(first.validators?.etag).toBeUndefined();
    const same = await fetchAndParse(mode, versionedServer(json(smallGraph), plain).fetch, { live: { since: first.validators! } });
    expect(same.result).toBe(UNCHANGED);
    const changed = { ...smallGraph, title: 'NATO and Ukraine, 2008 (updated)' };
    const next = parsed((await fetchAndParse(mode, versionedServer(json(changed), plain).fetch, { live: { since: first.validators! } })).result);
    expect(next.graph.title).toBe('NATO and Ukraine, 2008 (updated)');
    expect(next.validators?.digest).not.toBe(first.validators?.digest);
  });

  it('asks another origin without conditional headers (no CORS preflight): the browser revalidates its copy', async () => {
    const server = versionedServer(json(smallGraph));
    const other = 'https://data.example.org/story.json';
    await fetchAndParse(ON_PAGE, server.fetch, { live: { since: { etag: '"v0"' } } }, other);
    expect(server.asked[0]!.cache).toBe('no-cache');
    expect(server.asked[0]!.headers.get('if-none-match')).toBeNull();
  });
});
