import { describe, expect, it } from 'vitest';
import { formatYear, isoYear, parseDate } from '../../model/dates.ts';
import { astronomicalYear, timelineJsDate, timeOfDay, type TimelineJsDateParts } from './timelinejs-date.ts';

describe('timelineJsDate', () => {
  it.each<[string, TimelineJsDateParts, string]>([
    ['a year', { year: 2008 }, '2008'],
    ['a year as text, with a comma', { year: '1,500' }, '1500'],
    ['a month (no day: month precision)', { year: 2008, month: 4 }, '2008-04'],
    ['a day, as text', { year: '2008', month: '4', day: '3' }, '2008-04-03'],
    ['empty parts are absent', { year: '2008', month: '', day: '' }, '2008'],
    ['a time', { year: 1969, month: 7, day: 20, hour: 20, minute: 17 }, '1969-07-20T20:17'],
    ['an hour alone', { year: 1969, month: 7, day: 20, hour: 9 }, '1969-07-20T09:00'],
    ['seconds', { year: 1969, month: 7, day: 20, hour: 20, minute: 17, second: 40 }, '1969-07-20T20:17:40'],
    ['490 BCE, written -490', { year: -490 }, '-0489'],
    ['480 BCE in August', { year: '-480', month: 8 }, '-0479-08'],
    ['1 BCE, written -1', { year: -1 }, '0000'],
    ['AD 14', { year: 14, month: 8, day: 19 }, '0014-08-19'],
    ['a month by name', { year: 1969, month: 'July' }, '1969-07'],
    ['a month abbreviated', { year: 1969, month: 'Sept.' }, '1969-09'],
    ['a year beyond four digits', { year: 12025 }, '+012025'],
    ['a BCE year beyond four digits', { year: -12000 }, '-011999'],
  ])('%s', (_, parts, text) => {
    const read = timelineJsDate(parts);
    expect(read).toMatchObject({ ok: true, text });
    expect(parseDate(text).ok).toBe(true);
  });

  it('reads -490 as 490 BCE, as TimelineJS shows it', () => {
    const read = timelineJsDate({ year: -490 });
    if (!read.ok) throw new Error('refused');
    const parsed = parseDate(read.text);
    expect(parsed.ok && formatYear(parsed.date.year)).toBe('490 BCE');
  });

  it.each<[string, TimelineJsDateParts, string, string]>([
    // what, parts, the text, the part a note is about
    ['year 0', { year: 0 }, '0000', 'year'],
    ['a day without a month', { year: 2008, day: 3 }, '2008', 'day'],
    ['a time without a day', { year: 2008, month: 4, hour: 10 }, '2008-04', 'time'],
    ['milliseconds', { year: 2008, month: 4, day: 3, hour: 10, minute: 0, second: 1, millisecond: 500 }, '2008-04-03T10:00:01', 'millisecond'],
  ])('%s is read with a note', (_, parts, text, field) => {
    const read = timelineJsDate(parts);
    expect(read).toMatchObject({ ok: true, text });
    expect(read.ok && read.notes.map((n) => n.field)).toEqual([field]);
  });

  it.each<[string, TimelineJsDateParts, string, RegExp]>([
    ['no year', { month: 4 }, 'year', /year is missing/],
    ['an empty year', { year: '' }, 'year', /year is missing/],
    ['a year with letters', { year: '490 BC' }, 'year', /not a number \(TimelineJS writes BCE years as negative numbers\)/],
    ['a fraction', { year: 2008.5 }, 'year', /not a whole number/],
    ['month 13', { year: 2008, month: 13 }, 'month', /month 13 does not exist/],
    ['30 February', { year: 2025, month: 2, day: 30 }, 'day', /February 2025 has 28 days/],
    ['hour 24', { year: 2025, month: 2, day: 3, hour: 24 }, 'hour', /hour 24 does not exist/],
    ['deep time', { year: -13_800_000_000 }, 'year', /beyond/],
    ['an object for a part', { year: { n: 1 } }, 'year', /not a number/],
  ])('refuses %s', (_, parts, field, message) => {
    const read = timelineJsDate(parts);
    expect(read).toMatchObject({ ok: false, field });
    expect(!read.ok && read.message).toMatch(message);
  });

  it.each([
    [2008, '2008'],
    [14, '0014'],
    [0, '0000'],
    [-489, '-0489'],
    [12025, '+012025'],
  ])('isoYear(%i) is %j', (year, text) => {
    expect(isoYear(year)).toBe(text);
  });

  it.each([
    [-490, -489],
    [-1, 0],
    [1, 1],
    [2008, 2008],
  ])('TimelineJS year %i is astronomical %i', (year, astronomical) => {
    expect(astronomicalYear(year)).toBe(astronomical);
  });
});

describe('timeOfDay', () => {
  it.each([
    ['', {}],
    ['21:30', { hour: 21, minute: 30 }],
    ['9:30 PM', { hour: 21, minute: 30 }],
    ['12:05 a.m.', { hour: 0, minute: 5 }],
    ['12 PM', { hour: 12, minute: 0 }],
    ['2130', { hour: 21, minute: 30 }],
    ['21.30', { hour: 21, minute: 30 }],
    ['21:30:15', { hour: 21, minute: 30, second: 15 }],
    ['21:30:15.5', { hour: 21, minute: 30, second: 15, millisecond: 500 }],
  ])('%j', (cell, parts) => {
    const read = timeOfDay(cell);
    expect(read.ok).toBe(true);
    if (read.ok) expect(Object.fromEntries(Object.entries(read.parts).filter(([, v]) => v !== undefined))).toEqual(parts);
  });

  it.each(['noon', '25:00', '10:75', '13 PM', '1:2:3:4:5'])('refuses %j', (cell) => {
    expect(timeOfDay(cell)).toMatchObject({ ok: false, message: expect.stringContaining(cell) });
  });
});
