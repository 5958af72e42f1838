// Reads a file in any format Sourceline takes, told apart by its content (never by its name or type):
// Sourceline JSON (with "version"), TimelineJS JSON (slides with "start_date"), and CSV by its header
// row (TimelineJS's spreadsheet template, or Sourceline's flat CSV). Then checks the result as any
// Sourceline file is checked, placing the checker's problems in the input. Throws EventGraphError only.
import { EventGraphError, isError, type Problem } from '../../model/problems.ts';
import { checkedEventGraphData, parseEventGraphJson, type CheckedEventGraphData } from '../../model/validate.ts';
import { FLAT_HEADER } from '../../model/flat-csv.ts';
import { type ConvertedInput, type InputFormat } from './converted.ts';
import { headerColumns, readCsv } from './csv-table.ts';
import { convertFlatCsv, isFlatHeader } from './sourceline-csv.ts';
import { convertTimelineJsCsv, isTimelineJsHeader } from './timelinejs-csv.ts';
import { convertTimelineJsJson, isTimelineJsJson } from './timelinejs-json.ts';

export type TextKind = 'json' | 'timelinejs-csv' | 'sourceline-csv' | 'unknown';

/**
 * What a text is, from its first characters and first line: JSON starts with "{" or "[" (or is
 * empty, or is markup, which the JSON reader explains); CSV starts with a header row naming known columns.
 */
export function sniffText(text: string): TextKind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '' || /^[{[<]/.test(start)) return 'json';
  const columns = headerColumns(start);
  if (isTimelineJsHeader(columns)) return 'timelinejs-csv';
  if (isFlatHeader(columns)) return 'sourceline-csv';
  // Text that can only be JSON (a string, a number, null, true, false) gets the JSON reader's message.
  return /^(["\d-]|(null|true|false)\s*$)/.test(start) && columns.length < 2 ? 'json' : 'unknown';
}

/**
 * The format of a text, parsing JSON to tell Sourceline's from TimelineJS's (for tests and the
 * terminal). Text that is not JSON at all counts as Sourceline JSON: the JSON reader says what is wrong.
 */
export function detectFormat(text: string): InputFormat | 'unknown' {
  const kind = sniffText(text);
  if (kind !== 'json') return kind;
  try {
    return isTimelineJsJson(parseEventGraphJson(text).value) ? 'timelinejs-json' : 'sourceline-json';
  } catch (caught) {
    if (caught instanceof EventGraphError) return 'sourceline-json';
    throw caught;
  }
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

/** A file's text as a value to check, in whichever format it is written. `where` names it (its file name gives an imported timeline its title). */
export function readInput(text: string, where: string): ConvertedInput {
  const kind = sniffText(text);
  if (kind === 'unknown') throw unknownFormat(text);
  if (kind === 'timelinejs-csv') return convertTimelineJsCsv(readCsv(text), where);
  if (kind === 'sourceline-csv') return convertFlatCsv(readCsv(text), where);
  const json = parseEventGraphJson(text);
  if (isTimelineJsJson(json.value)) {
    const converted = convertTimelineJsJson(json.value, where);
    return { ...converted, warnings: [...json.warnings, ...converted.warnings] };
  }
  return { format: 'sourceline-json', value: json.value, warnings: json.warnings, relocate: (path) => path };
}

/** The events an import produced, or an error saying why there are none. */
function importedNothing(input: ConvertedInput): Problem | null {
  if (input.format === 'sourceline-json') return null;
  const events = (input.value as { events?: unknown[] }).events ?? [];
  if (events.length > 0) return null;
  const warned = input.warnings.length > 0;
  return {
    severity: 'error',
    path: 'file',
    message: warned ? 'no event could be read from the file (the warnings below say why)' : 'the file holds no events',
    fix: warned ? 'correct the problems below, then open the file again' : 'add a row (or a slide) for each event, with at least a date and a headline',
  };
}

const relocated = (problems: readonly Problem[], input: ConvertedInput) => problems.map((p) => ({ ...p, path: input.relocate(p.path) }));

/**
 * Checks what readInput returned as a Sourceline file: every problem placed in the input, the
 * import's own warnings first. Throws EventGraphError listing every problem when there is an error.
 */
export function checkInput(input: ConvertedInput): CheckedEventGraphData {
  if (input.format === 'sourceline-json') return checkedEventGraphData(input.value, input.warnings);
  const nothing = importedNothing(input);
  if (nothing) throw new EventGraphError([nothing, ...input.warnings]);
  let checked: CheckedEventGraphData;
  try {
    checked = checkedEventGraphData(input.value);
  } catch (caught) {
    if (!(caught instanceof EventGraphError)) throw caught;
    const problems = relocated(caught.problems, input);
    throw new EventGraphError([...problems.filter(isError), ...input.warnings, ...problems.filter((p) => !isError(p))]);
  }
  return { data: checked.data, warnings: [...input.warnings, ...relocated(checked.warnings, input)] };
}
