// Checks what a JSON Schema cannot: ids are unique, every reference names an existing id, `via` chains
// end, and no event ends before it starts. Works on the raw parsed value (so it also runs when the shape
// is wrong), reads own properties only, skips what is not usable, reports everything it finds.
import { closestMatch } from './closest.ts';
import { parseDate } from './dates.ts';
import { ITEM_NAME, itemContext, itemsOf, own, type Collection } from './item-context.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';
import { ID_PATTERN, normalId } from './schema.ts';
import { quoteVisibly } from './visible-text.ts';

type IdIndex = ReadonlyMap<string, number>;

const usableId = new RegExp(ID_PATTERN, 'u');

/** Each suggestion compares an unknown id with every known one; past this many comparisons, stop suggesting. */
const MAX_SUGGESTION_COMPARISONS = 1_000_000;

/** Where each kind of reference lives and what it points at. `list` fields hold several ids. */
const REFERENCES: readonly { from: Collection; field: string; to: Collection; list: boolean }[] = [
  { from: 'events', field: 'actors', to: 'actors', list: true },
  { from: 'events', field: 'sources', to: 'sources', list: true },
  { from: 'events', field: 'placeId', to: 'places', list: false },
  { from: 'quotes', field: 'event', to: 'events', list: false },
  { from: 'quotes', field: 'about', to: 'events', list: true },
  { from: 'quotes', field: 'source', to: 'sources', list: false },
  { from: 'links', field: 'from', to: 'events', list: false },
  { from: 'links', field: 'to', to: 'events', list: false },
  { from: 'links', field: 'source', to: 'sources', list: false },
  { from: 'sources', field: 'via', to: 'sources', list: false },
];

const error = (root: unknown, path: PathSegment[], message: string, fix: string): Problem => ({
  severity: 'error',
  path: formatPath(path),
  message: message + itemContext(root, path),
  fix,
});

/** First index of each string id; a later item with the same id is a problem. */
function indexIds(root: unknown, collection: Collection, problems: Problem[]): IdIndex {
  const index = new Map<string, number>();
  const items = itemsOf(root, collection);
  for (let i = 0; i < items.length; i++) {
    const written = own(items[i], 'id');
    if (typeof written !== 'string') continue;
    // Compared composed: "café" written with a combining accent is the same id as "café".
    const id = normalId(written);
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else
      problems.push(
        error(
          root,
          [collection, i, 'id'],
          `${quoteVisibly(written)} is already the id of ${collection}[${first}]`,
          `give each ${ITEM_NAME[collection].one} its own id, e.g. ${JSON.stringify(`${id}-2`)}`,
        ),
      );
  }
  return index;
}

function checkReferences(root: unknown, ids: Readonly<Record<Collection, IdIndex>>, problems: Problem[]): void {
  const suggestions = new Map<string, string | undefined>();
  let comparisons = 0;
  const suggest = (to: Collection, id: string) => {
    const key = `${to}\u0000${id}`;
    if (!suggestions.has(key)) {
      comparisons += ids[to].size;
      // An id that is itself refused (say, with an invisible character in it) is no fix to suggest.
      const close = comparisons <= MAX_SUGGESTION_COMPARISONS ? closestMatch(id, ids[to].keys()) : undefined;
      suggestions.set(key, close !== undefined && usableId.test(close) ? close : undefined);
    }
    return suggestions.get(key);
  };
  for (const { from, field, to, list } of REFERENCES) {
    // A target that is there but not a list is reported by the shape check; its ids are unknowable.
    const targets = own(root, to);
    if (targets !== undefined && !Array.isArray(targets)) continue;
    const known = ids[to];
    const unknown = (path: PathSegment[], ref: string) => {
      const close = suggest(to, ref);
      const { one, a } = ITEM_NAME[to];
      const fix = close !== undefined ? `did you mean ${quoteVisibly(close)}?` : `add ${a} with "id": ${quoteVisibly(ref)} to "${to}", or correct the id`;
      problems.push(error(root, path, `no ${one} has the id ${quoteVisibly(ref)}`, fix));
    };
    // Millions of references: a path is made only for one that names nothing.
    const items = itemsOf(root, from);
    for (let i = 0; i < items.length; i++) {
      const value = own(items[i], field);
      if (!list) {
        if (typeof value === 'string' && !known.has(normalId(value))) unknown([from, i, field], value);
      } else if (Array.isArray(value))
        for (let j = 0; j < value.length; j++) {
          const ref: unknown = value[j];
          if (typeof ref === 'string' && !known.has(normalId(ref))) unknown([from, i, field, j], ref);
        }
    }
  }
}

/**
 * The longest chain of `via` a file may have: a report of a report 1,000 times over is more than any
 * reader can follow, and a chain without end is what a generated file gets wrong.
 */
export const MAX_VIA_HOPS = 1_000;

/**
 * A source that reports itself, directly or through others, has no origin: report each circle once.
 * A chain longer than MAX_VIA_HOPS is reported where it passes the limit. Each source is walked once.
 */
function checkViaChains(root: unknown, sourceIds: IdIndex, problems: Problem[]): void {
  const sources = itemsOf(root, 'sources');
  /** Hops from each source to the end of its chain; -1 on or into a circle. */
  const hops = new Map<number, number>();
  sources.forEach((_, start) => {
    const walk = new Map<number, number>(); // source index → step at which the walk reached it
    let at: number | undefined = start;
    while (at !== undefined && !hops.has(at) && !walk.has(at)) {
      walk.set(at, walk.size);
      const via = own(sources[at], 'via');
      at = typeof via === 'string' ? sourceIds.get(normalId(via)) : undefined;
    }
    const walked = [...walk.keys()];
    if (at !== undefined && walk.has(at)) {
      const circle = walked.slice(walk.get(at));
      const first = circle.reduce((a, b) => Math.min(a, b));
      const rotated = [...circle.slice(circle.indexOf(first)), ...circle.slice(0, circle.indexOf(first)), first];
      const names = rotated.map((i) => quoteVisibly(String(own(sources[i], 'id'))));
      const chain = (names.length > 7 ? [...names.slice(0, 4), `… (${circle.length} sources)`, names.at(-1)!] : names).join(' → ');
      const message = circle.length === 1 ? 'this source says it reports itself' : `these sources report each other in a circle: ${chain}`;
      problems.push(
        error(
          root,
          ['sources', first, 'via'],
          message,
          '"via" names the source this one took its report from, and the chain must end at the original: remove or correct one "via"',
        ),
      );
    }
    // Back down the walk, counting hops from where it ended.
    let count = at === undefined ? 0 : walk.has(at) || hops.get(at)! < 0 ? -1 : hops.get(at)! + 1;
    for (let i = walked.length - 1; i >= 0; i--) {
      hops.set(walked[i]!, count);
      if (count === MAX_VIA_HOPS + 1)
        problems.push(
          error(
            root,
            ['sources', walked[i]!, 'via'],
            `this source is ${count.toLocaleString('en')} "via" hops from its original, past the ${MAX_VIA_HOPS.toLocaleString('en')} a chain may have`,
            `name in "via" the source this one took its report from directly, or shorten the chain to at most ${MAX_VIA_HOPS.toLocaleString('en')} hops`,
          ),
        );
      if (count >= 0) count++;
    }
  });
}

/** Events and eras: none may end before it starts. */
function checkSpans(root: unknown, problems: Problem[]): void {
  const eras = own(root, 'eras');
  const spans: [string, readonly unknown[]][] = [
    ['events', itemsOf(root, 'events')],
    ['eras', Array.isArray(eras) ? eras : []],
  ];
  for (const [collection, items] of spans)
    items.forEach((item, i) => {
      const startText = own(item, 'start');
      const endText = own(item, 'end');
      if (typeof startText !== 'string' || typeof endText !== 'string') return;
      const start = parseDate(startText);
      const end = parseDate(endText);
      if (!start.ok || !end.ok || end.date.endMs > start.date.startMs) return;
      problems.push(
        error(
          root,
          [collection, i, 'end'],
          `the end ${endText} comes before the start ${startText}`,
          'swap "start" and "end", or correct the one that is wrong',
        ),
      );
    });
}

/** A presentation's steps must name events that exist. */
function checkStory(root: unknown, eventIds: IdIndex, problems: Problem[]): void {
  const story = own(root, 'story');
  if (!Array.isArray(story)) return;
  story.forEach((step, i) => {
    const ref = own(step, 'event');
    if (typeof ref !== 'string' || eventIds.has(normalId(ref))) return;
    const close = eventIds.size <= MAX_SUGGESTION_COMPARISONS ? closestMatch(ref, eventIds.keys()) : undefined;
    const fix = close !== undefined ? `did you mean ${quoteVisibly(close)}?` : 'name the id of one of the events';
    problems.push(error(root, ['story', i, 'event'], `no event has the id ${quoteVisibly(ref)}`, fix));
  });
}

/** Media name the source they come from: it must exist. */
function checkMediaSources(root: unknown, sourceIds: IdIndex, problems: Problem[]): void {
  for (const collection of ['events', 'quotes', 'sources'] as const)
    itemsOf(root, collection).forEach((item, i) => {
      const media = own(item, 'media');
      if (!Array.isArray(media)) return;
      media.forEach((m, j) => {
        const ref = own(m, 'source');
        if (typeof ref !== 'string' || sourceIds.has(normalId(ref))) return;
        const close = sourceIds.size <= MAX_SUGGESTION_COMPARISONS ? closestMatch(ref, sourceIds.keys()) : undefined;
        const fix =
          close !== undefined ? `did you mean ${quoteVisibly(close)}?` : `add a source with "id": ${quoteVisibly(ref)} to "sources", or correct the id`;
        problems.push(error(root, [collection, i, 'media', j, 'source'], `no source has the id ${quoteVisibly(ref)}`, fix));
      });
    });
}

/** Every cross-reference problem in a parsed (possibly malformed) event graph. */
export function referenceProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    actors: indexIds(root, 'actors', problems),
    places: indexIds(root, 'places', problems),
    sources: indexIds(root, 'sources', problems),
    events: indexIds(root, 'events', problems),
    quotes: indexIds(root, 'quotes', problems),
    links: new Map<string, number>(),
  };
  checkReferences(root, ids, problems);
  checkViaChains(root, ids.sources, problems);
  checkSpans(root, problems);
  checkStory(root, ids.events, problems);
  checkMediaSources(root, ids.sources, problems);
  return problems;
}
