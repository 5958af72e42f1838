// The parse worker: takes a file's bytes (transferred) and sends back its checked data in slices, or
// its problems, so that decoding, parsing and checking a 50 MB file never block the page.
import { parseJob } from './parse-job.ts';
import type { ParseReply, ParseRequest } from './parse-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ParseReply) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<ParseRequest>) => {
  try {
    for (const message of parseJob(data.chunks, data.where)) reply(message);
  } catch (caught) {
    // A bug outside the model's guarded checks must still reach the reader as a problem.
    const what = caught instanceof Error ? caught.name : typeof caught;
    const message = `the file could not be read (${what} in the parse worker)`;
    reply({ type: 'problems', summary: message, problems: [{ severity: 'error', path: data.where, message, fix: 'this is a bug in Sourceline: please report it with the file attached' }] });
  }
};

reply({ type: 'ready' });
