// For tests in Node: a stand-in for the parse worker that answers with the same job in-process,
// transfers the bytes (and the events' columns back) and structured-clones each reply as a real worker does, one reply per task.
// It fetches with the fetch it is given (a real worker's own cannot be replaced from the page), and
// terminating it aborts that fetch, as ending a real worker cancels its requests.
import type { FetchJobOptions } from './fetch-job.ts';
import { answerRequest } from './parse-job.ts';
import { transferOf, type MoreRequest, type ParseReply, type ParseRequest } from './parse-protocol.ts';

export type FakeStart = 'ready' | 'fails to load' | 'throws';

export class InProcessParseWorker {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Every reply delivered to the page, in order. */
  readonly delivered: ParseReply[] = [];
  /** Every request received, in order. */
  readonly received: ParseRequest[] = [];
  readonly #stopped = new AbortController();
  /** Asks for more slices (MoreRequest) not yet waited for, and the wait for the next one, as in parse.worker.ts. */
  #credits = 0;
  #wake: (() => void) | null = null;
  readonly #more = () =>
    new Promise<void>((resolve) => {
      if (this.#credits > 0) {
        this.#credits--;
        resolve();
      } else this.#wake = resolve;
    });

  constructor(
    start: FakeStart = 'ready',
    private readonly fetch?: FetchJobOptions['fetch'],
  ) {
    if (start === 'throws') throw new DOMException('Workers are not allowed here', 'SecurityError');
    if (start === 'ready') this.#send({ type: 'ready' });
    else setTimeout(() => this.onerror?.({ preventDefault() {} } as ErrorEvent));
  }

  /** A start function for startGraphParser that keeps the workers it starts, for the test to look at. */
  static starter(started: InProcessParseWorker[], start: FakeStart = 'ready', fetch?: FetchJobOptions['fetch']): () => Worker {
    return () => {
      const worker = new InProcessParseWorker(start, fetch);
      started.push(worker);
      return worker as unknown as Worker;
    };
  }

  #send(reply: ParseReply) {
    const copy = structuredClone(reply, { transfer: transferOf(reply) });
    setTimeout(() => {
      if (this.terminated) return;
      this.delivered.push(copy);
      this.onmessage?.({ data: copy } as MessageEvent<ParseReply>);
    });
  }

  postMessage(request: ParseRequest | MoreRequest, transfer: Transferable[] = []) {
    if (request.type === 'more') {
      const waiting = this.#wake;
      this.#wake = null;
      if (waiting) waiting();
      else this.#credits++;
      return;
    }
    const received = structuredClone(request, { transfer });
    this.received.push(received);
    void answerRequest(received, (reply) => this.#send(reply), { fetch: this.fetch, signal: this.#stopped.signal }, this.#more).catch((error: unknown) => {
      // Its fetch ends in an AbortError once terminated; anything else is a bug for the test to see.
      if (!this.terminated) throw error;
    });
  }

  terminate() {
    this.terminated = true;
    this.#stopped.abort(new DOMException('the worker was terminated', 'AbortError'));
  }
}
