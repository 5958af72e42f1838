// Seeded synthetic event graphs for benchmarks and load tests: realistic enough to stress the
// timeline (clustered dates over 2000–2025, 20% ranges, a dozen actors, links, quotes, sources).
// Deterministic: the same size and seed give the same file.
import type { EventGraphFile } from '../src/lib/model/schema.ts';

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

export function syntheticGraph(eventCount: number, seed = 20250218): EventGraphFile {
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
  const events = Array.from({ length: eventCount }, (_, i) => {
    const centre = pick(crises);
    const startMs = Math.min(END, Math.max(START, centre + (rand() - 0.5) * 2 * 400 * DAY * rand() ** 2));
    const isRange = rand() < 0.2;
    const endMs = startMs + (1 + Math.floor(rand() ** 3 * 300)) * DAY;
    const actorCount = 1 + Math.floor(rand() * 2);
    return {
      id: `e${i}`,
      title: `${pick(ACTORS)} ${pick(WORDS)} ${i + 1}`,
      start: isoDay(startMs),
      ...(isRange ? { end: isoDay(endMs) } : {}),
      summary: `Synthetic event ${i + 1}.`,
      actors: Array.from({ length: actorCount }, () => pick(actors).id).filter((id, j, all) => all.indexOf(id) === j),
      tags: [pick(WORDS)],
      sources: [pick(sources).id],
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
  return { version: 1, title: `Synthetic chronology, ${eventCount.toLocaleString('en')} events`, actors, sources, events, quotes, links };
}
