import { csvFormatRows, dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventGraphError } from '../../model/problems.ts';
import { readCsv, unclosedQuote } from './csv-table.ts';

describe('unclosedQuote finds a quoted cell no quote closes', () => {
  it.each([
    ['none', 'id,title\na,"b"\n', null],
    ['a doubled quote inside a closed cell', 'id,title\na,"say ""hi"""\n', null],
    ['a line break inside a closed cell', 'id,title\na,"two\nlines"\nb,c\n', null],
    ['a quote in the middle of a cell (not a quoted cell)', 'id,title\na,5" pipe\n', null],
    ['the second cell of row 3', 'id,title\na,b\nc,"never closed\nd,e\nf,g\n', { row: 3, cell: 2 }],
    ['after a line break held in a quoted cell', 'id,title\n"x\ny",b\nc,"open\n', { row: 3, cell: 2 }],
    ['with CRLF line ends', 'id,title\r\na,b\r\n"open,c\r\n', { row: 3, cell: 1 }],
    ['a doubled quote at the very end', 'id,title\na,"ends ""', { row: 2, cell: 2 }],
    ['semicolons', 'id;title\na;"open', { row: 2, cell: 2 }],
  ])('%s', (_what, text, expected) => {
    const delimiter = text.includes(';') ? ';' : ',';
    const found = unclosedQuote(text, delimiter);
    expect(found === null ? null : { row: found.row, cell: found.cell }).toEqual(expected);
  });

  it('agrees with d3-dsv on any table it writes (never a quote left open), and on any text cut short inside a quoted cell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = csvFormatRows(rows);
        expect(unclosedQuote(text, ',')).toBeNull();
        // A row after it whose first cell opens a quote that is never closed.
        const cut = `${text}\n"${rows.flat().join(' ').replace(/"/g, '')}`;
        const found = unclosedQuote(cut, ',');
        expect(found).toMatchObject({ row: dsvFormat(',').parseRows(cut).length, cell: 1 });
      }),
      { seed: 14 },
    );
  });
});

describe('readCsv', () => {
  it('refuses a quote that is never closed at its row and column, rather than read the rest of the file into one cell', () => {
    const text = 'id,title,start,summary\na,First,2008,"fine"\nb,Second,2009,"the quote is not closed\nc,Third,2010,x\nd,Fourth,2011,y\n';
    let caught: unknown;
    try {
      readCsv(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EventGraphError);
    expect((caught as EventGraphError).problems).toEqual([
      {
        severity: 'error',
        path: 'row 3, column summary',
        message: 'a quote (") opens this cell and is never closed, so the rest of the file (3 more lines) would be read into it',
        fix: 'end the cell\'s text with a ", and write a quote inside a quoted cell as ""',
      },
    ]);
  });

  it('reads a table whose quotes are closed', () => {
    expect(readCsv('id,title\na,"b, c"\n').rows).toEqual([{ number: 2, cells: ['a', 'b, c'] }]);
  });
});
