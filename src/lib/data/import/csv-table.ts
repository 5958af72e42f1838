// Reads CSV text (d3-dsv) into a header and numbered rows, and matches the header's columns by name:
// trimmed, case and spacing ignored ("Source URL" = "source_url"). Rows are numbered as a spreadsheet
// numbers them (the header is row 1), whatever line breaks their cells hold. Pure.
import { dsvFormat } from 'd3-dsv';
import { EventGraphError, type Problem } from '../../model/problems.ts';

export interface CsvRow {
  /** The row's number in a spreadsheet: the header is row 1, the first data row is row 2. */
  readonly number: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** The column names as written, trimmed. */
  readonly header: readonly string[];
  /** The rows under the header that hold anything; blank rows are left out. */
  readonly rows: readonly CsvRow[];
  readonly delimiter: ',' | ';' | '\t';
}

/** How a header cell is compared: "  Source_URL " → "source url". */
export const normalizeColumn = (name: string) => name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_]+/g, ' ');

/** The text's first line, where the header is. */
const firstLine = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';

/** The delimiter the header row uses most, outside quotes: a comma unless semicolons or tabs win. */
function guessDelimiter(line: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/** The header row's cells, normalized, read from the first line alone (for telling formats apart). */
export function headerColumns(text: string): string[] {
  const line = firstLine(text);
  return (dsvFormat(guessDelimiter(line)).parseRows(line)[0] ?? []).map(normalizeColumn);
}

/**
 * Where a quoted cell opens that no quote closes, as a spreadsheet numbers it (row 1 is the header;
 * cells from 1), or null. Reads the text as d3-dsv does: a cell is quoted when it starts with `"`,
 * and a `""` inside it is one quote; d3-dsv reads the whole rest of the file into such a cell.
 */
export function unclosedQuote(body: string, delimiter: CsvTable['delimiter']): { row: number; cell: number; index: number } | null {
  const QUOTE = 34;
  const NEWLINE = 10;
  const RETURN = 13;
  const DELIMITER = delimiter.charCodeAt(0);
  let row = 1;
  let cell = 1;
  let i = 0;
  while (i < body.length) {
    if (body.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      for (;;) {
        j = body.indexOf('"', j);
        if (j < 0) return { row, cell, index: i };
        if (body.charCodeAt(j + 1) !== QUOTE) break;
        j += 2;
      }
      i = j + 1;
    }
    // The rest of the cell, to the next delimiter or line break.
    while (i < body.length) {
      const c = body.charCodeAt(i);
      if (c === DELIMITER || c === NEWLINE || c === RETURN) break;
      i++;
    }
    if (i >= body.length) break;
    const c = body.charCodeAt(i++);
    if (c === DELIMITER) cell++;
    else {
      if (c === RETURN && body.charCodeAt(i) === NEWLINE) i++;
      row++;
      cell = 1;
    }
  }
  return null;
}

/** An unclosed quote takes the rest of the file into one cell: refused, at the quote, rather than read wrong. */
function unclosedQuoteError(body: string, at: { row: number; cell: number; index: number }, header: readonly string[]): EventGraphError {
  const name = at.row === 1 ? '' : (header[at.cell - 1] ?? '').trim();
  const where = name === '' ? `row ${at.row}, cell ${at.cell}` : cellPlace(at.row, name);
  const linesAfter = body.slice(at.index).match(/\r\n|\n|\r/g)?.length ?? 0;
  const message = `a quote (") opens this cell and is never closed, so the rest of the file${linesAfter > 0 ? ` (${linesAfter.toLocaleString('en')} more ${linesAfter === 1 ? 'line' : 'lines'})` : ''} would be read into it`;
  return new EventGraphError([{ severity: 'error', path: where, message, fix: 'end the cell\'s text with a ", and write a quote inside a quoted cell as ""' }], message);
}

/** The text as a header and rows; throws EventGraphError for a quote that is never closed. */
export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(firstLine(body));
  const records = dsvFormat(delimiter).parseRows(body);
  const open = unclosedQuote(body, delimiter);
  if (open) throw unclosedQuoteError(body, open, records[0] ?? []);
  const header = (records[0] ?? []).map((name) => name.trim());
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ number: i + 1, cells });
  }
  return { header, rows, delimiter };
}

/** Where a cell is, for messages: `row 7, column Year`. */
export const cellPlace = (row: number, column: string) => `row ${row}, column ${column}`;

export interface ColumnMatch<K extends string> {
  /** The index of each known column found, by key. */
  readonly index: ReadonlyMap<K, number>;
  /** Each key's column name as the file writes it, for messages. */
  readonly name: (key: K) => string;
  readonly warnings: readonly Problem[];
}

/**
 * Finds the known columns in a header, by any of their names. Unknown columns and columns named
 * twice are reported as warnings (the first of two is read), naming the columns that are read.
 */
export function matchColumns<K extends string>(header: readonly string[], known: Readonly<Record<K, readonly string[]>>, format: string): ColumnMatch<K> {
  const index = new Map<K, number>();
  const warnings: Problem[] = [];
  const keys = Object.keys(known) as K[];
  const canonical = (key: K) => known[key][0]!;
  header.forEach((written, i) => {
    const name = normalizeColumn(written);
    const key = keys.find((k) => known[k].includes(name));
    const shown = written === '' ? `column ${i + 1}` : `column ${written}`;
    if (key === undefined) {
      if (name === '') return;
      warnings.push({
        severity: 'warning',
        path: shown,
        message: `${JSON.stringify(written)} is not a column of the ${format} format; its cells are left out`,
        fix: `rename it to one of ${keys.map((k) => canonical(k)).join(', ')}, or remove it`,
      });
    } else if (index.has(key)) {
      warnings.push({ severity: 'warning', path: shown, message: `the ${canonical(key)} column is there twice; only the first is read`, fix: 'remove or rename one of them' });
    } else index.set(key, i);
  });
  const name = (key: K) => {
    const i = index.get(key);
    return i === undefined ? canonical(key) : header[i] || canonical(key);
  };
  return { index, name, warnings };
}

/** A row's cell in a known column, trimmed; '' when the column or the cell is missing. */
export function cellOf<K extends string>(row: CsvRow, columns: ColumnMatch<K>, key: K): string {
  const i = columns.index.get(key);
  return i === undefined ? '' : (row.cells[i] ?? '').trim();
}

/** A warning for a row with cells beyond the header's columns (they would otherwise be lost without a word). */
export function extraCellsWarning(row: CsvRow, header: readonly string[]): Problem | null {
  const extra = row.cells.slice(header.length).filter((cell) => cell.trim() !== '');
  if (extra.length === 0) return null;
  return {
    severity: 'warning',
    path: `row ${row.number}`,
    message: `the row has ${row.cells.length} cells but the header names ${header.length} columns; ${extra.length === 1 ? 'the extra cell is' : `${extra.length} extra cells are`} left out`,
    fix: 'add a name for the extra column to the header row, or check for an unquoted comma in a cell',
  };
}
