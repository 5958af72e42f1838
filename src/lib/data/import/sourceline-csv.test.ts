import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput, readInput } from './read-input.ts';

const fixture = readFileSync(new URL('./fixtures/sourceline.csv', import.meta.url), 'utf8');
const HEADER = 'id,title,start,end,actors,tags,summary,place,source title,source URL,quote,speaker';
const said = (text: string) => readInput(text, 'story.csv').warnings.map((w) => `${w.path}: ${w.message}`);

describe("Sourceline's flat CSV", () => {
  const input = readInput(fixture, 'data/bucharest.csv');
  const { data, warnings } = checkInput(input);

  it('reads one event per row: lists split by ";", actors and sources by name, quotes on the first source', () => {
    expect(input.format).toBe('sourceline-csv');
    expect(data.title).toBe('bucharest');
    expect(input.value).toMatchObject({
      actors: [{ id: 'nato', name: 'NATO' }, { id: 'ukraine', name: 'Ukraine' }, { id: 'russia', name: 'Russia' }],
      sources: [
        { id: 'bucharest-summit-declaration', title: 'Bucharest Summit Declaration', url: 'https://www.nato.int/cps/en/natolive/official_texts_8443.htm' },
        { id: 'euromaidan-press', title: 'Euromaidan Press', url: 'https://euromaidanpress.com/2025/02/18/x/' },
        { id: 'reuters', title: 'Reuters' },
      ],
      events: [
        { id: 'bucharest-summit', title: 'Bucharest summit', start: '2008-04-02', end: '2008-04-04', actors: ['nato', 'ukraine'], tags: ['summit', 'enlargement'], summary: 'NATO promised Ukraine and Georgia future membership.', place: 'Bucharest', sources: ['bucharest-summit-declaration'] },
        { id: 'russia-demands-nato-revoke-the-promise-2025-02-18', start: '2025-02-18', actors: ['russia'], sources: ['euromaidan-press', 'reuters'] },
        { id: 'no-source', start: '2025-02' },
        { id: 'marathon', start: '-0489-09', end: '2008-01' },
      ],
      quotes: [
        { id: 'bucharest-summit-q1', text: 'We agreed today that these countries will become members of NATO.', speaker: 'NATO heads of state', event: 'bucharest-summit', source: 'bucharest-summit-declaration' },
        { id: 'russia-demands-nato-revoke-the-promise-2025-02-18-q1', speaker: 'Maria Zakharova', source: 'euromaidan-press' },
      ],
    });
  });

  it('warns about unknown columns, and names the row and column of everything it could not read', () => {
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'column Mood: "Mood" is not a column of the Sourceline CSV format; its cells are left out',
      'row 4, column Start: "18/02/2025" is not an ISO 8601 date (day and month order is ambiguous); the row is left out',
      'row 5, column Quote: the quote "Something said" has no source to rest on; it is left out',
      'row 7, column Source URL: links must be http: or https:, not ftp:; "ftp://example.org/x" is left out',
      'row 5, column Source Title: event "no-source" rests on no source',
      'row 7, column Source Title: event "marathon" rests on no source',
    ]);
  });

  it.each([
    ['an empty title', `${HEADER}\nx,,2001`, ['row 2, column title: the title is empty; the row is left out']],
    ['an empty start', `${HEADER}\nx,X,`, ['row 2, column start: the start date is empty; the row is left out']],
    ['an end that cannot be read', `${HEADER}\nx,X,2001,2001-02-30`, ['row 2, column end: February 2001 has 28 days (2001 is not a leap year), so day 30 does not exist; the end is left out']],
    ['an end before the start', `${HEADER}\nx,X,2001,2000`, ['row 2, column end: the end 2000 comes before the start 2001; the end is left out']],
    ['an id that is not one', `${HEADER}\nBucharest Summit,X,2001`, ['row 2, column id: "Bucharest Summit" is not a usable id; it is now "bucharest-summit"']],
    ['an id used twice', `${HEADER}\nx,X,2001\nx,Y,2002`, ['row 3, column id: the id "x" is used by an earlier row; this one is now "x-2"']],
    ['more speakers than quotes', `${HEADER}\nx,X,2001,,,,,,S,,Q,A; B`, ['row 2, column speaker: there are more speakers (2) than quotes (1); the extra speakers are left out']],
    ['an approximate cell that is neither yes nor no', 'id,title,start,approximate\nx,X,2001,maybe', ['row 2, column approximate: "maybe" is neither yes nor no; the date is taken as exact']],
    ['a column named twice', 'id,title,start,Title\nx,X,2001,Y', ['column Title: the title column is there twice; only the first is read']],
  ])('reports %s', (_, text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it('reads columns by any case and spacing, lists with escaped ";", and cells guarded against formulas', () => {
    const read = readInput('  TITLE ,Start_Date,Tags,Source_Title,Source URL,Quote,Speaker\n"\'=SUM(A1)",2001,a\\;b; c,S,,One; Two,; B', 's.csv');
    expect(read.warnings).toEqual([]);
    expect(read.value).toMatchObject({
      events: [{ id: 'sum-a1-2001', title: '=SUM(A1)', start: '2001', tags: ['a;b', 'c'], sources: ['s'] }],
      quotes: [
        { id: 'sum-a1-2001-q1', text: 'One', event: 'sum-a1-2001', source: 's' },
        { id: 'sum-a1-2001-q2', text: 'Two', speaker: 'B' },
      ],
    });
    expect((read.value as { quotes: object[] }).quotes[0]).not.toHaveProperty('speaker');
  });

  it('a source with only an address is named after its host', () => {
    expect(readInput(`${HEADER}\nx,X,2001,,,,,,,https://www.example.org/a`, 's.csv').value).toMatchObject({ sources: [{ id: 'example-org', title: 'example.org', url: 'https://www.example.org/a' }] });
  });
});
