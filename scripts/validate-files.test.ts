import { describe, expect, it } from 'vitest';
import smallGraph from '../src/lib/model/small-graph.fixture.json';
import { validateFiles } from './validate-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const valid = JSON.stringify(smallGraph);

const FILES: Record<string, Uint8Array | NodeJS.ErrnoException> = {
  'ok.json': utf8(valid),
  'bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(valid)]),
  'warn.json': utf8(valid.replace('"title":"NATO summit in Bucharest"', '"titel":"NATO summit in Bucharest","title":"x"')),
  'bad.json': utf8(valid.replace('"start":"2008-08-07"', '"start":"2025-02-30"').replace('"actors":["nato"]', '"actors":["natoo"]')),
  'note.json': utf8(valid.replace('"id":"putin-buffer",', '"id":"putin-buffer","note":"What the words referred to.",')),
  'empty-note.json': utf8(valid.replace('"id":"putin-buffer",', '"id":"putin-buffer","note":" ",')),
  'notes.json': utf8(valid.replace('"id":"putin-buffer",', '"id":"putin-buffer","notes":"What the words referred to.",')),
  'syntax.json': utf8('{\n  "version": 1\n  "title": "x"\n}'),
  'latin1.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
  'missing.json': Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }),
  folder: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }),
};

async function run(...paths: string[]) {
  const lines: string[] = [];
  const usage: string[] = [];
  const exitCode = await validateFiles(paths, {
    readFile: async (path) => {
      const file = FILES[path];
      if (file === undefined || file instanceof Error) throw file ?? new Error('unknown');
      return file;
    },
    print: (line) => lines.push(line),
    printUsage: (line) => usage.push(line),
  });
  return { exitCode, lines, usage };
}

describe('npm run validate', () => {
  it.each([
    [['ok.json'], 0, ['ok.json: ok (3 events, 0 warnings)']],
    [['bom.json'], 0, ['bom.json: ok (3 events, 0 warnings)']],
    [
      ['warn.json'],
      0,
      [
        'warn.json: warning: events[0].titel: "titel" is not a field of an event (event "bucharest-summit"); did you mean "title"? Fix: rename it to "title" (unknown fields are ignored)',
        'warn.json: ok (3 events, 1 warning)',
      ],
    ],
    [
      ['bad.json'],
      1,
      [
        'bad.json: events[0].actors[0]: no actor has the id "natoo" (event "bucharest-summit"). Fix: did you mean "nato"?',
        'bad.json: events[2].start: February 2025 has 28 days (2025 is not a leap year), so day 30 does not exist (event "georgia-war"). Fix: use a day from 01 to 28',
      ],
    ],
    // A quote's note is part of the format: accepted, checked like any text, and suggested when misspelt.
    [['note.json'], 0, ['note.json: ok (3 events, 0 warnings)']],
    [['empty-note.json'], 1, ['empty-note.json: quotes[1].note: "note" is empty (quote "putin-buffer"). Fix: write some text, or leave "note" out']],
    [
      ['notes.json'],
      0,
      [
        'notes.json: warning: quotes[1].notes: "notes" is not a field of a quote (quote "putin-buffer"); did you mean "note"? Fix: rename it to "note" (unknown fields are ignored)',
        'notes.json: ok (3 events, 1 warning)',
      ],
    ],
    [['syntax.json'], 1, ['syntax.json: line 3, column 3: a comma is missing between two properties. Fix: add a "," at the end of line 2']],
    [
      ['latin1.json'],
      1,
      [
        'latin1.json: the file is not UTF-8 text: line 1, column 3 has a byte that is not UTF-8. Fix: save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
      ],
    ],
    [['missing.json'], 1, ['missing.json: there is no such file. Fix: check the path and the file name']],
    [['folder'], 1, ['folder: this is a folder, not a file. Fix: give the path of a .json file inside it']],
    [
      ['ok.json', 'missing.json', 'bom.json'],
      1,
      [
        'ok.json: ok (3 events, 0 warnings)',
        'missing.json: there is no such file. Fix: check the path and the file name',
        'bom.json: ok (3 events, 0 warnings)',
      ],
    ],
  ])('%j exits %i', async (paths, exitCode, lines) => {
    expect(await run(...paths)).toEqual({ exitCode, lines, usage: [] });
  });

  it('explains its use when given no file', async () => {
    expect(await run()).toEqual({ exitCode: 2, lines: [], usage: ['usage: npm run validate -- FILE.json [FILE.json …]'] });
  });
});
