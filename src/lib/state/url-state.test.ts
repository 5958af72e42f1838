import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcMs } from '../model/dates.ts';
import { parseLens } from '../scale/lens.ts';
import { DEFAULT_URL_VIEW, formatInstant, joinParamList, MAX_PARAM_CHARS, readUrlView, splitParamList, writeUrlView, type UrlView } from './url-state.ts';

describe('formatInstant', () => {
  it.each([
    [utcMs(2008, 4, 3), '2008-04-03'],
    [utcMs(2008, 4, 3, 10, 30), '2008-04-03T10:30Z'],
    [utcMs(2008, 4, 3, 10, 30, 15), '2008-04-03T10:30:15Z'],
    [utcMs(14, 8, 1), '0014-08-01'],
    [utcMs(-490, 9, 1), '-000490-09-01'],
    [utcMs(12025), '+012025-01-01'],
  ])('%d → %s', (ms, text) => {
    expect(formatInstant(ms)).toBe(text);
  });
});

describe('readUrlView', () => {
  it('reads nothing into the default view', () => {
    expect(readUrlView('')).toEqual({ view: DEFAULT_URL_VIEW, ignored: [] });
  });

  it('reads every setting', () => {
    const { view, ignored } = readUrlView(
      '?src=data/other.json&event=bucharest-summit&t=2007-06-01..2009-01-01T12:00Z&q=revoke+promise&actor=nato,russia&tag=summit&link=references&range=2008..2025&filtered=dim&chain=up&steps=2&axis=linear&panel=sources&source=reuters&hide-links=precedes,about&embed',
    );
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      src: 'data/other.json',
      event: 'bucharest-summit',
      window: [utcMs(2007, 6, 1), utcMs(2009, 1, 1, 12)],
      search: 'revoke promise',
      actors: ['nato', 'russia'],
      tags: ['summit'],
      linkTypes: ['references'],
      range: [utcMs(2008), utcMs(2025)],
      filterMode: 'dim',
      chain: 'upstream',
      steps: 2,
      axis: 'linear',
      panel: 'sources',
      source: 'reuters',
      hiddenLinks: ['precedes', 'about'],
      embed: true,
      present: false,
      step: 1,
      presenter: false,
      mode: 'timeline',
      area: null,
      highlightActor: null,
      lens: null,
      density: 'bands',
    } satisfies UrlView);
  });

  it.each<[string, Partial<UrlView>]>([
    ['?view=map', { mode: 'map' }],
    ['?view=network&highlight-actor=nato', { mode: 'network', highlightActor: 'nato' }],
    ['?view=list', { mode: 'list' }],
    ['?area=-12,34,45,72', { area: [-12, 34, 45, 72] }],
    ['?density=heat', { density: 'heat' }],
  ])('reads the views of the map and network: %s, and writes them back as they were', (search, expected) => {
    const { view, ignored } = readUrlView(search);
    expect(ignored).toEqual([]);
    expect(view).toEqual({ ...DEFAULT_URL_VIEW, ...expected });
    expect(writeUrlView(view)).toBe(search);
  });

  it.each([
    ['?utm_source=newsletter', '?utm_source is not a Sourceline setting'],
    ['?t=2009..2008', 't=2009..2008 is not a time span'],
    ['?t=yesterday..today', 't=yesterday..today is not a time span'],
    ['?range=2008', 'range=2008 is not a time span'],
    ['?chain=sideways', 'chain=sideways is not one of both, down, up'],
    ['?steps=-1', 'steps=-1 is not a number of steps'],
    ['?filtered=blur', 'filtered=blur is not one of hide, dim'],
    ['?axis=log', 'axis=log is not one of linear, collapsed'],
    ['?density=dots', 'density=dots is not one of bands, heat'],
    ['?view=globe', 'view=globe is not one of timeline, list, map, network'],
    ['?area=-12,72,45,34', 'area=-12,72,45,34 is not an area of the map'],
    ['?area=europe', 'area=europe is not an area of the map'],
    ['?present&step=zero', 'step=zero is not a step number'],
  ])('ignores %s, saying why', (search, note) => {
    const { view, ignored } = readUrlView(search);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain(note);
    // The rest of the view is the default: a bad parameter never breaks the page.
    expect(writeUrlView({ ...view, present: false })).toBe('');
  });
});

describe('writeUrlView', () => {
  it('writes the default view as no query at all', () => {
    expect(writeUrlView(DEFAULT_URL_VIEW)).toBe('');
  });

  it('writes readable parameters in a stable order', () => {
    const view: UrlView = {
      ...DEFAULT_URL_VIEW,
      src: 'data/a b.json',
      event: 'bucharest-summit',
      window: [utcMs(2008), utcMs(2009, 6, 1, 10, 30)],
      search: 'revoke',
      actors: ['nato'],
      embed: true,
    };
    expect(writeUrlView(view)).toBe('?src=data/a+b.json&event=bucharest-summit&t=2008-01-01..2009-06-01T10:30Z&q=revoke&actor=nato&embed');
  });

  it('round-trips any view it writes', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,12}$/);
    const instant = fc.integer({ min: utcMs(-5000), max: utcMs(5000) }).map((ms) => Math.round(ms / 1000) * 1000 || 0);
    const span = fc
      .tuple(instant, instant)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const viewArb = fc
      .record({
        src: fc.option(fc.constantFrom('data/ukraine-nato.json', 'https://example.org/story.json', 'story with spaces.json'), { nil: null }),
        event: fc.option(id, { nil: null }),
        window: fc.option(span, { nil: null }),
        search: fc.string({ maxLength: 20 }).map((s) => s.trim()),
        actors: fc.array(id, { maxLength: 3 }),
        // Any tag: commas, backslashes, spaces at its edges, any character.
        tags: fc.array(
          fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '\\', '\t', 'é', '%', '&', '=', '+', '\u00a0') }).filter((t) => t !== '' && !/^\s+$/.test(t)),
          { maxLength: 3 },
        ),
        linkTypes: fc.array(fc.constantFrom('causes', 'references', 'about'), { maxLength: 2 }),
        range: fc.option(span, { nil: null }),
        filterMode: fc.constantFrom('hide' as const, 'dim' as const),
        chain: fc.constantFrom('both' as const, 'upstream' as const, 'downstream' as const),
        steps: fc.constantFrom(Infinity, 1, 2, 3),
        axis: fc.constantFrom(null, 'linear' as const, 'collapsed' as const),
        panel: fc.constantFrom('details' as const, 'sources' as const),
        source: fc.option(id, { nil: null }),
        hiddenLinks: fc.array(fc.constantFrom('precedes', 'about'), { maxLength: 2 }),
        embed: fc.boolean(),
        present: fc.boolean(),
        step: fc.integer({ min: 1, max: 40 }),
        presenter: fc.boolean(),
        mode: fc.constantFrom('timeline' as const, 'list' as const, 'map' as const, 'network' as const),
        area: fc.constantFrom(null, [-12, 34, 45, 72] as const, [160.5, -10.25, -170, 10] as const),
        highlightActor: fc.option(id, { nil: null }),
        lens: fc.constantFrom(null, '2014-01..2014-03', '-0490..-0479', '2014-02-18..2014-03', '0000..0001-06').map((text) => {
          const parsed = text === null ? null : parseLens(text);
          return parsed?.ok ? parsed.lens : null;
        }),
        density: fc.constantFrom('bands' as const, 'heat' as const),
      })
      .map((v) => (v.present || v.presenter ? v : { ...v, step: 1 }));
    fc.assert(
      fc.property(viewArb, (view) => {
        const { view: back, ignored } = readUrlView(writeUrlView(view));
        expect(ignored).toEqual([]);
        expect(back).toEqual(view);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('the lens', () => {
  it.each(['2014-01..2014-03', '2008..2014', '2014-02-18..2014-02-22', '-0490..-0479', '2013-11..2014-03-18'])(
    'reads lens=%s and writes it back at the precision it was written',
    (text) => {
      const { view, ignored } = readUrlView(`?lens=${text}`);
      expect(ignored).toEqual([]);
      expect(view.lens?.from.text).toBe(text.split('..')[0]);
      expect(writeUrlView(view)).toBe(`?lens=${text}`);
    },
  );

  it.each([
    ['2014-13..2014-03', 'lens=2014-13..2014-03: its start is wrong: month 13 does not exist; use a month from 01 to 12'],
    ['2014-03..2014-01', 'lens=2014-03..2014-01: it ends (2014-01) before it starts (2014-03); write the earlier date first: 2014-01..2014-03'],
    [
      'march',
      'lens=march: "march" is not a period: it needs a start and an end separated by two dots; write START..END with ISO dates, e.g. lens=2014-01..2014-03 (January to March 2014)',
    ],
  ])('ignores lens=%s, saying what is wrong and how to write it', (text, note) => {
    const { view, ignored } = readUrlView(`?lens=${text}&event=crimea-annexation`);
    expect(view.lens).toBeNull();
    expect(view.event).toBe('crimea-annexation');
    expect(ignored).toEqual([note]);
  });
});

describe('presentation links', () => {
  it('reads ?present&step=5 as step 5 of a presentation, and writes it back so', () => {
    const { view } = readUrlView('?present&step=5');
    expect([view.present, view.step]).toEqual([true, 5]);
    expect(writeUrlView(view)).toBe('?present&step=5');
    expect(readUrlView(writeUrlView(view)).view).toEqual(view);
  });
});

describe('the embedding page’s origin', () => {
  it('reads ?parent-origin= when it is exactly an origin, and keeps it in the frame’s own URL', () => {
    const { view, ignored } = readUrlView('?embed&parent-origin=https%3A%2F%2Fnews.example&event=bucharest-summit');
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({ embed: true, parentOrigin: 'https://news.example' });
    expect(writeUrlView(view)).toBe('?event=bucharest-summit&parent-origin=https://news.example&embed');
    expect(readUrlView(writeUrlView(view)).view).toEqual(view);
  });

  it('leaves it out of a link to the full view', () => {
    const { view } = readUrlView('?embed&parent-origin=https://news.example');
    expect(writeUrlView({ ...view, embed: false })).toBe('');
  });

  it.each(['*', 'null', 'https://news.example/', 'https://news.example/page', 'javascript:alert(1)', 'https://user@news.example'])(
    'ignores parent-origin=%s, saying why',
    (text) => {
      const { view, ignored } = readUrlView(`?embed&parent-origin=${encodeURIComponent(text)}`);
      expect(view.parentOrigin).toBeUndefined();
      expect(ignored).toEqual([expect.stringMatching(/^parent-origin=.* is not an origin/)]);
    },
  );
});

describe('lists in one parameter', () => {
  it.each([
    ['a tag with a comma and a space after it', ['civil war, 1861'], 'civil war\\, 1861'],
    ['spaces at the edges', [' edge ', 'x'], '\\ edge\\ ,x'],
    ['a backslash', ['back\\slash'], 'back\\\\slash'],
    ['plain words', ['summit', 'war'], 'summit,war'],
  ])('%s round-trips', (_what, items, written) => {
    expect(joinParamList(items)).toBe(written);
    expect(splitParamList(written)).toEqual(items);
    const { view } = readUrlView(writeUrlView({ ...DEFAULT_URL_VIEW, tags: items }));
    expect(view.tags).toEqual(items);
  });

  it.each([
    ['nato,russia', ['nato', 'russia']],
    ['nato, russia', ['nato', 'russia']],
    [' summit ,, war ', ['summit', 'war']],
    ['back\\slash', ['back\\slash']],
    ['', []],
  ])('reads an older link %j as it always did', (value, items) => {
    expect(splitParamList(value)).toEqual(items);
  });
});

describe('parameters too long to read are ignored, saying so briefly', () => {
  it.each([
    ['q', 'a'.repeat(500_000), 'search'],
    ['event', 'e'.repeat(1_000_000), 'event'],
    ['tag', 'tag,'.repeat(10_000), 'tags'],
    ['src', `https://example.org/${'x'.repeat(5_000)}.json`, 'src'],
    ['chain', 'sideways'.repeat(1_000), 'chain'],
  ] as const)('a %s= of %#', (key, value, field) => {
    const started = performance.now();
    const { view, ignored } = readUrlView(`?${key}=${encodeURIComponent(value)}`);
    // A guard against decoding first (a 500 kB search took 23 s), with the margin a shared machine needs.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(new RegExp(`^${key}=.{1,60}… \\((about )?[\\d,]+ characters\\) is longer than this setting can be`));
    expect(ignored[0]!.length).toBeLessThan(200);
    expect({ search: view.search, event: view.event, tags: view.tags, src: view.src, chain: view.chain }[field]).toEqual(
      { search: '', event: null, tags: [], src: null, chain: 'both' }[field],
    );
  });

  it.each([
    [
      'a megabyte of event',
      `?event=${'e'.repeat(1_000_000)}&q=summit`,
      'event=eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee… (1,000,000 characters) is longer than this setting can be (at most 200 characters)',
    ],
    [
      'half a megabyte of escapes',
      `?q=${'%C3%A9'.repeat(100_000)}&q2=x`,
      `q=${'é'.repeat(39)}… (about 200,000 characters) is longer than this setting can be (at most 1,000 characters)`,
    ],
    [
      'a megabyte of an unknown parameter',
      `?${'k'.repeat(20_000)}=${'v'.repeat(1_000_000)}&q=summit`,
      `?${'k'.repeat(79)}… (200 characters) is not a Sourceline setting`,
    ],
  ])('sets aside %s before decoding it, and reads the rest', (_what, search, note) => {
    const started = performance.now();
    const { view, ignored } = readUrlView(search);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(ignored[0]).toBe(note);
    if (search.endsWith('q=summit')) expect(view.search).toBe('summit');
  });

  it('reads a parameter right at its limit', () => {
    expect(readUrlView(`?q=${'a'.repeat(MAX_PARAM_CHARS.q!)}`).view.search).toHaveLength(MAX_PARAM_CHARS.q!);
  });

  it('names ten unknown parameters, then counts the rest, each name cut short', () => {
    const { ignored } = readUrlView(`?${Array.from({ length: 5_000 }, (_, i) => `${'k'.repeat(i === 0 ? 1_000 : 1)}${i}=1`).join('&')}`);
    expect(ignored).toHaveLength(11);
    expect(ignored[0]!.length).toBeLessThan(200);
    expect(ignored.at(-1)).toBe('4,990 more parameters are not Sourceline settings either');
  });

  it('reads ids composed, as the data has them', () => {
    expect(readUrlView('?event=cafe%CC%81&actor=cafe%CC%81').view).toMatchObject({ event: 'caf\u00e9', actors: ['caf\u00e9'] });
  });
});
