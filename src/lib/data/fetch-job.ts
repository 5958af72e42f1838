// The parse worker's reading of a `?src=` address: it fetches the body itself, so that the page never
// receives it (handing a 40 MB body to the page was one task of up to 230 ms in Chromium). The checks and messages are
// fetchBody's own; reading progress goes back to the page as replies, and a refusal as `problems`.
import { EventGraphError } from '../model/problems.ts';
import { fetchableUrl } from './dataset-source.ts';
import { bodyDigest } from './live-fetch.ts';
import type { FetchRequest, ParseReply } from './parse-protocol.ts';
import { byteLength, fetchBody, progressInSteps, type BodyChunks, type ReadOptions } from './read-body.ts';

/** What a test gives the job in place of the worker's own: its fetch, and a signal (a real worker is stopped by terminate()). */
export type FetchJobOptions = Pick<ReadOptions, 'fetch' | 'signal'>;

/** The body's chunks, or null once its problems (or, live, that it is unchanged) have been replied. */
export async function fetchJob(request: FetchRequest, reply: (message: ParseReply) => void, options: FetchJobOptions = {}): Promise<BodyChunks | null> {
  try {
    // The page resolved and checked the address (dataset-source.ts), but a worker is not governed by
    // the page's <meta> Content-Security-Policy (its connect-src): it is checked again here, so the
    // worker never fetches anything but http(s), whoever sent the request.
    const url = fetchableUrl(request.href);
    const onProgress = progressInSteps((loadedBytes, totalBytes) => reply({ type: 'reading', loadedBytes, totalBytes }));
    const live = request.live;
    const fetched = await fetchBody(url.href, request.where, { ...options, maxBytes: request.maxBytes, pageUrl: request.pageUrl, onProgress, ...(live ? { live } : {}) });
    // A live story's version: unchanged by its answer (a 304, the same validators), or by its bytes.
    const digest = live && !fetched.unchanged ? await bodyDigest(fetched.chunks) : undefined;
    if (fetched.unchanged || (digest !== undefined && digest === live?.since?.digest)) {
      reply({ type: 'unchanged' });
      return null;
    }
    const { chunks, url: from } = fetched;
    // All is read: the page learns the size even when the response did not say it, and the last step was not reported.
    const size = byteLength(chunks);
    reply({ type: 'reading', loadedBytes: size, totalBytes: size });
    // And where the data came from, after any redirects: that host, not the one written, is named on the page.
    reply({ type: 'fetched', url: from, ...(live ? { validators: { ...fetched.validators, digest } } : {}) });
    return chunks;
  } catch (caught) {
    if (!(caught instanceof EventGraphError)) throw caught;
    reply({ type: 'problems', problems: caught.problems, summary: caught.message });
    return null;
  }
}
