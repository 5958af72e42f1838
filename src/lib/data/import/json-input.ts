// What the parse worker needs for every file, without the importers: reading JSON as Sourceline's
// format, telling TimelineJS's JSON apart (read-input.ts converts it, loaded only then), and
// checking any input as a Sourceline file, its problems placed in the input. Pure.
import { EventGraphError, isError, type Problem } from '../../model/problems.ts';
import { checkedEventGraphData, type CheckedEventGraphData } from '../../model/validate.ts';
import type { ConvertedInput } from './converted.ts';

export interface ParsedJson {
  readonly value: unknown;
  readonly warnings: readonly Problem[];
}

/** Text that only the JSON reader can read, or explain: it starts with "{", "[" or markup, or is empty. */
export function startsLikeJson(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start === '' || /^[{[<]/.test(start);
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A property of the object itself (never one inherited, such as __proto__). */
export const own = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/** True for a TimelineJS file: no Sourceline `version`, and slides with `start_date` (or a title slide). */
export function isTimelineJsJson(value: unknown): boolean {
  if (!isObject(value) || Object.hasOwn(value, 'version')) return false;
  const events = own(value, 'events');
  if (!Array.isArray(events)) return false;
  return events.some((e) => own(e, 'start_date') !== undefined) || (events.length === 0 && isObject(own(value, 'title')));
}

export const sourcelineJsonInput = (json: ParsedJson): ConvertedInput => ({ format: 'sourceline-json', value: json.value, warnings: json.warnings, relocate: (path) => path });

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
