// Explains why text is not JSON: every syntax error jsonc-parser finds, at `line L, column C`, in
// words a person can act on. Never passes on an engine message such as "Unexpected token".
// Loaded by the parse worker only for a file that is not JSON (jsonc-parser is not needed otherwise).
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { Problem } from './problems.ts';
import { positionFinder, type PositionOf } from './text-position.ts';

/** Past this many, a file is probably not JSON at all; more errors would only bury the first. */
export const MAX_SYNTAX_PROBLEMS = 50;

type Container = { readonly kind: 'object' | 'array'; readonly offset: number };

interface FoundError {
  readonly code: ReturnType<typeof printParseErrorCode>;
  readonly offset: number;
  readonly length: number;
  /** 0-based, from the parser. */
  readonly line: number;
  /** The container the error sits in; for a missing `}` or `]`, the one left open. */
  readonly container: Container | undefined;
}

function collectErrors(text: string): FoundError[] {
  const errors: FoundError[] = [];
  const open: Container[] = [];
  let lastClosed: Container | undefined;
  const close = () => {
    lastClosed = open.pop();
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => void open.push({ kind: 'object', offset }),
      onArrayBegin: (offset) => void open.push({ kind: 'array', offset }),
      onObjectEnd: close,
      onArrayEnd: close,
      onError: (error, offset, length, line) => {
        const code = printParseErrorCode(error);
        // The parser reports a missing close after it has already ended the container.
        const container = code === 'CloseBraceExpected' || code === 'CloseBracketExpected' ? lastClosed : open.at(-1);
        errors.push({ code, offset, length, line, container });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return errors;
}

/**
 * After a bad token the parser skips to the next "," or "}" and may then say a value or name is
 * expected there; where the text before is neither ":", ",", "[" nor "{", no value was left out.
 */
function isRecoveryEcho(error: FoundError, text: string): boolean {
  if (error.code !== 'ValueExpected' && error.code !== 'PropertyNameExpected') return false;
  if (error.offset >= text.length) return false;
  return !/[:,[{]/.test(text[previousSignificant(text, error.offset)] ?? '');
}

/**
 * The parser recovers by skipping ahead, and each recovery can report again at the same place.
 * Keep the first error on each line, skip the line an unclosed string runs into, and drop the
 * "not closed at the end" reports that an earlier mismatched bracket causes.
 */
function withoutKnockOnErrors(errors: readonly FoundError[], text: string): FoundError[] {
  const kept: FoundError[] = [];
  let skipLine = -1;
  let mismatched = false;
  for (const error of errors) {
    if (kept.at(-1)?.line === error.line || error.line === skipLine) continue;
    if (kept.length > 0 && isRecoveryEcho(error, text)) continue;
    const atEnd = error.offset >= text.trimEnd().length;
    if (mismatched && atEnd && (error.code === 'CloseBraceExpected' || error.code === 'CloseBracketExpected')) continue;
    if (error.code === 'UnexpectedEndOfString') skipLine = error.line + 1;
    if (error.code === 'UnexpectedEndOfString' || (error.code === 'CommaExpected' && /[}\]]/.test(text[error.offset] ?? ''))) mismatched = true;
    kept.push(error);
  }
  return kept;
}

/** A bit of the file, quoted unless it has quotes of its own. */
function show(token: string): string {
  const short = token.length > 30 ? `${token.slice(0, 29)}…` : token;
  return short.includes('"') ? short : `"${short}"`;
}

/** The offset of the last non-blank character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

type Explained = { message: string; fix: string; offset?: number };

function explainSymbol(token: string, error: FoundError, text: string): Explained {
  const before = text[previousSignificant(text, error.offset)];
  const inKeyPlace = error.container?.kind === 'object' && (before === '{' || before === ',');
  const unquoted = token.startsWith("'") ? token.replace(/^'|'$/g, '') : token;
  if (inKeyPlace) {
    const how = token.startsWith("'") ? 'double quotes, not single quotes' : 'double quotes';
    return { message: `a property name must be in ${how}: ${token}`, fix: `write ${JSON.stringify(unquoted)}` };
  }
  if (token.startsWith("'")) return { message: `text must be in double quotes, not single quotes: ${token}`, fix: `write ${JSON.stringify(unquoted)}` };
  if (/^(true|false|null)$/i.test(token))
    return { message: `${token} is not a JSON value: true, false and null are written in lower case`, fix: `write ${token.toLowerCase()}` };
  if (/^(NaN|-?Infinity|undefined)$/.test(token)) return { message: `${token} is not a JSON value`, fix: 'write null, or leave the property out' };
  if (/^[+.-]/.test(token)) return { message: `${show(token)} is not a JSON number`, fix: 'write numbers like 12, -3 or 0.5 (no leading "+" or ".")' };
  if (/^(t|tr|tru|f|fa|fal|fals|n|nu|nul)$/.test(token))
    return { message: `${token} is an incomplete true, false or null`, fix: 'write true, false or null in full' };
  return { message: `${show(token)} is not a JSON value`, fix: `put text in double quotes: ${JSON.stringify(token)}` };
}

function explain(error: FoundError, text: string, positionOf: PositionOf): Explained {
  const token = text.slice(error.offset, error.offset + Math.max(error.length, 1));
  const previous = previousSignificant(text, error.offset);
  const container = error.container?.kind === 'array' ? 'list' : 'object';
  switch (error.code) {
    case 'InvalidSymbol':
      return explainSymbol(text.slice(error.offset, error.offset + error.length), error, text);
    case 'CommaExpected':
      if (token === '}' || token === ']') {
        const needs = error.container?.kind === 'array' ? ']' : '}';
        return {
          message: `"${token}" cannot close ${container === 'list' ? 'a list' : 'an object'}, which ends with "${needs}"`,
          fix: `add the missing "${needs}" before this "${token}", or remove this "${token}"`,
        };
      }
      if (/\d/.test(token) && text[error.offset - 1] === '0' && !/[\d.]/.test(text[error.offset - 2] ?? ''))
        return {
          message: 'a number cannot start with 0',
          fix: 'remove the leading zeros, or put the value in double quotes if it is an id or a date',
          offset: error.offset - 1,
        };
      return {
        message: `a comma is missing between two ${container === 'list' ? 'values' : 'properties'}`,
        fix:
          previous >= 0 && positionOf(previous).line !== error.line + 1
            ? `add a "," at the end of line ${positionOf(previous).line}`
            : `add a "," before ${show(token)}`,
      };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if ((token === '}' || token === ']') && text[previous] === ',')
        return { message: `a trailing comma before ${token}`, fix: `remove the "," after the last ${token === '}' ? 'property' : 'item'}`, offset: previous };
      if (token === ',') return { message: 'two commas with nothing between them', fix: 'remove one ","', offset: error.offset };
      if (error.offset >= text.length)
        return { message: 'the file ends before the JSON is complete', fix: 'restore the end of the file (it may have been cut off)' };
      if (error.code === 'PropertyNameExpected') return { message: 'a property name must be in double quotes', fix: 'write properties as "name": value' };
      if (text[previous] === ':') return { message: 'a property has no value', fix: 'write a value after the ":", or remove the property' };
      return {
        message: `expected a value, found ${show(token)}`,
        fix: 'write a value: text in double quotes, a number, true, false, null, a list or an object',
      };
    case 'ColonExpected':
      return { message: 'a ":" is missing after the property name', fix: 'write properties as "name": value' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const close = error.code === 'CloseBraceExpected' ? '}' : ']';
      const what = close === '}' ? 'an object' : 'a list';
      const opened = error.container ? ` (${what} opened with "${close === '}' ? '{' : '['}" is not closed)` : '';
      if (error.offset >= text.trimEnd().length)
        return {
          message: `the file ends before the JSON is complete${opened}`,
          fix: `add the missing "${close}", or restore the end of the file if it was cut off`,
        };
      return { message: `a "${close}" is missing${opened}`, fix: `add "${close}" where ${what} ends` };
    }
    case 'EndOfFileExpected':
      return {
        message: 'there is more text after the end of the JSON',
        fix: 'a file holds one JSON value: remove the extra text, or put the values in a list [ … ]',
      };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { message: 'comments are not allowed in JSON', fix: 'remove the comment, or move the note into a "summary" field' };
    case 'UnexpectedEndOfString':
      return { message: 'text is not closed: its closing double quote is missing', fix: 'end the text with ", and write line breaks inside text as \\n' };
    case 'UnexpectedEndOfNumber':
      return {
        message: `${show(token)} is not a complete number`,
        fix: /e/i.test(token) ? 'write digits after the "e" (1e6), or remove it' : 'write digits after the point (1.5), or remove the point',
      };
    case 'InvalidNumberFormat':
      return { message: `${show(token)} is not a JSON number`, fix: 'write numbers like 12, -3, 0.5 or 1e6' };
    case 'InvalidUnicode':
      return { message: 'a \\u escape needs four hexadecimal digits', fix: 'write it like \\u00e9, or type the character itself' };
    case 'InvalidEscapeCharacter':
      return {
        message: 'a backslash in text starts an escape this JSON does not know',
        fix: 'write a backslash as \\\\ (for example in Windows paths); escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
      };
    case 'InvalidCharacter':
      return { message: 'text contains a tab, line break or other control character', fix: 'write a tab as \\t and a line break as \\n' };
    default:
      return { message: 'this is not valid JSON', fix: 'check the punctuation around this place' };
  }
}

/** Every syntax error in `text`, as Problems with `line L, column C` paths. Empty if the parser finds none. */
export function syntaxProblems(text: string): Problem[] {
  const positionOf = positionFinder(text);
  let found: FoundError[];
  try {
    found = collectErrors(text);
  } catch {
    // jsonc-parser recurses: text nested deep enough overflows the stack before any error is found.
    return [
      {
        severity: 'error',
        path: 'file',
        message: 'the file is not valid JSON, and is nested too deeply to say where',
        fix: 'check how the file was made; an event graph needs four levels of nesting',
      },
    ];
  }
  const errors = withoutKnockOnErrors(found, text);
  const problems: Problem[] = errors.slice(0, MAX_SYNTAX_PROBLEMS).map((error) => {
    const { message, fix, offset } = explain(error, text, positionOf);
    const { line, column } = positionOf(offset ?? error.offset);
    return { severity: 'error', path: `line ${line}, column ${column}`, message, fix };
  });
  if (errors.length > MAX_SYNTAX_PROBLEMS) {
    const last = problems.at(-1)!.path;
    problems.push({
      severity: 'error',
      path: 'file',
      message: `${errors.length - MAX_SYNTAX_PROBLEMS} more syntax errors after ${last} are not listed`,
      fix: 'fix the ones above and check the file again; if there are this many, it may not be a JSON file',
    });
  }
  return problems;
}
