import { describe, expect, it } from 'vitest';
import smallGraph from '../../model/small-graph.fixture.json';
import { EventGraphError, type Problem } from '../../model/problems.ts';
import { checkInput, detectFormat, readInput } from './read-input.ts';

const timelineJs = JSON.stringify({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2001 }, text: { headline: 'A' } }] });

describe('the format is told by the content, not the name', () => {
  it.each([
    ['Sourceline JSON', JSON.stringify(smallGraph), 'sourceline-json'],
    ['Sourceline JSON, pretty, after a byte-order mark', `\uFEFF\n  ${JSON.stringify(smallGraph, null, 2)}`, 'sourceline-json'],
    ['Sourceline JSON without its version (the checker says so)', JSON.stringify({ title: 'x', events: [{ id: 'a', title: 'A', start: '2001' }] }), 'sourceline-json'],
    ['TimelineJS JSON', timelineJs, 'timelinejs-json'],
    ['TimelineJS JSON with only a title slide', JSON.stringify({ title: { text: { headline: 'T' } }, events: [] }), 'timelinejs-json'],
    ['a TimelineJS file that also says "version" is read as Sourceline JSON', JSON.stringify({ version: 1, events: [{ start_date: { year: 1 } }] }), 'sourceline-json'],
    ['the TimelineJS spreadsheet template', 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n2001,,,,,,,,,A,', 'timelinejs-csv'],
    ['a TimelineJS sheet with fewer columns, in tabs', 'Year\tHeadline\n2001\tA', 'timelinejs-csv'],
    ['Sourceline CSV', 'id,title,start\na,A,2001', 'sourceline-csv'],
    ['Sourceline CSV, quoted header, semicolons', '"Title";"Start";"Tags"\nA;2001;x', 'sourceline-csv'],
    ['an empty file (the JSON reader explains)', '   \n', 'sourceline-json'],
    ['an HTML page (the JSON reader explains)', '<!doctype html><p>Not found', 'sourceline-json'],
    ['CSV with columns no format has', 'name,date,notes\nA,2001,x', 'unknown'],
    ['prose', 'Dear reader, this is not data.', 'unknown'],
  ])('%s', (_, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

function refusal(text: string): readonly Problem[] {
  try {
    checkInput(readInput(text, 'mystery.txt'));
  } catch (caught) {
    expect(caught).toBeInstanceOf(EventGraphError);
    return (caught as EventGraphError).problems;
  }
  throw new Error('expected the file to be refused');
}

describe('what cannot be read is refused with a clear error', () => {
  it.each([
    ['prose', 'Dear reader, this is not data.', 'the file is neither JSON nor a CSV with a header row'],
    ['binary noise', '\u0000\u0001\u0002PK\u0003\u0004', 'the file is neither JSON nor a CSV with a header row'],
    ['a CSV of something else', 'name,date,notes\nA,2001,x', 'the first row names no columns Sourceline reads ("name", "date", "notes")'],
    ['an empty file', '', 'the file is empty'],
    ['JSON null', 'null\n', 'the file should be a JSON object { … }, but is null'],
    ['JSON true', ' true ', 'the file should be a JSON object { … }, but is the value true'],
    ['HTML', '<html><body>Sign in</body></html>', 'this is HTML, not JSON'],
    ['broken JSON', '{"version": 1,,}', 'two commas with nothing between them'],
    ['a CSV header without rows', 'id,title,start\n', 'the file holds no events'],
  ])('%s', (_, text, message) => {
    const problems = refusal(text);
    expect(problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining(message) });
    expect(problems[0]!.fix).not.toBe('');
  });

  it('the unknown-format error says which formats are read', () => {
    expect(refusal('just words')[0]!.fix).toMatch(/Sourceline JSON file, a TimelineJS JSON file, or a CSV whose first row names its columns/);
  });
});

describe('checkInput', () => {
  it('checks Sourceline JSON exactly as before, keeping the JSON warnings', () => {
    const { data, warnings } = checkInput(readInput('{"version":1,"title":"T","title":"U","events":[{"id":"e","title":"E","start":"2001","sources":[]}]}', 's.json'));
    expect(data.title).toBe('U');
    expect(warnings.map((w) => w.path)).toEqual(['title', 'events[0].sources']);
  });

  it("places the checker's problems with an import in the input, after the import's own warnings", () => {
    const { warnings } = checkInput(readInput(JSON.stringify({ events: [{ start_date: { year: 2001 }, text: { headline: 'A' }, media: { url: 'ftp://x' } }] }), 't.json'));
    expect(warnings.map((w) => w.path)).toEqual(['events[0].media.url', 'events[0].media']);
  });
});
