// Which addresses media may load from, and how a video is played. A picture, a recording or a
// document loads from an https: address or from a path on the site that serves the app: never http:
// (changed on the way, and blocked on an https: page), never data:, javascript: or blob:, never an
// address the URL parser reads differently from a person ("/\evil.example", "https:evil.example").
// Video is framed only from the two privacy-preserving embed hosts (youtube-nocookie.com and
// player.vimeo.com with dnt=1); every other video plays in the browser's own <video>. Pure.
import { checkSafeUrl, type UrlProblem } from './safe-url.ts';
import { quoteVisibly } from './visible-text.ts';

export const MEDIA_TYPES = ['image', 'video', 'audio', 'document'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

const SAME_ORIGIN = 'https://same-origin.invalid';
const HAS_SCHEME = /^[^/?#]*:/;

/** Why an address cannot be media, with a fix; null when it can. */
export function checkMediaUrl(raw: string): UrlProblem | null {
  const fix = 'use the https:// address of the file, or a path on this site such as "/media/photo.jpg"';
  // Checked as written: the URL parser drops tabs and newlines anywhere and reads "\" as "/".
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\u0000-\u0020\u007f\\]/.test(raw))
    return { problem: `${quoteVisibly(raw)} has spaces, control characters or "\\" in it`, fix: 'write the address without them (a space as %20)' };
  if (HAS_SCHEME.test(raw)) {
    const scheme = raw.slice(0, raw.indexOf(':') + 1).toLowerCase();
    if (scheme === 'http:')
      return { problem: 'media must load over https:, not http: (an http: picture can be changed on the way, and browsers block it on https: pages)', fix };
    if (scheme !== 'https:') return { problem: `media must be an https: address or a path on this site, not ${quoteVisibly(scheme)}`, fix };
    if (!raw.toLowerCase().startsWith('https://'))
      return { problem: `${quoteVisibly(raw)} is not a complete web address`, fix: 'write the full address, starting with https://' };
    return checkSafeUrl(raw);
  }
  if (raw.startsWith('//'))
    return {
      problem: `${quoteVisibly(raw)} leaves out its scheme, so it would load from another site over the page's own scheme`,
      fix: 'write the full address, starting with https://',
    };
  if (raw === '') return { problem: 'the address is empty', fix };
  let url: URL;
  try {
    url = new URL(raw, `${SAME_ORIGIN}/`);
  } catch {
    return { problem: `${quoteVisibly(raw)} is not a usable address`, fix };
  }
  if (url.origin !== SAME_ORIGIN) return { problem: `${quoteVisibly(raw)} leaves this site`, fix };
  return null;
}

/** The address to load a checked media URL from, or null when it may not be loaded. */
export function mediaSrc(raw: string | undefined): string | null {
  if (raw === undefined || checkMediaUrl(raw)) return null;
  return HAS_SCHEME.test(raw) ? new URL(raw).href : raw;
}

export interface VideoEmbed {
  /** The host named on the button that loads it. */
  readonly host: 'youtube-nocookie.com' | 'player.vimeo.com';
  readonly src: string;
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** A YouTube or Vimeo address as the privacy-preserving player to frame, or null for any other address. */
export function videoEmbed(raw: string): VideoEmbed | null {
  const src = mediaSrc(raw);
  if (src === null || !src.startsWith('https://')) return null;
  const url = new URL(src);
  const host = url.hostname.toLowerCase();
  if (YOUTUBE_HOSTS.has(host)) {
    const parts = url.pathname.split('/').filter(Boolean);
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'watch'
          ? url.searchParams.get('v')
          : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')
            ? parts[1]
            : undefined;
    return id && YOUTUBE_ID.test(id) ? { host: 'youtube-nocookie.com', src: `https://www.youtube-nocookie.com/embed/${id}` } : null;
  }
  if (VIMEO_HOSTS.has(host)) {
    const id = url.pathname.split('/').find((part) => /^\d{1,12}$/.test(part));
    return id ? { host: 'player.vimeo.com', src: `https://player.vimeo.com/video/${id}?dnt=1` } : null;
  }
  return null;
}

const EXTENSIONS: Readonly<Record<MediaType, RegExp>> = {
  image: /\.(jpe?g|png|gif|webp|avif|svg)$/i,
  video: /\.(mp4|webm|mov|m4v|ogv)$/i,
  audio: /\.(mp3|ogg|oga|wav|m4a|aac|flac|opus)$/i,
  document: /\.(pdf|docx?|odt|txt)$/i,
};

/** What an address holds, guessed from its host and the end of its path (for importers), or null for a web page. */
export function guessMediaType(raw: string): MediaType | null {
  if (videoEmbed(raw)) return 'video';
  try {
    const url = new URL(raw, `${SAME_ORIGIN}/`);
    const path = url.pathname;
    for (const type of MEDIA_TYPES) if (EXTENSIONS[type].test(path)) return type;
    // Wikimedia Commons serves its pictures from here, some under names without an extension.
    return url.hostname === 'upload.wikimedia.org' ? 'image' : null;
  } catch {
    return null;
  }
}
