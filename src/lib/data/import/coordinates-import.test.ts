// Imports read where events happened when the input says: latitude and longitude columns (under
// their common names) in both CSV forms, and a slide's location (or its own lat/lon fields) in
// TimelineJS JSON. What cannot be a place is reported where it is and left out; the event stays.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/graph.ts';
import { checkInput, readInput } from './read-input.ts';

const slide = (extra: Record<string, unknown>) => ({ start_date: { year: '2008', month: '4', day: '2' }, text: { headline: 'Bucharest summit' }, ...extra });
const timelineJs = (extra: Record<string, unknown>) => JSON.stringify({ events: [slide(extra)] });

describe('imports read latitude and longitude', () => {
  it.each<[string, string, readonly [number, number] | undefined, string | undefined]>([
    // what, input, coordinates, place
    ['flat CSV: latitude, longitude', 'title,start,place,latitude,longitude\nBucharest summit,2008-04-02,Bucharest,44.43,26.1\n', [26.1, 44.43], 'Bucharest'],
    ['flat CSV: Lat, Lng', 'title,start,Lat,Lng\nBucharest summit,2008-04-02,44.43,26.1\n', [26.1, 44.43], undefined],
    ['flat CSV: lat, lon', 'title,start,lat,lon\nBucharest summit,2008-04-02,44.43,26.1\n', [26.1, 44.43], undefined],
    ['flat CSV: no place given', 'title,start,latitude,longitude\nBucharest summit,2008-04-02,,\n', undefined, undefined],
    ['TimelineJS sheet: Latitude, Longitude', 'Year,Month,Day,Headline,Latitude,Longitude\n2008,4,2,Bucharest summit,44.43,26.1\n', [26.1, 44.43], undefined],
    ['TimelineJS sheet: Long', 'Year,Month,Day,Headline,Lat,Long\n2008,4,2,Bucharest summit,44.43,26.1\n', [26.1, 44.43], undefined],
    ['TimelineJS JSON: location as StoryMapJS writes it', timelineJs({ location: { lat: 44.43, lon: 26.1, name: 'Bucharest' } }), [26.1, 44.43], 'Bucharest'],
    ['TimelineJS JSON: latitude and longitude on the slide', timelineJs({ latitude: '44.43', longitude: '26.1' }), [26.1, 44.43], undefined],
    ['TimelineJS JSON: lat and lng on the slide', timelineJs({ lat: 44.43, lng: 26.1 }), [26.1, 44.43], undefined],
  ])('%s', (_what, text, coordinates, place) => {
    const input = readInput(text, 'input');
    expect(input.warnings).toEqual([]);
    const event = buildGraph(checkInput(input).data).events[0]!;
    expect(event.coordinates).toEqual(coordinates);
    expect(event.place).toBe(place);
  });

  it.each<[string, string, string, RegExp]>([
    // what, input, where, message
    ['a latitude beyond the pole, in a CSV', 'title,start,latitude,longitude\nA,2008,95,26\n', 'row 2, column latitude', /latitude 95 is beyond ±90/],
    ['swapped columns, in a TimelineJS sheet', 'Year,Headline,Latitude,Longitude\n2008,A,126.1,44.43\n', 'row 2, column Latitude', /look swapped/],
    ['a latitude alone, in TimelineJS JSON', timelineJs({ location: { lat: 44.43 } }), 'events[0].location.lat', /no longitude beside it/],
    ['degrees as text, in a CSV', 'title,start,lat,lng\nA,2008,44°26′N,26.1\n', 'row 2, column lat', /is not a number of degrees/],
  ])('%s: a warning where it is, the event kept without a place', (_what, text, path, message) => {
    const input = readInput(text, 'input');
    const problem = input.warnings.find((w) => w.path === path);
    expect(problem?.message).toMatch(message);
    const event = buildGraph(checkInput(input).data).events[0]!;
    expect(event.coordinates).toBeUndefined();
  });
});
