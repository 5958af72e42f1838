// What is wrong with a data file, where, and how to fix it: the one shape every check reports in.
import { plural } from './text.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** Where: `events[3].start`, or `line 4, column 12` for a syntax error, or `file` for the whole file. */
  readonly path: string;
  /** What is wrong, in words a person can act on. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

export type PathSegment = string | number;

/** `["events", 3, "start"]` → `events[3].start`; keys that are not plain names are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[$A-Za-z_][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? 'file' : out;
}

/** The one error type the loader and parser throw: every problem found, errors and warnings. */
export class EventGraphError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], summary?: string) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    super(summary ?? `${plural(errors, 'error')} in the data file`);
    this.name = 'EventGraphError';
    this.problems = problems;
  }
}

export const isError = (p: Problem) => p.severity === 'error';

/** A last line of defence: a bug in a check must still reach the reader as a Problem, not a crash. */
export function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (caught) {
    if (caught instanceof EventGraphError) throw caught;
    const what = caught instanceof Error ? caught.name : typeof caught;
    throw new EventGraphError([
      {
        severity: 'error',
        path: 'file',
        message: `the file could not be checked (${what} in the checker)`,
        fix: 'this is a bug in Sourceline: please report it with the file attached',
      },
    ]);
  }
}
