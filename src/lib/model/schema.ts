// The event-graph format, version 1: the one definition behind the TypeScript types, the runtime
// validation and the published JSON Schema (public/schema/v1.json, written by `npm run schema`).
// Cross-references between ids are checked afterwards, in references.ts: JSON Schema cannot say them.
import { z } from 'zod';
import { parseDate } from './dates.ts';
import { checkSafeUrl } from './safe-url.ts';
import { invisibleCodes, quoteVisibly, withoutInvisible } from './visible-text.ts';

// No code generation: zod's faster object parser is compiled with `new Function`, which the app's
// Content-Security-Policy forbids (even its probe for eval is reported as a violation). Measured on
// 100,000 events the interpreted parser costs no noticeable time. Set before any schema is built.
z.config({ jitless: true });

/** Letters and digits of any script, then also `.`, `_`, `:` and `-`: safe in URLs and attributes. */
export const ID_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]*$';
const idRegex = new RegExp(ID_PATTERN, 'u');

const text = (description: string) =>
  z.string().meta({ description, minLength: 1 }).superRefine((value, ctx) => {
    if (value.trim() === '') ctx.addIssue({ code: 'custom', message: 'is empty', params: { fix: 'write some text' } });
  });

const id = (what: string) =>
  z
    .string()
    .meta({ description: `Identifier of this ${what}: letters, digits, '.', '_', ':' or '-'.`, pattern: ID_PATTERN, maxLength: 200 })
    .superRefine((value, ctx) => {
      if (idRegex.test(value) && value.length <= 200) return;
      const visible = withoutInvisible(value);
      if (visible !== value && idRegex.test(visible) && visible.length <= 200)
        ctx.addIssue({
          code: 'custom',
          message: `${quoteVisibly(value)} is not a usable id: it has an invisible character in it (${invisibleCodes(value).join(', ')})`,
          params: { fix: `remove the invisible character: ${JSON.stringify(visible)}` },
        });
      else
        ctx.addIssue({
          code: 'custom',
          message: `${quoteVisibly(clipId(value))} is not a usable id`,
          params: { fix: `start with a letter or digit and use only letters, digits, '.', '_', ':' or '-', e.g. "bucharest-summit" (at most 200 characters)` },
        });
    });

/** A 100,000-character id is named by its start. */
const clipId = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

const reference = (what: string) => z.string().meta({ description: `The id of ${what}.` });

/** An ISO 8601 date at any precision; parsed into a PartialDate that keeps it. */
export const isoDate = (description: string) =>
  z
    .string()
    .meta({
      description: `${description} ISO 8601 at the precision you know: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss] with optional Z or ±hh:mm. BCE years are signed and astronomical: -0490 is 491 BCE, 0000 is 1 BCE.`,
      pattern: '^([+-]\\d{4,6}|\\d{4})(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$',
      examples: ['2008', '2008-04', '2008-04-03', '2008-04-03T10:30', '2008-04-03T10:30+02:00', '-0490'],
    })
    .transform((value, ctx) => {
      const result = parseDate(value);
      if (result.ok) return result.date;
      ctx.addIssue({ code: 'custom', message: result.problem, params: { fix: result.fix } });
      return z.NEVER;
    });

const httpUrl = (description: string) =>
  z
    .string()
    .meta({ description: `${description} An absolute http: or https: address.`, format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://' })
    .superRefine((value, ctx) => {
      const problem = checkSafeUrl(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.problem, params: { fix: problem.fix } });
    });

const color = z
  .string()
  .meta({ description: 'A hex colour such as #1f77b4.', pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' })
  .superRefine((value, ctx) => {
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value))
      ctx.addIssue({ code: 'custom', message: `${quoteVisibly(value)} is not a hex colour`, params: { fix: 'write a colour as #rgb or #rrggbb, e.g. "#1f77b4"' } });
  });

export const LINK_TYPES = ['causes', 'responds-to', 'references', 'contradicts', 'precedes'] as const;

const linkType = z
  .string()
  .meta({
    description: `How the first event relates to the second: ${LINK_TYPES.join(', ')}, or any other lowercase word (shown as written).`,
    examples: [...LINK_TYPES],
    pattern: '^[a-z][a-z-]*$',
  })
  .superRefine((value, ctx) => {
    if (!/^[a-z][a-z-]*$/.test(value))
      ctx.addIssue({ code: 'custom', message: `${quoteVisibly(value)} is not a link type`, params: { fix: `use one of ${LINK_TYPES.join(', ')}, or another lowercase word (letters and '-')` } });
  });

export const actorSchema = z
  .object({
    id: id('actor'),
    name: text('The name shown for this actor.'),
    color: color.optional(),
  })
  .meta({ title: 'Actor', description: 'A person, country or organisation. Each actor has a lane on the timeline.' });

export const sourceSchema = z
  .object({
    id: id('source'),
    title: text('The title of the article, document or recording.'),
    publisher: text('Who published it: an outlet, an agency, a government.').optional(),
    author: text('Who wrote it.').optional(),
    url: httpUrl('Where to read it.').optional(),
    published: isoDate('When it was published.').optional(),
    accessed: isoDate('When it was read at that URL.').optional(),
    archiveUrl: httpUrl('An archived copy (for example on the Wayback Machine).').optional(),
    via: reference('another source that this one reports (an article citing Reuters): provenance is a chain').optional(),
  })
  .meta({ title: 'Source', description: 'Where a claim comes from.' });

export const eventSchema = z
  .object({
    id: id('event'),
    title: text('A short headline for the event.'),
    start: isoDate('When it happened or began.'),
    end: isoDate('When it ended, inclusive at its precision: "2008-04-04" includes all of 4 April.').optional(),
    approximate: z.boolean().meta({ description: 'True when the date is uncertain.' }).optional(),
    summary: text('What happened, in a few plain sentences.').optional(),
    actors: z.array(reference('an actor')).meta({ description: 'Who took part; the first is the lane the event is drawn in.' }).optional(),
    tags: z.array(text('A tag.')).meta({ description: 'Words to group and filter events by.' }).optional(),
    place: text('Where it happened.').optional(),
    sources: z.array(reference('a source')).meta({ description: 'The sources this event rests on.' }).optional(),
  })
  .meta({ title: 'Event' });

export const quoteSchema = z
  .object({
    id: id('quote'),
    text: text('The words exactly as said or written (verbatim).'),
    speaker: text('Who said it.').optional(),
    speakerRole: text('The speaker’s role at the time.').optional(),
    said: isoDate('When the words were said.').optional(),
    event: reference('the event in which the words were said'),
    about: z.array(reference('an earlier event')).meta({ description: 'Events the words refer to.' }).optional(),
    source: reference('the source that reports the words'),
    language: text('The language of the text (BCP 47, e.g. "en", "uk").').optional(),
    translated: z.boolean().meta({ description: 'True when the text is a translation.' }).optional(),
  })
  .meta({ title: 'Quote' });

export const linkSchema = z
  .object({
    from: reference('the earlier or causing event'),
    to: reference('the later or affected event'),
    type: linkType,
    label: text('A few words shown on the link.').optional(),
    source: reference('the source that supports this link').optional(),
  })
  .meta({ title: 'Link' });

export const storyStepSchema = z
  .object({
    event: reference('the event this step shows'),
    note: text('Speaker notes for this step, shown only in the presenter view.').optional(),
    zoom: z
      .enum(['event', 'context', 'all'])
      .meta({ description: 'How much the timeline shows: just the event, the event with its neighbours (the default), or the whole chronology.' })
      .optional(),
  })
  .meta({ title: 'Story step', description: 'One step of a presentation.' });

export const eraSchema = z
  .object({
    start: isoDate('When the era began.'),
    end: isoDate('When it ended, inclusive at its precision.'),
    label: text('The name shown on the band, e.g. "Cold War".'),
  })
  .meta({ title: 'Era', description: 'A named stretch of time, drawn as a light band behind the lanes.' });

export const eventGraphSchema = z
  .object({
    $schema: z.string().meta({ description: 'The JSON Schema of this file, for editors.' }).optional(),
    version: z.literal(1).meta({ description: 'The format version. This app reads version 1.' }),
    title: text('The title of the chronology.'),
    description: text('One or two sentences on what it covers.').optional(),
    language: text('The language of the texts (BCP 47, e.g. "en").').optional(),
    actors: z.array(actorSchema).meta({ description: 'The people, countries and organisations events are drawn for.' }).default([]),
    sources: z.array(sourceSchema).meta({ description: 'Articles, documents and recordings that events and quotes rest on.' }).default([]),
    events: z.array(eventSchema).meta({ description: 'What happened, each with a date.' }),
    quotes: z.array(quoteSchema).meta({ description: 'Verbatim words, each tied to an event and a source.' }).default([]),
    links: z.array(linkSchema).meta({ description: 'Typed links from one event to another.' }).default([]),
    story: z
      .array(storyStepSchema)
      .meta({ description: 'The order in which a presentation steps through events, with speaker notes. Without it, a presentation steps through all events in time order.' })
      .optional(),
    eras: z.array(eraSchema).meta({ description: 'Named stretches of time (reigns, wars, terms of office), drawn as labelled bands behind the events.' }).optional(),
  })
  .meta({ title: 'Sourceline event graph, version 1', description: 'Events with dates, typed links between them, and verbatim quotes with their provenance.' });

/** A file as written (what authors type). */
export type EventGraphFile = z.input<typeof eventGraphSchema>;
/** A file once its shape and dates are checked: dates are PartialDates. */
export type EventGraphData = z.output<typeof eventGraphSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Source = z.output<typeof sourceSchema>;
export type TimelineEvent = z.output<typeof eventSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Link = z.output<typeof linkSchema>;
export type StoryStep = z.output<typeof storyStepSchema>;
export type Era = z.output<typeof eraSchema>;

/** The field names each kind of object may have, for reporting unknown (likely misspelt) fields. */
export const KNOWN_FIELDS = {
  '': Object.keys(eventGraphSchema.shape),
  actors: Object.keys(actorSchema.shape),
  sources: Object.keys(sourceSchema.shape),
  events: Object.keys(eventSchema.shape),
  quotes: Object.keys(quoteSchema.shape),
  links: Object.keys(linkSchema.shape),
  story: Object.keys(storyStepSchema.shape),
  eras: Object.keys(eraSchema.shape),
} as const;

/** Marks every object with properties as closed, so editors flag misspelt field names as you type. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(closeObjects);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.type === 'object' && typeof record.properties === 'object') record.additionalProperties = false;
  Object.values(record).forEach(closeObjects);
}

/**
 * The JSON Schema of the format, for editors. Unlike the app, which warns about unknown fields and
 * loads the file anyway, it rejects them: in an editor that is an underline, not a refusal.
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(eventGraphSchema, { io: 'input', unrepresentable: 'any' });
  closeObjects(schema);
  return schema;
}

/** public/schema/v1.json as written by `npm run schema`: pretty-printed, with a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(toJsonSchema(), null, 2)}\n`;
}
