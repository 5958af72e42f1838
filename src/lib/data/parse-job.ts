// The work of parsing a file, as the replies to send the page: join and decode the bytes, read them in
// whichever format they are written (Sourceline JSON; TimelineJS JSON or CSV, converted here, off the
// page), check them with the model's code, put events in time order, and cut the data into slices.
// Runs in the parse worker, or on the page when there is no worker. Imports the validation code (and
// zod): the page's own bundle must import this module only dynamically. The importers (TimelineJS,
// CSV) are loaded only for a file that needs them: Sourceline JSON is read without them.
import { timeOrderOf } from '../model/graph.ts';
import { EventGraphError, type Problem } from '../model/problems.ts';
import { groupIndices, withKinds } from '../model/problem-groups.ts';
import { fetchJob, type FetchJobOptions } from './fetch-job.ts';
import type { ConvertedInput } from './import/converted.ts';
import type { CheckedEventGraphData } from '../model/validate.ts';
import { checkInput, isTimelineJsJson, sourcelineJsonInput, startsLikeJson, type ParsedJson } from './import/json-input.ts';
import { parseJsonText } from '../model/json-text.ts';
import {
  COLLECTIONS,
  EVENT_SLICE_ITEMS,
  isSlice,
  PROBLEM_SLICE_ITEMS,
  SLICE_ITEMS,
  SLICE_WINDOW,
  type Collection,
  type EventSlice,
  type GraphSlice,
  type ParseReply,
  type ParseRequest,
} from './parse-protocol.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { EventColumnWriter } from './event-columns.ts';
import { decodeUtf8, joinChunks, type BodyChunks } from './read-body.ts';
import { sniffColumnar } from './import/columnar-sniff.ts';

function* slices(collection: Exclude<Collection, 'events'>, items: readonly unknown[]): Generator<GraphSlice> {
  for (let start = 0; start < items.length; start += SLICE_ITEMS) yield { type: 'slice', collection, json: JSON.stringify(items.slice(start, start + SLICE_ITEMS)) };
}

/** The events as columns, in slices, in time order (`order`: their indices in it). */
function* eventSlices(events: readonly TimelineEvent[], order: Uint32Array): Generator<EventSlice> {
  const writer = new EventColumnWriter(events);
  for (let start = 0; start < events.length; start += EVENT_SLICE_ITEMS) yield writer.write(order.subarray(start, start + EVENT_SLICE_ITEMS));
}

/** Problems (with their kinds worked out, for grouping on the page) in slices of JSON text. */
function* problemSlices(problems: readonly Problem[]): Generator<ParseReply> {
  for (let start = 0; start < problems.length; start += PROBLEM_SLICE_ITEMS)
    yield { type: 'problem-slice', json: JSON.stringify(problems.slice(start, start + PROBLEM_SLICE_ITEMS)) };
}

/** Text as JSON; what is wrong with text that is not JSON is worked out by json-syntax.ts, loaded only then. */
async function parseJson(text: string): Promise<ParsedJson> {
  const json = parseJsonText(text, null);
  if (json.ok) return json;
  if (json.problems.length > 0) throw new EventGraphError(json.problems);
  const { syntaxProblems } = await import('../model/json-syntax.ts');
  const explained = parseJsonText(text, syntaxProblems);
  throw new EventGraphError(explained.ok ? [] : explained.problems);
}

/** A file's text as input to check: Sourceline JSON at once, any other format through its importer. */
async function readAnyInput(text: string, where: string): Promise<ConvertedInput> {
  if (!startsLikeJson(text)) {
    const read = (await import('./import/read-formats.ts')).readNonJson(text, where);
    if (read !== 'json') return read;
  }
  const json = await parseJson(text);
  if (!isTimelineJsJson(json.value)) return sourcelineJsonInput(json);
  return (await import('./import/read-formats.ts')).readJson(json, where);
}

/**
 * The stages up to the checked data: the file's bytes, its text and the parsed value are this
 * generator's alone, so that they can be collected once it returns (a million events' text and
 * parsed objects are a gigabyte the slices need not share the heap with).
 */
async function* checkedData(chunks: BodyChunks, where: string): AsyncGenerator<ParseReply, CheckedEventGraphData, void> {
  yield { type: 'stage', stage: 'decoding' };
  const bytes = joinChunks(chunks);
  const columnar = sniffColumnar(bytes);
  const text = columnar ? '' : decodeUtf8(bytes, where);
  yield { type: 'stage', stage: 'parsing' };
  // Parquet and Arrow (binary, told by their first bytes): their readers load only for such a file.
  const input = columnar ? await (await import('./import/columnar-input.ts')).readColumnar(bytes, columnar, where) : await readAnyInput(text, where);
  yield { type: 'stage', stage: 'checking' };
  return checkInput(input);
}

/** The replies for one file, in order; a file with errors ends in `problems`, a good one in `done`. */
export async function* parseJob(chunks: BodyChunks, where: string): AsyncGenerator<ParseReply, void, void> {
  try {
    const { data, warnings } = yield* checkedData(chunks, where);
    yield { type: 'stage', stage: 'indexing' };
    const { actors, sources, events, quotes, links, story, eras, ...head } = data;
    const lists = { actors, sources, events, quotes, links, story: story ?? [], eras: eras ?? [] };
    const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, lists[c].length])) as Record<Collection, number>;
    const absent = (['story', 'eras'] as const).filter((c) => data[c] === undefined);
    // Every slice is written before the first is sent, so that the page receives them while this
    // thread is idle rather than competing with it for a core.
    const written: ParseReply[] = COLLECTIONS.flatMap<ParseReply>((collection) => (collection === 'events' ? [...eventSlices(events, timeOrderOf(events))] : [...slices(collection, lists[collection])]));
    yield* problemSlices(withKinds(warnings));
    yield { type: 'head', head, counts, absent, warnings: [] };
    yield* written;
    yield { type: 'done' };
  } catch (caught) {
    if (!(caught instanceof EventGraphError)) throw caught;
    // Grouped here too: 120,000 problems are grouped no faster than the page can take them.
    const problems = withKinds(caught.problems);
    yield* problemSlices(problems);
    yield { type: 'problems', problems: [], summary: caught.message, groups: groupIndices(problems) };
  }
}

/** What the page runs itself where no worker can start (parse.worker.ts leaves them on the global object). */
export interface PageJobs {
  readonly fetchJob: typeof fetchJob;
  readonly parseJob: typeof parseJob;
}

/** The worker's answer to a request: the replies of fetching the body (for an address), then of parsing it. */
export async function answerRequest(
  request: ParseRequest,
  reply: (message: ParseReply) => void,
  options: FetchJobOptions = {},
  /** Resolves when the page asks for more slices (MoreRequest); without it, every slice is sent at once. */
  more?: () => Promise<void>,
): Promise<void> {
  const chunks = request.type === 'fetch' ? await fetchJob(request, reply, options) : request.chunks;
  if (chunks === null) return;
  let sent = 0;
  for await (const message of parseJob(chunks, request.where)) {
    reply(message);
    if (more && isSlice(message) && ++sent % SLICE_WINDOW === 0) await more();
  }
}
