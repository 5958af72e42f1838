// Warnings about a valid graph that may still mislead a reader: events with no source, quotes said
// outside their event, "causes" links that run backwards in time, and cycles of links. Warnings,
// not errors: the file loads, and the reader is told.
import { findCycles, indexEdges } from './chains.ts';
import type { Problem } from './problems.ts';
import type { EventGraphData } from './schema.ts';
import { formatSpan, formatDate } from './format-date.ts';

const warning = (path: string, message: string, fix: string): Problem => ({ severity: 'warning', path, message, fix });

export function graphWarnings(data: EventGraphData): Problem[] {
  const problems: Problem[] = [];
  const eventIndex = new Map(data.events.map((e, i) => [e.id, i]));

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

  const linkIndex = new Map(data.links.map((l, i) => [`${l.from}\u0000${l.to}`, i]));
  for (const cycle of findCycles(indexEdges({ links: data.links, quotes: [] }))) {
    const first = linkIndex.get(`${cycle[0]}\u0000${cycle[1 % cycle.length]}`) ?? 0;
    problems.push(
      warning(
        `links[${first}]`,
        cycle.length === 1 ? `"${cycle[0]}" links to itself` : `links run in a circle: ${[...cycle, cycle[0]].map((id) => `"${id}"`).join(' → ')}`,
        'check the direction of these links: "from" is the earlier or causing event',
      ),
    );
  }
  return problems;
}
