import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseJsonText } from './json-text.ts';
import { MAX_SYNTAX_PROBLEMS, syntaxProblems } from './json-syntax.ts';
import type { Problem } from './problems.ts';

function problemsOf(text: string): readonly Problem[] {
  const result = parseJsonText(text, syntaxProblems);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return result.problems;
}

describe('parseJsonText without an explainer', () => {
  it('refuses text that is not JSON with no problems, for the caller to explain once it has the explainer', () => {
    expect(parseJsonText('{"version": 1,, }', null)).toEqual({ ok: false, problems: [] });
  });
  it('still reads JSON, and still names an empty file, markup and absurd nesting itself', () => {
    expect(parseJsonText('{"a": 1}', null)).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
    for (const text of ['', '<html></html>', '['.repeat(MAX_NESTING + 1)]) {
      const result = parseJsonText(text, null);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems).toHaveLength(1);
    }
  });
});

describe('parseJsonText reads valid JSON', () => {
  it.each([
    ['an object', '{"a": 1}', { a: 1 }],
    ['a UTF-8 byte-order mark first', '\uFEFF{"a": 1}', { a: 1 }],
    ['blank lines around', '\n\n  {"a": [1, 2]}\n\n', { a: [1, 2] }],
    ['brackets inside text', '{"a": "[{]}\\"["}', { a: '[{]}"[' }],
  ])('%s', (_, text, value) => {
    expect(parseJsonText(text, syntaxProblems)).toEqual({ ok: true, value, warnings: [] });
  });

  it('keeps a "__proto__" key as a plain own property', () => {
    const result = parseJsonText('{"__proto__": {"polluted": true}}', syntaxProblems);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseJsonText explains each syntax error at its line and column', () => {
  it.each([
    // text, path, message, fix
    ['{\n  "version": 1\n  "title": "x"\n}', 'line 3, column 3', /^a comma is missing between two properties$/, /add a "," at the end of line 2/],
    ['[1 2]', 'line 1, column 4', /^a comma is missing between two values$/, /add a "," before "2"/],
    ['{\n  "a": 1,\n}', 'line 2, column 9', /^a trailing comma before }$/, /remove the "," after the last property/],
    ['{"a": [1, 2,\n]}', 'line 1, column 12', /^a trailing comma before ]$/, /after the last item/],
    ['{a: 1}', 'line 1, column 2', /^a property name must be in double quotes: a$/, /write "a"/],
    ['{"x": 1, title: 1}', 'line 1, column 10', /property name must be in double quotes: title/, /write "title"/],
    ["{'a': 1}", 'line 1, column 2', /property name must be in double quotes, not single quotes/, /write "a"/],
    ['{"a": \'x\'}', 'line 1, column 7', /text must be in double quotes, not single quotes/, /write "x"/],
    ['{"a": 1', 'line 1, column 8', /^the file ends before the JSON is complete/, /add the missing "}"/],
    [
      '{\n "events": [\n  {"id": "x"}',
      'line 3, column 14',
      /^the file ends before the JSON is complete \(a list opened with "\[" is not closed\)/,
      /add the missing "]"/,
    ],
    ['{"a": 1} // note', 'line 1, column 10', /^comments are not allowed in JSON$/, /remove the comment/],
    ['/* note */ {"a": 1}', 'line 1, column 1', /^comments are not allowed in JSON$/, /remove the comment/],
    ['{"a": [1, 2}', 'line 1, column 12', /"}" cannot close a list, which ends with "]"/, /add the missing "]"/],
    ['{"a": 1}}', 'line 1, column 9', /more text after the end of the JSON/, /one JSON value/],
    ['{"a": 1}\n{"b": 2}', 'line 2, column 1', /more text after the end of the JSON/, /put the values in a list/],
    ['{"a": NaN}', 'line 1, column 7', /^NaN is not a JSON value$/, /null/],
    ['{"a": True}', 'line 1, column 7', /lower case/, /write true/],
    ['{"a": 01}', 'line 1, column 7', /cannot start with 0/, /double quotes if it is an id/],
    ['{"a": .5}', 'line 1, column 7', /not a JSON number/, /0\.5/],
    ['{"a": "x\ty"}', 'line 1, column 7', /control character/, /\\t/],
    ['{"a": "C:\\dir"}', 'line 1, column 7', /backslash/, /\\\\/],
    ['{"a": "x', 'line 1, column 7', /closing double quote is missing/, /end the text with "/],
    ['{"a": }', 'line 1, column 7', /a property has no value/, /write a value/],
    ['{"a" 1}', 'line 1, column 6', /":" is missing/, /"name": value/],
    ['[1,,2]', 'line 1, column 4', /two commas/, /remove one/],
  ])('%j', (text, path, message, fix) => {
    const [first, ...rest] = problemsOf(text);
    expect(first).toMatchObject({ severity: 'error', path });
    expect(first!.message).toMatch(message);
    expect(first!.fix).toMatch(fix);
    expect(rest).toEqual([]);
  });

  it('reports every error in a file, one per place, not the knock-on errors', () => {
    const text = ['{', '  "version": 1', '  "title": "x",', '  "events": [1, 2,],', '  "a": NaN,', "  'b': 2", '}'].join('\n');
    expect(problemsOf(text).map((p) => p.path)).toEqual(['line 3, column 3', 'line 4, column 18', 'line 5, column 8', 'line 6, column 3']);
  });

  it('never passes on an engine message', () => {
    for (const text of ['{"a":1,}', '<', '{"a":tru}', '[', '{"a":"\\u12"}', '{"a":1.}', 'nul', '"\u0001"'])
      for (const problem of problemsOf(text)) expect(`${problem.message} ${problem.fix}`).not.toMatch(/Unexpected token|in JSON at position|SyntaxError/);
  });

  it(`lists at most ${MAX_SYNTAX_PROBLEMS} syntax errors, then says how many more`, () => {
    const problems = problemsOf(`[\n${Array.from({ length: 80 }, () => "'a',").join('\n')}\n1]`);
    expect(problems).toHaveLength(MAX_SYNTAX_PROBLEMS + 1);
    expect(problems.at(-1)!.message).toMatch(/^\d+ more syntax errors after line 51, column 1 are not listed$/);
  });
});

describe('parseJsonText refuses what is not a JSON file, clearly', () => {
  it.each([
    ['an empty file', '', /^the file is empty$/, /"version": 1/],
    ['only spaces and a byte-order mark', '\uFEFF \n\t', /^the file is empty$/, /"version": 1/],
    ['an HTML page', '<!DOCTYPE html>\n<html><body>Not found</body></html>', /^this is HTML, not JSON$/, /raw \.json file/],
    ['an HTML fragment', '  <p>hello</p>', /^this is HTML, not JSON$/, /web page/],
    ['XML', '<?xml version="1.0"?><a/>', /^this is XML, not JSON$/, /raw \.json file/],
  ])('%s', (_, text, message, fix) => {
    const problems = problemsOf(text);
    expect(problems).toEqual([{ severity: 'error', path: 'file', message: expect.stringMatching(message), fix: expect.stringMatching(fix) }]);
  });

  it.each([
    [
      'valid but deep',
      `{"a": ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}}`,
      /^lists and objects are nested more than 64 levels deep \(in a\[0\]\[0\]\[0\]…\)$/,
    ],
    ['invalid and very deep (would overflow a recursive parser)', '['.repeat(200_000), /nested more than 64 levels deep$/],
    ['an unclosed string, then very deep', `{"a": "x\n${'['.repeat(200_000)}`, /nested more than 64 levels deep$/],
  ])('nesting: %s', (_, text, message) => {
    const [problem, ...rest] = problemsOf(text);
    expect(problem!.path).toMatch(/^line \d+, column \d+$/);
    expect(problem!.message).toMatch(message);
    expect(rest).toEqual([]);
  });
});

describe('parseJsonText warns about keys written twice', () => {
  it.each([
    ['at the top', '{"title": "a",\n "title": "b"}', 'title', 'line 1, column 2 and line 2, column 2'],
    ['in an event', '{"events": [{}, {"id": "x", "start": "2008", "start": "2009"}]}', 'events[1].start', 'line 1, column 29 and line 1, column 46'],
    ['written with an escape', '{"a": 1, "\\u0061": 2}', 'a', 'line 1, column 2 and line 1, column 10'],
  ])('%s', (_, text, path, where) => {
    const result = parseJsonText(text, syntaxProblems);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      {
        severity: 'warning',
        path,
        message: expect.stringContaining(`is written twice in the same object (${where}); only the last one is kept`),
        fix: expect.any(String),
      },
    ]);
  });

  it('does not confuse the same key in different objects', () => {
    const result = parseJsonText('{"events": [{"id": "a", "x": {"id": 1}}, {"id": "b"}], "id": 2}', syntaxProblems);
    expect(result.ok && result.warnings).toEqual([]);
  });
});
