import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatOk, formatProblem, formatProblems, terminalSafe } from './format-problems.ts';
import type { Problem } from './problems.ts';

describe('formatProblem writes one line a person can act on', () => {
  it.each<[Problem, string]>([
    [
      { severity: 'error', path: 'events[3].start', message: '"start" is missing (event "x")', fix: 'add a "start" date such as "2008-04-03"' },
      'data/a.json: events[3].start: "start" is missing (event "x"). Fix: add a "start" date such as "2008-04-03"',
    ],
    [
      { severity: 'warning', path: 'events[2].titel', message: '"titel" is not a field of an event; did you mean "title"?', fix: 'rename it to "title"' },
      'data/a.json: warning: events[2].titel: "titel" is not a field of an event; did you mean "title"? Fix: rename it to "title"',
    ],
    [
      { severity: 'error', path: 'line 3, column 7', message: 'a comma is missing between two values', fix: 'add a "," at the end of line 2' },
      'data/a.json: line 3, column 7: a comma is missing between two values. Fix: add a "," at the end of line 2',
    ],
    [
      { severity: 'error', path: 'file', message: 'the file is empty.', fix: 'write an event graph' },
      'data/a.json: the file is empty. Fix: write an event graph',
    ],
  ])('%j', (problem, line) => {
    expect(formatProblem('data/a.json', problem)).toBe(line);
  });
});

describe('formatOk', () => {
  it.each([
    [12, 0, 'x.json: ok (12 events, 0 warnings)'],
    [1, 1, 'x.json: ok (1 event, 1 warning)'],
    [0, 2, 'x.json: ok (0 events, 2 warnings)'],
  ])('%i events, %i warnings', (events, warnings, line) => {
    expect(formatOk('x.json', events, warnings)).toBe(line);
  });
});

describe('terminalSafe: nothing from the data steers a terminal', () => {
  it.each([
    ['a title sequence', '\u001b]0;pwned\u0007', '\\u001b]0;pwned\\u0007'],
    ['a screen clear', '\u001b[2J\u001b[H', '\\u001b[2J\\u001b[H'],
    ['a fake second line', 'x\nfile.json: ok (3 events, 0 warnings)', 'x\\u000afile.json: ok (3 events, 0 warnings)'],
    ['a carriage return over the line', 'bad\rok', 'bad\\u000dok'],
    ['NUL and DEL', 'a\u0000b\u007f', 'a\\u0000b\\u007f'],
    ['a C1 control (CSI)', 'a\u009b2J', 'a\\u009b2J'],
    ['a bidi override', 'invoice\u202Efdp.exe', 'invoice\\u202efdp.exe'],
    ['a line separator', 'a\u2028b', 'a\\u2028b'],
    ['plain text in any script', 'Україна, हिंदी, “quotes” → é', 'Україна, हिंदी, “quotes” → é'],
  ])('%s', (_what, text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  it('leaves no control character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(terminalSafe(text)).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
      }),
      { seed: 14 },
    );
  });
});

describe('formatProblems writes problems of one kind once, with a count', () => {
  const noSource = (i: number): Problem => ({
    severity: 'error',
    path: `quotes[${i}].source`,
    message: `"source" is missing (quote "q${i}")`,
    fix: 'add "source"',
  });

  it('names the first in full, then how many more and where', () => {
    expect(
      formatProblems(
        'a.json',
        Array.from({ length: 150 }, (_, i) => noSource(i)),
      ),
    ).toEqual([
      'a.json: quotes[0].source: "source" is missing (quote "q0"). Fix: add "source"',
      'a.json:   … and 149 more like it (quotes[1].source, quotes[2].source, quotes[3].source, quotes[4].source, quotes[5].source, …)',
    ]);
  });

  it('writes two alike as two lines', () => {
    expect(formatProblems('a.json', [noSource(0), noSource(1)])).toHaveLength(2);
  });
});
