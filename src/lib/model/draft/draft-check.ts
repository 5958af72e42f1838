// Checks a draft as the loader checks a file (the same schema, the same messages and fixes), but only
// what changed: each actor, source, event, quote and link is parsed once per version of it (an edit
// makes a new object only for what it touches), and the whole-file reference check runs only when a
// quick pass finds something for it to explain. That pass too looks only at what changed since the
// last version that passed it, when no id and no source changed. Pure apart from its caches.
import * as z from 'zod/mini';
import { graphWarnings } from '../graph-warnings.ts';
import { COLLECTIONS, type Collection } from '../item-context.ts';
import { isError, type Problem } from '../problems.ts';
import { referenceProblems } from '../references.ts';
import { actorSchema, eventGraphSchema, eventSchema, linkSchema, placeSchema, quoteSchema, sourceSchema, type EventGraphData } from '../schema.ts';
import { shapeProblems } from '../shape-problems.ts';
import { checkEventGraph, inFileOrder } from '../validate.ts';
import type { DraftFile, Json } from './draft-ops.ts';

export interface DraftCheck {
  /** The checked data when the draft has no error, else null. */
  readonly data: EventGraphData | null;
  /** Errors first, then warnings, in the file's order: the loader's messages. */
  readonly problems: readonly Problem[];
}

const SCHEMAS: Readonly<Record<Collection, z.ZodMiniType>> = {
  actors: actorSchema,
  places: placeSchema,
  sources: sourceSchema,
  events: eventSchema,
  quotes: quoteSchema,
  links: linkSchema,
};

type ItemResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly issues: readonly z.core.$ZodIssue[] };

type Parsed = { [C in Collection]: EventGraphData[C] };

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

export class DraftChecker {
  readonly #items = new WeakMap<object, ItemResult>();

  #parseItem(collection: Collection, item: Json): ItemResult {
    if (!isObject(item)) return this.#parseUncached(collection, item);
    let result = this.#items.get(item);
    if (!result) this.#items.set(item, (result = this.#parseUncached(collection, item)));
    return result;
  }

  #parseUncached(collection: Collection, item: Json): ItemResult {
    const r = SCHEMAS[collection].safeParse(item, { reportInput: true });
    return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues };
  }

  /** The last version that passed the quick pass over references, or null. */
  #passed: Passed | null = null;

  #referencesMayFail(doc: DraftFile, p: Parsed): boolean {
    const incremental = this.#passed ? changedItemsMayFail(this.#passed, p, doc.story) : null;
    if (incremental === false) {
      this.#passed = { ...this.#passed!, parsed: p };
      return false;
    }
    const ids = incremental === null ? idSets(p) : null;
    const fails = incremental ?? referencesMayFail(doc, p, ids);
    this.#passed = fails || !ids ? null : { parsed: p, story: doc.story, ids };
    return fails;
  }

  check(doc: DraftFile): DraftCheck {
    // A draft whose lists are not lists is no longer one the editor made: check it the loader's way.
    if (!COLLECTIONS.every((c) => doc[c] === undefined || Array.isArray(doc[c])) || !Array.isArray(doc.events)) return checkEventGraph(doc);
    const problems: Problem[] = [];
    const skeleton = { ...doc, actors: [], ...(doc.places === undefined ? {} : { places: [] }), sources: [], events: [], quotes: [], links: [] };
    const top = eventGraphSchema.safeParse(skeleton, { reportInput: true });
    if (!top.success) problems.push(...shapeProblems(top.error.issues, doc));
    const parsed = {} as Record<Collection, unknown[]>;
    for (const collection of COLLECTIONS) {
      const items = (doc[collection] ?? []) as readonly Json[];
      const out: unknown[] = (parsed[collection] = new Array<unknown>(items.length));
      for (let i = 0; i < items.length; i++) {
        const result = this.#parseItem(collection, items[i]!);
        if (result.ok) out[i] = result.data;
        else problems.push(...shapeProblems(result.issues.map((issue) => ({ ...issue, path: [collection, i, ...issue.path] })) as z.core.$ZodIssue[], doc));
      }
    }
    const typed = parsed as unknown as Parsed;
    if (problems.length > 0 || this.#referencesMayFail(doc, typed)) problems.push(...referenceProblems(doc));
    if (problems.some(isError) || !top.success) return { data: null, problems: inFileOrder(problems) };
    const { places, ...rest } = typed;
    // Places are optional in the format: a draft without them checks as the loader reads it.
    const data: EventGraphData = { ...top.data, ...rest, ...(doc.places === undefined ? {} : { places }) };
    return { data, problems: inFileOrder([...problems, ...graphWarnings(data)]) };
  }
}

/** The ids of each collection that others name; null when one is taken twice. */
interface IdSets {
  readonly actors: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
}

function idSets(p: Parsed): IdSets | null {
  const ids = (items: readonly { id: string }[]) => {
    const set = new Set<string>();
    for (const item of items) set.add(item.id);
    return set.size === items.length ? set : null;
  };
  const actors = ids(p.actors);
  const places = ids(p.places ?? []);
  const sources = ids(p.sources);
  const events = ids(p.events);
  return actors && places && sources && events && ids(p.quotes) ? { actors, places, sources, events } : null;
}

function eventMayFail(e: Parsed['events'][number], ids: IdSets): boolean {
  if (e.end && e.end.endMs <= e.start.startMs) return true;
  for (const a of e.actors ?? []) if (!ids.actors.has(a)) return true;
  if (e.placeId !== undefined && !ids.places.has(e.placeId)) return true;
  for (const s of e.sources ?? []) if (!ids.sources.has(s)) return true;
  return false;
}

function quoteMayFail(q: Parsed['quotes'][number], ids: IdSets): boolean {
  if (!ids.events.has(q.event) || !ids.sources.has(q.source)) return true;
  for (const a of q.about ?? []) if (!ids.events.has(a)) return true;
  return false;
}

const linkMayFail = (l: Parsed['links'][number], ids: IdSets) =>
  !ids.events.has(l.from) || !ids.events.has(l.to) || (l.source !== undefined && !ids.sources.has(l.source));

/**
 * A quick pass over parsed items: true when an id is taken twice, a reference names nothing, an event
 * ends before it starts or a "via" chain runs in a circle (then referenceProblems says exactly what).
 */
function referencesMayFail(doc: DraftFile, p: Parsed, ids: IdSets | null): boolean {
  if (!ids) return true;
  for (const e of p.events) if (eventMayFail(e, ids)) return true;
  for (const q of p.quotes) if (quoteMayFail(q, ids)) return true;
  for (const l of p.links) if (linkMayFail(l, ids)) return true;
  const byId = new Map(p.sources.map((s) => [s.id, s]));
  for (const s of p.sources) {
    const seen = new Set<string>();
    for (let at: string | undefined = s.id; at !== undefined; at = byId.get(at)?.via) {
      if (seen.has(at)) return true;
      if (!byId.has(at)) return s.via !== undefined && at !== s.id;
      seen.add(at);
    }
  }
  const story = doc.story;
  if (Array.isArray(story)) for (const step of story) if (isObject(step) && !ids.events.has(String((step as { event?: unknown }).event))) return true;
  return false;
}

/** A version that passed the quick pass: what the next one is compared with. */
interface Passed {
  readonly parsed: Parsed;
  readonly story: Json | undefined;
  readonly ids: IdSets;
}

/**
 * The quick pass for a version next to one that passed it: only the events, quotes and links that
 * changed are looked at, when no id changed, no source changed and the story is the same (then every
 * other item passes as before, against the same ids). Null when it cannot tell: the whole pass is run.
 */
function changedItemsMayFail(last: Passed, p: Parsed, story: Json | undefined): boolean | null {
  if (story !== last.story) return null;
  const changed = <T>(before: readonly T[], after: readonly T[], sameIds: (a: T, b: T) => boolean): T[] | null => {
    if (before.length !== after.length) return null;
    const out: T[] = [];
    for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) out.push(after[i]!);
    for (let i = 0; i < after.length; i++) if (before[i] !== after[i] && !sameIds(before[i]!, after[i]!)) return null;
    return out;
  };
  const sameId = (a: { id: string }, b: { id: string }) => a.id === b.id;
  const never = () => false;
  const actors = changed(last.parsed.actors, p.actors, sameId);
  const places = changed(last.parsed.places ?? [], p.places ?? [], sameId);
  const sources = changed(last.parsed.sources, p.sources, never);
  const events = changed(last.parsed.events, p.events, sameId);
  const quotes = changed(last.parsed.quotes, p.quotes, sameId);
  const links = changed(last.parsed.links, p.links, () => true);
  if (!actors || !places || !sources || sources.length > 0 || !events || !quotes || !links) return null;
  return events.some((e) => eventMayFail(e, last.ids)) || quotes.some((q) => quoteMayFail(q, last.ids)) || links.some((l) => linkMayFail(l, last.ids));
}
