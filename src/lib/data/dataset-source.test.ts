import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, describeSource, foreignHost, resolveSourceParam, sourceKey, type DatasetSource } from './dataset-source.ts';

const PAGE = 'https://example.org/sourceline/';
const file = (name: string, text: string, lastModified: number): DatasetSource => ({ kind: 'file', file: new File([text], name, { lastModified }) });

describe('sourceKey and describeSource', () => {
  it.each([
    // what, source, cache key, described as
    ['the default', resolveSourceParam(null, PAGE), ['url', `${PAGE}data/ukraine-nato.json`], DEFAULT_DATASET],
    ['a relative path', resolveSourceParam('data/story.json', PAGE), ['url', `${PAGE}data/story.json`], 'data/story.json'],
    ['a path written with spaces around it', resolveSourceParam('  data/story.json ', PAGE), ['url', `${PAGE}data/story.json`], 'data/story.json'],
    ['another host', resolveSourceParam('https://data.example.com/a b.json', PAGE), ['url', 'https://data.example.com/a%20b.json'], 'https://data.example.com/a b.json'],
    ['a file', file('story.json', '{}', 1_700_000_000_000), ['file', 'story.json', '2', '1700000000000'], 'story.json'],
    ['a file with a unicode name', file('київ 2014.json', 'абв', 0), ['file', 'київ 2014.json', '6', '0'], 'київ 2014.json'],
  ] as const)('%s', (_what, source, key, described) => {
    expect(sourceKey(source)).toEqual(key);
    expect(describeSource(source)).toBe(described);
  });

  it.each([
    // what, a, b, same key
    ['the same address written two ways', resolveSourceParam('data/story.json', PAGE), resolveSourceParam('./data/story.json', PAGE), true],
    ['two addresses', resolveSourceParam('data/a.json', PAGE), resolveSourceParam('data/b.json', PAGE), false],
    ['a file edited since (same name, new time)', file('story.json', '{}', 1), file('story.json', '{}', 2), false],
    ['a file edited since (same name, new size)', file('story.json', '{}', 1), file('story.json', '{ }', 1), false],
    ['the same file dropped twice', file('story.json', '{}', 1), file('story.json', '{}', 1), true],
    ['a file and a URL of the same name', file('story.json', '{}', 1), resolveSourceParam('story.json', PAGE), false],
  ] as const)('%s: same key %s', (_what, a, b, same) => {
    expect(JSON.stringify(sourceKey(a)) === JSON.stringify(sourceKey(b))).toBe(same);
  });
});

describe('foreignHost names where the data comes from', () => {
  it.each([
    ['this site', 'data/story.json', undefined, null],
    ['another host, as written', 'https://data.example.com/a.json', undefined, 'data.example.com'],
    ['this site, redirected to another host', 'data/story.json', 'https://evil.example/story.json', 'evil.example'],
    ['another host, redirected to another still', 'https://data.example.com/a.json', 'https://cdn.example.net:8443/a.json', 'cdn.example.net:8443'],
    ['another host, redirected back to this site', 'https://data.example.com/a.json', `${PAGE}data/a.json`, null],
  ])('%s', (_what, param, finalUrl, host) => {
    expect(foreignHost(resolveSourceParam(param, PAGE), PAGE, finalUrl)).toBe(host);
  });

  it('names no host for a local file', () => {
    expect(foreignHost(file('a.json', '{}', 0), PAGE, 'https://evil.example/')).toBeNull();
  });
});
