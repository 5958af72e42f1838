// Writes problems as one line of plain text each, for the command line and for copying from the page:
// `data/x.json: events[3].start: "start" is missing. Fix: add a "start" date such as "2008-04-03"`.

import type { Problem } from './problems.ts';
import { plural } from './text.ts';

/** Ends a sentence with a full stop unless it already ends with one (or with ? or !). */
const sentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

/** `FILE: events[3].start: <message>. Fix: <fix>`; warnings say `warning:` first; a whole-file problem has no path. */
export function formatProblem(file: string, problem: Problem): string {
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  const where = problem.path === 'file' ? '' : `${problem.path}: `;
  return `${file}: ${severity}${where}${sentence(problem.message)} Fix: ${problem.fix}`;
}

/** `FILE: ok (12 events, 1 warning)`. */
export function formatOk(file: string, eventCount: number, warningCount: number): string {
  return `${file}: ok (${plural(eventCount, 'event')}, ${plural(warningCount, 'warning')})`;
}
