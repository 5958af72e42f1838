// Seeded synthetic event graphs for benchmarks and load tests: realistic enough to stress the
// timeline (clustered dates over 2000–2025, 20% ranges, a dozen actors, links, quotes, sources).
// Deterministic: the same size and seed give the same file. With `coordinates`, every event is placed
// near one of 60 cities (most by a place id, the rest by coordinates of their own), for the map.
import type { EventGraphFile } from '../src/lib/model/schema.ts';
import { seededRandom as random } from '../src/lib/model/seeded-random.ts';

const ACTORS = ['NATO', 'Ukraine', 'Russia', 'United States', 'European Union', 'Germany', 'France', 'United Kingdom', 'Poland', 'Türkiye', 'Georgia', 'China'];
const COLORS = ['#1f4e8c', '#8a5a00', '#b42318', '#6941c6', '#175cd3', '#344054', '#c11574', '#026aa2', '#b54708', '#027a48', '#3e7c17', '#9e1f63'];
const WORDS = [
  'summit',
  'talks',
  'statement',
  'sanctions',
  'exercise',
  'treaty',
  'vote',
  'visit',
  'offensive',
  'ceasefire',
  'report',
  'agreement',
  'protest',
  'election',
  'meeting',
];
const TYPES = ['causes', 'responds-to', 'references', 'contradicts', 'precedes'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const END = Date.UTC(2025, 11, 31);

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Cities events happen in, [longitude, latitude]: spread over every continent, denser in Europe. */
const CITIES: readonly [string, number, number][] = [
  ['Brussels', 4.35, 50.85],
  ['Kyiv', 30.52, 50.45],
  ['Moscow', 37.62, 55.76],
  ['Washington', -77.04, 38.91],
  ['London', -0.13, 51.51],
  ['Paris', 2.35, 48.86],
  ['Berlin', 13.4, 52.52],
  ['Warsaw', 21.01, 52.23],
  ['Ankara', 32.85, 39.93],
  ['Tbilisi', 44.79, 41.72],
  ['Beijing', 116.4, 39.9],
  ['Bucharest', 26.1, 44.43],
  ['Vilnius', 25.28, 54.69],
  ['Riga', 24.11, 56.95],
  ['Tallinn', 24.75, 59.44],
  ['Helsinki', 24.94, 60.17],
  ['Stockholm', 18.07, 59.33],
  ['Oslo', 10.75, 59.91],
  ['Copenhagen', 12.57, 55.68],
  ['Rome', 12.48, 41.89],
  ['Madrid', -3.7, 40.42],
  ['Lisbon', -9.14, 38.72],
  ['Vienna', 16.37, 48.21],
  ['Prague', 14.42, 50.08],
  ['Budapest', 19.04, 47.5],
  ['Bratislava', 17.11, 48.15],
  ['Minsk', 27.56, 53.9],
  ['Chișinău', 28.86, 47.01],
  ['Odesa', 30.73, 46.48],
  ['Kharkiv', 36.23, 49.99],
  ['Lviv', 24.03, 49.84],
  ['Istanbul', 28.98, 41.01],
  ['Athens', 23.73, 37.98],
  ['Sofia', 23.32, 42.7],
  ['Belgrade', 20.46, 44.79],
  ['Riyadh', 46.72, 24.71],
  ['Tehran', 51.39, 35.69],
  ['Delhi', 77.21, 28.61],
  ['Tokyo', 139.69, 35.69],
  ['Seoul', 126.98, 37.57],
  ['New York', -74.01, 40.71],
  ['Ottawa', -75.7, 45.42],
  ['Mexico City', -99.13, 19.43],
  ['Brasília', -47.88, -15.79],
  ['Buenos Aires', -58.38, -34.6],
  ['Pretoria', 28.19, -25.75],
  ['Nairobi', 36.82, -1.29],
  ['Cairo', 31.24, 30.04],
  ['Lagos', 3.38, 6.52],
  ['Canberra', 149.13, -35.28],
  ['Jakarta', 106.85, -6.21],
  ['Singapore', 103.82, 1.35],
  ['Astana', 71.45, 51.17],
  ['Baku', 49.87, 40.41],
  ['Yerevan', 44.51, 40.18],
  ['Geneva', 6.14, 46.2],
  ['The Hague', 4.3, 52.07],
  ['Munich', 11.58, 48.14],
  ['Davos', 9.84, 46.8],
  ['Sochi', 39.72, 43.6],
];

/** Minute precision in UTC, as a log or a wire feed dates what it records: `2014-02-22T13:05`. */
function isoMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/**
 * @param options.coordinates events placed near cities (the map's run)
 * @param options.minutes starts dated to the minute (a random minute of their day) rather than to the
 *   day: a million events then name a million distinct dates, none shared on the page
 */
export function syntheticGraph(
  eventCount: number,
  seed = 20250218,
  options: { readonly coordinates?: boolean; readonly minutes?: boolean } = {},
): EventGraphFile {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  // Dates cluster around "crises", as real chronologies do.
  const crises = Array.from({ length: 40 }, () => START + rand() * (END - START));
  const actors = ACTORS.map((name, i) => ({ id: `a${i}`, name, color: COLORS[i]! }));
  const sources = Array.from({ length: Math.max(5, Math.ceil(eventCount / 20)) }, (_, i) => ({
    id: `s${i}`,
    title: `Report ${i + 1} on ${pick(WORDS)}`,
    publisher: pick(['Reuters', 'AP', 'AFP', 'BBC', 'Euromaidan Press', 'Kyiv Independent']),
    url: `https://news.example.org/${i}`,
    published: isoDay(START + rand() * (END - START)),
  }));
  const places = options.coordinates ? CITIES.map(([name, lon, lat], i) => ({ id: `p${i}`, name, coordinates: [lon, lat] as [number, number] })) : undefined;
  // Cities drawn with a skew, as real chronologies cluster in a few capitals; a share of events get
  // coordinates of their own a little way from their city (up to about 150 km).
  const where = (): { placeId: string } | { coordinates: [number, number] } | Record<string, never> => {
    if (!places) return {};
    const place = places[Math.floor(rand() ** 2 * places.length)]!;
    if (rand() < 0.7) return { placeId: place.id };
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return { coordinates: [round(place.coordinates[0] + (rand() - 0.5) * 3), round(Math.max(-85, Math.min(85, place.coordinates[1] + (rand() - 0.5) * 2)))] };
  };
  const events = Array.from({ length: eventCount }, (_, i) => {
    const centre = pick(crises);
    const startMs = Math.min(END, Math.max(START, centre + (rand() - 0.5) * 2 * 400 * DAY * rand() ** 2));
    const isRange = rand() < 0.2;
    const endMs = startMs + (1 + Math.floor(rand() ** 3 * 300)) * DAY;
    const actorCount = 1 + Math.floor(rand() * 2);
    return {
      id: `e${i}`,
      title: `${pick(ACTORS)} ${pick(WORDS)} ${i + 1}`,
      start: options.minutes ? isoMinute(Math.floor(startMs / DAY) * DAY + Math.floor(rand() * 1440) * 60_000) : isoDay(startMs),
      ...(isRange ? { end: isoDay(endMs) } : {}),
      summary: `Synthetic event ${i + 1}.`,
      actors: Array.from({ length: actorCount }, () => pick(actors).id).filter((id, j, all) => all.indexOf(id) === j),
      tags: [pick(WORDS)],
      sources: [pick(sources).id],
      ...where(),
    };
  });
  const quotes = events
    .filter(() => rand() < 0.05)
    .map((event, i) => ({ id: `q${i}`, text: `Words said at event ${event.id}.`, speaker: 'A spokesperson', event: event.id, source: event.sources[0]! }));
  const links = Array.from({ length: Math.floor(eventCount * 0.05) }, () => {
    const from = Math.floor(rand() * eventCount);
    const to = Math.min(eventCount - 1, from + 1 + Math.floor(rand() * 50));
    return { from: `e${from}`, to: `e${to}`, type: pick(TYPES) };
  }).filter((link) => link.from !== link.to);
  return {
    version: 1,
    title: `Synthetic chronology, ${eventCount.toLocaleString('en')} events`,
    actors,
    ...(places ? { places } : {}),
    sources,
    events,
    quotes,
    links,
  };
}
