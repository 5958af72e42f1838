// Gathers problems of one kind into a group, so that a file with the same mistake 150 times says it
// once, with a count ("and 149 more like it"), in the app's lists and in the terminal alike. Problems
// are alike when they differ only in the ids, names, numbers and dates they quote. Pure.
import type { Problem } from './problems.ts';

export interface ProblemGroup {
  /** The first problem of its kind, in the order given: the one shown. */
  readonly first: Problem;
  /** Every problem of the group, in order, the first included (a lone problem is a group of one). */
  readonly problems: readonly Problem[];
}

/** Fewer problems of one kind than this are listed one by one: "and 1 more like it" helps no one. */
export const MIN_GROUP = 3;

/** JSON-quoted text ("nato", "first\u200b"), the quoting every message uses for what comes from the data. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
/** Text in parentheses: the item a message is about (`(event "x")`) or a date (`(18 February 2025)`). */
const PARENTHESISED = /\([^()]*\)/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** A run of quoted things joined by arrows or commas: a circle of any length is one kind. */
const RUN = /"…"(?:\s*(?:→|,|;)\s*(?:"…"|…))+/g;

/** The text with what varies from one instance to the next masked out. */
function shape(text: string): string {
  return text.replace(QUOTED, '"…"').replace(PARENTHESISED, '(…)').replace(NUMBER, '#').replace(RUN, '"…" → …');
}

/** Where a problem is, with the item's position masked: `events[#].start`, `row #, column …`, `column …`. */
function placeShape(path: string): string {
  return path
    .replace(/\["(?:[^"\\]|\\.)*"\]/g, '["…"]')
    .replace(/\[\d+\]/g, '[#]')
    .replace(/\b(line|row|column) \d+/g, '$1 #')
    .replace(/(^|, )column (?!#).*$/, '$1column …');
}

/** What makes two problems alike: severity, where (without the item's position), what and how to fix it (without data). */
export function problemKind(problem: Problem): string {
  return problem.kind ?? kindOf(problem);
}

/** The problems, each with its kind written on it (a microsecond or two each: done off the page for many). */
export function withKinds(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => (problem.kind === undefined ? { ...problem, kind: kindOf(problem) } : problem));
}

function kindOf(problem: Problem): string {
  return `${problem.severity}\u0000${placeShape(problem.path)}\u0000${shape(problem.message)}\u0000${shape(problem.fix)}`;
}

/**
 * The problems in groups, in the order of each group's first problem. A kind with fewer than
 * `minGroup` problems is listed one problem a group. Linear in the number of problems.
 */
export function groupProblems(problems: readonly Problem[], minGroup = MIN_GROUP): ProblemGroup[] {
  const kinds = problems.map(problemKind);
  const members = new Map<string, Problem[]>();
  problems.forEach((problem, i) => {
    const list = members.get(kinds[i]!);
    if (list) list.push(problem);
    else members.set(kinds[i]!, [problem]);
  });
  const groups: ProblemGroup[] = [];
  const started = new Set<string>();
  problems.forEach((problem, i) => {
    const kind = kinds[i]!;
    const all = members.get(kind)!;
    if (all.length < minGroup) groups.push({ first: problem, problems: [problem] });
    else if (!started.has(kind)) {
      started.add(kind);
      groups.push({ first: problem, problems: all });
    }
  });
  return groups;
}

/** "and 149 more like it", or '' for a group of one. */
export function moreLikeIt(group: ProblemGroup): string {
  const more = group.problems.length - 1;
  return more === 0 ? '' : `and ${more.toLocaleString('en')} more like it`;
}
