import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupProblems, moreLikeIt, problemKind, withKinds } from './problem-groups.ts';
import type { Problem } from './problems.ts';

const error = (path: string, message: string, fix = 'correct it'): Problem => ({ severity: 'error', path, message, fix });
const warning = (path: string, message: string, fix = 'correct it'): Problem => ({ severity: 'warning', path, message, fix });

describe('problemKind: alike when only the data quoted differs', () => {
  it.each<[string, Problem, Problem, boolean]>([
    [
      'a quote without a source, twice',
      error('quotes[0].source', '"source" is missing (quote "q1")', 'add "source"'),
      error('quotes[7].source', '"source" is missing (quote "q8")', 'add "source"'),
      true,
    ],
    [
      'the same message in another field',
      error('quotes[0].source', '"source" is missing (quote "q1")'),
      error('quotes[0].event', '"event" is missing (quote "q1")'),
      false,
    ],
    ['an error and a warning', error('events[0].sources', 'x'), warning('events[0].sources', 'x'), false],
    [
      'two unknown columns of a CSV',
      warning('column Mood', '"Mood" is not a column of the Sourceline CSV format'),
      warning('column c9999', '"c9999" is not a column of the Sourceline CSV format'),
      true,
    ],
    [
      'two rows, one column',
      warning('row 3, column start', 'the start date is empty; the row is left out'),
      warning('row 9, column start', 'the start date is empty; the row is left out'),
      true,
    ],
    [
      'circles of different lengths',
      warning('links[0]', 'links run in a circle: "a" → "b" → "a"'),
      warning('links[4]', 'links run in a circle: "c" → "d" → "e" → "c"'),
      true,
    ],
    [
      'backward causes at other dates',
      warning('links[1]', '"a" causes "b", but "b" (2008) is over before "a" (3 May 2009) begins'),
      warning('links[2]', '"c" causes "d", but "d" (1 BCE) is over before "c" (AD 14) begins'),
      true,
    ],
    [
      'different fixes',
      error('events[0].actors[0]', 'no actor has the id "x"', 'did you mean "nato"?'),
      error('events[1].actors[0]', 'no actor has the id "y"', 'add an actor with "id": "y" to "actors", or correct the id'),
      false,
    ],
    ['syntax errors on other lines', error('line 3, column 7', 'a comma is missing'), error('line 9, column 1', 'a comma is missing'), true],
  ])('%s', (_what, a, b, alike) => {
    expect(problemKind(a) === problemKind(b)).toBe(alike);
  });
});

describe('groupProblems', () => {
  const noSource = (i: number) =>
    error(`quotes[${i}].source`, `"source" is missing (quote "q${i}")`, 'add "source": the id of the source that reports the words');

  it('shows a quote without a source, 150 times, as one group', () => {
    const problems = Array.from({ length: 150 }, (_, i) => noSource(i));
    const groups = groupProblems(problems);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.first).toBe(problems[0]);
    expect(groups[0]!.problems).toEqual(problems);
    expect(moreLikeIt(groups[0]!)).toBe('and 149 more like it');
  });

  it('lists a few alike one by one, and keeps the order of first appearance', () => {
    const other = error('events[0].start', '"start" is missing (event "e")');
    const groups = groupProblems([noSource(0), other, noSource(1), noSource(2), noSource(3)]);
    expect(groups.map((g) => [g.first.path, g.problems.length])).toEqual([
      ['quotes[0].source', 4],
      ['events[0].start', 1],
    ]);
    expect(groupProblems([noSource(0), other, noSource(1)]).map((g) => g.first.path)).toEqual(['quotes[0].source', 'events[0].start', 'quotes[1].source']);
    expect(moreLikeIt(groupProblems([other])[0]!)).toBe('');
  });

  it('groups 150,000 problems in one pass, without recursion', () => {
    const problems = Array.from({ length: 150_000 }, (_, i) => noSource(i));
    expect(groupProblems(problems)[0]!.problems).toHaveLength(150_000);
  }, 30_000);

  it('loses no problem and keeps each group in order (any problems)', () => {
    const problem = fc.record({
      severity: fc.constantFrom('error' as const, 'warning' as const),
      path: fc.constantFrom('events[0].start', 'events[1].start', 'quotes[2].source', 'row 3, column Year', 'column Mood', 'file'),
      message: fc.constantFrom('"start" is missing (event "a")', '"start" is missing (event "b")', 'year "19x9" is not a whole number', 'x'),
      fix: fc.constantFrom('add it', 'did you mean "a"?'),
    });
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 40 }), (problems: Problem[]) => {
        const groups = groupProblems(problems);
        const flat = groups.flatMap((g) => g.problems);
        expect(flat).toHaveLength(problems.length);
        expect(new Set(flat).size).toBe(new Set(problems).size);
        for (const g of groups) {
          expect(g.problems[0]).toBe(g.first);
          expect(new Set(g.problems.map(problemKind)).size).toBe(1);
          const indices = g.problems.map((p) => problems.indexOf(p));
          expect(indices).toEqual([...indices].sort((a, b) => a - b));
        }
      }),
      { seed: 14 },
    );
  });
});

describe('withKinds', () => {
  it('names each kind shortly, once per list, and groups as the kinds themselves would', () => {
    const problems = [
      error('quotes[0].source', '"source" is missing (quote "a")'),
      error('events[0].start', '"start" is missing (event "e")'),
      error('quotes[1].source', '"source" is missing (quote "b")'),
      error('quotes[2].source', '"source" is missing (quote "c")'),
    ];
    const kinded = withKinds(problems);
    expect(kinded.map((p) => p.kind)).toEqual(['#0', '#1', '#0', '#0']);
    expect(groupProblems(kinded).map((g) => g.problems.length)).toEqual(groupProblems(problems).map((g) => g.problems.length));
    // Named kinds survive the trip from the worker as JSON.
    expect(groupProblems(JSON.parse(JSON.stringify(kinded))).map((g) => g.first.path)).toEqual(['quotes[0].source', 'events[0].start']);
  });
});
