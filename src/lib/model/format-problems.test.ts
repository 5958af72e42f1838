import { describe, expect, it } from 'vitest';
import { formatOk, formatProblem } from './format-problems.ts';
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
