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

/**
 * The problems, each with its kind written on it (a few microseconds each: done off the page for
 * many), as a short name that stands for it within this list ("#3"): a page groups 120,000 problems
 * by short names in a few milliseconds, where hashing their whole kinds took tens.
 */
export function withKinds(problems: readonly Problem[]): Problem[] {
  const names = new Map<string, string>();
  return problems.map((problem) => {
    const kind = problemKind(problem);
    let name = names.get(kind);
    if (name === undefined) names.set(kind, (name = `#${names.size}`));
    return { ...problem, kind: name };
  });
}

function kindOf(problem: Problem): string {
  return `${problem.severity}\u0000${placeShape(problem.path)}\u0000${shape(problem.message)}\u0000${shape(problem.fix)}`;
}

/**
 * The problems in groups, in the order of each group's first problem. A kind with fewer than
 * `minGroup` problems is listed one problem a group, each where it stands. One pass over the problems.
 */
export function groupProblems(problems: readonly Problem[], minGroup = MIN_GROUP): ProblemGroup[] {
  return groupsAt(problems, groupIndices(problems, minGroup));
}

/** groupProblems as the positions of the problems in each group: what the parse worker sends the page, which groups 120,000 problems no faster than it can take them. */
export function groupIndices(problems: readonly Problem[], minGroup = MIN_GROUP): number[][] {
  const byKind = new Map<string, number[]>();
  problems.forEach((problem, i) => {
    const kind = problemKind(problem);
    const group = byKind.get(kind);
    if (group) group.push(i);
    else byKind.set(kind, [i]);
  });
  const groups: number[][] = [];
  for (const group of byKind.values()) {
    if (group.length >= minGroup) groups.push(group);
    else for (const i of group) groups.push([i]);
  }
  return groups.sort((a, b) => a[0]! - b[0]!);
}

/** The groups a list of positions names (from groupIndices). */
export function groupsAt(problems: readonly Problem[], indices: readonly (readonly number[])[]): ProblemGroup[] {
  return indices.map((group) => {
    const members = group.map((i) => problems[i]!);
    return { first: members[0]!, problems: members };
  });
}

/** "and 149 more like it", or '' for a group of one. */
export function moreLikeIt(group: ProblemGroup): string {
  const more = group.problems.length - 1;
  return more === 0 ? '' : `and ${more.toLocaleString('en')} more like it`;
}
