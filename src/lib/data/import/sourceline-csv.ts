// Reads Sourceline's flat CSV (model/flat-csv.ts: one row per event, lists split by ";") into the shape
// of a Sourceline file: actors from their names, sources from their titles and addresses, quotes tied
// to their event and its first source. A row that cannot be an event is reported with its row number
// and left out; a cell that cannot be read is reported and left empty. Pure.
import { parseDate } from '../../model/dates.ts';
import { FLAT_COLUMNS, splitList, unguardFormula, type FlatColumn } from '../../model/flat-csv.ts';
import type { Problem } from '../../model/problems.ts';
import { checkSafeUrl, hostOf } from '../../model/safe-url.ts';
import { cellOf, cellPlace, extraCellsWarning, matchColumns, type CsvRow, type CsvTable } from './csv-table.ts';
import { Origins, titleFromName, warning, type ConvertedInput } from './converted.ts';
import { readLatLon } from './coordinate-cells.ts';
import { IdAllocator, isUsableId, NamedIds, slugify } from './ids.ts';
import { readMediaCells } from './media-cells.ts';

/** True when a header names the flat format's columns: a title and a start, or an id and a start. */
export const isFlatHeader = (columns: readonly string[]) => FLAT_COLUMNS.start.some((c) => columns.includes(c)) && ['title', 'id'].some((c) => columns.includes(c));

/** The column a Sourceline field comes from, for placing the checker's problems. */
const COLUMN_OF: Readonly<Record<string, FlatColumn>> = {
  id: 'id', title: 'title', start: 'start', end: 'end', approximate: 'approximate', actors: 'actors', tags: 'tags',
  summary: 'summary', place: 'place', sources: 'sourceTitle', coordinates: 'latitude', media: 'media',
};

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'approximate', '~']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** The format a flat table came in (a CSV, or a columnar file read as one), and its name in messages. */
export interface FlatFormat {
  readonly format: ConvertedInput['format'];
  readonly name: string;
}

const CSV: FlatFormat = { format: 'sourceline-csv', name: 'Sourceline CSV' };

export function convertFlatCsv(table: CsvTable, where: string, as: FlatFormat = CSV): ConvertedInput {
  const columns = matchColumns(table.header, FLAT_COLUMNS, as.name);
  const warnings: Problem[] = [...columns.warnings];
  const at = (row: CsvRow, column: FlatColumn) => cellPlace(row.number, columns.name(column));
  const cell = (row: CsvRow, column: FlatColumn) => unguardFormula(cellOf(row, columns, column));
  const origins = new Origins();
  const actorIds = new NamedIds('actor');
  const sourceIds = new NamedIds('source');
  const actors: Record<string, string>[] = [];
  const sources: Record<string, string>[] = [];
  const events: Record<string, unknown>[] = [];
  const quotes: Record<string, unknown>[] = [];

  // Ids the file gives are kept, first come first served; generated ones avoid them (all of them,
  // gathered when the first id is generated: a file that gives every row its own id needs none).
  let given: IdAllocator | null = null;
  const givenIds = () => {
    if (given) return given;
    given = new IdAllocator();
    for (const row of table.rows) if (isUsableId(cell(row, 'id'))) given.reserve([cell(row, 'id')]);
    return given;
  };
  const ids = new IdAllocator();
  const freeId = (wanted: string) => {
    let id = wanted;
    for (let n = 2; ids.has(id) || givenIds().has(id); n++) id = `${wanted}-${n}`;
    return ids.take(id);
  };

  for (const row of table.rows) {
    const extra = extraCellsWarning(row, table.header);
    if (extra) warnings.push(extra);
    const title = cell(row, 'title');
    const startText = cell(row, 'start');
    if (title === '') {
      warnings.push(warning(at(row, 'title'), 'the title is empty; the row is left out', 'give every event a title'));
      continue;
    }
    if (startText === '') {
      warnings.push(warning(at(row, 'start'), 'the start date is empty; the row is left out', 'give every event a start date, e.g. 2008-04-02 (or 2008-04, or 2008)'));
      continue;
    }
    const start = parseDate(startText);
    if (!start.ok) {
      warnings.push(warning(at(row, 'start'), `${start.problem}; the row is left out`, start.fix));
      continue;
    }

    const written = cell(row, 'id');
    let id: string;
    if (written !== '' && isUsableId(written) && !ids.has(written)) id = ids.take(written);
    else {
      id = freeId((written !== '' && slugify(written)) || `${slugify(title) || 'event'}-${startText}`);
      if (written !== '')
        warnings.push(
          warning(at(row, 'id'), isUsableId(written) ? `the id ${JSON.stringify(written)} is used by an earlier row; this one is now ${JSON.stringify(id)}` : `${JSON.stringify(written)} is not a usable id; it is now ${JSON.stringify(id)}`, "give each event its own id of letters, digits, '.', '_', ':' or '-'"),
        );
    }
    const event: Record<string, unknown> = { id, title, start: startText };

    const endText = cell(row, 'end');
    if (endText !== '') {
      const end = parseDate(endText);
      if (!end.ok) warnings.push(warning(at(row, 'end'), `${end.problem}; the end is left out`, end.fix));
      else if (end.date.endMs <= start.date.startMs) warnings.push(warning(at(row, 'end'), `the end ${endText} comes before the start ${startText}; the end is left out`, 'swap start and end, or correct the one that is wrong'));
      else event.end = endText;
    }
    const approximate = cell(row, 'approximate').toLowerCase();
    if (YES.has(approximate)) event.approximate = true;
    else if (!NO.has(approximate)) warnings.push(warning(at(row, 'approximate'), `${JSON.stringify(cell(row, 'approximate'))} is neither yes nor no; the date is taken as exact`, 'write "yes" for an approximate date, or leave the cell empty'));
    const summary = cell(row, 'summary');
    if (summary !== '') event.summary = summary;

    const actorNames = splitList(cell(row, 'actors'));
    if (actorNames.length > 0)
      event.actors = actorNames.map((name) => {
        const { id: actorId, isNew } = actorIds.idFor(name, name);
        if (isNew) actors.push({ id: actorId, name });
        return actorId;
      });
    const tags = splitList(cell(row, 'tags'));
    if (tags.length > 0) event.tags = tags;
    const place = cell(row, 'place');
    if (place !== '') event.place = place;
    const lonLat = readLatLon(cell(row, 'latitude'), cell(row, 'longitude'), { lat: at(row, 'latitude'), lon: at(row, 'longitude') });
    if (lonLat && 'severity' in lonLat) warnings.push(lonLat);
    else if (lonLat) event.coordinates = lonLat;

    // Sources: titles and addresses pair up by position.
    const titles = splitList(cell(row, 'sourceTitle'), true);
    const urls = splitList(cell(row, 'sourceUrl'), true);
    const eventSources: string[] = [];
    for (let k = 0; k < Math.max(titles.length, urls.length); k++) {
      let url = urls[k] ?? '';
      const problem = url === '' ? null : checkSafeUrl(url);
      if (problem) {
        warnings.push(warning(at(row, 'sourceUrl'), `${problem.problem}; ${JSON.stringify(url)} is left out`, problem.fix));
        url = '';
      }
      const sourceTitle = titles[k] || (url === '' ? '' : hostOf(url));
      if (sourceTitle === '') continue;
      const { id: sourceId, isNew } = sourceIds.idFor(`${sourceTitle.length}:${sourceTitle}${url}`, sourceTitle);
      if (isNew) sources.push(url === '' ? { id: sourceId, title: sourceTitle } : { id: sourceId, title: sourceTitle, url });
      if (!eventSources.includes(sourceId)) eventSources.push(sourceId);
    }
    if (eventSources.length > 0) event.sources = eventSources;

    // Quotes: texts and speakers pair up by position; each rests on the event's first source.
    const texts = splitList(cell(row, 'quote'), true);
    const speakers = splitList(cell(row, 'speaker'), true);
    texts.forEach((text, k) => {
      if (text === '') return;
      if (eventSources.length === 0) {
        warnings.push(warning(at(row, 'quote'), `the quote ${JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text)} has no source to rest on; it is left out`, 'name the source that reports it in the "source title" column'));
        return;
      }
      const quote: Record<string, unknown> = { id: `${id}-q${k + 1}`, text };
      if (speakers[k]) quote.speaker = speakers[k];
      quote.event = id;
      quote.source = eventSources[0];
      quotes.push(quote);
    });
    if (speakers.slice(texts.length).some((speaker) => speaker !== ''))
      warnings.push(warning(at(row, 'speaker'), `there are more speakers (${speakers.length}) than quotes (${texts.length}); the extra speakers are left out`, 'give one speaker per quote, in the same order, separated by ";"'));

    const media = readMediaCells(
      {
        urls: splitList(cell(row, 'media'), true),
        types: splitList(cell(row, 'mediaType'), true),
        alts: splitList(cell(row, 'mediaAlt'), true),
        captions: splitList(cell(row, 'mediaCaption'), true),
        credits: splitList(cell(row, 'mediaCredit'), true),
      },
      (column) => at(row, column),
      warnings,
    );
    if (media.length > 0) event.media = media;

    origins.set('events', events.length, (field) => (COLUMN_OF[field] ? at(row, COLUMN_OF[field]!) : `row ${row.number}`));
    events.push(event);
  }
  const value = { version: 1, title: titleFromName(where), actors, sources, events, quotes };
  return { format: as.format, value, warnings, relocate: origins.relocate };
}
