import { describe, expect, it } from 'vitest';
import { convertFile } from './convert-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const TIMELINEJS = JSON.stringify({
  title: { text: { headline: 'Moon' } },
  events: [
    {
      start_date: { year: 1969, month: 7, day: 20 },
      text: { headline: 'Eagle lands', text: '<p>Contact &amp; light.</p>' },
      media: { url: 'https://example.org/apollo', credit: 'NASA' },
    },
    { start_date: { year: -490 }, text: { headline: 'Marathon' }, media: { url: 'data:image/png,xx' } },
  ],
});

const FILES: Record<string, Uint8Array | NodeJS.ErrnoException> = {
  'moon.json': utf8(TIMELINEJS),
  'sheet.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id,title,start,source title\nx,Something,2001-02,A source\n')]),
  'prose.txt': utf8('Dear reader'),
  'latin1.csv': new Uint8Array([0x69, 0x64, 0x2c, 0xe9]),
  'missing.csv': Object.assign(new Error('ENOENT'), { code: 'ENOENT' }),
};

async function run(...args: string[]) {
  const lines: string[] = [];
  const usage: string[] = [];
  const written = new Map<string, string>();
  const exitCode = await convertFile(args, {
    readFile: async (path) => {
      const file = FILES[path];
      if (file === undefined || file instanceof Error) throw file ?? new Error('unknown');
      return file;
    },
    writeFile: async (path, text) => void written.set(path, text),
    schemaUrlFor: () => '../public/schema/v1.json',
    print: (line) => lines.push(line),
    printUsage: (line) => usage.push(line),
  });
  return { exitCode, lines, usage, written };
}

describe('npm run convert', () => {
  it('converts TimelineJS JSON, printing what was not carried over, and writes Sourceline JSON with $schema first', async () => {
    const { exitCode, lines, written } = await run('moon.json', 'out/moon.json');
    expect(exitCode).toBe(0);
    expect(lines).toEqual([
      'moon.json: read as TimelineJS JSON',
      'moon.json: warning: events[1].media.url: the media "data:image/png,xx" is not an http(s) address (links must be http: or https:, not data:), so it is not kept as a source. Fix: add the page it comes from as a source, with its https:// address',
      'moon.json: warning: events[1].media: event "marathon--0489" rests on no source. Fix: add the id of a source that reports it, so readers can check it',
      'moon.json: ok (2 events, 2 warnings) → out/moon.json',
    ]);
    const text = written.get('out/moon.json')!;
    expect(text.startsWith('{\n  "$schema": "../public/schema/v1.json",\n  "version": 1,\n  "title": "Moon",')).toBe(true);
    expect(JSON.parse(text).events.map((e: { id: string; start: string; summary?: string }) => [e.id, e.start, e.summary])).toEqual([
      ['marathon--0489', '-0489', undefined],
      ['eagle-lands-1969-07-20', '1969-07-20', 'Contact & light.'],
    ]);
  });

  it('converts a CSV with a byte-order mark', async () => {
    const { exitCode, lines, written } = await run('sheet.csv', 'sheet.json');
    expect(exitCode).toBe(0);
    expect(lines.at(-1)).toBe('sheet.csv: ok (1 event, 0 warnings) → sheet.json');
    expect(JSON.parse(written.get('sheet.json')!)).toMatchObject({ title: 'sheet', events: [{ id: 'x', sources: ['a-source'] }] });
  });

  it.each([
    ['prose.txt', 'prose.txt: the file is neither JSON nor a CSV with a header row.'],
    ['latin1.csv', 'latin1.csv: the file is not UTF-8 text: line 1, column 4 has a byte that is not UTF-8.'],
    ['missing.csv', 'missing.csv: there is no such file.'],
  ])('refuses %s, writing nothing', async (input, line) => {
    const { exitCode, lines, written } = await run(input, 'out.json');
    expect(exitCode).toBe(1);
    expect(lines[0]).toContain(line);
    expect(written.size).toBe(0);
  });

  it.each([[[]], [['only-one.json']], [['a', 'b', 'c']], [['--help', 'x']]])('shows how to use it when given %j', async (args) => {
    const { exitCode, usage } = await run(...args);
    expect(exitCode).toBe(2);
    expect(usage[0]).toMatch(/^usage: npm run convert -- INPUT OUTPUT\.json/);
  });
});
