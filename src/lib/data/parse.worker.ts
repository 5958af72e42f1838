// The parse worker: takes a file's bytes (transferred) and sends back its checked data in slices, or
// its problems, so that decoding, parsing and checking a 50 MB file never block the page.
// Where no worker can start (a sandboxed frame, a strict policy), the page imports this same
// module and runs its `parseJob` itself, so the parser ships once: outside a worker the module only
// leaves `parseJob` on the global object (a worker bundle keeps no exports).
import { parseJob } from './parse-job.ts';
import type { ParseReply, ParseRequest } from './parse-protocol.ts';

export const PAGE_PARSER_GLOBAL = '__sourcelineParseJob';

const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ParseReply) => scope.postMessage(message);

if (inWorker) scope.onmessage = async ({ data }: MessageEvent<ParseRequest>) => {
  try {
    for await (const message of parseJob(data.chunks, data.where)) reply(message);
  } catch (caught) {
    // A bug outside the model's guarded checks must still reach the reader as a problem.
    const what = caught instanceof Error ? caught.name : typeof caught;
    const message = `the file could not be read (${what} in the parse worker)`;
    reply({ type: 'problems', summary: message, problems: [{ severity: 'error', path: data.where, message, fix: 'this is a bug in Sourceline: please report it with the file attached' }] });
  }
};

if (inWorker) reply({ type: 'ready' });
else Object.assign(globalThis, { [PAGE_PARSER_GLOBAL]: parseJob });
