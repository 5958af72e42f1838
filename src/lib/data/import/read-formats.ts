// The formats Sourceline reads besides its own JSON, told apart by their content (never by a file's
// name or type): TimelineJS JSON (slides with "start_date"), and CSV by its header row (TimelineJS's
// spreadsheet template, or Sourceline's flat CSV). The parse worker loads this module only for a file
// in one of them. Throws EventGraphError only.
import { EventGraphError } from '../../model/problems.ts';
import { FLAT_HEADER } from '../../model/flat-csv.ts';
import type { ConvertedInput } from './converted.ts';
import { headerColumns, readCsv } from './csv-table.ts';
import { convertFlatCsv, isFlatHeader } from './sourceline-csv.ts';
import { convertTimelineJsCsv, isTimelineJsHeader } from './timelinejs-csv.ts';
import { isTimelineJsJson, sourcelineJsonInput, startsLikeJson, type ParsedJson } from './json-input.ts';
import { convertTimelineJsJson } from './timelinejs-json.ts';

export type TextKind = 'json' | 'timelinejs-csv' | 'sourceline-csv' | 'unknown';

/**
 * What a text is, from its first characters and first line: JSON starts with "{" or "[" (or is
 * empty, or is markup, which the JSON reader explains); CSV starts with a header row naming known columns.
 */
export function sniffText(text: string): TextKind {
  if (startsLikeJson(text)) return 'json';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const columns = headerColumns(start);
  if (isTimelineJsHeader(columns)) return 'timelinejs-csv';
  if (isFlatHeader(columns)) return 'sourceline-csv';
  // Text that can only be JSON (a string, a number, null, true, false) gets the JSON reader's message.
  return /^(["\d-]|(null|true|false)\s*$)/.test(start) && columns.length < 2 ? 'json' : 'unknown';
}

/** A first line that looks like a header row: a few short names, not a sentence. */
const looksLikeHeader = (columns: readonly string[]) => columns.length >= 2 && columns.every((c) => c !== '' && c.length <= 40 && !/[.!?]$/.test(c));

function unknownFormat(text: string): EventGraphError {
  const columns = headerColumns(text.trimStart());
  const message =
    looksLikeHeader(columns)
      ? `the first row names no columns Sourceline reads (${columns.slice(0, 6).map((c) => JSON.stringify(c)).join(', ')}${columns.length > 6 ? ', …' : ''})`
      : 'the file is neither JSON nor a CSV with a header row';
  const fix = `open a Sourceline JSON file, a TimelineJS JSON file, or a CSV whose first row names its columns: TimelineJS's template (Year, Month, Day, Headline, Text, …) or Sourceline's (${FLAT_HEADER.slice(0, 4).join(', ')}, …)`;
  return new EventGraphError([{ severity: 'error', path: 'file', message, fix }], message);
}

/** Text in one of the CSV formats as input to check; 'json' for text only the JSON reader can read or explain. */
export function readNonJson(text: string, where: string): ConvertedInput | 'json' {
  const kind = sniffText(text);
  if (kind === 'unknown') throw unknownFormat(text);
  if (kind === 'timelinejs-csv') return convertTimelineJsCsv(readCsv(text), where);
  if (kind === 'sourceline-csv') return convertFlatCsv(readCsv(text), where);
  return 'json';
}

/** Parsed JSON as input: TimelineJS's converted, Sourceline's as it is. */
export function readJson(json: ParsedJson, where: string): ConvertedInput {
  if (!isTimelineJsJson(json.value)) return sourcelineJsonInput(json);
  const converted = convertTimelineJsJson(json.value, where);
  return { ...converted, warnings: [...json.warnings, ...converted.warnings] };
}

