// Runs the bad-input corpus (e2e/fixtures/bad-inputs/cases.ts) through the loader and the link
// readers: each case ends as its manifest says, with nothing thrown but EventGraphError.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, caseName, type BadInput, type ExpectedProblem, type FileOutcome } from '../../../e2e/fixtures/bad-inputs/cases.ts';
import { generateBytes } from '../../../e2e/fixtures/bad-inputs/generated.ts';
import { EventGraphError, isError, type Problem } from '../model/problems.ts';
import { readUrlView } from '../state/url-state.ts';
import { resolveSourceParam } from './dataset-source.ts';
import { loadDataset, type LoadedDataset } from './load-dataset.ts';

const DIR = new URL('../../../e2e/fixtures/bad-inputs/', import.meta.url);
const PAGE = 'http://localhost:4173/';

const fileCases = CASES.filter((c): c is Extract<BadInput, { kind: 'file' }> => c.kind === 'file');
const generatedCases = CASES.filter((c): c is Extract<BadInput, { kind: 'generated' }> => c.kind === 'generated');
const urlCases = CASES.filter((c): c is Extract<BadInput, { kind: 'url' }> => c.kind === 'url');

describe('the corpus', () => {
  it('has an entry for every file and a file for every entry, each named once', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();
    expect(fileCases.map((c) => c.file).sort()).toEqual(files);
    const names = CASES.map(caseName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers text, URLs, structure, dates, places, size and embedding, with at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const families = new Set(CASES.map((c) => caseName(c).split('-')[0]));
    expect([...families].sort()).toEqual(['date', 'embed', 'place', 'size', 'structure', 'text', 'url']);
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

/** Every string in the data as read, to look for texts that must arrive literally. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value instanceof Map) for (const item of value.values()) strings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) strings(item, out);
  return out;
}

function expectOutcome(name: string, result: LoadedDataset | EventGraphError, expected: FileOutcome) {
  if (expected.outcome === 'refused') {
    expect(result, `${name} should be refused`).toBeInstanceOf(EventGraphError);
    const problems = (result as EventGraphError).problems;
    const errors = problems.filter(isError);
    expect(errors, name).toHaveLength(expected.errors.length);
    expected.errors.forEach((e, i) => expect(matches(errors[i]!, e), `${name}: error ${i} is ${show([errors[i]!])}, expected ${e.path} | ${e.message}`).toBe(true));
    // What, where and how: every problem says all three.
    for (const p of problems) for (const part of [p.path, p.message, p.fix]) expect(part.trim(), `${name}: ${show([p])}`).not.toBe('');
    return;
  }
  if (result instanceof EventGraphError) throw new Error(`${name} should load, but was refused: ${show(result.problems).join('; ')}`);
  const { graph, warnings } = result;
  expect(graph.events, name).toHaveLength(expected.events);
  expect(show(warnings), name).toHaveLength(expected.warnings.length);
  expected.warnings.forEach((w, i) => expect(matches(warnings[i]!, w), `${name}: warning ${i} is ${show([warnings[i]!])}`).toBe(true));
  const texts = strings([graph.title, graph.events, graph.sources, graph.quotes, graph.actors]);
  for (const text of [...(expected.texts ?? []), ...(expected.detailTexts ?? [])]) expect(texts.some((t) => t.includes(text)), `${name}: ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
  for (const date of expected.dates ?? []) {
    const event = graph.eventById.get(date.event);
    expect(event?.start, `${name}: ${date.event}`).toMatchObject({ text: date.text, precision: date.precision });
  }
}

describe('every fixture file ends as the manifest says', () => {
  it.each(fileCases.map((c) => [c.file, c] as const))('%s', async (name, c) => {
    expectOutcome(name, await load(name, readFileSync(new URL(name, DIR))), c.expect);
  });
});

describe('every generated file ends as the manifest says', () => {
  it.each(generatedCases.map((c) => [caseName(c), c] as const))('%s', async (name, c) => {
    expectOutcome(name, await load(name, generateBytes(c.make)), c.expect);
  }, 30_000);
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
