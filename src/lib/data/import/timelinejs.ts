// TimelineJS slides (from its JSON, or from its spreadsheet's rows) as a Sourceline event graph:
// headline → title, text → summary (plain text), group → actor, unique_id → id, media → media (a
// picture, video, recording or document, with its caption, credit and thumbnail) or a source (a web page),
// eras → eras, dates at their precision with BCE years moved to astronomical numbering
// (timelinejs-date.ts). Whatever has no place in Sourceline is reported, never dropped silently. Pure.
import type { Problem } from '../../model/problems.ts';
import { checkSafeUrl, hostOf } from '../../model/safe-url.ts';
import { checkMediaUrl, guessMediaType } from '../../model/media-url.ts';
import { parseDate } from '../../model/dates.ts';
import { Origins, warning, type ConvertedInput } from './converted.ts';
import { firstOf, LATITUDE_NAMES, LONGITUDE_NAMES, readLatLon } from './coordinate-cells.ts';
import { htmlToLine, htmlToText } from './html-text.ts';
import { IdAllocator, isUsableId, NamedIds, slugify } from './ids.ts';
import { timelineJsDate, type DateRead, type TimelineJsDateParts } from './timelinejs-date.ts';

export interface SlideInput {
  /** The slide as TimelineJS's JSON writes it. */
  readonly slide: unknown;
  /** Where a field of the slide is in the input (`at('start_date.year')`); `at('')` is the slide itself. */
  readonly at: (field: string) => string;
}

export interface TimelineJsInput {
  readonly format: 'timelinejs-json' | 'timelinejs-csv';
  readonly title: SlideInput | null;
  readonly events: readonly SlideInput[];
  readonly eras: readonly SlideInput[];
  /** The title when there is no title slide: the file's name. */
  readonly fallbackTitle: string;
  /** What reading the input's structure found (unknown fields or columns). */
  readonly warnings: readonly Problem[];
}

/** Where each Sourceline field came from in a slide, for placing the checker's problems. */
const EVENT_ORIGIN: Readonly<Record<string, string>> = {
  id: 'unique_id', title: 'text.headline', start: 'start_date', end: 'end_date', approximate: 'display_date',
  summary: 'text.text', actors: 'group', sources: 'media', media: 'media.url', coordinates: 'location.lat', place: 'location.name',
};
const ERA_ORIGIN: Readonly<Record<string, string>> = { start: 'start_date', end: 'end_date', label: 'text.headline' };

/** Words in a display date that say the date is not exact. */
const APPROXIMATE = /\b(c|ca|circa|approx|approximately|about|around|roughly|probably|perhaps)\b\.?|~|\?|±/i;
const MAX_TITLE_CHARS = 80;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);
/** A text field as a string: numbers are written as they read; anything else is absent. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A title cut at a word, for a slide with text but no headline. */
function shortTitle(text: string): string {
  const line = text.split('\n', 1)[0]!;
  if ([...line].length <= MAX_TITLE_CHARS) return line;
  const cut = [...line].slice(0, MAX_TITLE_CHARS).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A date object's parts, or null when the slide has none (or an empty one). */
function dateParts(value: unknown): TimelineJsDateParts | null {
  if (!isObject(value)) return null;
  const parts: TimelineJsDateParts = {};
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) parts[key] = field(value, key);
  return Object.values(parts).some((v) => v !== undefined && v !== null && textOf(v).trim() !== '') ? parts : null;
}

/** Counts what has no place in Sourceline (thumbnails, backgrounds), to say so once rather than per slide. */
class LeftOut {
  readonly #seen = new Map<string, { plural: string; first: string; count: number; fix: string }>();
  add(what: string, plural: string, place: string, fix: string): void {
    const seen = this.#seen.get(what);
    if (seen) seen.count++;
    else this.#seen.set(what, { plural, first: place, count: 1, fix });
  }
  warnings(): Problem[] {
    return [...this.#seen].map(([what, { plural, first, count, fix }]) =>
      warning(first, count === 1 ? `${what} is left out` : `${plural} are left out (${count} slides have one; this is the first)`, fix),
    );
  }
}

interface Built {
  readonly warnings: Problem[];
  readonly leftOut: LeftOut;
  readonly actors: { id: string; name: string }[];
  readonly actorIds: NamedIds;
  readonly sources: Record<string, string>[];
  readonly sourceIds: NamedIds;
}

/** Reads a date of a slide; its notes become warnings at their part. */
function readDate(slide: SlideInput, key: 'start_date' | 'end_date', warnings: Problem[]): DateRead | null {
  const parts = dateParts(field(slide.slide, key));
  if (parts === null) return null;
  const read = timelineJsDate(parts);
  if (read.ok) for (const note of read.notes) warnings.push(warning(slide.at(`${key}.${note.field}`), note.message, note.fix));
  return read;
}

/** A slide's media fields, as TimelineJS documents them. */
const MEDIA_FIELDS = ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'];
/** Media fields that only matter to a picture, left out with one warning for all slides. */
const MEDIA_LEFT_OUT: readonly (readonly [key: string, what: string, plural: string])[] = [
  ['title', "the media's title", 'media titles'],
  ['link_target', "the media link's target", 'media link targets'],
];

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * A slide's media as Sourceline media, when its address is a picture, a video, a recording or a
 * document that may be loaded (https:, or a path): with its caption, credit and thumbnail, and alt
 * text from media.alt (else its caption or the headline, said so). Null for a web page, or an
 * address that cannot be loaded: those become a source, as before.
 */
function slideMedia(slide: SlideInput, headline: string, built: Built): Record<string, unknown> | null {
  const media = field(slide.slide, 'media');
  if (!isObject(media)) return null;
  const url = textOf(field(media, 'url')).trim();
  const type = url === '' ? null : guessMediaType(url);
  if (type === null) return null;
  const problem = checkMediaUrl(url);
  if (problem) {
    built.warnings.push(warning(slide.at('media.url'), `the ${type} ${JSON.stringify(clip(url))} cannot be shown (${problem.problem})`, problem.fix));
    return null;
  }
  const out: Record<string, unknown> = { url, type };
  const caption = htmlToLine(textOf(field(media, 'caption')));
  const credit = htmlToLine(textOf(field(media, 'credit')));
  const alt = htmlToLine(textOf(field(media, 'alt')));
  if (alt !== '') out.alt = alt;
  else if (type === 'image') {
    out.alt = caption || headline;
    built.warnings.push(
      warning(slide.at('media.alt'), `the picture has no alt text; its ${caption ? 'caption' : 'headline'} stands in: ${JSON.stringify(clip(String(out.alt)))}`, 'write "alt" for it: what the picture shows, for readers who cannot see it'),
    );
  }
  if (caption !== '') out.caption = caption;
  if (credit !== '') out.credit = credit;
  const thumbnail = textOf(field(media, 'thumbnail')).trim();
  if (thumbnail !== '') {
    const thumbProblem = checkMediaUrl(thumbnail);
    if (thumbProblem) built.warnings.push(warning(slide.at('media.thumbnail'), `the thumbnail ${JSON.stringify(clip(thumbnail))} is left out (${thumbProblem.problem})`, thumbProblem.fix));
    else out.thumbnail = thumbnail;
  }
  noteMediaFields(slide, media, built, true);
  return out;
}

/** What of a slide's media has no place in Sourceline: its link, title and link target, and fields TimelineJS does not have. */
function noteMediaFields(slide: SlideInput, media: Record<string, unknown>, built: Built, shown: boolean): void {
  const link = textOf(field(media, 'link')).trim();
  if (link !== '')
    built.warnings.push(
      warning(
        slide.at('media.link'),
        `the media link ${JSON.stringify(clip(link))} is left out: Sourceline keeps the media's own address (media.url)${shown ? '' : ' as a source'}, not where it links to`,
        'if the link is the page the media comes from, add that page to the event as a source',
      ),
    );
  for (const [key, what, plural] of MEDIA_LEFT_OUT)
    if (textOf(field(media, key)).trim() !== '') built.leftOut.add(what, plural, slide.at(`media.${key}`), 'nothing to do');
  for (const key of Object.keys(media))
    if (!MEDIA_FIELDS.includes(key))
      built.warnings.push(warning(slide.at(`media.${key}`), `${JSON.stringify(key)} is not a field of a slide's media in TimelineJS's format; it is left out`, `media has the fields ${MEDIA_FIELDS.join(', ')}`));
}

/** The source a slide's media names when it is a web page: its address, credit and caption. */
function mediaSource(slide: SlideInput, built: Built): string | null {
  const media = field(slide.slide, 'media');
  if (!isObject(media)) return null;
  const url = textOf(field(media, 'url')).trim();
  const credit = htmlToLine(textOf(field(media, 'credit')));
  const caption = htmlToLine(textOf(field(media, 'caption')));
  if (textOf(field(media, 'thumbnail')).trim() !== '') built.leftOut.add('the thumbnail of a web page', 'thumbnails of web pages', slide.at('media.thumbnail'), 'Sourceline shows pictures, not pictures of pages: nothing to do');
  if (textOf(field(media, 'alt')).trim() !== '') built.leftOut.add("the alt text of a web page", 'alt texts of web pages', slide.at('media.alt'), 'nothing to do');
  noteMediaFields(slide, media, built, false);
  let safeUrl: string | null = null;
  if (url !== '') {
    const problem = checkSafeUrl(url);
    if (problem === null) safeUrl = url;
    else {
      const shown = url.length > 60 ? `${url.slice(0, 59)}…` : url;
      built.warnings.push(
        warning(slide.at('media.url'), `the media ${JSON.stringify(shown)} is not an http(s) address (${problem.problem}), so it is not kept as a source`, 'add the page it comes from as a source, with its https:// address'),
      );
    }
  }
  if (safeUrl === null && credit === '') {
    if (caption !== '') built.warnings.push(warning(slide.at('media.caption'), `the media caption ${JSON.stringify(caption)} is left out: there is no web address or credit to make a source of`, 'add the source it names by hand'));
    return null;
  }
  const title = caption || credit || hostOf(safeUrl!);
  const source: Record<string, string> = { id: '', title };
  if (credit !== '' && credit !== title) source.publisher = credit;
  if (safeUrl !== null) source.url = safeUrl;
  const { id, isNew } = built.sourceIds.idFor(JSON.stringify([title, source.publisher, source.url]), source.publisher ?? (caption ? credit || hostOf(safeUrl!) : title));
  source.id = id;
  if (isNew) built.sources.push(source);
  return id;
}

function actorFor(slide: SlideInput, built: Built): string | null {
  const name = htmlToLine(textOf(field(slide.slide, 'group')));
  if (name === '') return null;
  const { id, isNew } = built.actorIds.idFor(name, name);
  if (isNew) built.actors.push({ id, name });
  return id;
}

/** The display dates a slide gives (its own, or its dates'), which Sourceline does not keep. */
function displayDate(slide: SlideInput): string {
  for (const value of [field(slide.slide, 'display_date'), field(field(slide.slide, 'start_date'), 'display_date'), field(field(slide.slide, 'end_date'), 'display_date')]) {
    const text = htmlToLine(textOf(value));
    if (text !== '') return text;
  }
  return '';
}

/**
 * Where the slide happened, when it says: `location: { lat, lon, name }` (as StoryMapJS writes it),
 * or latitude and longitude fields on the slide under their common names.
 */
function readLocation(slide: SlideInput, event: Record<string, unknown>, warnings: Problem[]): void {
  const location = field(slide.slide, 'location');
  const from = isObject(location) ? location : isObject(slide.slide) ? slide.slide : {};
  const base = isObject(location) ? 'location.' : '';
  const lat = firstOf(from, LATITUDE_NAMES);
  const lon = firstOf(from, LONGITUDE_NAMES);
  const read = readLatLon(lat?.[1], lon?.[1], { lat: slide.at(`${base}${lat?.[0] ?? 'lat'}`), lon: slide.at(`${base}${lon?.[0] ?? 'lon'}`) });
  if (read && 'severity' in read) warnings.push(read);
  else if (read) event.coordinates = read;
  const name = isObject(location) ? htmlToLine(textOf(field(location, 'name'))) : '';
  if (name !== '') event.place = name;
}

function noteLeftOut(slide: SlideInput, built: Built): void {
  if (field(slide.slide, 'background') !== undefined && field(slide.slide, 'background') !== null && field(slide.slide, 'background') !== '')
    built.leftOut.add('the slide background', 'slide backgrounds', slide.at('background'), 'Sourceline draws no slide backgrounds: nothing to do');
}

/** The given unique_ids that can be kept, first come first served, so that generated ids avoid them. */
function givenIds(events: readonly SlideInput[]): IdAllocator {
  const allocator = new IdAllocator();
  for (const slide of events) {
    const given = textOf(field(slide.slide, 'unique_id')).trim();
    if (isUsableId(given)) allocator.reserve([given]);
  }
  return allocator;
}

export function convertTimelineJs(input: TimelineJsInput): ConvertedInput {
  const warnings: Problem[] = [...input.warnings];
  const built: Built = { warnings, leftOut: new LeftOut(), actors: [], actorIds: new NamedIds('group'), sources: [], sourceIds: new NamedIds('source') };
  const origins = new Origins();
  const reserved = givenIds(input.events);
  const ids = new IdAllocator();
  const events: Record<string, unknown>[] = [];

  for (const slide of input.events) {
    if (!isObject(slide.slide)) {
      warnings.push(warning(slide.at(''), 'this slide is not an object; it is left out', 'write each event as { "start_date": { "year": … }, "text": { "headline": … } }'));
      continue;
    }
    const start = readDate(slide, 'start_date', warnings);
    if (start === null) {
      warnings.push(warning(slide.at('start_date'), 'the slide has no start date; it is left out', 'give it a start date with at least a year'));
      continue;
    }
    if (!start.ok) {
      warnings.push(warning(slide.at(`start_date.${start.field}`), `${start.message}; the slide is left out`, start.fix));
      continue;
    }
    let end = readDate(slide, 'end_date', warnings);
    if (end && !end.ok) {
      warnings.push(warning(slide.at(`end_date.${end.field}`), `${end.message}; the end date is left out`, end.fix));
      end = null;
    }
    if (end?.ok) {
      const [s, e] = [parseDate(start.text), parseDate(end.text)];
      if (s.ok && e.ok && e.date.endMs <= s.date.startMs) {
        warnings.push(warning(slide.at('end_date'), `the end ${end.text} comes before the start ${start.text}; the end date is left out`, 'swap the start and end dates, or correct the one that is wrong'));
        end = null;
      }
    }

    const summary = htmlToText(textOf(field(field(slide.slide, 'text'), 'text')));
    let title = htmlToLine(textOf(field(field(slide.slide, 'text'), 'headline')));
    const shown = displayDate(slide);
    if (title === '') {
      title = summary !== '' ? shortTitle(summary) : shown || 'Untitled event';
      warnings.push(warning(slide.at('text.headline'), `the slide has no headline; its title is now ${JSON.stringify(title)}`, 'give it a headline'));
    }

    const given = textOf(field(slide.slide, 'unique_id')).trim();
    let id: string;
    if (given !== '' && isUsableId(given) && !ids.has(given)) id = ids.take(given);
    else {
      // Generated ids avoid the ids that later slides give themselves.
      const wanted = (given !== '' && slugify(given)) || `${slugify(title) || 'event'}-${start.text}`;
      let free = wanted;
      for (let n = 2; ids.has(free) || reserved.has(free); n++) free = `${wanted}-${n}`;
      id = ids.take(free);
      if (given !== '') {
        const message = isUsableId(given) ? `unique_id ${JSON.stringify(given)} is used by an earlier slide; this one is now ${JSON.stringify(id)}` : `unique_id ${JSON.stringify(given)} is not a usable id; it is now ${JSON.stringify(id)}`;
        warnings.push(warning(slide.at('unique_id'), message, "give each slide its own unique_id of letters, digits, '.', '_', ':' or '-'"));
      }
    }

    const event: Record<string, unknown> = { id, title, start: start.text };
    if (end?.ok) event.end = end.text;
    if (shown !== '') {
      const approximate = APPROXIMATE.test(shown);
      if (approximate) event.approximate = true;
      warnings.push(
        warning(slide.at('display_date'), `the display date ${JSON.stringify(shown)} is not kept: Sourceline shows the date from its numbers (${start.text}${end?.ok ? ` to ${end.text}` : ''})${approximate ? ' and marks the event approximate' : ''}`, 'check that the year, month and day say what the display date said'),
      );
    }
    if (summary !== '') event.summary = summary;
    const actor = actorFor(slide, built);
    if (actor !== null) event.actors = [actor];
    const media = slideMedia(slide, title, built);
    if (media !== null) event.media = [media];
    else {
      const source = mediaSource(slide, built);
      if (source !== null) event.sources = [source];
    }
    readLocation(slide, event, warnings);
    noteLeftOut(slide, built);
    origins.set('events', events.length, (f) => slide.at(EVENT_ORIGIN[f] ?? ''));
    events.push(event);
  }

  const eras: Record<string, string>[] = [];
  input.eras.forEach((slide, i) => {
    const start = readDate(slide, 'start_date', warnings);
    const end = readDate(slide, 'end_date', warnings);
    const missing = !start ? 'start_date' : !end ? 'end_date' : null;
    if (missing) return warnings.push(warning(slide.at(missing), `the era has no ${missing === 'start_date' ? 'start' : 'end'} date; it is left out`, 'give an era both a start and an end date'));
    if (!start!.ok || !end!.ok) {
      const bad = !start!.ok ? { key: 'start_date', read: start! } : { key: 'end_date', read: end! };
      if (!bad.read.ok) warnings.push(warning(slide.at(`${bad.key}.${bad.read.field}`), `${bad.read.message}; the era is left out`, bad.read.fix));
      return;
    }
    const [s, e] = [parseDate(start!.text), parseDate(end!.text)];
    if (s.ok && e.ok && e.date.endMs <= s.date.startMs)
      return warnings.push(warning(slide.at('end_date'), `the era ends (${end!.text}) before it starts (${start!.text}); it is left out`, 'swap its start and end dates'));
    let label = htmlToLine(textOf(field(field(slide.slide, 'text'), 'headline')));
    if (label === '') {
      label = `Era ${i + 1}`;
      warnings.push(warning(slide.at('text.headline'), `the era has no headline; it is labelled ${JSON.stringify(label)}`, 'give the era a headline'));
    }
    origins.set('eras', eras.length, (f) => slide.at(ERA_ORIGIN[f] ?? ''));
    eras.push({ start: start!.text, end: end!.text, label });
  });

  const titleText = input.title ? htmlToLine(textOf(field(field(input.title.slide, 'text'), 'headline'))) : '';
  const description = input.title ? htmlToText(textOf(field(field(input.title.slide, 'text'), 'text'))) : '';
  if (input.title && isObject(field(input.title.slide, 'media')) && textOf(field(field(input.title.slide, 'media'), 'url')).trim() !== '')
    built.leftOut.add("the title slide's media", "the title slide's media", input.title.at('media.url'), 'add it to the sources of an event if the chronology rests on it');
  if (input.title) noteLeftOut(input.title, built);

  const value: Record<string, unknown> = {
    version: 1,
    title: titleText || input.fallbackTitle,
    ...(description ? { description } : {}),
    actors: built.actors,
    sources: built.sources,
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
  return { format: input.format, value, warnings: [...warnings, ...built.leftOut.warnings()], relocate: origins.relocate };
}
