// Decides which addresses may become links: absolute http: or https: URLs, as parsed by `new URL()`
// (a regex misses " JaVa\tScRiPt:", "java\u0001script:" and friends), without user names or passwords
// (https://nytimes.com@evil.example/ goes to evil.example).
import { quoteVisibly } from './visible-text.ts';

export interface UrlProblem {
  readonly problem: string;
  readonly fix: string;
}

export function checkSafeUrl(raw: string): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `${quoteVisibly(raw)} is not a complete web address`, fix: 'write the full address, starting with https://' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { problem: `links must be http: or https:, not ${url.protocol}`, fix: 'link to a web page starting with https://, or leave the field out' };
  if (url.username !== '' || url.password !== '')
    return {
      problem: `${quoteVisibly(raw)} hides its real host (${url.hostname}) behind a user name`,
      fix: `remove everything before the "@": https://${url.host}${url.pathname}${url.search}${url.hash}`,
    };
  if (raw !== raw.trim()) return { problem: `${quoteVisibly(raw)} has spaces around it`, fix: 'remove the spaces' };
  return null;
}

/** The normalised href of a safe URL, or null: the only way a data string becomes a link. */
export function safeHref(raw: string | undefined): string | null {
  if (raw === undefined || checkSafeUrl(raw)) return null;
  return new URL(raw).href;
}

/** The host a reader will actually reach, shown next to links. */
export function hostOf(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
