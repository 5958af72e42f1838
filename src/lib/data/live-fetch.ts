// What a live story's re-fetch asks and how it tells an unchanged file: conditional requests with the
// last good version's validators (ETag → If-None-Match, Last-Modified → If-Modified-Since), so that
// an unchanged file costs a 304 and no body. Those headers are set only for the page's own origin:
// on another origin they would need a CORS preflight that most static hosts refuse, so there the
// browser revalidates its own cached copy (`cache: 'no-cache'`: it sends the validators itself, and
// the server still answers 304), and the version is recognised by its validators or, failing them,
// by a digest of its bytes. Pure, but for the digest (Web Crypto where there is one).

/** A body as read, in chunks (read-body.ts's BodyChunks). */
type Chunks = readonly Uint8Array[];

/** What identifies a version of a file: the response's validators, and a digest of its bytes once read. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly digest?: string;
}

/** How a live fetch asks: `since` is the last good version (absent on the first load). */
export interface LiveAsk {
  readonly since?: Validators;
}

/** The request's cache mode and conditional headers for a live fetch of `url` from a page at `pageUrl`. */
export function liveRequestInit(url: URL, pageUrl: string | undefined, ask: LiveAsk): { cache: RequestCache; headers: Record<string, string> } {
  const sameOrigin = pageUrl !== undefined && new URL(pageUrl).origin === url.origin;
  const since = ask.since;
  if (sameOrigin && (since?.etag || since?.lastModified)) {
    const headers: Record<string, string> = {};
    if (since.etag) headers['If-None-Match'] = since.etag;
    if (since.lastModified) headers['If-Modified-Since'] = since.lastModified;
    // Set by the page, these reach the server as written, and a 304 reaches the page as a 304.
    return { cache: 'no-store', headers };
  }
  return { cache: 'no-cache', headers: {} };
}

/** The validators a response carries (an ETag from another origin only where it exposes it). */
export function validatorsOf(headers: Headers): Validators {
  const etag = headers.get('etag')?.trim();
  const lastModified = headers.get('last-modified')?.trim();
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

const weakless = (etag: string) => etag.replace(/^W\//, '');

/**
 * Whether a response names the same version as before by its validators alone: the same ETag (weak
 * comparison, as for If-None-Match), or, where neither has one, the same Last-Modified. Unknown is
 * not the same: the body is then read and its digest compared.
 */
export function sameVersion(before: Validators | undefined, after: Validators): boolean {
  if (!before) return false;
  if (before.etag || after.etag) return before.etag !== undefined && after.etag !== undefined && weakless(before.etag) === weakless(after.etag);
  return before.lastModified !== undefined && before.lastModified === after.lastModified;
}

/** FNV-1a (32 bits) over the bytes, with their length: where Web Crypto is missing (an insecure context). */
function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return `fnv1a-${bytes.length}-${(hash >>> 0).toString(16)}`;
}

/** A digest of a body's bytes: SHA-256 through Web Crypto (in the worker, off the page), else FNV-1a. */
export async function bodyDigest(chunks: Chunks): Promise<string> {
  const bytes = chunks.length === 1 ? chunks[0]! : new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  if (chunks.length > 1) chunks.reduce((offset, c) => (bytes.set(c, offset), offset + c.byteLength), 0);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return fnv1a(bytes);
  const hash = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return `sha256-${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
