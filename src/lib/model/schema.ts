// The event-graph format, version 1: the one definition behind the TypeScript types, the runtime
// validation and the published JSON Schema (public/schema/v1.json, written by `npm run schema`).
// Cross-references between ids are checked afterwards, in references.ts: JSON Schema cannot say them.
import * as z from 'zod/mini';
import { parseDate } from './dates.ts';
import { coordinateProblem } from './coordinates.ts';
import { composedText, ID_PATTERN } from './id-pattern.ts';
import { checkMediaUrl, MEDIA_TYPES } from './media-url.ts';
import { checkSafeUrl } from './safe-url.ts';
import { invisibleCodes, quoteVisibly, withoutInvisible } from './visible-text.ts';

// zod/mini: the same checks and JSON Schema as zod's chained API at a third of its weight in the
// parse worker (its functions tree-shake; the chained methods do not).
// No code generation: zod's faster object parser is compiled with `new Function`, which the app's
// Content-Security-Policy forbids (even its probe for eval is reported as a violation). Measured on
// 100,000 events the interpreted parser costs no noticeable time. Set before any schema is built.
z.config({ jitless: true });

/** Describes a schema for its JSON Schema (zod's global registry, which toJSONSchema reads). */
const meta = <T extends z.ZodMiniType>(schema: T, data: z.core.GlobalMeta): T => {
  z.globalRegistry.add(schema, data);
  return schema;
};

export { ID_PATTERN };
const idRegex = new RegExp(ID_PATTERN, 'u');

/** An id or a reference as ids are compared: composed (NFC). */
export const normalId = composedText;

/** Ids and references come out of the check composed, so that they match however they were typed. */
const composed = (schema: z.ZodMiniType<string, string>) =>
  z.pipe(
    schema,
    z.transform<string, string>((value) => normalId(value)),
  );

const text = (description: string) =>
  meta(
    z.string().check(
      z.superRefine((value, ctx) => {
        if (value.trim() === '') ctx.addIssue({ code: 'custom', message: 'is empty', params: { fix: 'write some text' } });
      }),
    ),
    { description, minLength: 1 },
  );

const id = (what: string) =>
  composed(
    meta(
      z.string().check(
        z.superRefine((value, ctx) => {
          const nfc = normalId(value);
          if (idRegex.test(nfc) && nfc.length <= 200) return;
          const visible = withoutInvisible(nfc);
          if (visible !== nfc && idRegex.test(visible) && visible.length <= 200)
            ctx.addIssue({
              code: 'custom',
              message: `${quoteVisibly(value)} is not a usable id: it has an invisible character in it (${invisibleCodes(value).join(', ')})`,
              params: { fix: `remove the invisible character: ${JSON.stringify(visible)}` },
            });
          else
            ctx.addIssue({
              code: 'custom',
              message: `${quoteVisibly(clipId(value))} is not a usable id`,
              params: {
                fix: `start with a letter or digit and use only letters, digits, '.', '_', ':' or '-', e.g. "bucharest-summit" (at most 200 characters)`,
              },
            });
        }),
      ),
      { description: `Identifier of this ${what}: letters, digits, '.', '_', ':' or '-'.`, pattern: ID_PATTERN, maxLength: 200 },
    ),
  );

/** A 100,000-character id is named by its start. */
const clipId = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

const reference = (what: string) => composed(meta(z.string(), { description: `The id of ${what}.` }));

/** An ISO 8601 date at any precision; parsed into a PartialDate that keeps it. */
export const isoDate = (description: string) =>
  z.pipe(
    meta(z.string(), {
      description: `${description} ISO 8601 at the precision you know: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss] with optional Z or ±hh:mm. BCE years are signed and astronomical: -0490 is 491 BCE, 0000 is 1 BCE.`,
      pattern: '^([+-]\\d{4,6}|\\d{4})(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$',
      examples: ['2008', '2008-04', '2008-04-03', '2008-04-03T10:30', '2008-04-03T10:30+02:00', '-0490'],
    }),
    z.transform((value: string, ctx) => {
      const result = parseDate(value);
      if (result.ok) return result.date;
      ctx.issues.push({ code: 'custom', message: result.problem, params: { fix: result.fix }, input: value });
      return z.NEVER;
    }),
  );

const httpUrl = (description: string) =>
  meta(
    z.string().check(
      z.superRefine((value, ctx) => {
        const problem = checkSafeUrl(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.problem, params: { fix: problem.fix } });
      }),
    ),
    { description: `${description} An absolute http: or https: address.`, format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://' },
  );

const color = meta(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `${quoteVisibly(value)} is not a hex colour`,
          params: { fix: 'write a colour as #rgb or #rrggbb, e.g. "#1f77b4"' },
        });
    }),
  ),
  { description: 'A hex colour such as #1f77b4.', pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' },
);

/** `[longitude, latitude]` in degrees, WGS84 (as GeoJSON); a pair that cannot be on Earth is refused, a swapped one said so. */
const coordinates = (description: string) =>
  meta(
    z
      .tuple([
        meta(z.number(), { description: 'Longitude in degrees, east positive: -180 to 180.', minimum: -180, maximum: 180 }),
        meta(z.number(), { description: 'Latitude in degrees, north positive: -90 to 90.', minimum: -90, maximum: 90 }),
      ])
      .check(
        z.superRefine((value, ctx) => {
          const problem = coordinateProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { fix: problem.fix } });
        }),
      ),
    { description: `${description} [longitude, latitude] in degrees (WGS84, as in GeoJSON), e.g. [26.1, 44.43] for Bucharest.` },
  );

export const LINK_TYPES = ['causes', 'responds-to', 'references', 'contradicts', 'precedes'] as const;

const linkType = meta(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!/^[a-z][a-z-]*$/.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `${quoteVisibly(value)} is not a link type`,
          params: { fix: `use one of ${LINK_TYPES.join(', ')}, or another lowercase word (letters and '-')` },
        });
    }),
  ),
  {
    description: `How the first event relates to the second: ${LINK_TYPES.join(', ')}, or any other lowercase word (shown as written).`,
    examples: [...LINK_TYPES],
    pattern: '^[a-z][a-z-]*$',
  },
);

const mediaUrl = (description: string) =>
  meta(
    z.string().check(
      z.superRefine((value, ctx) => {
        const problem = checkMediaUrl(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.problem, params: { fix: problem.fix } });
      }),
    ),
    {
      description: `${description} An https: address, or a path on the site that serves the app (e.g. "/media/photo.jpg").`,
      pattern: '^(https://|/(?![/\\\\])|[^:/?#]+(/|$))',
    },
  );

const pixels = (description: string) => meta(z.int().check(z.positive(), z.maximum(100_000)), { description });

export const mediaSchema = meta(
  z
    .object({
      url: mediaUrl('Where the picture, video, recording or document is.'),
      type: meta(z.enum(MEDIA_TYPES), {
        description: 'What the address holds: an image, a video (a file, or a YouTube or Vimeo page), an audio file, or a document.',
      }),
      alt: z.optional(text('What the picture shows, for readers who cannot see it. Required for images.')),
      caption: z.optional(text('Shown under the media.')),
      credit: z.optional(text('Who made it or holds its rights, shown wherever the media is shown, e.g. "Photo: Jane Doe / Reuters".')),
      source: z.optional(reference('the source this media comes from (its provenance)')),
      thumbnail: z.optional(mediaUrl('A small version of the picture, used for thumbnails.')),
      width: z.optional(pixels('Its width in pixels: with height, reserves its space before it loads.')),
      height: z.optional(pixels('Its height in pixels.')),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.type === 'image' && value.alt === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['alt'],
            message: 'an image needs "alt": a few words on what it shows, for readers who cannot see it',
            params: { fix: 'add "alt": "…" describing the picture (what a reader would miss without it), e.g. "Leaders pose on the summit steps"' },
          });
      }),
    ),
  { title: 'Media', description: 'A picture, video, audio recording or document shown with the item, with its credit.' },
);

const mediaList = z.optional(meta(z.array(mediaSchema), { description: 'Pictures, video, audio or documents shown with it.' }));

export const actorSchema = meta(
  z.object({
    id: id('actor'),
    name: text('The name shown for this actor.'),
    color: z.optional(color),
  }),
  { title: 'Actor', description: 'A person, country or organisation. Each actor has a lane on the timeline.' },
);

export const placeSchema = meta(
  z.object({
    id: id('place'),
    name: text('The name shown for this place, e.g. "Bucharest, Romania".'),
    coordinates: coordinates('Where it is on the map:'),
  }),
  { title: 'Place', description: 'A named location on the map, which events name by its id in "placeId".' },
);

export const sourceSchema = meta(
  z.object({
    id: id('source'),
    title: text('The title of the article, document or recording.'),
    publisher: z.optional(text('Who published it: an outlet, an agency, a government.')),
    author: z.optional(text('Who wrote it.')),
    url: z.optional(httpUrl('Where to read it.')),
    published: z.optional(isoDate('When it was published.')),
    accessed: z.optional(isoDate('When it was read at that URL.')),
    archiveUrl: z.optional(httpUrl('An archived copy (for example on the Wayback Machine).')),
    via: z.optional(reference('another source that this one reports (an article citing Reuters): provenance is a chain')),
    media: mediaList,
  }),
  { title: 'Source', description: 'Where a claim comes from.' },
);

export const eventSchema = meta(
  z.object({
    id: id('event'),
    title: text('A short headline for the event.'),
    start: isoDate('When it happened or began.'),
    end: z.optional(isoDate('When it ended, inclusive at its precision: "2008-04-04" includes all of 4 April.')),
    approximate: z.optional(meta(z.boolean(), { description: 'True when the date is uncertain.' })),
    summary: z.optional(text('What happened, in a few plain sentences.')),
    actors: z.optional(meta(z.array(reference('an actor')), { description: 'Who took part; the first is the lane the event is drawn in.' })),
    tags: z.optional(meta(z.array(text('A tag.')), { description: 'Words to group and filter events by.' })),
    place: z.optional(text('Where it happened, as shown in words.')),
    placeId: z.optional(reference('a place in "places": where it happened, on the map')),
    coordinates: z.optional(coordinates('Where it happened, on the map (without a place of its own in "places"):')),
    sources: z.optional(meta(z.array(reference('a source')), { description: 'The sources this event rests on.' })),
    media: mediaList,
  }),
  { title: 'Event' },
);

export const quoteSchema = meta(
  z.object({
    id: id('quote'),
    text: text('The words exactly as said or written (verbatim).'),
    speaker: z.optional(text('Who said it.')),
    speakerRole: z.optional(text('The speaker’s role at the time.')),
    said: z.optional(isoDate('When the words were said.')),
    event: reference('the event in which the words were said'),
    about: z.optional(meta(z.array(reference('an earlier event')), { description: 'Events the words refer to.' })),
    source: reference('the source that reports the words'),
    language: z.optional(text('The language of the text (BCP 47, e.g. "en", "uk").')),
    translated: z.optional(meta(z.boolean(), { description: 'True when the text is a translation.' })),
    note: z.optional(
      text(
        'Context for the words, shown with the quote: what they referred to if the source leaves that out, or where to read them in full. Not part of the words.',
      ),
    ),
    media: mediaList,
  }),
  { title: 'Quote' },
);

export const linkSchema = meta(
  z.object({
    from: reference('the earlier or causing event'),
    to: reference('the later or affected event'),
    type: linkType,
    label: z.optional(text('A few words shown on the link.')),
    source: z.optional(reference('the source that supports this link')),
  }),
  { title: 'Link' },
);

export const storyStepSchema = meta(
  z.object({
    event: reference('the event this step shows'),
    note: z.optional(text('Speaker notes for this step, shown only in the presenter view.')),
    zoom: z.optional(
      meta(z.enum(['event', 'context', 'all']), {
        description: 'How much the timeline shows: just the event, the event with its neighbours (the default), or the whole chronology.',
      }),
    ),
  }),
  { title: 'Story step', description: 'One step of a presentation.' },
);

export const eraSchema = meta(
  z.object({
    start: isoDate('When the era began.'),
    end: isoDate('When it ended, inclusive at its precision.'),
    label: text('The name shown on the band, e.g. "Cold War".'),
  }),
  { title: 'Era', description: 'A named stretch of time, drawn as a light band behind the lanes.' },
);

export const eventGraphSchema = meta(
  z.object({
    $schema: z.optional(meta(z.string(), { description: 'The JSON Schema of this file, for editors.' })),
    version: meta(z.literal(1), { description: 'The format version. This app reads version 1.' }),
    title: text('The title of the chronology.'),
    description: z.optional(text('One or two sentences on what it covers.')),
    language: z.optional(text('The language of the texts (BCP 47, e.g. "en").')),
    actors: z._default(meta(z.array(actorSchema), { description: 'The people, countries and organisations events are drawn for.' }), []),
    places: z.optional(meta(z.array(placeSchema), { description: 'Named locations that events are placed at on the map.' })),
    sources: z._default(meta(z.array(sourceSchema), { description: 'Articles, documents and recordings that events and quotes rest on.' }), []),
    events: meta(z.array(eventSchema), { description: 'What happened, each with a date.' }),
    quotes: z._default(meta(z.array(quoteSchema), { description: 'Verbatim words, each tied to an event and a source.' }), []),
    links: z._default(meta(z.array(linkSchema), { description: 'Typed links from one event to another.' }), []),
    story: z.optional(
      meta(z.array(storyStepSchema), {
        description:
          'The order in which a presentation steps through events, with speaker notes. Without it, a presentation steps through all events in time order.',
      }),
    ),
    eras: z.optional(
      meta(z.array(eraSchema), { description: 'Named stretches of time (reigns, wars, terms of office), drawn as labelled bands behind the events.' }),
    ),
  }),
  { title: 'Sourceline event graph, version 1', description: 'Events with dates, typed links between them, and verbatim quotes with their provenance.' },
);

/** A file as written (what authors type). */
export type EventGraphFile = z.input<typeof eventGraphSchema>;
/** A file once its shape and dates are checked: dates are PartialDates. */
export type EventGraphData = z.output<typeof eventGraphSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Place = z.output<typeof placeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type TimelineEvent = z.output<typeof eventSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Link = z.output<typeof linkSchema>;
export type StoryStep = z.output<typeof storyStepSchema>;
export type Era = z.output<typeof eraSchema>;
export type Media = z.output<typeof mediaSchema>;

/** The field names each kind of object may have, for reporting unknown (likely misspelt) fields. */
export const KNOWN_FIELDS = {
  '': Object.keys(eventGraphSchema.shape),
  actors: Object.keys(actorSchema.shape),
  places: Object.keys(placeSchema.shape),
  sources: Object.keys(sourceSchema.shape),
  events: Object.keys(eventSchema.shape),
  quotes: Object.keys(quoteSchema.shape),
  links: Object.keys(linkSchema.shape),
  story: Object.keys(storyStepSchema.shape),
  eras: Object.keys(eraSchema.shape),
  media: Object.keys(mediaSchema.shape),
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
