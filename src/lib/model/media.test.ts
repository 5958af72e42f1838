import { describe, expect, it } from 'vitest';
import smallGraph from './small-graph.fixture.json';
import { EventGraphError, type Problem } from './problems.ts';
import { parseEventGraph } from './json-file.ts';
import { checkMediaUrl, guessMediaType, mediaSrc, videoEmbed } from './media-url.ts';

function withMedia(media: unknown[], where: 'events' | 'quotes' | 'sources' = 'events'): string {
  const g = structuredClone(smallGraph) as unknown as Record<string, Record<string, unknown>[]>;
  g[where]![0]!.media = media;
  return JSON.stringify(g);
}

function problemsOf(text: string): readonly Problem[] {
  try {
    parseEventGraph(text);
  } catch (caught) {
    expect(caught).toBeInstanceOf(EventGraphError);
    return (caught as EventGraphError).problems;
  }
  throw new Error('expected the file to be refused');
}

describe('media addresses', () => {
  it.each(['https://example.org/a.jpg', '/media/a.jpg', 'media/a.jpg', './a.png', 'a.png?x=1#y'])('%s may load', (url) => {
    expect(checkMediaUrl(url)).toBeNull();
  });
  it.each([
    ['http://example.org/a.jpg', /https:, not http:/],
    ['javascript:alert(1)', /not "javascript:"/],
    [' JaVa\tScRiPt:alert(1)', /control characters/],
    ['data:image/png;base64,AAAA', /not "data:"/],
    ['blob:https://example.org/x', /not "blob:"/],
    ['//evil.example/a.jpg', /leaves out its scheme/],
    ['/\\evil.example/a.jpg', /control characters or/],
    ['https:evil.example/a.jpg', /not a complete web address/],
    ['https://user@evil.example/a.jpg', /user name/],
    ['', /empty/],
  ])('%j is refused', (url, message) => {
    const problem = checkMediaUrl(url);
    expect(problem?.problem).toMatch(message);
    expect(problem?.fix).toBeTruthy();
  });
  it('a refused address has no src', () => {
    expect(mediaSrc('javascript:alert(1)')).toBeNull();
    expect(mediaSrc('https://EXAMPLE.org/a b'.replace(' ', '%20'))).toBe('https://example.org/a%20b');
    expect(mediaSrc('/media/a.jpg')).toBe('/media/a.jpg');
  });
});

describe('video embeds', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
  ])('%s plays from %s', (url, src) => {
    expect(videoEmbed(url)?.src).toBe(src);
  });
  it.each([
    'https://www.youtube.com/watch?v=bad',
    'http://youtu.be/dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://example.org/clip.mp4',
  ])('%s is not framed', (url) => {
    expect(videoEmbed(url)).toBeNull();
  });
  it('guesses what an address holds', () => {
    expect(guessMediaType('https://example.org/a.JPG')).toBe('image');
    expect(guessMediaType('https://upload.wikimedia.org/wikipedia/commons/x/xy/Photo')).toBe('image');
    expect(guessMediaType('https://upload.wikimedia.org/a.webm')).toBe('video');
    expect(guessMediaType('https://youtu.be/dQw4w9WgXcQ')).toBe('video');
    expect(guessMediaType('https://example.org/a.mp3')).toBe('audio');
    expect(guessMediaType('https://example.org/report.pdf')).toBe('document');
    expect(guessMediaType('https://en.wikipedia.org/wiki/Battle_of_Marathon')).toBeNull();
  });
});

describe('media in the format', () => {
  it('loads on events, quotes and sources', () => {
    const image = {
      url: '/media/summit.jpg',
      type: 'image',
      alt: 'Leaders on the steps',
      caption: 'The summit',
      credit: 'Photo: NATO',
      width: 1200,
      height: 800,
    };
    for (const where of ['events', 'quotes', 'sources'] as const) {
      const { graph, warnings } = parseEventGraph(withMedia([image], where));
      expect(warnings).toEqual([]);
      expect(graph[where][0]!.media).toEqual([image]);
    }
  });
  it('an image without alt is refused at its path with a fix', () => {
    const problems = problemsOf(withMedia([{ url: '/a.jpg', type: 'image' }]));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'events[0].media[0].alt',
        message: expect.stringMatching(/an image needs "alt"/),
        fix: expect.stringMatching(/add "alt"/),
      }),
    ]);
  });
  it('a video needs no alt', () => {
    expect(parseEventGraph(withMedia([{ url: 'https://youtu.be/dQw4w9WgXcQ', type: 'video' }])).warnings).toEqual([]);
  });
  it.each([
    ['javascript:alert(1)', 'url'],
    ['data:image/png;base64,AAAA', 'url'],
    ['http://example.org/a.jpg', 'url'],
  ])('%s is refused at its path', (url, field) => {
    const problems = problemsOf(withMedia([{ url, type: 'image', alt: 'x' }]));
    expect(problems[0]).toMatchObject({ path: `events[0].media[0].${field}`, fix: expect.stringMatching(/https:\/\//) });
  });
  it('an unknown type, a bad size and an unknown source are refused', () => {
    const problems = problemsOf(withMedia([{ url: '/a.mp4', type: 'movie', source: 'nowhere', width: -3 }]));
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['events[0].media[0].type', 'events[0].media[0].width']));
  });
  it('a media source must exist', () => {
    const problems = problemsOf(withMedia([{ url: '/a.mp4', type: 'video', source: 'nowhere' }]));
    expect(problems.map((p) => p.path)).toEqual(['events[0].media[0].source']);
  });
  it('an unknown field in media is a warning', () => {
    const { warnings } = parseEventGraph(withMedia([{ url: '/a.mp4', type: 'video', captoin: 'x' }]));
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([expect.stringMatching(/^events\[0\]\.media\[0\]\.captoin: .*did you mean "caption"/)]);
  });
});
