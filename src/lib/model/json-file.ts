// A data file's text as a JSON value, every syntax error explained (jsonc-parser), and as a checked
// graph: for the terminal, the tests and the importers. Kept apart from validate.ts so the parse
// worker does not carry jsonc-parser: it reads JSON itself and loads the explainer only for a file
// that needs it (parse-job.ts).
import { syntaxProblems } from './json-syntax.ts';
import { parseJsonText } from './json-text.ts';
import { EventGraphError, guarded, type Problem } from './problems.ts';
import { checkedEventGraphData, indexed, type ParsedEventGraph } from './validate.ts';

/** A data file's text as a JSON value with its warnings (keys written twice). Throws EventGraphError. */
export function parseEventGraphJson(text: string): { readonly value: unknown; readonly warnings: readonly Problem[] } {
  return guarded(() => {
    const json = parseJsonText(text, syntaxProblems);
    if (!json.ok) throw new EventGraphError(json.problems);
    return json;
  });
}

/** Parses and checks a data file's text. Throws EventGraphError (and nothing else) listing every problem. */
export function parseEventGraph(text: string): ParsedEventGraph {
  return guarded(() => {
    const json = parseEventGraphJson(text);
    return indexed(checkedEventGraphData(json.value, json.warnings));
  });
}
