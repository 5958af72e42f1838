import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import smallGraph from './small-graph.fixture.json';
import { EventGraphError, isError, type Problem } from './problems.ts';
import { parseEventGraph } from './validate.ts';

type Path = readonly (string | number)[];

/** Every path into a JSON value (objects and arrays), so a mutation can aim anywhere. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const children =
    Array.isArray(value) ? value.map((v, i) => pathsOf(v, [...path, i]))
    : typeof value === 'object' && value !== null ? Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k]))
    : [];
  return [path, ...children.flat()];
}

const PATHS = pathsOf(smallGraph).filter((p) => p.length > 0);

type Mutation = { path: Path; action: 'drop' | 'replace'; value: unknown };

function mutate(mutations: readonly Mutation[]): unknown {
  const root = structuredClone(smallGraph) as unknown;
  for (const { path, action, value } of mutations) {
    let parent: unknown = root;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[segment];
    if (typeof parent !== 'object' || parent === null) continue;
    const key = path.at(-1)!;
    const container = parent as Record<string | number, unknown>;
    if (action === 'drop') {
      if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
      else delete container[key];
    } else container[key] = value;
  }
  return root;
}

/** Values a careless author or a hostile file might put anywhere. */
const nastyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', ' ', '2025-02-30', '-0000', 'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', '__proto__', 'constructor', 'nato', 'bucharest-summit', 'putin-speech', 'nato-declaration', '0', 12, 2 ** 53 + 1, null, [], {}),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  action: fc.constantFrom('drop' as const, 'replace' as const),
  value: nastyValue,
});

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
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void outcome(text)), { seed: 20250218, numRuns: 1000 });
  });

  it('any string of JSON-ish characters', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]:,"\'\\ \n\t0123456789.-+eEtruefalsnl/*abc\u00e9\uFEFF'), maxLength: 120 });
    fc.assert(fc.property(jsonish, (text) => void outcome(text)), { seed: 2008, numRuns: 1500 });
  });

  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void outcome(JSON.stringify(value))), { seed: 404, numRuns: 500 });
  });

  it('the small valid graph with fields dropped or replaced', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        if (outcome(JSON.stringify(mutate(mutations))) === 'refused') refused++;
      }),
      { seed: 1991, numRuns: 600 },
    );
    // The mutations must actually reach the checks, not just produce files that pass.
    expect(refused).toBeGreaterThan(200);
  });

  it('the small valid graph, pretty-printed and cut off anywhere', () => {
    const text = JSON.stringify(smallGraph, null, 2);
    fc.assert(fc.property(fc.nat({ max: text.length - 1 }), (end) => {
        expect(outcome(text.slice(0, end))).toBe('refused');
      }), { seed: 7, numRuns: 150 });
  });

  it('never changes Object.prototype', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
