// @vitest-environment happy-dom
// public/start-early.js starts the parse worker for a linked file the worker will parse, as soon as its
// response says its size: the sizes are early-load.ts's, where the app decides the same.
import { afterEach, describe, expect, it } from 'vitest';
import { runStartEarly } from '../dom/start-early.testkit.ts';
import { EARLY_MAX_BYTES, PAGE_PARSE_MAX_BYTES } from './early-load.ts';

class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
}

interface Early {
  href: string;
  response: Promise<unknown>;
  parser: { worker: FakeWorker; replies: unknown[]; failed: boolean } | null;
}

/** Runs start-early.js as the page's head would, its fetch answered with this status and Content-Length. */
async function runWith(options: { length: number | null; status?: number; parser?: string | null }): Promise<Early['parser']> {
  FakeWorker.started = [];
  const headers = new Headers(options.length === null ? {} : { 'Content-Length': String(options.length) });
  const status = options.status ?? 200;
  const parser: Record<string, string> = options.parser === null ? {} : { 'data-parser': options.parser ?? 'assets/parse.worker-x1.js' };
  await runStartEarly(
    { 'data-prerendered': '', ...parser },
    { fetch: (() => Promise.resolve({ ok: status < 300, status, headers })) as unknown as typeof fetch, Worker: FakeWorker as unknown as typeof Worker },
  );
  return (globalThis as { __sourcelineEarly?: Early }).__sourcelineEarly!.parser;
}

afterEach(() => {
  delete (globalThis as { __sourcelineEarly?: Early }).__sourcelineEarly;
  delete (globalThis as { __sourcelineEarlyPresses?: unknown }).__sourcelineEarlyPresses;
});

describe('start-early.js starting the parse worker', () => {
  it('starts it, as a module, from the address the page names, for a size the worker parses', async () => {
    for (const length of [PAGE_PARSE_MAX_BYTES + 1, EARLY_MAX_BYTES]) {
      const parser = await runWith({ length });
      expect(parser?.worker).toBe(FakeWorker.started[0]);
      expect(FakeWorker.started).toHaveLength(1);
      expect(parser!.worker.url.href).toBe(new URL('assets/parse.worker-x1.js', location.href).href);
      expect(parser!.worker.options).toEqual({ type: 'module' });
    }
  });

  it('starts none for a file the page parses itself, one the app loads with progress, one of unknown size, a failed request, or a page that names no worker', async () => {
    for (const options of [{ length: PAGE_PARSE_MAX_BYTES }, { length: EARLY_MAX_BYTES + 1 }, { length: null }, { length: 200_000, status: 404 }, { length: 200_000, parser: null }]) {
      expect(await runWith(options), JSON.stringify(options)).toBeNull();
      expect(FakeWorker.started).toEqual([]);
    }
  });

  it('keeps what the worker says until the app takes it, and whether its script failed to load', async () => {
    const parser = (await runWith({ length: 200_000 }))!;
    parser.worker.onmessage!({ data: { type: 'ready' } });
    expect(parser.replies).toEqual([{ type: 'ready' }]);
    expect(parser.failed).toBe(false);
    let prevented = false;
    parser.worker.onerror!({ preventDefault: () => (prevented = true) });
    expect(parser.failed).toBe(true);
    expect(prevented).toBe(true);
  });
});
