import { afterEach, describe, expect, it } from 'vitest';
import smallGraph from '../model/small-graph.fixture.json';
import { EventGraphError } from '../model/problems.ts';
import type { DatasetSource } from './dataset-source.ts';
import { loadDataset, PARSED_MARK, type LoadOptions, type LoadProgress } from './load-dataset.ts';
import { InProcessParseWorker } from './parse-worker.fake.ts';

const TEXT = JSON.stringify(smallGraph);
const TEXT_BYTES = new TextEncoder().encode(TEXT).byteLength;
const HREF = 'http://localhost:4173/data/story.json';

/** A response whose body arrives in chunks of `chunkBytes`, with or without Content-Length. */
function chunkedFetch(text: string, chunkBytes: number, withLength: boolean): typeof fetch {
  const bytes = new TextEncoder().encode(text);
  return async () => {
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + chunkBytes));
        offset += chunkBytes;
      },
    });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (withLength) headers['content-length'] = String(bytes.length);
    return new Response(body, { headers });
  };
}

const refusingFetch: typeof fetch = async () => {
  throw new Error('the page fetched the body itself');
};

const fileSource = (text: string): DatasetSource => ({ kind: 'file', file: new File([text], 'story.json', { type: 'application/json' }) });
const urlSource: DatasetSource = { kind: 'url', href: HREF, param: 'data/story.json' };

async function load(source: DatasetSource, options: LoadOptions = {}) {
  const seen: LoadProgress[] = [];
  const loaded = await loadDataset(source, { ...options, onProgress: (p) => seen.push(p) });
  return { loaded, seen, stages: [...new Set(seen.map((p) => p.stage))] };
}

afterEach(() => performance.clearMarks(PARSED_MARK));

describe('loadDataset', () => {
  it.each([
    ['a local file', () => fileSource(TEXT), {}],
    ['a response with Content-Length', () => urlSource, { fetch: chunkedFetch(TEXT, 512, true) }],
    ['a response without Content-Length', () => urlSource, { fetch: chunkedFetch(TEXT, 512, false) }],
    ['a local file, parsed in a worker', () => fileSource(TEXT), { startWorker: InProcessParseWorker.starter([]) }],
    // The worker fetches: the page's fetch is not used.
    ['a response, fetched and parsed in a worker', () => urlSource, { fetch: refusingFetch, startWorker: InProcessParseWorker.starter([], 'ready', chunkedFetch(TEXT, 512, true)) }],
    ['a response without Content-Length, fetched and parsed in a worker', () => urlSource, { fetch: refusingFetch, startWorker: InProcessParseWorker.starter([], 'ready', chunkedFetch(TEXT, 512, false)) }],
  ])('loads %s, reporting reading and then each stage', async (_, source, options: LoadOptions) => {
    const { loaded, seen, stages } = await load(source(), options);
    expect(loaded.graph.title).toBe('NATO and Ukraine, 2008');
    expect(stages).toEqual(['reading', 'decoding', 'parsing', 'checking', 'indexing']);
    expect(seen[0]).toMatchObject({ stage: 'reading', loadedBytes: 0 });
    expect(seen.at(-1)).toMatchObject({ stage: 'indexing', loadedBytes: TEXT_BYTES, totalBytes: TEXT_BYTES, stageFraction: 1 });
  });

  it.each([
    // Content-Length sent, fetched where, most reports while reading ~1,030 chunks (every 1%, or every 256 kB)
    [true, 'on the page', 102],
    [false, 'on the page', 8],
    [true, 'in a worker', 102],
    [false, 'in a worker', 8],
  ])('reports reading progress in steps, not per chunk (Content-Length: %s, fetched %s)', async (withLength, where, most) => {
    const text = TEXT + ' '.repeat(1024 * 1024);
    const fetch = chunkedFetch(text, 1024, withLength);
    const options: LoadOptions = where === 'on the page' ? { fetch, startWorker: null } : { fetch: refusingFetch, startWorker: InProcessParseWorker.starter([], 'ready', fetch) };
    const { seen } = await load(urlSource, options);
    const reading = seen.filter((p) => p.stage === 'reading');
    expect(reading.length).toBeGreaterThan(most / 2);
    expect(reading.length).toBeLessThanOrEqual(most);
    const size = new TextEncoder().encode(text).byteLength;
    // The first report comes before the response, when no size is known yet; the last, once all is read, knows it.
    expect(reading.slice(1, -1).every((p) => p.totalBytes === (withLength ? size : null))).toBe(true);
    expect(reading.at(-1)).toMatchObject({ loadedBytes: size, totalBytes: size, stageFraction: 1 });
    expect(reading.map((p) => p.loadedBytes)).toEqual([...reading.map((p) => p.loadedBytes)].sort((a, b) => a - b));
  });

  it('marks the performance timeline once the data is checked and indexed', async () => {
    await load(fileSource(TEXT));
    const marks = performance.getEntriesByName(PARSED_MARK);
    expect(marks).toHaveLength(1);
    expect((marks[0] as PerformanceMark).detail).toEqual({ source: 'story.json', title: 'NATO and Ukraine, 2008', events: 3 });
  });

  it('sets no mark for a file it refuses', async () => {
    await expect(load(fileSource('{"version": 1}'))).rejects.toBeInstanceOf(EventGraphError);
    expect(performance.getEntriesByName(PARSED_MARK)).toHaveLength(0);
  });

  it.each([
    ['before reading', (c: AbortController) => c.abort()],
    ['while checking', () => {}],
  ])('stops when aborted %s, and terminates its worker', async (_when, abortEarly) => {
    const controller = new AbortController();
    abortEarly(controller);
    const started: InProcessParseWorker[] = [];
    const promise = loadDataset(fileSource(TEXT), {
      signal: controller.signal,
      startWorker: InProcessParseWorker.starter(started),
      onProgress: (p) => p.stage === 'checking' && controller.abort(),
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(started[0]?.terminated).toBe(true);
    expect(performance.getEntriesByName(PARSED_MARK)).toHaveLength(0);
  });
});
