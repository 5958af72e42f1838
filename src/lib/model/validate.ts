// STUB — being replaced by the full validator (json-text, shape problems, references, unknown fields).
import { buildGraph, type EventGraph } from './graph.ts';
import { EventGraphError, type Problem } from './problems.ts';
import { eventGraphSchema } from './schema.ts';

export interface ParsedEventGraph {
  readonly graph: EventGraph;
  readonly warnings: readonly Problem[];
}

/** Parses and checks a data file's text. Throws EventGraphError (and nothing else) listing every problem. */
export function parseEventGraph(text: string): ParsedEventGraph {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new EventGraphError([{ severity: 'error', path: 'file', message: 'not JSON', fix: 'fix the syntax' }]);
  }
  const result = eventGraphSchema.safeParse(value);
  if (!result.success) throw new EventGraphError(result.error.issues.map((i) => ({ severity: 'error', path: i.path.join('.'), message: i.message, fix: '' })));
  return { graph: buildGraph(result.data), warnings: [] };
}
