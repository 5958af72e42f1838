// Reads a data file's text into an indexed EventGraph, or reports every problem at once: syntax, then
// shape, references and unknown fields together. Pure (no DOM), so the CLI and a Web Worker can run it.
// Throws EventGraphError and nothing else.
import { buildGraph, type EventGraph } from './graph.ts';
import { COLLECTIONS } from './item-context.ts';
import { EventGraphError, guarded, isError, type Problem } from './problems.ts';
import { graphWarnings } from './graph-warnings.ts';
import { referenceProblems } from './references.ts';
import { eventGraphSchema, KNOWN_FIELDS, type EventGraphData } from './schema.ts';
import { shapeProblems } from './shape-problems.ts';
import { unknownFieldWarnings } from './unknown-fields.ts';

export interface ParsedEventGraph {
  readonly graph: EventGraph;
  readonly warnings: readonly Problem[];
}

export interface CheckedEventGraphData {
  readonly data: EventGraphData;
  /** Every warning, in the order of the file's sections. */
  readonly warnings: readonly Problem[];
}

export interface EventGraphCheck {
  /** The checked data, or null when there is any error. */
  readonly data: EventGraphData | null;
  /** Errors first, then warnings, each in the order of the file's sections. */
  readonly problems: readonly Problem[];
}

const SECTION_ORDER: readonly string[] = ['file', ...KNOWN_FIELDS[''].filter((k) => !(COLLECTIONS as readonly string[]).includes(k)), ...COLLECTIONS];

/** Sorts by section (top-level fields, actors, sources, events, quotes, links) and item index; stable. */
export function inFileOrder(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => {
    const match = /^([$\w]+)(?:\[(\d+)\])?/.exec(p.path);
    const section = match ? SECTION_ORDER.indexOf(match[1]!) : -1;
    return [p.severity === 'error' ? 0 : 1, section, match?.[2] === undefined ? -1 : Number(match[2])] as const;
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map(({ p }) => p);
}

/** Every problem with an already-parsed value (from JSON.parse); never throws for any JSON value. */
export function checkEventGraph(value: unknown): EventGraphCheck {
  const result = eventGraphSchema.safeParse(value, { reportInput: true });
  const problems = [...(result.success ? [] : shapeProblems(result.error.issues, value)), ...referenceProblems(value), ...unknownFieldWarnings(value)];
  const data = result.success && !problems.some(isError) ? result.data : null;
  // Only a graph whose references hold can be read for what may mislead (unsourced events, loops…).
  if (data) problems.push(...graphWarnings(data));
  return { data, problems: inFileOrder(problems) };
}

/** Checked data and its warnings in file order, before indexing; throws EventGraphError on any error. */
function finish(check: EventGraphCheck, earlierWarnings: readonly Problem[]): CheckedEventGraphData {
  const problems = [...check.problems, ...earlierWarnings];
  if (check.data === null) throw new EventGraphError(inFileOrder(problems));
  return { data: check.data, warnings: inFileOrder(problems) };
}

export const indexed = ({ data, warnings }: CheckedEventGraphData): ParsedEventGraph => ({ graph: buildGraph(data), warnings });

/**
 * Checks a parsed value, keeping the warnings from parsing it: the checked data, not yet indexed, for
 * callers that index it elsewhere (a Web Worker sends it to the page). Throws EventGraphError.
 */
export function checkedEventGraphData(value: unknown, parseWarnings: readonly Problem[] = []): CheckedEventGraphData {
  return guarded(() => finish(checkEventGraph(value), parseWarnings));
}

/** Checks an already-parsed value (for callers that parsed JSON themselves). Throws EventGraphError. */
export function validateEventGraph(value: unknown): ParsedEventGraph {
  return guarded(() => indexed(checkedEventGraphData(value)));
}
