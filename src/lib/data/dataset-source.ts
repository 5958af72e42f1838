// Where a dataset comes from: a URL (bundled under data/, relative, or another http(s) host) or a
// local file. Resolves `?src=` safely: any scheme but http(s) is refused, another origin is named.
import { EventGraphError } from '../model/problems.ts';

export const DEFAULT_DATASET = 'data/ukraine-nato.json';

export type DatasetSource =
  | { readonly kind: 'url'; readonly href: string; /** As written in `?src=`, or the default. */ readonly param: string }
  | { readonly kind: 'file'; readonly file: File };

/** A stable key for the query cache. */
export function sourceKey(source: DatasetSource): readonly string[] {
  return source.kind === 'url'
    ? ['url', source.href]
    : ['file', source.file.name, String(source.file.size), String(source.file.lastModified)];
}

/** Resolves the `src` parameter against the page; refuses anything that is not http(s). */
export function resolveSourceParam(param: string | null, pageUrl: string): DatasetSource {
  const written = param === null || param.trim() === '' ? DEFAULT_DATASET : param.trim();
  return { kind: 'url', href: fetchableUrl(written, pageUrl).href, param: written };
}

/**
 * The address a dataset may be fetched from: http(s), with no user name to hide its host behind.
 * The parse worker checks a `?src=` address again with this before it fetches it.
 */
export function fetchableUrl(written: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(written, base);
  } catch {
    throw sourceError(`"${written}" is not a web address`, 'give ?src= a path such as data/story.json or a full https:// address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw sourceError(`?src= must be an http: or https: address, not ${url.protocol}`, 'give ?src= a path such as data/story.json or a full https:// address');
  if (url.username !== '' || url.password !== '')
    throw sourceError(`"${written}" hides its real host (${url.hostname}) behind a user name`, `remove everything before the "@"`);
  return url;
}

/**
 * The other host a dataset comes from, or null when it comes from this page's own origin or a file:
 * once it is loaded, from where the response came (`finalUrl`, after any redirects), not the address
 * as written (a same-origin address may redirect to another host).
 */
export function foreignHost(source: DatasetSource, pageUrl: string, finalUrl?: string): string | null {
  if (source.kind !== 'url') return null;
  const url = new URL(finalUrl ?? source.href);
  return url.origin === new URL(pageUrl).origin ? null : url.host;
}

export function describeSource(source: DatasetSource): string {
  return source.kind === 'file' ? source.file.name : source.param;
}

function sourceError(message: string, fix: string) {
  return new EventGraphError([{ severity: 'error', path: 'src', message, fix }], message);
}
