// Reads a data file's text into an indexed EventGraph, or reports every problem at once: syntax, then
// shape, references and unknown fields together. Pure (no DOM), so the CLI and a Web Worker can run it.
// Throws EventGraphError and nothing else.
import { buildGraph, type EventGraph } from './graph.ts';
import type * as z from 'zod/mini';
import { COLLECTIONS, isPlainObject } from './item-context.ts';
import { EventGraphError, guarded, isError, type Problem } from './problems.ts';
import { graphWarnings } from './graph-warnings.ts';
import { referenceProblems } from './references.ts';
import {
  actorSchema,
  eraSchema,
  eventGraphSchema,
  eventSchema,
  KNOWN_FIELDS,
  linkSchema,
  quoteSchema,
  sourceSchema,
  storyStepSchema,
  type EventGraphData,
} from './schema.ts';
import { quickItem } from './quick-items.ts';
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

/** Each list of the file and the schema of its items. */
export const LIST_ITEMS = {
  actors: actorSchema,
  sources: sourceSchema,
  events: eventSchema,
  quotes: quoteSchema,
  links: linkSchema,
  story: storyStepSchema,
  eras: eraSchema,
} as const;
type ListName = keyof typeof LIST_ITEMS;
type Issue = z.core.$ZodIssue;

/**
 * The schema's check, a list's items one at a time: zod gathers an object's issues with
 * `push(...issues)`, which overflows the stack once a list has some 120,000 of them. The file
 * without its lists is checked as a whole, then each item of each list on its own, its issues
 * placed under the list and the item.
 */
function checkShape(value: unknown): { data: EventGraphData | null; issues: Issue[] } {
  if (!isPlainObject(value)) {
    const whole = eventGraphSchema.safeParse(value, { reportInput: true });
    return whole.success ? { data: whole.data, issues: [] } : { data: null, issues: whole.error.issues };
  }
  // Only the format's own fields are read (the rest are reported as unknown): no data key reaches a prototype.
  const head: Record<string, unknown> = {};
  for (const key of KNOWN_FIELDS['']) if (Object.hasOwn(value, key)) head[key] = key in LIST_ITEMS && Array.isArray(value[key]) ? [] : value[key];
  const checked = eventGraphSchema.safeParse(head, { reportInput: true });
  const issues: Issue[] = checked.success ? [] : checked.error.issues;
  const lists: Partial<Record<ListName, unknown[]>> = {};
  for (const name of Object.keys(LIST_ITEMS) as ListName[]) {
    const items = value[name];
    if (!Array.isArray(items)) continue;
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      // Most items pass: checked without zod, exactly as zod would (quick-items.ts); zod for any doubt, and says what is wrong.
      const quick = quickItem(name, item);
      if (quick) {
        out.push(quick);
        continue;
      }
      const result = LIST_ITEMS[name].safeParse(item, { reportInput: true });
      if (result.success) out.push(result.data);
      else for (const issue of result.error.issues) issues.push({ ...issue, path: [name, i, ...issue.path] });
    }
    lists[name] = out;
  }
  return { data: checked.success && issues.length === 0 ? ({ ...checked.data, ...lists } as EventGraphData) : null, issues };
}

/** Every problem with an already-parsed value (from JSON.parse); never throws for any JSON value. */
export function checkEventGraph(value: unknown): EventGraphCheck {
  const shape = checkShape(value);
  const problems = shapeProblems(shape.issues, value);
  // One at a time: a spread of 100,000 problems into push() would overflow the stack.
  for (const more of [referenceProblems(value), unknownFieldWarnings(value)]) for (const problem of more) problems.push(problem);
  const data = shape.data && !problems.some(isError) ? shape.data : null;
  // Only a graph whose references hold can be read for what may mislead (unsourced events, loops…).
  if (data) for (const problem of graphWarnings(data)) problems.push(problem);
  return { data, problems: inFileOrder(problems) };
}

/** Checked data and its warnings in file order, before indexing; throws EventGraphError on any error. */
function finish(check: EventGraphCheck, earlierWarnings: readonly Problem[]): CheckedEventGraphData {
  const problems = [...check.problems];
  for (const warning of earlierWarnings) problems.push(warning);
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
