// A data file's text as a JSON value, every syntax error explained (jsonc-parser): for the terminal,
// the tests and the importers. The parse worker reads JSON itself and loads the explainer only for a
// file that needs it (parse-job.ts).
import { syntaxProblems } from './json-syntax.ts';
import { parseJsonText } from './json-text.ts';
import { EventGraphError, guarded, type Problem } from './problems.ts';

/** A data file's text as a JSON value with its warnings (keys written twice). Throws EventGraphError. */
export function parseEventGraphJson(text: string): { readonly value: unknown; readonly warnings: readonly Problem[] } {
  return guarded(() => {
    const json = parseJsonText(text, syntaxProblems);
    if (!json.ok) throw new EventGraphError(json.problems);
    return json;
  });
}
