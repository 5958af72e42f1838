// The logic of `npm run validate -- FILE…`: checks each data file and reports one line per problem.
// Takes its file reading and output as arguments, so tests run it without touching the disk.
import { decodeUtf8 } from '../src/lib/data/read-body.ts';
import { formatOk, formatProblems, terminalSafe } from '../src/lib/model/format-problems.ts';
import { EventGraphError, isError, type Problem } from '../src/lib/model/problems.ts';
import { parseEventGraph } from '../src/lib/model/json-file.ts';

export interface ValidateIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Results, one line each. */
  readonly print: (line: string) => void;
  /** How to use the command, when it is used wrongly. */
  readonly printUsage: (line: string) => void;
}

/** Why a file could not be read, from a Node error code. */
export function unreadable(caught: unknown): Problem {
  const code = typeof caught === 'object' && caught !== null && 'code' in caught ? String(caught.code) : '';
  const reasons: Record<string, [string, string]> = {
    ENOENT: ['there is no such file', 'check the path and the file name'],
    EISDIR: ['this is a folder, not a file', 'give the path of a .json file inside it'],
    EACCES: ['permission to read the file was refused', 'check the file’s permissions'],
  };
  const [message, fix] = reasons[code] ?? [`the file could not be read${code ? ` (${code})` : ''}`, 'check the path and that the file can be opened'];
  return { severity: 'error', path: 'file', message, fix };
}

/** The problems with one file (empty when it is fine), and its event count when it loaded. */
export async function checkFile(path: string, readFile: ValidateIo['readFile']): Promise<{ problems: readonly Problem[]; eventCount: number | null }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (caught) {
    return { problems: [unreadable(caught)], eventCount: null };
  }
  try {
    // As the app decodes: a UTF-8 byte-order mark is stripped; other bytes are refused with their line and column.
    const { graph, warnings } = parseEventGraph(decodeUtf8(bytes, 'file'));
    return { problems: warnings, eventCount: graph.events.length };
  } catch (caught) {
    if (caught instanceof EventGraphError) return { problems: caught.problems, eventCount: null };
    throw caught;
  }
}

/**
 * Checks every file, prints what it finds (problems of one kind once, with a count; every control
 * character escaped, the file's name included), and returns the exit code: 1 if any file has an error.
 */
export async function validateFiles(paths: readonly string[], io: ValidateIo): Promise<number> {
  if (paths.length === 0) {
    io.printUsage('usage: npm run validate -- FILE.json [FILE.json …]');
    return 2;
  }
  const print = (line: string) => io.print(terminalSafe(line));
  let failed = false;
  for (const path of paths) {
    const { problems, eventCount } = await checkFile(path, io.readFile);
    for (const line of formatProblems(path, problems)) print(line);
    if (problems.some(isError) || eventCount === null) failed = true;
    else print(formatOk(path, eventCount, problems.length));
  }
  return failed ? 1 : 0;
}
