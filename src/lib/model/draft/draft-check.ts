// Checks a draft as the loader checks a file (the same schema, the same messages and fixes), but only
// what changed: each actor, source, event, quote and link is parsed once per version of it (an edit
// makes a new object only for what it touches), and the whole-file reference check runs only when a
// quick pass finds something for it to explain. Pure apart from its caches, which are keyed by object.
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
    if (problems.length > 0 || referencesMayFail(doc, typed)) problems.push(...referenceProblems(doc));
    if (problems.some(isError) || !top.success) return { data: null, problems: inFileOrder(problems) };
    const { places, ...rest } = typed;
    // Places are optional in the format: a draft without them checks as the loader reads it.
    const data: EventGraphData = { ...top.data, ...rest, ...(doc.places === undefined ? {} : { places }) };
    return { data, problems: inFileOrder([...problems, ...graphWarnings(data)]) };
  }
}

/**
 * A quick pass over parsed items: true when an id is taken twice, a reference names nothing, an event
 * ends before it starts or a "via" chain runs in a circle (then referenceProblems says exactly what).
 */
function referencesMayFail(doc: DraftFile, p: Parsed): boolean {
  const ids = (items: readonly { id: string }[]) => {
    const set = new Set<string>();
    for (const item of items) set.add(item.id);
    return set.size === items.length ? set : null;
  };
  const actors = ids(p.actors);
  const places = ids(p.places ?? []);
  const sources = ids(p.sources);
  const events = ids(p.events);
  if (!actors || !places || !sources || !events || !ids(p.quotes)) return true;
  for (const e of p.events) {
    if (e.end && e.end.endMs <= e.start.startMs) return true;
    for (const a of e.actors ?? []) if (!actors.has(a)) return true;
    if (e.placeId !== undefined && !places.has(e.placeId)) return true;
    for (const s of e.sources ?? []) if (!sources.has(s)) return true;
  }
  for (const q of p.quotes) {
    if (!events.has(q.event) || !sources.has(q.source)) return true;
    for (const a of q.about ?? []) if (!events.has(a)) return true;
  }
  for (const l of p.links) if (!events.has(l.from) || !events.has(l.to) || (l.source !== undefined && !sources.has(l.source))) return true;
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
  if (Array.isArray(story)) for (const step of story) if (isObject(step) && !events.has(String((step as { event?: unknown }).event))) return true;
  return false;
}
