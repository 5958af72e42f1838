// Runs the bad-input corpus (e2e/fixtures/bad-inputs/cases.ts) through the loader and the link
// readers, the command line tools, the exporters, the fetcher (for redirects) and the embedding
// messages: each case ends as its manifest says, with nothing thrown but EventGraphError.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../../scripts/convert-file.ts';
import { validateFiles } from '../../../scripts/validate-files.ts';
import { CASES, caseFiles, caseName, type BadInput, type ExpectedProblem, type FileOutcome } from '../../../e2e/fixtures/bad-inputs/cases.ts';
import { generateBytes } from '../../../e2e/fixtures/bad-inputs/generated.ts';
import { connectEmbedMessages } from '../dom/embed-messages.ts';
import { xmlSafe } from '../layout/export-text.ts';
import { eventGraphCsv } from '../model/flat-csv.ts';
import { groupProblems } from '../model/problem-groups.ts';
import { EventGraphError, isError, type Problem } from '../model/problems.ts';
import type { EmbedRequest } from '../dom/embed-protocol.ts';
import { readUrlView } from '../state/url-state.ts';
import { resolveSourceParam } from './dataset-source.ts';
import { fetchJob } from './fetch-job.ts';
import { loadDataset, type LoadedDataset } from './load-dataset.ts';
import type { ParseReply } from './parse-protocol.ts';

const DIR = new URL('../../../e2e/fixtures/bad-inputs/', import.meta.url);
const PAGE = 'http://localhost:4173/';

const ofKind = <K extends BadInput['kind']>(kind: K) => CASES.filter((c): c is Extract<BadInput, { kind: K }> => c.kind === kind);
const fileCases = ofKind('file');
const generatedCases = ofKind('generated');
const urlCases = ofKind('url');

describe('the corpus', () => {
  it('has an entry for every file and a file for every entry, each named once', () => {
    const files = readdirSync(DIR)
      .filter((name) => /\.(json|csv)$/.test(name))
      .sort();
    expect([...new Set(CASES.flatMap(caseFiles))].sort()).toEqual(files);
    const names = CASES.map(caseName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers text, URLs, media, structure, dates, places, size, embedding, imports, exports, redirects, the command line and hangs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(90);
    const families = new Set(CASES.map((c) => caseName(c).split('-')[0]));
    expect([...families].sort()).toEqual(['cli', 'csv', 'date', 'embed', 'export', 'hang', 'import', 'media', 'place', 'redirect', 'size', 'structure', 'text', 'url']);
    for (const c of CASES) expect(c.about.trim(), caseName(c)).not.toBe('');
  });
});

/** The loader's result, or the EventGraphError it threw; anything else thrown fails the test. */
async function load(name: string, bytes: Uint8Array): Promise<LoadedDataset | EventGraphError> {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/json' });
  try {
    return await loadDataset({ kind: 'file', file }, { startWorker: null });
  } catch (caught) {
    if (caught instanceof EventGraphError) return caught;
    throw new Error(`${name}: the loader threw ${String(caught)}, not an EventGraphError`, { cause: caught });
  }
}

const matches = (problem: Problem, expected: ExpectedProblem) => problem.path === expected.path && problem.message.includes(expected.message);
const show = (problems: readonly Problem[]) => problems.map((p) => `${p.path} | ${p.message}`);

/** Problems as the page lists them (problem-groups.ts) against the manifest's: each group's first, and how many are like it. */
function expectListed(name: string, problems: readonly Problem[], expected: readonly ExpectedProblem[], what: string) {
  const groups = groupProblems(problems);
  expect(show(groups.map((g) => g.first)), `${name}: ${what}`).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const group = groups[i]!;
    expect(matches(group.first, e), `${name}: ${what} ${i} is ${show([group.first])}, expected ${e.path} | ${e.message}`).toBe(true);
    expect(group.problems.length - 1, `${name}: ${what} ${i}, how many alike`).toBe(e.alike ?? 0);
  });
}

/** Every string in the data as read, to look for texts that must arrive literally. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value instanceof Map) for (const item of value.values()) strings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) strings(item, out);
  return out;
}

function expectOutcome(name: string, result: LoadedDataset | EventGraphError, expected: FileOutcome): LoadedDataset | null {
  if (expected.outcome === 'refused') {
    expect(result, `${name} should be refused`).toBeInstanceOf(EventGraphError);
    const problems = (result as EventGraphError).problems;
    expectListed(name, problems.filter(isError), expected.errors, 'error');
    // What, where and how: every problem says all three.
    for (const p of problems) for (const part of [p.path, p.message, p.fix]) expect(part.trim(), `${name}: ${show([p])}`).not.toBe('');
    return null;
  }
  if (result instanceof EventGraphError) throw new Error(`${name} should load, but was refused: ${show(result.problems).join('; ')}`);
  const { graph, warnings } = result;
  expect(graph.events, name).toHaveLength(expected.events);
  expectListed(name, warnings, expected.warnings, 'warning');
  const texts = strings([graph.title, graph.events, graph.sources, graph.quotes, graph.actors]);
  for (const text of [...(expected.texts ?? []), ...(expected.detailTexts ?? [])]) expect(texts.some((t) => t.includes(text)), `${name}: ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
  for (const date of expected.dates ?? []) {
    const event = graph.eventById.get(date.event);
    expect(event?.start, `${name}: ${date.event}`).toMatchObject({ text: date.text, precision: date.precision });
  }
  return result;
}

describe('every fixture file ends as the manifest says', () => {
  it.each(fileCases.map((c) => [c.file, c] as const))('%s', async (name, c) => {
    expectOutcome(name, await load(name, readFileSync(new URL(name, DIR))), c.expect);
  });
});

describe('every generated file ends as the manifest says', () => {
  it.each(generatedCases.map((c) => [caseName(c), c] as const))('%s', async (name, c) => {
    expectOutcome(name, await load(name, generateBytes(c.make)), c.expect);
  }, 120_000);
});

describe('every bad link is refused or ignored with a note, never followed', () => {
  it.each(urlCases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const { view, ignored } = readUrlView(c.search);
    const expected = c.expect;
    switch (expected.outcome) {
      case 'src-refused': {
        let refusal: unknown;
        try {
          resolveSourceParam(view.src, PAGE);
        } catch (caught) {
          refusal = caught;
        }
        expect(refusal, name).toBeInstanceOf(EventGraphError);
        const [problem] = (refusal as EventGraphError).problems;
        expect(problem).toMatchObject({ path: 'src', message: expect.stringContaining(expected.message) });
        expect(problem!.fix).not.toBe('');
        return;
      }
      case 'ignored':
        expect(ignored, name).toContainEqual(expect.stringContaining(expected.notice));
        return;
      case 'dropped': {
        // Kept as plain text until the dataset says there is no such thing (the page then says so).
        const kept = { event: view.event, actor: view.actors[0], source: view.source, tag: view.tags[0] }[expected.param];
        expect(kept, name).toBe(expected.value);
        expect(ignored, name).toEqual([]);
        return;
      }
      case 'searched':
        expect(view.search, name).toBe(expected.value);
        expect(ignored, name).toEqual([]);
        return;
    }
  });
});

describe('the command line tools print the manifest\'s lines, few of them, and no control character', () => {
  it.each(ofKind('cli').map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const path = 'file' in c.input ? c.input.file : `${name}.${c.input.extension}`;
    const bytes = 'file' in c.input ? readFileSync(new URL(c.input.file, DIR)) : generateBytes(c.input.make);
    const lines: string[] = [];
    const io = { readFile: async () => bytes, print: (line: string) => lines.push(line), printUsage: (line: string) => lines.push(line) };
    const exitCode =
      c.command === 'validate'
        ? await validateFiles([path], io)
        : await convertFile([path, 'out.json'], { ...io, writeFile: async () => {}, schemaUrlFor: () => 'schema/v1.json' });
    expect(exitCode, `${name}: ${lines.join('\n').slice(0, 2_000)}`).toBe(c.expect.exitCode);
    expect(lines.length, `${name}: ${lines.join('\n').slice(0, 2_000)}`).toBeLessThanOrEqual(c.expect.maxLines);
    for (const line of lines) expect(line, name).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    for (const wanted of c.expect.lines) expect(lines.some((line) => line.includes(wanted)), `${name}: ${wanted}\n${lines.join('\n').slice(0, 2_000)}`).toBe(true);
  }, 60_000);
});

describe('every export is well-formed and holds what the data says', () => {
  it.each(ofKind('export').map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const loaded = await load(c.file, readFileSync(new URL(c.file, DIR)));
    if (loaded instanceof EventGraphError) throw new Error(`${name}: ${c.file} should load`);
    if (c.format === 'csv') {
      const csv = eventGraphCsv(loaded.graph);
      for (const text of c.contains) expect(csv, name).toContain(text);
      return;
    }
    // The picture is made in the browser (e2e); here, what it is made of: the data keeps its characters, the file's XML loses them.
    const texts = [loaded.graph.title, ...loaded.graph.events.map((e) => e.title)];
    expect(texts.some((t) => /[^\P{Cc}\t\n\r\u007f-\u009f]/u.test(t)), name).toBe(true);
    for (const text of texts) expect(xmlSafe(`<text>${text}</text>`), name).not.toMatch(/[^\P{Cc}\t\n\r\u007f-\u009f]/u);
    for (const text of c.contains) expect(texts.map((t) => xmlSafe(t)), name).toContain(text);
  });
});

describe('a ?src= redirect: labelled by where the data came from, or refused with its own message', () => {
  const PAGE_ORIGIN = 'http://localhost:4173';
  const TARGETS = { 'another-host': 'https://data.example/story.json', data: 'data:application/json,{}', javascript: 'javascript:alert(1)', file: 'file:///etc/passwd', loop: `${PAGE_ORIGIN}/redirect.json` };

  it.each(ofKind('redirect').map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const location = TARGETS[c.to];
    // As a browser does: a redirect to http(s) is followed (the response names where it ended), one to another scheme or round a loop fails.
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      if (init?.redirect === 'manual') return new Response(null, { status: 302, headers: { location } });
      if (c.to !== 'another-host') throw new TypeError('Failed to fetch');
      const response = new Response(readFileSync(new URL('date-bce.json', DIR)), { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'url', { value: location });
      return response;
    };
    const replies: ParseReply[] = [];
    const chunks = await fetchJob({ type: 'fetch', href: `${PAGE_ORIGIN}/redirect.json`, where: 'redirect.json', pageUrl: `${PAGE_ORIGIN}/` }, (r) => replies.push(r), { fetch });
    const expected = c.expect;
    if (expected.outcome === 'labelled') {
      expect(chunks, name).not.toBeNull();
      expect(replies).toContainEqual({ type: 'fetched', url: location });
      expect(resolveSourceParam('redirect.json', `${PAGE_ORIGIN}/`)).toMatchObject({ href: `${PAGE_ORIGIN}/redirect.json` });
      return;
    }
    expect(chunks, name).toBeNull();
    const problems = replies.find((r) => r.type === 'problems');
    expect(problems, name).toMatchObject({ problems: [{ message: expect.stringContaining(expected.message) }] });
    expect(JSON.stringify(problems)).not.toContain('could not be reached');
  });
});

describe('the embedding page cannot flood the frame', () => {
  it.each(ofKind('messages').map((c) => [c.name, c] as const))('%s: acted on once a frame, the last request only', (name, c) => {
    const parent = { postMessage: () => {} };
    const listeners: ((event: MessageEvent) => void)[] = [];
    const frames: (() => void)[] = [];
    const requests: EmbedRequest[] = [];
    connectEmbedMessages({
      parentOrigin: 'https://news.example',
      onRequest: (r) => requests.push(r),
      window: { parent: parent as unknown as Window, addEventListener: (_: string, l: (e: MessageEvent) => void) => listeners.push(l), removeEventListener: () => {} } as never,
      measureHeight: () => 600,
      watchResize: () => () => {},
      nextFrame: (callback) => (frames.push(callback), () => {}),
    });
    const post = (event: string) => listeners.forEach((l) => l({ data: { type: 'sourceline:select', event }, origin: 'https://news.example', source: parent } as unknown as MessageEvent));
    for (let i = 0; i < c.messages; i++) post(i % 2 ? 'bucharest-summit' : 'zakharova-statement');
    post(c.last);
    frames.splice(0).forEach((f) => f());
    expect(requests, name).toEqual([{ kind: 'select', event: c.last }]);
  });
});

