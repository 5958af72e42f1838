import { tableFromArrays, tableToIPC, DateDay, Field, List, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { EventGraphError } from '../../model/problems.ts';
import { parseJob } from '../parse-job.ts';
import type { ParseReply } from '../parse-protocol.ts';
import { cellText, dayText, instantText, readColumnar } from './columnar-input.ts';
import { sniffColumnar } from './columnar-sniff.ts';
import { checkInput, readInput } from './read-input.ts';

/** Three rows: a good one, one without a title, one with a date that does not exist. */
const COLUMNS = {
  id: ['summit', 'nameless', 'leap'],
  title: ['Bucharest summit', '', 'A day too many'],
  start: ['2008-04-02', '2008-04-05', '2001-02-29'],
  actors: ['NATO; Ukraine', 'NATO', ''],
};
const CSV = `id,title,start,actors\n${COLUMNS.id.map((id, i) => [id, COLUMNS.title[i], COLUMNS.start[i], `"${COLUMNS.actors[i]}"`].join(',')).join('\n')}\n`;

const parquet = (columns: Record<string, unknown[]>) =>
  new Uint8Array(parquetWriteBuffer({ columnData: Object.entries(columns).map(([name, data]) => ({ name, data, type: 'STRING' as const })) }));
const arrow = (columns: Record<string, string[]>) => tableToIPC(tableFromArrays(columns), 'file');
const said = (problems: readonly { path: string; message: string }[]) => problems.map((p) => `${p.path}: ${p.message}`);

/** The CSV's places are spreadsheet rows (the header is row 1); a columnar file's count its rows of data from 1. */
const csvRowsAsDataRows = (lines: string[]) => lines.map((line) => line.replace(/^row (\d+)/, (_, n: string) => `row ${Number(n) - 1}`));

describe('Parquet and Arrow files, read as the flat CSV', () => {
  const fromCsv = csvRowsAsDataRows(said(readInput(CSV, 'story.csv').warnings));

  it('are told apart from text by their first bytes', () => {
    expect(sniffColumnar(parquet(COLUMNS))).toBe('parquet');
    expect(sniffColumnar(arrow(COLUMNS))).toBe('arrow');
    expect(sniffColumnar(tableToIPC(tableFromArrays(COLUMNS), 'stream'))).toBe('arrow');
    expect(sniffColumnar(new TextEncoder().encode(CSV))).toBeNull();
    expect(sniffColumnar(new TextEncoder().encode('{"version":1}'))).toBeNull();
  });

  it.each([
    ['Parquet', 'parquet', () => parquet(COLUMNS)],
    ['Arrow', 'arrow', () => arrow(COLUMNS)],
  ] as const)('%s: bad rows get the same messages as in a CSV, placed by row and column', async (_, kind, bytes) => {
    const input = await readColumnar(bytes(), kind, 'story');
    expect(fromCsv).toEqual([
      'row 2, column title: the title is empty; the row is left out',
      'row 3, column start: February 2001 has 28 days (2001 is not a leap year), so day 29 does not exist; the row is left out',
    ]);
    expect(said(input.warnings)).toEqual(fromCsv);
    const { data } = checkInput(input);
    expect(data.events.map((e) => [e.id, e.title, e.start.text, e.actors])).toEqual([['summit', 'Bucharest summit', '2008-04-02', ['nato', 'ukraine']]]);
    expect(data.actors.map((a) => a.name)).toEqual(['NATO', 'Ukraine']);
  });

  it.each([
    ['Parquet', 'parquet', () => parquet({ title: [''], start: ['2001-02-30'] })],
    ['Arrow', 'arrow', () => arrow({ title: ['X'], start: ['2001-02-30'] })],
  ] as const)('%s: a file with no readable row is refused, with each row said', async (_, kind, bytes) => {
    const input = await readColumnar(bytes(), kind, 'story');
    expect(() => checkInput(input)).toThrow(EventGraphError);
    try {
      checkInput(input);
    } catch (caught) {
      const problems = said((caught as EventGraphError).problems);
      expect(problems[0]).toBe('file: no event could be read from the file (the warnings below say why)');
      expect(problems[1]).toMatch(/^row 1, column (title|start): /);
    }
  });

  it('refuses columns that are not the flat format, saying which it found and which it needs', async () => {
    await expect(readColumnar(arrow({ name: ['a'], when: ['2001'] }), 'arrow', 'x')).rejects.toThrow(/the Arrow file's columns \("name", "when"\) are not Sourceline's/);
  });

  it('says a damaged file could not be read, rather than failing without a word', async () => {
    const bytes = parquet(COLUMNS).slice(0, 40);
    await expect(readColumnar(bytes, 'parquet', 'x')).rejects.toThrow(EventGraphError);
  });

  it('reads typed columns as the CSV writes them: days, UTC instants, lists, numbers', async () => {
    const table = new Table({
      title: vectorFromArray(['Summit']),
      start: vectorFromArray([new Date(Date.UTC(2008, 3, 2))], new DateDay()),
      tags: vectorFromArray([['a', 'b;c']], new List(new Field('item', new Utf8(), true))),
    });
    const withList = tableToIPC(table, 'file');
    const { data } = checkInput(await readColumnar(withList, 'arrow', 'x'));
    expect(data.events[0]).toMatchObject({ title: 'Summit', start: { text: '2008-04-02' }, tags: ['a', 'b;c'] });
    expect(dayText(-2)).toBe('1969-12-30');
    expect(dayText(Date.UTC(-489, 8, 12) / 86_400_000)).toBe('-0489-09-12');
    expect(instantText(Date.UTC(2008, 3, 2, 10, 30, 5, 250))).toBe('2008-04-02T10:30:05Z');
    expect(cellText(null)).toBe('');
    expect(cellText(12n)).toBe('12');
    expect(cellText('=1+1')).toBe("'=1+1");
  });

  it('reaches the page through the parse job as any file does', async () => {
    const replies: ParseReply[] = [];
    for await (const reply of parseJob([parquet(COLUMNS)], 'story.parquet')) replies.push(reply);
    expect(replies.at(-1)).toEqual({ type: 'done' });
    const warnings = replies.filter((r) => r.type === 'problem-slice').flatMap((r) => JSON.parse(r.json) as { path: string; message: string }[]);
    // The checker's own warnings are placed by row too, as for a CSV.
    const csvChecked = csvRowsAsDataRows(said(checkInput(readInput(CSV, 'story.csv')).warnings));
    expect(said(warnings)).toEqual(csvChecked);
    expect(csvChecked).toContain('row 1, column source title: event "summit" rests on no source');
  });
});
