// Property tests of the whole loading path (a local file's bytes → read → decode → detect the format
// → convert → check → index): whatever the bytes, loadDataset resolves with a graph or rejects with an
// EventGraphError whose every problem says where, what and how to fix it. Nothing else ever escapes.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import smallGraph from '../model/small-graph.fixture.json';
import { EventGraphError, isError, type Problem } from '../model/problems.ts';
import { editedBytes, editedText, jsonMutations, mutateJson } from '../model/json-mutations.testkit.ts';
import { loadDataset } from './load-dataset.ts';
import timelineJsFixture from './import/fixtures/timelinejs.json';

const fixture = (name: string) => readFileSync(new URL(`./import/fixtures/${name}`, import.meta.url), 'utf8');
const SOURCELINE_CSV = fixture('sourceline.csv');
const TIMELINEJS_CSV = fixture('timelinejs-template.csv');
const TIMELINEJS_JSON = JSON.stringify(timelineJsFixture, null, 2);
const SMALL_GRAPH = JSON.stringify(smallGraph, null, 2);

/** The e2e corpus of hostile and broken files (BOM, UTF-16, deep nesting, __proto__ keys, …). */
const BAD_INPUTS_DIR = new URL('../../../e2e/fixtures/bad-inputs/', import.meta.url);
const BAD_INPUTS = readdirSync(BAD_INPUTS_DIR).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, BAD_INPUTS_DIR))) }));

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Words that in a message mean code printed a value it should have described (unless the file holds them). */
const LEAKS = ['[object Object]', 'undefined', 'NaN'];

function expectUsable(problem: Problem, input: string) {
  expect(['error', 'warning']).toContain(problem.severity);
  const leaks = LEAKS.filter((word) => !input.includes(word));
  for (const part of [problem.path, problem.message, problem.fix]) {
    expect(typeof part).toBe('string');
    expect(part.trim()).not.toBe('');
    for (const word of leaks) expect(part).not.toContain(word);
  }
}

/** Loads the bytes as a dropped file and checks the one contract; says which way it went. */
async function outcome(bytes: Uint8Array, name = 'dropped.json'): Promise<'loaded' | 'refused'> {
  const input = name + new TextDecoder().decode(bytes);
  try {
    const { graph, warnings } = await loadDataset({ kind: 'file', file: new File([bytes as Uint8Array<ArrayBuffer>], name) }, { startWorker: null });
    expect(graph.events.length).toBeGreaterThanOrEqual(0);
    for (const warning of warnings) {
      expectUsable(warning, input);
      expect(warning.severity).toBe('warning');
    }
    return 'loaded';
  } catch (caught) {
    if (!(caught instanceof EventGraphError)) throw caught;
    expect(caught.problems.some(isError)).toBe(true);
    for (const problem of caught.problems) expectUsable(problem, input);
    expect(caught.message.trim()).not.toBe('');
    return 'refused';
  }
}

/** Runs a property over texts and counts the outcomes, so a test can insist both ways are reached. */
async function tally<T>(arbitrary: fc.Arbitrary<T>, toBytes: (value: T) => Uint8Array, params: fc.Parameters<[T]>) {
  const counts = { loaded: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      counts[await outcome(toBytes(value))]++;
    }),
    params,
  );
  return counts;
}

describe('loadDataset resolves with a graph or rejects with located problems, whatever the file holds', { timeout: 60_000 }, () => {
  it('the unchanged fixtures load', async () => {
    for (const text of [SMALL_GRAPH, TIMELINEJS_JSON, SOURCELINE_CSV, TIMELINEJS_CSV]) expect(await outcome(utf8(text))).toBe('loaded');
  });

  it('the bad-input corpus', async () => {
    expect(BAD_INPUTS.length).toBeGreaterThan(30);
    for (const { name, bytes } of BAD_INPUTS) await outcome(bytes, name);
  });

  it('any string', async () => {
    await tally(fc.string({ maxLength: 300 }), utf8, { seed: 20250218, numRuns: 200 });
  });

  it('any string of characters from the full Unicode range', async () => {
    await tally(fc.string({ unit: 'binary', maxLength: 200 }), utf8, { seed: 1492, numRuns: 150 });
  });

  it('any bytes', async () => {
    await tally(fc.uint8Array({ maxLength: 400 }), (bytes) => bytes, { seed: 1969, numRuns: 200 });
  });

  it('any JSON text', async () => {
    await tally(fc.json({ maxDepth: 4 }), utf8, { seed: 404, numRuns: 200 });
  });

  it('any JSON object with the keys a Sourceline or TimelineJS file has', async () => {
    const keys = fc.constantFrom('version', 'title', 'events', 'sources', 'quotes', 'actors', 'links', 'eras', 'story', 'start_date', 'text', 'headline', 'year', 'id', 'start');
    const document = fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    await tally(document, (value) => utf8(JSON.stringify(value)), { seed: 2001, numRuns: 200 });
  });

  it('the small Sourceline graph with values dropped or replaced', async () => {
    const counts = await tally(jsonMutations(smallGraph), (m) => utf8(JSON.stringify(mutateJson(smallGraph, m))), { seed: 1991, numRuns: 250 });
    // The mutations must reach the checks both ways, not just produce files that pass or fail.
    expect(counts.refused).toBeGreaterThan(50);
    expect(counts.loaded).toBeGreaterThan(20);
  });

  it('the TimelineJS JSON fixture with values dropped or replaced', async () => {
    const counts = await tally(jsonMutations(timelineJsFixture), (m) => utf8(JSON.stringify(mutateJson(timelineJsFixture, m))), { seed: 490, numRuns: 150 });
    expect(counts.loaded).toBeGreaterThan(50);
  });

  it.each([
    ['the small Sourceline graph', SMALL_GRAPH, 7],
    ['the TimelineJS JSON fixture', TIMELINEJS_JSON, 8],
    ['the Sourceline CSV fixture', SOURCELINE_CSV, 9],
    ['the TimelineJS spreadsheet fixture', TIMELINEJS_CSV, 10],
  ])('%s, with its text cut and spliced', async (_, text, seed) => {
    await tally(editedText(text), utf8, { seed, numRuns: 100 });
  });

  it.each([
    ['the small Sourceline graph', SMALL_GRAPH, 11],
    ['the Sourceline CSV fixture', SOURCELINE_CSV, 12],
    ['the TimelineJS spreadsheet fixture', TIMELINEJS_CSV, 13],
  ])('%s, with bytes overwritten (broken UTF-8 included)', async (_, text, seed) => {
    await tally(editedBytes(utf8(text)), (bytes) => bytes, { seed, numRuns: 100 });
  });

  it('CSV rows of arbitrary cells under either header', async () => {
    const header = fc.constantFrom(SOURCELINE_CSV.split('\n')[0]!, TIMELINEJS_CSV.split('\n')[0]!, 'id,title,start,end', 'Year,Month,Day,Headline');
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2008', '-0490', '0', '13', '2025-02-30', '"', '""', 'a,b', '"x\ny"', 'javascript:x'));
    const rows = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 });
    const separator = fc.constantFrom(',', ';', '\t');
    const csv = fc.tuple(header, rows, separator).map(([h, rs, sep]) => [sep === ',' ? h : h.replaceAll(',', sep), ...rs.map((r) => r.join(sep))].join('\n'));
    await tally(csv, utf8, { seed: 1843, numRuns: 200 });
  });

  it('the file name does not matter to the contract', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.constantFrom(utf8(SOURCELINE_CSV), utf8(''), utf8('garbage'), new Uint8Array([0xff])), async (name, bytes) => {
        await outcome(bytes, name);
      }),
      { seed: 5, numRuns: 100 },
    );
  });
});
