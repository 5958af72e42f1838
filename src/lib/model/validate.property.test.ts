import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import smallGraph from './small-graph.fixture.json';
import { EventGraphError, isError, type Problem } from './problems.ts';
import { parseEventGraph } from './json-file.ts';
import { jsonMutations, mutateJson } from './json-mutations.testkit.ts';

/** Parses, and checks the one contract: a graph, or an EventGraphError whose problems are all usable. */
function outcome(text: string): 'ok' | 'refused' {
  let problems: readonly Problem[];
  try {
    problems = parseEventGraph(text).warnings;
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  } catch (caught) {
    if (!(caught instanceof EventGraphError)) throw caught;
    problems = caught.problems;
    expect(problems.some(isError)).toBe(true);
  }
  for (const problem of problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    for (const part of [problem.path, problem.message, problem.fix]) {
      expect(typeof part).toBe('string');
      expect(part.trim()).not.toBe('');
      expect(part).not.toMatch(/Invalid input|Unexpected token|\[object Object\]|could not be checked/);
    }
  }
  return problems.some(isError) ? 'refused' : 'ok';
}

// Generous timeouts: a few thousand parses take seconds on a busy CI machine.
describe('parseEventGraph returns a graph or throws EventGraphError with usable problems, whatever the input', { timeout: 60_000 }, () => {
  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => void outcome(text)),
      { seed: 20250218, numRuns: 1000 },
    );
  });

  it('any string of JSON-ish characters', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]:,"\'\\ \n\t0123456789.-+eEtruefalsnl/*abc\u00e9\uFEFF'), maxLength: 120 });
    fc.assert(
      fc.property(jsonish, (text) => void outcome(text)),
      { seed: 2008, numRuns: 1500 },
    );
  });

  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void outcome(JSON.stringify(value))),
      { seed: 404, numRuns: 500 },
    );
  });

  it('the small valid graph with fields dropped or replaced', () => {
    let refused = 0;
    fc.assert(
      fc.property(jsonMutations(smallGraph), (mutations) => {
        if (outcome(JSON.stringify(mutateJson(smallGraph, mutations))) === 'refused') refused++;
      }),
      { seed: 1991, numRuns: 600 },
    );
    // The mutations must actually reach the checks, not just produce files that pass.
    expect(refused).toBeGreaterThan(200);
  });

  it('the small valid graph, pretty-printed and cut off anywhere', () => {
    const text = JSON.stringify(smallGraph, null, 2);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), (end) => {
        expect(outcome(text.slice(0, end))).toBe('refused');
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('never changes Object.prototype', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
