import { describe, expect, it } from 'vitest';
import { bodyDigest, liveRequestInit, sameVersion, validatorsOf } from './live-fetch.ts';

const PAGE = 'https://sourceline.example/app/';
const encode = (text: string) => new TextEncoder().encode(text);

describe('live-fetch (how a live story asks again, and tells an unchanged file)', () => {
  it('asks its own origin with the last version\'s validators, uncached, so that a 304 reaches it', () => {
    const url = new URL('https://sourceline.example/data/talks.json');
    expect(liveRequestInit(url, PAGE, { since: { etag: '"abc"', lastModified: 'Sat, 06 Dec 2026 07:00:00 GMT', digest: 'sha256-x' } })).toEqual({
      cache: 'no-store',
      headers: { 'If-None-Match': '"abc"', 'If-Modified-Since': 'Sat, 06 Dec 2026 07:00:00 GMT' },
    });
  });

  it('asks another origin, or a first time, with no headers of its own: the browser revalidates its copy', () => {
    expect(liveRequestInit(new URL('https://news.example/talks.json'), PAGE, { since: { etag: '"abc"' } })).toEqual({ cache: 'no-cache', headers: {} });
    expect(liveRequestInit(new URL('https://sourceline.example/data/talks.json'), PAGE, {})).toEqual({ cache: 'no-cache', headers: {} });
    expect(liveRequestInit(new URL('https://sourceline.example/data/talks.json'), PAGE, { since: { digest: 'sha256-x' } })).toEqual({ cache: 'no-cache', headers: {} });
  });

  it('compares ETags weakly, falls back on Last-Modified only where neither has an ETag, and never calls unknown the same', () => {
    expect(sameVersion({ etag: 'W/"1"' }, { etag: '"1"' })).toBe(true);
    expect(sameVersion({ etag: '"1"' }, { etag: '"2"' })).toBe(false);
    expect(sameVersion({ etag: '"1"', lastModified: 'a' }, { lastModified: 'a' })).toBe(false);
    expect(sameVersion({ lastModified: 'a' }, { lastModified: 'a' })).toBe(true);
    expect(sameVersion({ digest: 'x' }, {})).toBe(false);
    expect(sameVersion(undefined, { etag: '"1"' })).toBe(false);
  });

  it('reads the validators a response gives', () => {
    expect(validatorsOf(new Headers({ ETag: ' "v2" ', 'Last-Modified': 'Sat, 06 Dec 2026 07:00:00 GMT' }))).toEqual({ etag: '"v2"', lastModified: 'Sat, 06 Dec 2026 07:00:00 GMT' });
    expect(validatorsOf(new Headers())).toEqual({});
  });

  it('digests the same bytes the same, however they were chunked', async () => {
    const whole = await bodyDigest([encode('{"version":1}')]);
    expect(whole).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(await bodyDigest([encode('{"vers'), encode('ion":1}')])).toBe(whole);
    expect(await bodyDigest([encode('{"version":2}')])).not.toBe(whole);
  });
});
