// Reads the columnar files analysts export (Apache Parquet, read with hyparquet; Arrow IPC, file or
// stream, read with apache-arrow) as Sourceline's flat CSV: the same columns by name (id, title,
// start, end, actors, tags, summary, place, latitude, longitude, …), the same importer
// (sourceline-csv.ts), so the same checks and the same messages, placed by row: `row 3, column start`,
// rows counted from 1 (the first row of data; these files have no header row). Typed cells are
// written as the CSV would hold them: a date column as YYYY-MM-DD, a timestamp as an ISO instant in
// UTC, a list as "a; b". The parse worker loads this module (and the reader it needs) only for such a
// file, told apart by its first bytes. Throws EventGraphError only.
import { EventGraphError } from '../../model/problems.ts';
import { FLAT_HEADER, guardFormula, joinList } from '../../model/flat-csv.ts';
import type { ConvertedInput } from './converted.ts';
import { normalizeColumn, type CsvRow, type CsvTable } from './csv-table.ts';
import { convertFlatCsv, isFlatHeader } from './sourceline-csv.ts';
import type { ColumnarKind } from './columnar-sniff.ts';

const FORMAT_NAME: Readonly<Record<ColumnarKind, string>> = { parquet: 'Parquet', arrow: 'Arrow' };

function refuse(message: string, fix: string): EventGraphError {
  return new EventGraphError([{ severity: 'error', path: 'file', message, fix }], message);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A year as the format writes it: 4 digits, signed beyond 0000–9999 (-0490 is 491 BCE). */
const yearText = (year: number) => (year < 0 ? `-${pad(year, 4)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4));

/** A calendar day from days since 1970-01-01. */
export function dayText(days: number): string {
  const date = new Date(days * 86_400_000);
  if (!Number.isFinite(days) || Number.isNaN(date.getTime())) return String(days);
  return `${yearText(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** An instant in UTC, to the second (the format holds no fractions of a second). */
export function instantText(ms: number): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return 'an invalid timestamp';
  const day = dayText(Math.floor(ms / 86_400_000));
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}Z`;
}

/** One value as the CSV cell that holds it (guarded, since the flat importer unguards every cell). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return guardFormula(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return instantText(value.getTime());
  if (typeof value === 'object' && Symbol.iterator in value && !(value instanceof Uint8Array))
    return guardFormula(joinList([...(value as Iterable<unknown>)].map((item) => (item === null || item === undefined ? '' : typeof item === 'object' ? JSON.stringify(item) : String(item)))));
  return guardFormula(JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '');
}

/** Columns as a CSV table: the names as its header, a row per record (rows with no cell left out, as blank CSV rows are). */
export function tableOf(names: readonly string[], rowCount: number, cell: (column: number, row: number) => string): CsvTable {
  const rows: CsvRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells = names.map((_, c) => cell(c, r));
    if (cells.some((text) => text.trim() !== '')) rows.push({ number: r + 1, cells });
  }
  return { header: names.map((name) => name.trim()), rows, delimiter: ',' };
}

/** The table as input to check, through the flat CSV importer; refused when its columns are not the flat format's. */
export function convertColumnar(table: CsvTable, kind: ColumnarKind, where: string): ConvertedInput {
  const columns = table.header.map(normalizeColumn);
  if (!isFlatHeader(columns)) {
    const shown = table.header.slice(0, 6).map((c) => JSON.stringify(c)).join(', ') + (table.header.length > 6 ? ', …' : '');
    throw refuse(
      `the ${FORMAT_NAME[kind]} file's columns (${shown || 'none'}) are not Sourceline's: it needs a title (or an id) and a start column`,
      `name its columns as Sourceline's CSV does: ${FLAT_HEADER.slice(0, 10).join(', ')}, … (see the format guide)`,
    );
  }
  return convertFlatCsv(table, where, { format: kind, name: FORMAT_NAME[kind] });
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : (bytes.slice().buffer as ArrayBuffer);

/** What the reader said about a file it could not read, said for a person. */
function unreadable(kind: ColumnarKind, caught: unknown): EventGraphError {
  const detail = caught instanceof Error ? caught.message : String(caught);
  const codec = /unsupported compression codec: (\w+)/.exec(detail)?.[1];
  if (codec)
    return refuse(
      `the Parquet file is compressed with ${codec}, which Sourceline does not read`,
      "save it with Snappy compression or none (pandas: df.to_parquet(path, compression='snappy'); Polars: df.write_parquet(path, compression='snappy'))",
    );
  return refuse(`the ${FORMAT_NAME[kind]} file could not be read (${detail})`, `check that the file is whole (not cut short by a download), or save it again as ${FORMAT_NAME[kind]}`);
}

async function readParquet(bytes: Uint8Array): Promise<CsvTable> {
  const { parquetMetadata, parquetRead, parquetSchema } = await import('hyparquet');
  const file = toArrayBuffer(bytes);
  const metadata = parquetMetadata(file);
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  let records: unknown[][] = [];
  await parquetRead({
    file,
    metadata,
    rowFormat: 'array',
    // Dates as the format writes them; timestamps stay Dates, written in UTC by cellText.
    parsers: { dateFromDays: (days: number) => dayText(days) } as never,
    onComplete: (rows: unknown[][]) => (records = rows),
  });
  return tableOf(names, records.length, (c, r) => cellText(records[r]![c]));
}

async function readArrow(bytes: Uint8Array): Promise<CsvTable> {
  const { tableFromIPC, DataType, DateUnit } = await import('apache-arrow');
  const table = tableFromIPC(bytes);
  const fields = table.schema.fields;
  const columns = fields.map((field, i) => {
    const vector = table.getChildAt(i)!;
    const values = [...vector] as unknown[];
    if (DataType.isDate(field.type)) {
      const byDay = field.type.unit === DateUnit.DAY;
      return values.map((v) => (v === null ? '' : typeof v === 'number' ? (byDay ? dayText(Math.floor(v / 86_400_000)) : instantText(v)) : cellText(v)));
    }
    if (DataType.isTimestamp(field.type)) return values.map((v) => (v === null ? '' : typeof v === 'number' ? instantText(v) : cellText(v)));
    return values.map(cellText);
  });
  return tableOf(
    fields.map((field) => field.name),
    table.numRows,
    (c, r) => columns[c]![r]!,
  );
}

/** A Parquet or Arrow file's bytes as input to check (the importer's warnings placed by row and column). */
export async function readColumnar(bytes: Uint8Array, kind: ColumnarKind, where: string): Promise<ConvertedInput> {
  let table: CsvTable;
  try {
    table = kind === 'parquet' ? await readParquet(bytes) : await readArrow(bytes);
  } catch (caught) {
    if (caught instanceof EventGraphError) throw caught;
    throw unreadable(kind, caught);
  }
  return convertColumnar(table, kind, where);
}
