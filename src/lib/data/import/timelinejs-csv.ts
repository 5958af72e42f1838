// The TimelineJS spreadsheet template as CSV (Year, Month, Day, Time, End Year, …, Headline, Text,
// Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background): each row becomes a
// slide, as TimelineJS itself reads the sheet ("title" and "era" rows by their Type), placed by its
// row and column for messages. Pure.
import type { Problem } from '../../model/problems.ts';
import { cellOf, cellPlace, extraCellsWarning, matchColumns, type CsvRow, type CsvTable } from './csv-table.ts';
import { titleFromName, warning, type ConvertedInput } from './converted.ts';
import { LATITUDE_NAMES, LONGITUDE_NAMES } from './coordinate-cells.ts';
import { timeOfDay, type TimelineJsDateParts } from './timelinejs-date.ts';
import { convertTimelineJs, type SlideInput } from './timelinejs.ts';

/** Each column by its template name first, then other names people give it. */
export const TIMELINEJS_COLUMNS = {
  year: ['year'],
  month: ['month'],
  day: ['day'],
  time: ['time'],
  endYear: ['end year'],
  endMonth: ['end month'],
  endDay: ['end day'],
  endTime: ['end time'],
  displayDate: ['display date'],
  headline: ['headline'],
  text: ['text'],
  media: ['media'],
  mediaCredit: ['media credit'],
  mediaCaption: ['media caption'],
  mediaThumbnail: ['media thumbnail'],
  type: ['type'],
  group: ['group', 'tag'],
  background: ['background'],
  uniqueId: ['unique id'],
  latitude: LATITUDE_NAMES,
  longitude: LONGITUDE_NAMES,
} as const;

type Column = keyof typeof TIMELINEJS_COLUMNS;

/** The column each slide field is read from. */
const COLUMN_OF: Readonly<Record<string, Column>> = {
  start_date: 'year', 'start_date.year': 'year', 'start_date.month': 'month', 'start_date.day': 'day',
  end_date: 'endYear', 'end_date.year': 'endYear', 'end_date.month': 'endMonth', 'end_date.day': 'endDay',
  text: 'headline', 'text.headline': 'headline', 'text.text': 'text',
  media: 'media', 'media.url': 'media', 'media.credit': 'mediaCredit', 'media.caption': 'mediaCaption', 'media.thumbnail': 'mediaThumbnail',
  group: 'group', display_date: 'displayDate', background: 'background', unique_id: 'uniqueId',
  'location.lat': 'latitude', 'location.lon': 'longitude',
};

/** True when a header names the template's columns: a year and something to show. */
export const isTimelineJsHeader = (columns: readonly string[]) => columns.includes('year') && ['headline', 'text', 'month', 'media'].some((c) => columns.includes(c));

export function convertTimelineJsCsv(table: CsvTable, where: string): ConvertedInput {
  const columns = matchColumns(table.header, TIMELINEJS_COLUMNS, 'TimelineJS spreadsheet');
  const warnings: Problem[] = [...columns.warnings];
  const place = (row: CsvRow) => (field: string) => {
    const date = /^(start|end)_date\.(time|hour|minute|second|millisecond)$/.exec(field);
    const column: Column | undefined = date ? (date[1] === 'start' ? 'time' : 'endTime') : COLUMN_OF[field];
    return column === undefined ? `row ${row.number}` : cellPlace(row.number, columns.name(column));
  };
  const cell = (row: CsvRow, column: Column) => cellOf(row, columns, column);

  /** A date from its columns; a time that cannot be read is reported and left out. */
  const date = (row: CsvRow, year: Column, month: Column, day: Column, time: Column): TimelineJsDateParts | undefined => {
    const parts: TimelineJsDateParts = { year: cell(row, year), month: cell(row, month), day: cell(row, day) };
    if (Object.values(parts).every((v) => v === '') && cell(row, time) === '') return undefined;
    const read = timeOfDay(cell(row, time));
    if (read.ok) Object.assign(parts, read.parts);
    else warnings.push(warning(cellPlace(row.number, columns.name(time)), `${read.message}; the time is left out`, read.fix));
    return parts;
  };

  let title: SlideInput | null = null;
  const events: SlideInput[] = [];
  const eras: SlideInput[] = [];
  for (const row of table.rows) {
    const extra = extraCellsWarning(row, table.header);
    if (extra) warnings.push(extra);
    const slide: Record<string, unknown> = {
      text: { headline: cell(row, 'headline'), text: cell(row, 'text') },
      media: { url: cell(row, 'media'), credit: cell(row, 'mediaCredit'), caption: cell(row, 'mediaCaption'), thumbnail: cell(row, 'mediaThumbnail') },
      group: cell(row, 'group'),
      display_date: cell(row, 'displayDate'),
      background: cell(row, 'background'),
      unique_id: cell(row, 'uniqueId'),
      location: { lat: cell(row, 'latitude'), lon: cell(row, 'longitude') },
    };
    const start = date(row, 'year', 'month', 'day', 'time');
    if (start) slide.start_date = start;
    const end = date(row, 'endYear', 'endMonth', 'endDay', 'endTime');
    if (end) slide.end_date = end;
    const input: SlideInput = { slide, at: place(row) };
    const type = cell(row, 'type').toLowerCase();
    if (type === 'title' && title === null) title = input;
    else if (type === 'era') eras.push(input);
    else {
      if (type === 'title') warnings.push(warning(cellPlace(row.number, columns.name('type')), 'a second "title" row is read as an event', 'keep one title row'));
      else if (type !== '' && type !== 'event') warnings.push(warning(cellPlace(row.number, columns.name('type')), `the type ${JSON.stringify(cell(row, 'type'))} is not one TimelineJS knows; the row is read as an event`, 'leave Type empty for an event, or write "title" or "era"'));
      events.push(input);
    }
  }
  return convertTimelineJs({ format: 'timelinejs-csv', title, events, eras, fallbackTitle: titleFromName(where), warnings });
}
