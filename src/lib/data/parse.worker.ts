// The parse worker: takes a file's bytes (transferred) or a `?src=` address to fetch, and sends back
// its checked data in slices, or its problems, so that reading a 50 MB body from the network,
// decoding, parsing and checking it never block the page.
// Where no worker can start (a sandboxed frame, a strict policy), the page imports this same
// module and runs its jobs itself, so the fetching and parsing code ships once: outside a worker the
// module only leaves `fetchJob` and `parseJob` on the global object (a worker bundle keeps no exports).
import { fetchJob } from './fetch-job.ts';
import { answerRequest, parseJob, type PageJobs } from './parse-job.ts';
import { transferOf, type MoreRequest, type ParseReply, type ParseRequest } from './parse-protocol.ts';

export const PAGE_JOBS_GLOBAL = '__sourcelineJobs';

const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ParseReply) => scope.postMessage(message, transferOf(message));

/** Requests for more slices not yet waited for, and the wait for the next one. */
let credits = 0;
let wake: (() => void) | null = null;
const more = () =>
  new Promise<void>((resolve) => {
    if (credits > 0) {
      credits--;
      resolve();
    } else wake = resolve;
  });

if (inWorker) scope.onmessage = async ({ data }: MessageEvent<ParseRequest | MoreRequest>) => {
  if (data.type === 'more') {
    const waiting = wake;
    wake = null;
    if (waiting) waiting();
    else credits++;
    return;
  }
  try {
    await answerRequest(data, reply, {}, more);
  } catch (caught) {
    // A bug outside the model's guarded checks must still reach the reader as a problem.
    const what = caught instanceof Error ? caught.name : typeof caught;
    const message = `the file could not be read (${what} in the parse worker)`;
    reply({ type: 'problems', summary: message, problems: [{ severity: 'error', path: data.where, message, fix: 'this is a bug in Sourceline: please report it with the file attached' }] });
  }
};

if (inWorker) reply({ type: 'ready' });
else Object.assign(globalThis, { [PAGE_JOBS_GLOBAL]: { fetchJob, parseJob } satisfies PageJobs });
