// For tests in Node: a stand-in for the parse worker that runs the same job in-process, transfers
// the bytes and structured-clones each reply as a real worker does, one reply per task.
import { parseJob } from './parse-job.ts';
import type { ParseReply, ParseRequest } from './parse-protocol.ts';

export type FakeStart = 'ready' | 'fails to load' | 'throws';

export class InProcessParseWorker {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Every reply delivered to the page, in order. */
  readonly delivered: ParseReply[] = [];

  constructor(start: FakeStart = 'ready') {
    if (start === 'throws') throw new DOMException('Workers are not allowed here', 'SecurityError');
    if (start === 'ready') this.#send({ type: 'ready' });
    else setTimeout(() => this.onerror?.({ preventDefault() {} } as ErrorEvent));
  }

  /** A start function for startGraphParser that keeps the workers it starts, for the test to look at. */
  static starter(started: InProcessParseWorker[], start: FakeStart = 'ready'): () => Worker {
    return () => {
      const worker = new InProcessParseWorker(start);
      started.push(worker);
      return worker as unknown as Worker;
    };
  }

  #send(reply: ParseReply) {
    const copy = structuredClone(reply);
    setTimeout(() => {
      if (this.terminated) return;
      this.delivered.push(copy);
      this.onmessage?.({ data: copy } as MessageEvent<ParseReply>);
    });
  }

  postMessage(request: ParseRequest, transfer: Transferable[]) {
    const received = structuredClone(request, { transfer });
    void (async () => {
      for await (const reply of parseJob(received.chunks, received.where)) this.#send(reply);
    })();
  }

  terminate() {
    this.terminated = true;
  }
}
