// Turns a data file's text into a JSON value, or into Problems that say where and why it is not JSON.
// Fast path JSON.parse; on failure the given explainer (json-syntax.ts) finds every syntax error. Also refuses empty files,
// HTML pages and absurd nesting, and warns about keys written twice (JSON.parse silently keeps the last).
// Never calls a recursive parser on deeply nested text.
import { cleanJsonStructure, scanJsonStructure } from './json-structure.ts';
import { positionFinder } from './text-position.ts';
import { formatPath, type Problem } from './problems.ts';
import { quoteVisibly } from './visible-text.ts';

/** The format needs four levels; far more means a broken or hostile file (and recursive code could overflow). */
export const MAX_NESTING = 64;

export type JsonText =
  { readonly ok: true; readonly value: unknown; readonly warnings: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

const fail = (path: string, message: string, fix: string): JsonText => ({ ok: false, problems: [{ severity: 'error', path, message, fix }] });

function tooDeep(text: string, offset: number, path?: string): JsonText {
  const { line, column } = positionFinder(text)(offset);
  const where = path === undefined ? '' : ` (in ${path})`;
  return fail(
    `line ${line}, column ${column}`,
    `lists and objects are nested more than ${MAX_NESTING} levels deep${where}`,
    'an event graph needs four levels (file → events → event → actors): check how the file was made',
  );
}

/**
 * `explainSyntax` says where and why text is not JSON (json-syntax.ts's syntaxProblems); without it,
 * text that JSON.parse refuses gets no problems (`ok: false`, `problems: []`), for the caller to
 * explain once it has loaded the explainer.
 */
export function parseJsonText(input: string, explainSyntax: ((text: string) => Problem[]) | null): JsonText {
  // A byte-order mark is not JSON, but editors on Windows write one; TextDecoder usually removes it.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const trimmed = text.trimStart();
  if (trimmed === '') return fail('file', 'the file is empty', 'write an event graph in it: { "version": 1, "title": "…", "events": [ … ] }');
  if (trimmed.startsWith('<')) {
    const what = /^<\?xml/i.test(trimmed) ? 'XML' : 'HTML';
    return fail(
      'file',
      `this is ${what}, not JSON`,
      'the address probably returned a web page (an error or login page): use the address of the raw .json file',
    );
  }
  // JSON.parse itself does not recurse; the depth is checked before anything recursive (jsonc-parser) sees the text.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const structure = scanJsonStructure(text, MAX_NESTING);
    if (structure.tooDeep) return tooDeep(text, structure.tooDeep.offset);
    if (!explainSyntax) return { ok: false, problems: [] };
    const problems = explainSyntax(text);
    if (problems.length > 0) return { ok: false, problems };
    return fail('file', 'the file is not valid JSON', 'open it in an editor that checks JSON to find the mistake');
  }
  // Most files have nothing to report, which a quick count tells; the full scan says what and where.
  const structure = cleanJsonStructure(text, value, MAX_NESTING) ?? scanJsonStructure(text, MAX_NESTING);
  if (structure.tooDeep) {
    const { path } = structure.tooDeep;
    return tooDeep(text, structure.tooDeep.offset, `${formatPath(path.slice(0, 4))}${path.length > 4 ? '…' : ''}`);
  }
  const positionOf = structure.duplicateKeys.length > 0 ? positionFinder(text) : () => ({ line: 0, column: 0 });
  const at = (offset: number) => `line ${positionOf(offset).line}, column ${positionOf(offset).column}`;
  const warnings = structure.duplicateKeys.map(({ path, firstOffset, offset }): Problem => {
    const key = String(path.at(-1));
    return {
      severity: 'warning',
      path: formatPath(path),
      message: `${quoteVisibly(key)} is written twice in the same object (${at(firstOffset)} and ${at(offset)}); only the last one is kept`,
      fix: 'remove one of them, or rename it if both were meant to be kept',
    };
  });
  return { ok: true, value, warnings };
}
