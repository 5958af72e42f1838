import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput, readInput } from './read-input.ts';

const fixture = readFileSync(new URL('./fixtures/timelinejs-template.csv', import.meta.url), 'utf8');
const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('the TimelineJS spreadsheet template as CSV', () => {
  const input = readInput(fixture, 'computing.csv');
  const { data, warnings } = checkInput(input);

  it('reads the title row, the events and the era row', () => {
    expect(input.format).toBe('timelinejs-csv');
    expect(data.title).toBe('Computing firsts');
    expect(data.description).toBe('A few firsts in computing.');
    expect(input.value).toMatchObject({
      actors: [{ id: 'people', name: 'People' }, { id: 'missions', name: 'Missions' }],
      sources: [
        { id: 'example-archive', title: 'Portrait of Ada Lovelace', publisher: 'Example Archive', url: 'https://example.org/ada' },
        { id: 'nasa', title: 'NASA', url: 'https://example.org/apollo11' },
      ],
      events: [
        { id: 'ada-lovelaces-notes-1843', title: 'Ada Lovelace\'s notes', start: '1843', summary: 'The first published program — for the Analytical Engine.', actors: ['people'], sources: ['example-archive'] },
        { id: 'the-eniac-programmers-1943-07', start: '1943-07', end: '1946' },
        { id: 'eagle-lands-1969-07-20T20:17', start: '1969-07-20T20:17', sources: ['nasa'] },
        { id: 'first-step-1969-07-21T02:56', start: '1969-07-21T02:56' },
        { id: 'a-month-named-in-words-1969-07', start: '1969-07' },
      ],
      eras: [{ start: '1950', end: '1960', label: 'Cold War computing' }],
    });
  });

  it('reports rows it leaves out and cells it cannot keep by row number and column', () => {
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'row 8, column Year: the year "19x9" is not a whole number; the slide is left out',
      'row 9, column Month: month 13 does not exist; the slide is left out',
      'row 3, column Media Thumbnail: the thumbnail of a web page is left out',
      'row 2, column Background: the slide background is left out',
      'row 4, column Media: event "the-eniac-programmers-1943-07" rests on no source',
      'row 6, column Media: event "first-step-1969-07-21T02:56" rests on no source',
      'row 7, column Media: event "a-month-named-in-words-1969-07" rests on no source',
    ]);
  });

  it.each([
    ['columns in another case, order and spacing, and a row number that counts lines inside quotes', 'headline , YEAR,month\n"Two\nlines",2001,\nLater,2002,13', ['row 3, column month: month 13 does not exist; the slide is left out']],
    ['an unknown column', `${HEADER},Notes\n2001,,,,,,,,,A,,,,,,,,,private`, ['column Notes: "Notes" is not a column of the TimelineJS spreadsheet format; its cells are left out']],
    ['a time that cannot be read', `${HEADER}\n2001,5,4,teatime,,,,,,A,,,,,,,,`, ['row 2, column Time: "teatime" is not a time of day; the time is left out']],
    ['a type TimelineJS does not know', `${HEADER}\n2001,,,,,,,,,A,,,,,,milestone,,`, ['row 2, column Type: the type "milestone" is not one TimelineJS knows; the row is read as an event']],
    ['a row longer than the header', 'Year,Headline\n2001,A,extra', ['row 2: the row has 3 cells but the header names 2 columns; the extra cell is left out']],
    ['semicolons between cells', 'Year;Headline;Text\n2001;A;"one, two"', []],
  ])('%s', (_, text, said) => {
    const read = readInput(text, 't.csv');
    expect(read.format).toBe('timelinejs-csv');
    expect(read.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual(said);
  });

  it('an era row needs both dates', () => {
    const read = readInput(`${HEADER}\n1950,,,,,,,,,Half an era,,,,,,era,,`, 't.csv');
    expect(read.warnings.map((w) => `${w.path}: ${w.message}`)).toContain('row 2, column End Year: the era has no end date; it is left out');
  });

  it('a file whose every row is left out is refused, with the reasons', () => {
    expect(() => checkInput(readInput(`${HEADER}\nsoon,,,,,,,,,A,,,,,,,,`, 't.csv'))).toThrow(expect.objectContaining({
      problems: [
        expect.objectContaining({ severity: 'error', message: 'no event could be read from the file (the warnings below say why)' }),
        expect.objectContaining({ severity: 'warning', path: 'row 2, column Year' }),
      ],
    }));
  });
});
