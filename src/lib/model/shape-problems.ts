// Turns the schema's issues into Problems a person can act on: the path (`events[3].start`), what is
// wrong in words ("should be text, but is the number 2008"), and a fix. Never shows zod's own wording.
import type * as z from 'zod/mini';
import { isCollection, ITEM_NAME, itemContext, type Collection } from './item-context.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';
import { plural } from './text.ts';
import { actorSchema, eventGraphSchema, eventSchema, linkSchema, quoteSchema, sourceSchema } from './schema.ts';

type Issue = z.core.$ZodIssue;
type Kind = Collection | '';

const optionalFields = (schema: { shape: Record<string, z.ZodMiniType> }): ReadonlySet<string> =>
  new Set(
    Object.entries(schema.shape)
      .filter(([, field]) => field.safeParse(undefined).success)
      .map(([name]) => name),
  );

/** Fields that may be left out, per kind of object. */
const OPTIONAL: Readonly<Record<Kind, ReadonlySet<string>>> = {
  '': optionalFields(eventGraphSchema),
  actors: optionalFields(actorSchema),
  sources: optionalFields(sourceSchema),
  events: optionalFields(eventSchema),
  quotes: optionalFields(quoteSchema),
  links: optionalFields(linkSchema),
};

const DATE_FIELDS = new Set(['start', 'end', 'published', 'accessed', 'said']);
const REFERENCE_FIELDS = new Set(['event', 'source', 'from', 'to', 'via']);
const REFERENCE_LISTS = new Set(['actors', 'sources', 'about']);

/** How to add each required field when it is missing. */
const ADD_MISSING: Readonly<Record<Kind, Readonly<Record<string, string>>>> = {
  '': {
    version: 'add "version": 1 at the top of the file',
    title: 'add a "title" for the whole chronology',
    events: 'add "events": [ … ] with the events in it',
  },
  actors: { id: 'add an "id" such as "nato"', name: 'add a "name", as it should be shown on the timeline' },
  sources: { id: 'add an "id" such as "reuters-2008-04-03"', title: 'add a "title": the headline of the article or the name of the document' },
  events: { id: 'add an "id" such as "bucharest-summit"', title: 'add a "title": a short headline', start: 'add a "start" date such as "2008-04-03"' },
  quotes: {
    id: 'add an "id" such as "putin-bucharest-speech"',
    text: 'add "text": the words exactly as said or written',
    event: 'add "event": the id of the event in which the words were said',
    source: 'add "source": the id of the source that reports the words',
  },
  links: {
    from: 'add "from": the id of the earlier or causing event',
    to: 'add "to": the id of the later or affected event',
    type: 'add a "type" such as "causes", "responds-to", "references", "contradicts" or "precedes"',
  },
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const isRounded = (value: number) => Number.isInteger(value) && !Number.isSafeInteger(value);

/** What a JSON value is, in words: `the number 2008`, `text "nato"`, `a list of 2 items`. Never recursive. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'empty text ""' : `text ${JSON.stringify(clip(value))}`;
  // JSON.parse has already rounded a whole number beyond 2^53: say so rather than show other digits as the file's.
  if (typeof value === 'number') return isRounded(value) ? `a number too large to be read exactly (it reads as ${value})` : `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Which kind of object the issue's field belongs to, and the field's name there. */
function locate(path: readonly PathSegment[]): { kind: Kind; field: string | undefined; elementOf: string | undefined } {
  const kind: Kind = path.length >= 3 && isCollection(path[0]) && typeof path[1] === 'number' ? path[0] : '';
  const field = kind === '' ? path[0] : path[2];
  const last = path.at(-1);
  const parent = path.at(-2);
  const elementOf = typeof last === 'number' && typeof parent === 'string' && path.length > 2 ? parent : undefined;
  return { kind, field: typeof field === 'string' ? field : undefined, elementOf };
}

const subjectOf = (path: readonly PathSegment[]) => {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (path.length === 0) return 'the file';
  if (typeof last === 'string') return `"${last}"`;
  if (path.length === 2 && isCollection(parent)) return `${ITEM_NAME[parent].one} ${last}`;
  return `item ${last} of "${String(parent)}"`;
};

function wrongTypeFix(expected: string, input: unknown, path: readonly PathSegment[], optional: boolean): string {
  const { kind, field, elementOf } = locate(path);
  const isIdLike =
    field === 'id' || (field !== undefined && REFERENCE_FIELDS.has(field) && path.length <= 3) || (elementOf !== undefined && REFERENCE_LISTS.has(elementOf));
  const orLeaveOut = optional && field !== undefined ? `, or leave "${field}" out` : '';
  if (path.length === 0) return 'the file must be one object: { "version": 1, "title": "…", "events": [ … ] }';
  if (expected === 'string' && typeof input === 'number' && isIdLike && isRounded(input))
    return 'ids are text: put the id in quotes, digit for digit as the file has it (as a number it loses its last digits)';
  if (expected === 'string' && typeof input === 'number' && isIdLike) return `ids are text: write "${input}" in quotes`;
  if (expected === 'string' && typeof input === 'number' && field !== undefined && DATE_FIELDS.has(field)) return `dates are text: write "${input}" in quotes`;
  if (expected === 'string' && field !== undefined && DATE_FIELDS.has(field)) return `write a date in quotes, such as "2008-04-03"${orLeaveOut}`;
  if (expected === 'string' && Array.isArray(input) && input.length === 1 && typeof input[0] === 'string')
    return `write just the text, without [ ]: ${JSON.stringify(clip(input[0]))}`;
  if (expected === 'string') return `write text in double quotes${orLeaveOut}`;
  if (expected === 'array' && (typeof input === 'string' || typeof input === 'number'))
    return `put it in a list: [${JSON.stringify(typeof input === 'number' ? String(input) : clip(input))}]`;
  if (expected === 'array') return `write a list [ … ]${orLeaveOut}`;
  if (expected === 'boolean' && (input === 'true' || input === 'false')) return `write ${input} without quotes`;
  if (expected === 'boolean') return `write true or false${orLeaveOut}`;
  if (expected === 'object' && kind === '' && isCollection(path[0])) {
    const required = Object.keys(ADD_MISSING[path[0]]).map((name) => `"${name}"`);
    return `write ${ITEM_NAME[path[0]].a} as an object { … } with ${required.join(', ').replace(/, ([^,]*)$/, ' and $1')}`;
  }
  return `write ${EXPECTED[expected] ?? expected}${orLeaveOut}`;
}

function describeIssue(issue: Issue, path: readonly PathSegment[]): { message: string; fix: string } {
  const { kind, field } = locate(path);
  const optional = field !== undefined && path.length === (kind === '' ? 1 : 3) && OPTIONAL[kind].has(field);
  const subject = subjectOf(path);
  const orLeaveOut = optional ? `, or leave "${field}" out` : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && field !== undefined) return { message: `${subject} is missing`, fix: ADD_MISSING[kind][field] ?? `add "${field}"` };
      const expected = path.length === 0 ? 'a JSON object { … }' : (EXPECTED[issue.expected] ?? issue.expected);
      return {
        message: `${subject} should be ${expected}, but is ${describeValue(issue.input)}`,
        fix: wrongTypeFix(issue.expected, issue.input, path, optional),
      };
    }
    case 'invalid_value': {
      const wanted = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      if (path.length === 1 && path[0] === 'version') {
        if (issue.input === undefined) return { message: '"version" is missing', fix: ADD_MISSING[''].version! };
        const fix =
          issue.input === '1' ? 'write 1 without quotes' : 'this app reads version 1 files: write "version": 1 and make sure the file follows version 1';
        return { message: `version must be 1, but is ${describeValue(issue.input)}`, fix };
      }
      return { message: `${subject} must be ${wanted}, but is ${describeValue(issue.input)}`, fix: `write ${wanted}` };
    }
    case 'custom': {
      const fix: unknown = issue.params?.fix;
      const text = typeof fix === 'string' && fix !== '' ? fix : 'correct the value';
      // Checks phrase a bare value problem as "is empty"; it needs a subject, and may be left out.
      if (issue.message.startsWith('is ')) return { message: `${subject} ${issue.message}`, fix: text + orLeaveOut };
      return { message: issue.message, fix: text };
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return { message: `${subject} should have ${bound}${unit}`, fix: `shorten or lengthen it to ${bound}${unit}` };
    }
    default:
      return {
        message: `${subject} is not valid here (${describeValue(issue.input)})`,
        fix: 'check it against the format description (public/schema/v1.json)',
      };
  }
}

/** One Problem per schema issue; `root` is the raw parsed value, used to name the item (`event "x"`). */
export function shapeProblems(issues: readonly Issue[], root: unknown): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    const { message, fix } = describeIssue(issue, path);
    return { severity: 'error', path: formatPath(path), message: message + itemContext(root, path), fix };
  });
}
