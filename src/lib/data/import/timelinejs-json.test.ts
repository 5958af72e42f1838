import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput, readInput } from './read-input.ts';

const fixture = readFileSync(new URL('./fixtures/timelinejs.json', import.meta.url), 'utf8');
const read = (value: unknown, where = 'greek.json') => readInput(JSON.stringify(value), where);
const eventsOf = (value: unknown) => (read(value).value as { events: Record<string, unknown>[] }).events;
const messages = (value: unknown) => read(value).warnings.map((w) => `${w.path}: ${w.message}`);

describe('TimelineJS JSON', () => {
  const input = readInput(fixture, 'greek.json');
  const { data, warnings } = checkInput(input);

  it('is read as TimelineJS JSON, titled from its title slide', () => {
    expect(input.format).toBe('timelinejs-json');
    expect(data.title).toBe('Greek wars & peace');
    expect(data.description).toBe('From Marathon to the Thirty Years’ Peace.');
  });

  it('maps headline, text, group, unique_id, media and dates; BCE years -N become astronomical -(N-1)', () => {
    expect(input.value).toMatchObject({
      actors: [{ id: 'athens', name: 'Athens' }, { id: 'persia', name: 'Persia' }],
      sources: [
        { id: 'wikipedia', title: 'Battle of Marathon', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Battle_of_Marathon' },
        { id: 'herodotus', title: 'Herodotus' },
      ],
      events: [
        { id: 'marathon', title: 'Battle of Marathon', start: '-0489-09', approximate: true, summary: 'Hello & bye', actors: ['athens'], sources: ['wikipedia'] },
        { id: 'thermopylae-and-salamis--0479-08', title: 'Thermopylae and Salamis', start: '-0479-08', end: '-0479-09-20', actors: ['athens'], sources: ['herodotus'] },
        { id: 'peace-of-callias--0448', title: 'Peace of Callias', start: '-0448', summary: 'A treaty, if it happened.', actors: ['persia'] },
      ],
      eras: [{ start: '-0498', end: '-0448', label: 'Greco-Persian Wars' }],
    });
    const marathon = data.events.find((e) => e.id === 'marathon')!;
    expect(marathon.start).toMatchObject({ year: -489, month: 9, precision: 'month' });
    expect(data.eras).toHaveLength(1);
  });

  it('reports what could not be carried over, at its JSON path', () => {
    const said = warnings.map((w) => `${w.path}: ${w.message}`);
    expect(said).toEqual([
      'events[0].display_date: the display date "c. 490 BC" is not kept: Sourceline shows the date from its numbers (-0489-09) and marks the event approximate',
      'events[1].media.url: the media "javascript:alert(1)" is not an http(s) address (links must be http: or https:, not javascript:), so it is not kept as a source',
      'events[3].start_date.day: February AD 1 has 28 days (AD 1 is not a leap year), so day 30 does not exist; the slide is left out',
      'events[2].background: the slide background is left out',
      "title.media.url: the title slide's media is left out",
      // The checker's own warning, placed at the slide it came from.
      'events[2].media: event "peace-of-callias--0448" rests on no source',
    ]);
    for (const w of warnings) expect(w.fix).not.toBe('');
  });

  it.each([
    ['a missing unique_id: headline and date', { start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Moon landing' } }, 'moon-landing-1969-07-20'],
    ['a unique_id that is not an id', { start_date: { year: 1969 }, text: { headline: 'X' }, unique_id: 'moon landing' }, 'moon-landing'],
    ['a number for a unique_id', { start_date: { year: 1969 }, text: { headline: 'X' }, unique_id: 42 }, '42'],
    ['no headline: the start of the text', { start_date: { year: 1969 }, text: { text: '<p>Armstrong steps out.</p>' } }, 'armstrong-steps-out-1969'],
  ])('ids: %s', (_, slide, id) => {
    expect(eventsOf({ events: [slide] })[0]!.id).toBe(id);
  });

  it('ids are stable and unique: a later slide keeps its own unique_id, generated ids step aside', () => {
    const value = {
      events: [
        { start_date: { year: 2000 }, text: { headline: 'Same' } },
        { start_date: { year: 2000 }, text: { headline: 'Same' } },
        { start_date: { year: 2001 }, text: { headline: 'Given' }, unique_id: 'same-2000-2' },
        { start_date: { year: 2002 }, text: { headline: 'Twice' }, unique_id: 'same-2000-2' },
      ],
    };
    expect(eventsOf(value).map((e) => e.id)).toEqual(['same-2000', 'same-2000-3', 'same-2000-2', 'same-2000-2-2']);
    expect(eventsOf(value).map((e) => e.id)).toEqual(eventsOf(structuredClone(value)).map((e) => e.id));
    expect(messages(value)).toEqual(['events[3].unique_id: unique_id "same-2000-2" is used by an earlier slide; this one is now "same-2000-2-2"']);
  });

  it.each([
    ['no start date', { text: { headline: 'x' } }, 'events[0].start_date: the slide has no start date; it is left out'],
    ['an end before the start', { start_date: { year: 2000 }, end_date: { year: 1999 }, text: { headline: 'x' } }, 'events[0].end_date: the end 1999 comes before the start 2000; the end date is left out'],
    ['an end without a year', { start_date: { year: 2000 }, end_date: { month: 3 }, text: { headline: 'x' } }, 'events[0].end_date.year: the year is missing; the end date is left out'],
    ['a field TimelineJS does not have', { start_date: { year: 2000 }, text: { headline: 'x' }, colour: 'red' }, 'events[0].colour: "colour" is not a field of a slide in TimelineJS\'s format; it is left out'],
    ['a caption with nothing to cite', { start_date: { year: 2000 }, text: { headline: 'x' }, media: { url: '', caption: 'A picture' } }, 'events[0].media.caption: the media caption "A picture" is left out: there is no web address or credit to make a source of'],
    [
      'a media link',
      { start_date: { year: 2000 }, text: { headline: 'x' }, media: { url: 'https://example.org/page', link: 'https://example.org/story' } },
      'events[0].media.link: the media link "https://example.org/story" is left out: Sourceline keeps the media\'s own address (media.url) as a source, not where it links to',
    ],
    ['the alt text of a web page', { start_date: { year: 2000 }, text: { headline: 'x' }, media: { url: 'https://example.org/page', alt: 'A bridge' } }, 'events[0].media.alt: the alt text of a web page is left out'],
    [
      'a picture without alt text',
      { start_date: { year: 2000 }, text: { headline: 'x' }, media: { url: 'https://example.org/p.jpg', caption: 'A bridge at dawn' } },
      'events[0].media.alt: the picture has no alt text; its caption stands in: "A bridge at dawn"',
    ],
    ['a picture over http:', { start_date: { year: 2000 }, text: { headline: 'x' }, media: { url: 'http://example.org/p.jpg' } }, 'events[0].media.url: the image "http://example.org/p.jpg" cannot be shown (media must load over https:, not http: (an http: picture can be changed on the way, and browsers block it on https: pages))'],
    ['a media field TimelineJS does not have', { start_date: { year: 2000 }, text: { headline: 'x' }, media: { url: 'https://example.org/p.jpg', href: 'x' } }, 'events[0].media.href: "href" is not a field of a slide\'s media in TimelineJS\'s format; it is left out'],
    ['year 0', { start_date: { year: 0 }, text: { headline: 'x' } }, 'events[0].start_date.year: year 0 does not exist when BCE years are negative (-1 is 1 BCE, 1 is AD 1); it is read as 1 BCE'],
  ])('reports %s', (_, slide, message) => {
    // A second slide with a start date, so that the file is TimelineJS's.
    expect(messages({ events: [slide, { start_date: { year: 2000 }, text: { headline: 'y' } }] })).toContain(message);
  });

  it('a file without a title slide is titled after its name', () => {
    expect(read({ events: [{ start_date: { year: 2000 }, text: { headline: 'x' } }] }, 'data/my_timeline.json').value).toMatchObject({ title: 'my timeline' });
  });

  it('thumbnails and backgrounds are reported once, with how many slides had one', () => {
    const slide = (n: number) => ({ start_date: { year: 2000 + n }, text: { headline: `e${n}` }, media: { url: 'https://example.org/', thumbnail: 'https://example.org/t.png' } });
    expect(messages({ events: [slide(1), slide(2), slide(3)] })).toContain('events[0].media.thumbnail: thumbnails of web pages are left out (3 slides have one; this is the first)');
  });

  it('a slide that cannot be read leaves nothing to show: every problem is an error or a warning that says why', () => {
    expect(() => checkInput(read({ events: [{ start_date: { year: 'soon' }, text: { headline: 'x' } }] }))).toThrow(/1 error/);
  });
});
