import { describe, expect, it } from 'vitest';
import { Origins, titleFromName } from './converted.ts';

describe('titleFromName', () => {
  it.each([
    ['women_in_computing.csv', 'women in computing'],
    ['data/story.json?dl=1#x', 'story'],
    ['https://example.org/a/b/Greek Wars.json', 'Greek Wars'],
    ['C:\\Users\\me\\timeline.csv', 'timeline'],
    ['.csv', 'Imported timeline'],
    ['conflict_events.parquet', 'conflict events'],
    ['acled.feather', 'acled'],
    ['', 'Imported timeline'],
  ])('%j → %j', (where, title) => {
    expect(titleFromName(where)).toBe(title);
  });
});

describe('Origins', () => {
  const origins = new Origins();
  origins.set('events', 0, (field) => (field === 'start' ? 'row 7, column Year' : 'row 7'));
  origins.set('eras', 1, (field) => `eras[4]${field ? `.${field}_date` : ''}`);

  it.each([
    ['events[0].start', 'row 7, column Year'],
    ['events[0].sources', 'row 7'],
    ['events[0]', 'row 7'],
    ['eras[1].end', 'eras[4].end_date'],
    ['events[1].start', 'events[1].start'],
    ['file', 'file'],
    ['title', 'title'],
  ])('places %s at %s', (path, place) => {
    expect(origins.relocate(path)).toBe(place);
  });
});
