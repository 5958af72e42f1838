// Quick capture: an address and a passage pasted from an article become a source (a title from the
// address, the publisher from its host, accessed today) and a quote of the passage, verbatim. Pure.
import { checkSafeUrl } from '../safe-url.ts';

export interface Capture {
  readonly source: { readonly title: string; readonly publisher: string; readonly url: string; readonly accessed: string };
  /** The passage as pasted, only the blank space around it taken off. */
  readonly text: string;
}

/** "www.euromaidanpress.com" → "euromaidanpress.com". */
export const publisherFromHost = (host: string) => host.replace(/^(www\d?|m|amp)\./i, '');

/** A readable title from an address's last path segment: "/2025/02/18/russia-demands-nato-revoke/" → "Russia demands nato revoke". */
export function titleFromUrl(url: URL): string {
  const decode = (segment: string) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  };
  const segments = url.pathname.split('/').filter(Boolean).map(decode);
  const last = [...segments].reverse().find((s) => /\p{L}{3,}/u.test(s.replace(/\.[a-z0-9]+$/i, '')));
  if (!last) return publisherFromHost(url.hostname);
  const words = last
    .replace(/\.(html?|php|aspx?)$/i, '')
    .replace(/[-_+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** The capture for an address and a passage, or the loader's problem with the address. */
export function capture(address: string, passage: string, today: string): { ok: true; capture: Capture } | { ok: false; problem: string; fix: string } {
  const trimmed = address.trim();
  const problem = checkSafeUrl(trimmed);
  if (problem) return { ok: false, problem: problem.problem, fix: problem.fix };
  const url = new URL(trimmed);
  return {
    ok: true,
    capture: {
      source: { title: titleFromUrl(url), publisher: publisherFromHost(url.hostname), url: trimmed, accessed: today },
      text: passage.trim(),
    },
  };
}

/** Today's date as the format writes a day, in UTC. */
export function todayIso(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}
