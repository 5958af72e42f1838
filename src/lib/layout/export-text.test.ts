import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Source } from '../model/schema.ts';
import { distinctSourceNames, eventKey, exportFileName, exportHeading, filtersLine, pngScale, sourceName, sourcesFooter, xmlSafe } from './export-text.ts';

const measure = (s: string) => [...s].length * 7;

describe('exportFileName', () => {
  it.each([
    // title, extension, file name
    ['Ukraine, NATO and the Bucharest promise', 'svg', 'ukraine-nato-and-the-bucharest-promise.svg'],
    ['Ukraine, NATO and the Bucharest promise', 'json', 'ukraine-nato-and-the-bucharest-promise.json'],
    ['Greece and Rome, 753 BCE – AD 476', 'png', 'greece-and-rome-753-bce-ad-476.png'],
    ['Ukraine’s road to NATO', 'svg', 'ukraines-road-to-nato.svg'],
    ['Éléments de café à Zürich', 'svg', 'elements-de-cafe-a-zurich.svg'],
    ['Україна і НАТО', 'svg', 'україна-і-нато.svg'],
    ['Йосип Сліпий', 'svg', 'йосип-сліпий.svg'],
    ['אוקראינה ונאט״ו', 'svg', 'אוקראינה-ונאט-ו.svg'],
    ['\u202Egnp.exe\u202C story', 'svg', 'gnp-exe-story.svg'],
    ['\u2067عربي\u2069 and English', 'svg', 'عربي-and-english.svg'],
    ['<script>alert("x")</script>', 'svg', 'script-alert-x-script.svg'],
    ['<b>Bold</b> &amp; <i>bright</i>', 'svg', 'b-bold-b-amp-i-bright-i.svg'],
    ['../../etc/passwd', 'json', 'etc-passwd.json'],
    ['C:\\Windows\\system32', 'json', 'c-windows-system32.json'],
    ['   ', 'svg', 'sourceline.svg'],
    ['🇺🇦 🤝 🇪🇺', 'svg', 'sourceline.svg'],
    ['CON', 'svg', 'sourceline-con.svg'],
    ['Nul', 'json', 'sourceline-nul.json'],
    ['1994', 'svg', '1994.svg'],
  ] as const)('%j (.%s) → %j', (title, extension, name) => {
    expect(exportFileName(title, extension)).toBe(name);
  });

  it('keeps long titles to whole words within 80 characters', () => {
    const name = exportFileName('word '.repeat(40), 'svg');
    expect(name).toBe(`${Array(16).fill('word').join('-')}.svg`);
    expect(exportFileName('x'.repeat(200), 'svg')).toBe(`${'x'.repeat(80)}.svg`);
  });

  it('for any title: a safe name with the extension', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (title) => {
        const name = exportFileName(title, 'svg');
        expect(name).toMatch(/^[\p{L}\p{M}\p{N}]+(-[\p{L}\p{M}\p{N}]+)*\.svg$/u);
        expect([...name].length).toBeLessThanOrEqual(84);
      }),
    );
  });
});

// Only the sources are read; a loop of reports (refused when a file is checked) must still end.
const sources: Source[] = [
  { id: 'emp', title: 'Russia demands…', publisher: 'Euromaidan Press', via: 'reuters' },
  { id: 'reuters', title: '[Reuters report]', publisher: 'Reuters' },
  { id: 'nato-1', title: 'Bucharest Summit Declaration', publisher: 'NATO' },
  { id: 'nato-2', title: 'Open door', publisher: 'NATO' },
  { id: 'memo', title: 'Budapest Memorandum' },
  { id: 'loop-a', title: 'A', via: 'loop-b' },
  { id: 'loop-b', title: 'B', via: 'loop-a' },
  ...Array.from({ length: 10 }, (_, i) => ({ id: `chain-${i}`, title: `Story ${i}`, publisher: `Outlet ${i}`, ...(i < 9 ? { via: `chain-${i + 1}` } : {}) })),
];
const graph = { sources, sourceById: new Map(sources.map((s) => [s.id, s])) };

describe('sourceName', () => {
  it.each([
    ['emp', 'Euromaidan Press, via Reuters'],
    ['reuters', 'Reuters'],
    ['nato-1', 'NATO'],
    ['memo', 'Budapest Memorandum'],
    ['loop-a', 'A, via B'],
    ['missing', ''],
    ['chain-0', 'Outlet 0, via Outlet 1, via Outlet 2, via Outlet 3 … and 6 more hops'],
    ['chain-8', 'Outlet 8, via Outlet 9'],
  ])('%s → %j', (id, name) => {
    expect(sourceName(graph, id)).toBe(name);
  });

  it('names each publisher once, in the order given', () => {
    expect(distinctSourceNames(graph, ['nato-1', 'emp', 'nato-2', 'reuters'])).toEqual(['NATO', 'Euromaidan Press, via Reuters', 'Reuters']);
  });
});

describe('exportHeading', () => {
  it.each([
    ['Ukraine, NATO', '1993 – 2026', 400, { title: 'Ukraine, NATO', window: 'Showing 1993 – 2026' }],
    ['A  title\nwith   breaks', '2008', 400, { title: 'A title with breaks', window: 'Showing 2008' }],
    ['Ukraine, NATO and the Bucharest promise', '3 Feb – 21 Feb 2025', 140, { title: 'Ukraine, NATO and t…', window: 'Showing 3 Feb – 21…' }],
  ] as const)('%j, %j in %i px', (title, windowLabel, maxWidthPx, heading) => {
    expect(exportHeading(title, windowLabel, { maxWidthPx, measure })).toEqual(heading);
  });
});

describe('sourcesFooter', () => {
  const names = ['NATO', 'Euromaidan Press, via Reuters', 'Wikipedia', 'Interfax-Ukraine', 'Deutsche Welle (DW)'];
  it.each([
    // names, width (chars of 7 px), lines at most, lines
    [[], 60, 2, ['Sources: none given for the events shown']],
    [['NATO'], 60, 2, ['Sources: NATO']],
    [names, 200, 2, ['Sources: NATO; Euromaidan Press, via Reuters; Wikipedia; Interfax-Ukraine; Deutsche Welle (DW)']],
    [names, 50, 3, ['Sources: NATO; Euromaidan Press, via Reuters;', 'Wikipedia; Interfax-Ukraine; Deutsche Welle (DW)']],
    [names, 50, 1, ['Sources: NATO … and 4 more']],
    [names, 45, 2, ['Sources: NATO; Euromaidan Press, via Reuters;', 'Wikipedia; Interfax-Ukraine … and 1 more']],
    [names, 40, 2, ['Sources: NATO … and 4 more']],
    [names, 24, 1, ['Sources: NATO and 4 more']],
    [names, 22, 1, ['Sources: N… and 4 more']],
    [['A very long publisher name that cannot fit'], 20, 2, ['Sources: A very lon…']],
    [[], 20, 2, ['Sources: none given…']],
  ] as const)('%j in %i chars, %i lines', (list, chars, maxLines, lines) => {
    expect(sourcesFooter(list, { maxWidthPx: chars * 7, measure, maxLines })).toEqual(lines);
  });

  it('for any list: at most maxLines lines, each within the width, naming or counting every source', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes(';') && !s.includes('…')),
          { maxLength: 60 },
        ),
        fc.integer({ min: 30, max: 120 }),
        fc.integer({ min: 1, max: 4 }),
        (list, chars, maxLines) => {
          const lines = sourcesFooter(list, { maxWidthPx: chars * 7, measure, maxLines });
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(chars * 7);
          const text = lines.join(' ');
          const more = / and (\d+) more$/.exec(text);
          const named = text
            .replace(/^Sources: /, '')
            .replace(/( …)? and \d+ more$/, '')
            .split('; ').length;
          if (list.length > 0) expect(named + (more ? Number(more[1]) : 0)).toBe(list.length);
        },
      ),
    );
  });

  it('stays fast for thousands of sources', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `Publisher ${i}`);
    const started = performance.now();
    const lines = sourcesFooter(many, { maxWidthPx: 1200, measure, maxLines: 2 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(lines.at(-1)).toMatch(/… and \d+ more$/);
  });
});

describe('pngScale', () => {
  it.each([
    [1246, 600, 2],
    [1246, 600, 2],
    [12_000, 600, 16_384 / 12_000],
    [1200, 40_000, 16_384 / 40_000],
    [0, 0, 2],
  ])('%i × %i px: ×%d', (w, h, scale) => {
    expect(pngScale(w, h)).toBeCloseTo(scale, 6);
  });

  it('keeps the canvas within 2^28 pixels', () => {
    const scale = pngScale(16_000, 16_000);
    expect(16_000 * scale * 16_000 * scale).toBeLessThanOrEqual(2 ** 28 + 1);
  });
});

describe('xmlSafe: an exported SVG is well-formed whatever the titles hold', () => {
  it.each([
    ['a vertical tab pasted from Word', '<text>Line\u000bbreak</text>', '<text>Line break</text>'],
    ['NUL and an escape', '<text>a\u0000b\u001b[2J</text>', '<text>a b [2J</text>'],
    ['a form feed as a reference', '<text a="x&#12;y">z&#x0B;</text>', '<text a="x y">z </text>'],
    ['a lone surrogate', '<text>\ud83d</text>', '<text>\ufffd</text>'],
    ['U+FFFE', '<text>\ufffe</text>', '<text>\ufffd</text>'],
    ['tab, line feed, carriage return and their references kept', '<text>a\tb\nc\rd&#9;&#xA;&#13;</text>', '<text>a\tb\nc\rd&#9;&#xA;&#13;</text>'],
    ['an emoji, entities and any script kept', '<text>🇺🇦 &amp; &#x1F600; हिंदी</text>', '<text>🇺🇦 &amp; &#x1F600; हिंदी</text>'],
  ])('%s', (_what, xml, safe) => {
    expect(xmlSafe(xml)).toBe(safe);
  });

  it('leaves no character XML forbids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = xmlSafe(text);
        expect(safe).not.toMatch(/[^\P{Cc}\t\n\r\u007f-\u009f]|[\ufffe\uffff]/u);
        expect(safe).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
      { seed: 14 },
    );
  });
});

describe('filtersLine', () => {
  const none = { actors: [], tags: [], linkTypes: [], range: null, search: '', mode: 'hide' } as const;
  it.each([
    ['no filter', none, null],
    [
      'actors and dates',
      { ...none, actors: ['NATO', 'Russia'], range: '2008 – 2014' },
      'Filters: actors NATO, Russia; dates 2008 – 2014; events left out are hidden',
    ],
    ['a tag, dimmed', { ...none, tags: ['summit'], mode: 'dim' }, 'Filters: tag summit; events left out are dimmed'],
    ['a search alone', { ...none, search: ' Bucharest ' }, 'Filters: search “Bucharest”; matches highlighted'],
    ['link types', { ...none, linkTypes: ['causes'] }, 'Filters: with links of type causes; events left out are hidden'],
  ] as const)('%s', (_, filters, expected) => {
    expect(filtersLine(filters)).toBe(expected);
  });
});

describe('eventKey', () => {
  const measure = (text: string) => text.length * 7;
  it('writes each title in full, wrapped', () => {
    const lines = eventKey([{ date: '2–4 April 2008', title: 'Bucharest summit: “these countries will become members of NATO”' }], {
      maxWidthPx: 350,
      measure,
      maxLines: 6,
    });
    expect(lines.join(' ')).toBe('2–4 April 2008 · Bucharest summit: “these countries will become members of NATO”');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(350);
  });
  it('counts what does not fit', () => {
    const entries = Array.from({ length: 10 }, (_, i) => ({ date: `${2000 + i}`, title: `Event ${i}` }));
    expect(eventKey(entries, { maxWidthPx: 700, measure, maxLines: 4 })).toEqual(['2000 · Event 0', '2001 · Event 1', '2002 · Event 2', '… and 7 more events']);
  });
});
