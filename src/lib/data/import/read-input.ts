// Reads a file in any format Sourceline takes, told apart by its content (never by its name or type):
// Sourceline JSON (with "version"), TimelineJS JSON (slides with "start_date"), and CSV by its header
// row (TimelineJS's spreadsheet template, or Sourceline's flat CSV). Then checks the result as any
// Sourceline file is checked, placing the checker's problems in the input. Throws EventGraphError only.
// For the terminal and the tests; the parse worker puts the same pieces together itself, loading the
// importers (read-formats.ts) and the JSON syntax explainer only for a file that needs them.
import { parseEventGraphJson } from '../../model/json-file.ts';
import { EventGraphError } from '../../model/problems.ts';
import type { ConvertedInput, InputFormat } from './converted.ts';
import { isTimelineJsJson } from './json-input.ts';
import { readJson, readNonJson, sniffText } from './read-formats.ts';

export { checkInput } from './json-input.ts';

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

/** A file's text as a value to check, in whichever format it is written. `where` names it (its file name gives an imported timeline its title). */
export function readInput(text: string, where: string): ConvertedInput {
  const read = readNonJson(text, where);
  return read === 'json' ? readJson(parseEventGraphJson(text), where) : read;
}
