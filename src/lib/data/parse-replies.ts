// Follows a parse job's replies on the page (parse-in-worker.ts sends the requests): reports reading
// and each stage, gathers the checked data's slices (the events read from their columns as they
// arrive: event-columns.ts), and throws the problems of a file that cannot be shown.
import { EventGraphError, type Problem } from '../model/problems.ts';
import { groupsAt } from '../model/problem-groups.ts';
import type { EventGraphData } from '../model/schema.ts';
import { EventColumnReader } from './event-columns.ts';
import type { Validators } from './live-fetch.ts';
import { COLLECTIONS, type Collection, type GraphHead, type LoadStage, type OptionalCollection, type ParseReply } from './parse-protocol.ts';
import { wholeFilePath, type Progress } from './read-body.ts';

/**
 * Marks of a load's stages (npm run bench reports them): the worker has read a fetched body's last
 * byte; it has started decoding, parsing, checking, and putting in order and writing the slices
 * ('indexing'), each marked as its reply arrives (the page is idle meanwhile, so within a few
 * milliseconds); it has checked the file (its head arrives); the page has every slice.
 */
export const FETCHED_MARK = 'sourceline:fetched';
export const stageMark = (stage: Exclude<LoadStage, 'reading'>) => `sourceline:${stage}`;
export const CHECKED_MARK = 'sourceline:checked';
export const RECEIVED_MARK = 'sourceline:received';

/** A live re-fetch found the version the page already has. */
export const UNCHANGED = 'unchanged';

/** A stage has started, or moved on: `fraction` (0–1) when it is known, as for the slices received. */
export type StageProgress = (stage: Exclude<LoadStage, 'reading'>, fraction: number | null) => void;

export interface CheckedData {
  readonly data: EventGraphData;
  readonly warnings: readonly Problem[];
  readonly finalUrl?: string;
  readonly validators?: Validators;
}

export const bug = (where: string, message: string) =>
  new EventGraphError([{ severity: 'error', path: wholeFilePath(where), message, fix: 'reload the page and open the file again; if it happens again, report it with the file attached' }], message);

type Lists = { [K in Collection]: NonNullable<EventGraphData[K]>[number][] };

/** Follows a parse job's replies: reports the stages, gathers the slices, throws the problems. */
export class ReplyReader {
  #head: GraphHead | null = null;
  #warnings: readonly Problem[] = [];
  #counts: Readonly<Record<Collection, number>> | null = null;
  readonly #lists: Lists = { actors: [], sources: [], events: [], quotes: [], links: [], story: [], eras: [] };
  #absent: readonly OptionalCollection[] = [];
  #received = 0;
  #total = 0;
  #finalUrl: string | undefined;
  #validators: Validators | undefined;
  /** A live re-fetch's answer: the version the page has. */
  unchanged = false;
  /** Problems received in slices, for the head's warnings or the refusal that follows. */
  #problems: Problem[] = [];
  readonly #events = new EventColumnReader();

  constructor(
    private readonly where: string,
    private readonly options: { readonly onReading?: Progress; readonly onStage?: StageProgress },
  ) {}

  /** Takes one reply; true once the data is complete. */
  take(reply: ParseReply): boolean {
    switch (reply.type) {
      case 'ready':
        return false;
      case 'reading':
        this.options.onReading?.(reply.loadedBytes, reply.totalBytes);
        return false;
      case 'fetched':
        performance.mark(FETCHED_MARK);
        this.#finalUrl = reply.url;
        this.#validators = reply.validators;
        return false;
      case 'unchanged':
        this.unchanged = true;
        return true;
      case 'stage':
        performance.mark(stageMark(reply.stage));
        this.options.onStage?.(reply.stage, reply.stage === 'indexing' ? 0 : null);
        return false;
      case 'head':
        performance.mark(CHECKED_MARK);
        this.#head = reply.head;
        this.#warnings = this.#takeProblems(reply.warnings);
        this.#counts = reply.counts;
        this.#absent = reply.absent;
        this.#total = COLLECTIONS.reduce((sum, c) => sum + reply.counts[c], 0);
        return false;
      case 'slice': {
        // Items the worker checked just before writing them out; JSON gives them back as they were.
        const items: unknown[] = JSON.parse(reply.json);
        this.#add(this.#lists[reply.collection], items);
        return false;
      }
      case 'event-slice': {
        const events = this.#events.read(reply);
        if (!Array.isArray(events)) throw bug(this.where, `the date of event "${events.unreadable}" arrived unreadable from the parse worker`);
        this.#add(this.#lists.events, events);
        return false;
      }
      case 'done':
        performance.mark(RECEIVED_MARK);
        return true;
      case 'problem-slice': {
        const problems: Problem[] = JSON.parse(reply.json);
        for (const problem of problems) this.#problems.push(problem);
        return false;
      }
      case 'problems': {
        const problems = this.#takeProblems(reply.problems);
        throw new EventGraphError(problems, reply.summary, reply.groups ? groupsAt(problems, reply.groups) : undefined);
      }
    }
  }

  #add(list: unknown[], items: readonly unknown[]) {
    for (const item of items) list.push(item);
    this.#received += items.length;
    this.options.onStage?.('indexing', this.#total === 0 ? 1 : this.#received / this.#total);
  }

  /** The problems received in slices, then these. */
  #takeProblems(more: readonly Problem[]): Problem[] {
    const all = this.#problems;
    this.#problems = [];
    for (const problem of more) all.push(problem);
    return all;
  }

  checked(): CheckedData | typeof UNCHANGED {
    if (this.unchanged) return UNCHANGED;
    const counts = this.#counts;
    if (this.#head === null || counts === null || COLLECTIONS.some((c) => this.#lists[c].length !== counts[c]))
      throw bug(this.where, 'the checked data arrived incomplete from the parse worker');
    const { story, eras, ...lists } = this.#lists;
    const optional = { ...(this.#absent.includes('story') ? {} : { story }), ...(this.#absent.includes('eras') ? {} : { eras }) };
    const validators = this.#validators ? { validators: this.#validators } : {};
    return { data: { ...this.#head, ...lists, ...optional }, warnings: this.#warnings, ...(this.#finalUrl ? { finalUrl: this.#finalUrl } : {}), ...validators };
  }
}
