// Warnings about a valid graph that may still mislead a reader: events with no source, quotes said
// outside their event, "causes" links that run backwards in time, and cycles of links. Warnings,
// not errors: the file loads, and the reader is told.
import { findCycles, indexEdges } from './chains.ts';
import type { Problem } from './problems.ts';
import type { EventGraphData, Link } from './schema.ts';
import { formatSpan, formatDate } from './format-date.ts';
import { quoteVisibly } from './visible-text.ts';

const warning = (path: string, message: string, fix: string): Problem => ({ severity: 'warning', path, message, fix });

/** The circles last found, and the links they were found in (an edit to an event leaves the links as they were). */
let lastCycles: { readonly links: readonly Link[]; readonly cycles: string[][] } | null = null;

function cyclesOf(links: readonly Link[]): string[][] {
  if (lastCycles && lastCycles.links.length === links.length && lastCycles.links.every((l, i) => l === links[i])) return lastCycles.cycles;
  const cycles = findCycles(indexEdges({ links, quotes: [] }));
  lastCycles = { links, cycles };
  return cycles;
}

export function graphWarnings(data: EventGraphData): Problem[] {
  const problems: Problem[] = [];
  // Only the events quotes and links name are looked up: indexing all of them was most of the work.
  const named = new Set<string>();
  for (const q of data.quotes) named.add(q.event);
  for (const l of data.links) if (l.type === 'causes') named.add(l.from).add(l.to);
  const eventIndex = new Map<string, number>();
  data.events.forEach((e, i) => {
    if (named.has(e.id)) eventIndex.set(e.id, i);
  });

  data.events.forEach((event, i) => {
    if (!event.sources || event.sources.length === 0)
      problems.push(
        warning(`events[${i}].sources`, `event "${event.id}" rests on no source`, 'add the id of a source that reports it, so readers can check it'),
      );
  });

  data.quotes.forEach((quote, i) => {
    const event = data.events[eventIndex.get(quote.event) ?? -1];
    if (!quote.said || !event) return;
    const endMs = (event.end ?? event.start).endMs;
    if (quote.said.endMs <= event.start.startMs || quote.said.startMs >= endMs)
      problems.push(
        warning(
          `quotes[${i}].said`,
          `quote "${quote.id}" was said ${formatDate(quote.said)}, outside its event "${event.id}" (${formatSpan(event.start, event.end)})`,
          'check the date, or tie the quote to the event in which it was said (and list the earlier one in "about")',
        ),
      );
  });

  data.links.forEach((link, i) => {
    if (link.type !== 'causes') return;
    const from = data.events[eventIndex.get(link.from) ?? -1];
    const to = data.events[eventIndex.get(link.to) ?? -1];
    if (from && to && (to.end ?? to.start).endMs <= from.start.startMs)
      problems.push(
        warning(
          `links[${i}]`,
          `"${link.from}" causes "${link.to}", but "${link.to}" (${formatSpan(to.start, to.end)}) is over before "${link.from}" (${formatSpan(from.start, from.end)}) begins`,
          'swap "from" and "to", or use another type such as "references" or "responds-to"',
        ),
      );
  });

  // The first link between each pair, to place a circle's warning at.
  const linkIndex = new Map<string, number>();
  data.links.forEach((l, i) => {
    const key = `${l.from}\u0000${l.to}`;
    if (!linkIndex.has(key)) linkIndex.set(key, i);
  });
  const cycles = cyclesOf(data.links);
  for (const cycle of cycles.slice(0, MAX_CYCLE_WARNINGS)) {
    const first = linkIndex.get(`${cycle[0]}\u0000${cycle[1 % cycle.length]}`) ?? 0;
    problems.push(
      warning(
        `links[${first}]`,
        cycle.length === 1 ? `${quoteVisibly(cycle[0]!)} links to itself` : `links run in a circle: ${circleText(cycle)}`,
        'check the direction of these links: "from" is the earlier or causing event',
      ),
    );
  }
  if (cycles.length > MAX_CYCLE_WARNINGS)
    problems.push(
      warning(
        'links',
        `links run in ${(cycles.length - MAX_CYCLE_WARNINGS).toLocaleString('en')} more circles, not listed one by one`,
        'correct the circles listed first, then check the file again',
      ),
    );
  return problems;
}

/** Circles reported one by one; past this many, the rest are counted. */
export const MAX_CYCLE_WARNINGS = 100;

/** `"a" → "b" → "a"`; a long circle by its first events and its last: `"a" → "b" → "c" → "d" → … (3,000 events) → "a"`. */
function circleText(cycle: readonly string[]): string {
  const names = [...cycle, cycle[0]!].map(quoteVisibly);
  return (names.length > 7 ? [...names.slice(0, 4), `… (${cycle.length.toLocaleString('en')} events)`, names.at(-1)!] : names).join(' → ');
}
