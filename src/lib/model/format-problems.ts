// Writes problems as one line of plain text each, for the command line and for copying from the page:
// `data/x.json: events[3].start: "start" is missing. Fix: add a "start" date such as "2008-04-03"`.
// Problems of one kind are written once, with a count (problem-groups.ts). What is printed to a
// terminal has every control character escaped: a value from the data must not move the cursor,
// clear the screen, retitle the window or start a line of its own.
import { groupProblems, moreLikeIt } from './problem-groups.ts';
import type { Problem } from './problems.ts';
import { plural } from './text.ts';

/** Ends a sentence with a full stop unless it already ends with one (or with ? or !). */
const sentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

/**
 * Control characters (C0, DEL, C1: escape sequences, NUL, line breaks), line separators and the
 * marks that reorder text (bidi overrides and isolates): what a terminal acts on rather than shows.
 */
const TERMINAL_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The text with each control character written as `\u001b`, so that a terminal shows it rather than acts on it. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** `FILE: events[3].start: <message>. Fix: <fix>`; warnings say `warning:` first; a whole-file problem has no path. */
export function formatProblem(file: string, problem: Problem): string {
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  const where = problem.path === 'file' ? '' : `${problem.path}: `;
  return `${file}: ${severity}${where}${sentence(problem.message)} Fix: ${problem.fix}`;
}

/** How many places a group's line names after its first. */
const PLACES_NAMED = 5;

/**
 * One line per problem, or per kind of problem when there are many alike: the first in full, then
 * `FILE:   … and 149 more like it (quotes[1].source, quotes[2].source, …)`.
 */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  const lines: string[] = [];
  for (const group of groupProblems(problems)) {
    lines.push(formatProblem(file, group.first));
    if (group.problems.length === 1) continue;
    const others = group.problems.slice(1);
    const places = others.slice(0, PLACES_NAMED).map((p) => p.path);
    lines.push(`${file}:   … ${moreLikeIt(group)} (${places.join(', ')}${others.length > PLACES_NAMED ? ', …' : ''})`);
  }
  return lines;
}

/** `FILE: ok (12 events, 1 warning)`. */
export function formatOk(file: string, eventCount: number, warningCount: number): string {
  return `${file}: ok (${plural(eventCount, 'event')}, ${plural(warningCount, 'warning')})`;
}
