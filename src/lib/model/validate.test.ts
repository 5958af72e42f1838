import { describe, expect, it } from 'vitest';
import smallGraph from './small-graph.fixture.json';
import { EventGraphError, type Problem } from './problems.ts';
import { checkEventGraph, validateEventGraph } from './validate.ts';
import { parseEventGraph } from './json-file.ts';

type Json = Record<string, unknown> & {
  events: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
  links: Record<string, unknown>[];
  actors: Record<string, unknown>[];
};

/** A fresh copy of the small valid graph, changed by `change`. */
function graphWith(change: (g: Json) => void): Json {
  const g = structuredClone(smallGraph) as unknown as Json;
  change(g);
  return g;
}

/** Every problem parseEventGraph throws for `text`; fails the test if it does not throw EventGraphError. */
function problemsOf(text: string): readonly Problem[] {
  try {
    parseEventGraph(text);
  } catch (caught) {
    expect(caught).toBeInstanceOf(EventGraphError);
    return (caught as EventGraphError).problems;
  }
  throw new Error('expected the file to be refused');
}

describe('parseEventGraph loads a valid file', () => {
  it('returns the indexed graph and no warnings', () => {
    const { graph, warnings } = parseEventGraph(JSON.stringify(smallGraph));
    expect(warnings).toEqual([]);
    expect(graph.events.map((e) => e.id)).toEqual(['bucharest-summit', 'putin-speech', 'georgia-war']);
    expect(graph.eventById.get('putin-speech')?.start.text).toBe('2008-04-04');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseEventGraph(`\uFEFF${JSON.stringify(smallGraph)}`).graph.events).toHaveLength(3);
  });

  it('validateEventGraph checks an already-parsed value the same way', () => {
    expect(validateEventGraph(structuredClone(smallGraph)).graph.title).toBe('NATO and Ukraine, 2008');
    expect(() => validateEventGraph({ version: 1 })).toThrow(EventGraphError);
  });
});

describe('each kind of error names the place, says what is wrong and how to fix it', () => {
  it.each<[string, (g: Json) => void, string, RegExp, RegExp]>([
    // what, change, path, message, fix
    [
      'a missing date',
      (g) => delete g.events[2]!.start,
      'events[2].start',
      /^"start" is missing \(event "georgia-war"\)$/,
      /^add a "start" date such as "2008-04-03"$/,
    ],
    ['a missing title', (g) => delete g.title, 'title', /^"title" is missing$/, /add a "title"/],
    ['a missing version', (g) => delete g.version, 'version', /^"version" is missing$/, /"version": 1/],
    ['another version', (g) => (g.version = 2), 'version', /^version must be 1, but is the number 2$/, /reads version 1/],
    [
      'a number for a date',
      (g) => (g.events[1]!.start = 2008),
      'events[1].start',
      /^"start" should be text, but is the number 2008 \(event "putin-speech"\)$/,
      /^dates are text: write "2008" in quotes$/,
    ],
    [
      'a number for an id',
      (g) => (g.events[0]!.id = 12),
      'events[0].id',
      /^"id" should be text, but is the number 12$/,
      /^ids are text: write "12" in quotes$/,
    ],
    [
      'a number for a reference',
      (g) => (g.quotes[0]!.event = 7),
      'quotes[0].event',
      /should be text, but is the number 7/,
      /^ids are text: write "7" in quotes$/,
    ],
    [
      'text where a list belongs',
      (g) => (g.events[0]!.actors = 'nato'),
      'events[0].actors',
      /^"actors" should be a list, but is text "nato" \(event "bucharest-summit"\)$/,
      /^put it in a list: \["nato"\]$/,
    ],
    ['null for an optional field', (g) => (g.events[0]!.end = null), 'events[0].end', /should be text, but is null/, /or leave "end" out/],
    [
      'an event that is not an object',
      (g) => ((g.events as unknown[])[1] = 'putin'),
      'events[1]',
      /^event 1 should be an object, but is text "putin"$/,
      /"id", "title" and "start"/,
    ],
    [
      'an impossible date',
      (g) => (g.events[2]!.start = '2025-02-30'),
      'events[2].start',
      /^February 2025 has 28 days \(2025 is not a leap year\), so day 30 does not exist \(event "georgia-war"\)$/,
      /01 to 28/,
    ],
    ['a date in another form', (g) => (g.sources[0]!.published = '03/04/2008'), 'sources[0].published', /not an ISO 8601 date/, /YYYY-MM-DD/],
    [
      'an end before the start',
      (g) => (g.events[0]!.end = '2008-03'),
      'events[0].end',
      /^the end 2008-03 comes before the start 2008-04-02 \(event "bucharest-summit"\)$/,
      /swap "start" and "end"/,
    ],
    ['an end at the start', (g) => (g.events[0]!.end = '2008-04-01'), 'events[0].end', /the end 2008-04-01 comes before the start 2008-04-02/, /swap/],
    [
      'a javascript: link',
      (g) => (g.sources[0]!.url = 'javascript:alert(1)'),
      'sources[0].url',
      /links must be http: or https:, not javascript:/,
      /https:\/\//,
    ],
    ['a disguised javascript: link', (g) => (g.sources[0]!.url = ' JaVa\tScRiPt:alert(1)'), 'sources[0].url', /not javascript:/, /https:\/\//],
    ['a data: link', (g) => (g.sources[0]!.archiveUrl = 'data:text/html,<script>alert(1)</script>'), 'sources[0].archiveUrl', /not data:/, /https:\/\//],
    [
      'a link with a user name',
      (g) => (g.sources[0]!.url = 'https://nytimes.com@evil.example/'),
      'sources[0].url',
      /hides its real host \(evil\.example\)/,
      /https:\/\/evil\.example\//,
    ],
    [
      'an unknown actor, misspelt',
      (g) => (g.events[0]!.actors = ['natoo']),
      'events[0].actors[0]',
      /^no actor has the id "natoo" \(event "bucharest-summit"\)$/,
      /^did you mean "nato"\?$/,
    ],
    [
      'an unknown event, misspelt',
      (g) => (g.quotes[1]!.event = 'putin-speach'),
      'quotes[1].event',
      /^no event has the id "putin-speach" \(quote "putin-buffer"\)$/,
      /^did you mean "putin-speech"\?$/,
    ],
    [
      'an unknown event, unlike any',
      (g) => (g.links[0]!.to = 'zzz'),
      'links[0].to',
      /^no event has the id "zzz" \(link "bucharest-summit" → "zzz"\)$/,
      /^add an event with "id": "zzz" to "events", or correct the id$/,
    ],
    [
      'an unknown source',
      (g) => (g.quotes[0]!.source = 'nato-decl'),
      'quotes[0].source',
      /no source has the id "nato-decl"/,
      /did you mean "nato-declaration"\?/,
    ],
    [
      'an unknown source in "about"',
      (g) => (g.quotes[1]!.about = ['bucharest']),
      'quotes[1].about[0]',
      /no event has the id "bucharest"/,
      /did you mean "bucharest-summit"\?/,
    ],
    [
      'an unknown "via"',
      (g) => (g.sources[1]!.via = 'kommersant'),
      'sources[1].via',
      /no source has the id "kommersant"/,
      /did you mean "kommersant-2008-04-07"\?/,
    ],
    ['a duplicate id', (g) => (g.events[2]!.id = 'bucharest-summit'), 'events[2].id', /^"bucharest-summit" is already the id of events\[0\]$/, /its own id/],
    [
      'a via cycle',
      (g) => (g.sources[2]!.via = 'reuters-2008-04-04'),
      'sources[1].via',
      /^these sources report each other in a circle: "reuters-2008-04-04" → "kommersant-2008-04-07" → "reuters-2008-04-04"/,
      /chain must end at the original/,
    ],
    ['a source that reports itself', (g) => (g.sources[0]!.via = 'nato-declaration'), 'sources[0].via', /reports itself/, /remove or correct/],
    [
      'an id with an invisible character',
      (g) => (g.actors[1]!.id = 'russia\u200b'),
      'actors[1].id',
      /^"russia\\u200b" is not a usable id: it has an invisible character in it \(U\+200B\)$/,
      /^remove the invisible character: "russia"$/,
    ],
    [
      'a reference to an id spoilt by an invisible character',
      (g) => (g.actors[1]!.id = 'russia\u200b'),
      'events[1].actors[0]',
      /^no actor has the id "russia"/,
      /^add an actor with "id": "russia"/,
    ],
    [
      'an id too large for a number',
      (g) => ((g.events[0] as Record<string, unknown>).id = Number('9007199254740993')),
      'events[0].id',
      /^"id" should be text, but is a number too large to be read exactly \(it reads as 9007199254740992\)$/,
      /digit for digit/,
    ],
    ['an id with spaces', (g) => (g.actors[1]!.id = 'the kremlin'), 'actors[1].id', /"the kremlin" is not a usable id/, /letters, digits/],
    ['empty text', (g) => (g.events[0]!.title = '  '), 'events[0].title', /^"title" is empty \(event "bucharest-summit"\)$/, /^write some text$/],
    ['empty optional text', (g) => (g.events[0]!.summary = ''), 'events[0].summary', /^"summary" is empty/, /^write some text, or leave "summary" out$/],
    [
      'a boolean in quotes',
      (g) => (g.events[2]!.approximate = 'true'),
      'events[2].approximate',
      /should be true or false, but is text "true"/,
      /^write true without quotes$/,
    ],
    ['a capitalised link type', (g) => (g.links[0]!.type = 'Causes'), 'links[0].type', /"Causes" is not a link type/, /causes/],
  ])('%s', (_, change, path, message, fix) => {
    const problems = problemsOf(JSON.stringify(graphWith(change)));
    const problem = problems.find((p) => p.path === path);
    expect(problem, `${path} in ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(problem!.severity).toBe('error');
    expect(problem!.message).toMatch(message);
    expect(problem!.fix).toMatch(fix);
  });
});

describe('a file that is not an event graph at all', () => {
  it.each([
    ['[]', /^the file should be a JSON object \{ … \}, but is an empty list$/],
    ['"events"', /^the file should be a JSON object \{ … \}, but is text "events"$/],
    ['null', /^the file should be a JSON object \{ … \}, but is null$/],
    ['{}', /^"version" is missing$/],
  ])('%s', (text, message) => {
    const [first] = problemsOf(text);
    expect(first!.message).toMatch(message);
    expect(first!.fix).toMatch(/"version": 1/);
  });
});

describe('problems are reported all at once', () => {
  it('shape, date, reference and duplicate errors together, in file order, with warnings after', () => {
    const g = graphWith((g) => {
      g.titel = 'typo';
      g.sources[0]!.url = 'javascript:alert(1)';
      g.events[0]!.actors = ['natoo'];
      g.events[1]!.start = 2008;
      g.events[2]!.id = 'bucharest-summit';
      g.events[2]!.end = '2025-02-30';
      g.quotes[0]!.source = 'nope';
      g.links[1]!.from = 'bucharest-sumit';
    });
    expect(problemsOf(JSON.stringify(g)).map((p) => `${p.severity} ${p.path}`)).toEqual([
      'error sources[0].url',
      'error events[0].actors[0]',
      'error events[1].start',
      'error events[2].end',
      'error events[2].id',
      'error quotes[0].source',
      'error links[1].from',
      'error links[1].to', // "georgia-war" is gone: events[2] now has another id
      'warning titel',
    ]);
  });

  it("reports 150,000 errors without running out of stack (zod gathers a list's issues with push(...))", () => {
    const events = Array.from({ length: 150_000 }, (_, i) => ({ id: `e${i}`, title: 'T' }));
    const problems = checkEventGraph({ version: 1, title: 'T', events }).problems;
    expect(problems).toHaveLength(150_000);
    expect(problems.at(-1)).toMatchObject({ path: 'events[149999].start', message: '"start" is missing (event "e149999")' });
  }, 60_000);

  it('still checks references when the shape is wrong elsewhere', () => {
    const g = graphWith((g) => {
      g.title = 5;
      g.quotes[0]!.event = 'nowhere';
    });
    expect(problemsOf(JSON.stringify(g)).map((p) => p.path)).toEqual(['title', 'quotes[0].event']);
  });

  it('does not report references into a section that is not a list', () => {
    const g = graphWith((g) => (g.events = 'none' as unknown as Json['events']));
    expect(problemsOf(JSON.stringify(g)).map((p) => p.path)).toEqual(['events']);
  });

  it('includes warnings (duplicate keys, unknown fields) in the error', () => {
    const text = JSON.stringify(graphWith((g) => (g.events[0]!.start = 'soon'))).replace('"version":1', '"version":1,"version":1');
    expect(problemsOf(text).map((p) => `${p.severity} ${p.path}`)).toEqual(['error events[0].start', 'warning version']);
  });
});

describe('warnings do not stop a file from loading', () => {
  it('returns unknown fields as warnings with a suggestion', () => {
    const g = graphWith((g) => {
      g.events[2]!.titel = 'Russo-Georgian War';
      g.colour = 'blue';
    });
    const { graph, warnings } = parseEventGraph(JSON.stringify(g));
    expect(graph.events).toHaveLength(3);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        path: 'colour',
        message: '"colour" is not a field of the file',
        fix: expect.stringMatching(/^remove it \(it is ignored\); the file has the fields \$schema, version, title/),
      },
      {
        severity: 'warning',
        path: 'events[2].titel',
        message: '"titel" is not a field of an event (event "georgia-war"); did you mean "title"?',
        fix: 'rename it to "title" (unknown fields are ignored)',
      },
    ]);
  });
});

describe('a "__proto__" or "constructor" key never reaches a prototype', () => {
  it.each([
    ['at the top', '"__proto__": {"polluted": "yes"}'],
    ['as "constructor"', '"constructor": {"prototype": {"polluted": "yes"}}'],
  ])('%s', (_, extra) => {
    const text = JSON.stringify(smallGraph).replace(/^\{/, `{${extra},`);
    const { graph, warnings } = parseEventGraph(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(graph)).toBe(Object.prototype);
    expect(warnings.map((w) => w.path)).toEqual([extra.includes('__proto__') ? '__proto__' : 'constructor']);
  });

  it('in an event, and as an id', () => {
    const g = graphWith((g) => {
      g.actors.push({ id: '__proto__', name: 'x' }, { id: 'constructor', name: 'y' });
      g.events[0]!.actors = ['__proto__', 'constructor', 'toString'];
    });
    const text = JSON.stringify(g).replace('"id":"georgia-war"', '"__proto__":{"polluted":"yes"},"id":"georgia-war"');
    const problems = problemsOf(text);
    expect(problems.map((p) => `${p.severity} ${p.path}`)).toEqual(['error actors[2].id', 'error events[0].actors[2]', 'warning events[2].__proto__']);
    expect(problems[1]!.message).toBe('no actor has the id "toString" (event "bucharest-summit")');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ids in any script, with their marks, compared composed (NFC)', () => {
  const withIds = (eventId: string, reference: string) =>
    graphWith((g) => {
      g.events[0]!.id = eventId;
      g.links = [{ from: g.events[1]!.id, to: reference, type: 'references' }];
      g.quotes = [];
    });

  it.each([
    ['a decomposed "café", referred to composed', 'cafe\u0301', 'caf\u00e9'],
    ['a composed "café", referred to decomposed', 'caf\u00e9', 'cafe\u0301'],
    ['Devanagari with its vowel signs', 'हिंदी', 'हिंदी'],
    ['Vietnamese with stacked marks, decomposed', 'vie\u0323\u0302t-nam', 'việt-nam'],
    ['Arabic with its vowel marks', 'مُحَمَّد', 'مُحَمَّد'],
  ])('%s is accepted, and the reference holds', (_what, id, reference) => {
    const { graph } = validateEventGraph(withIds(id, reference));
    expect(graph.eventById.has(id.normalize('NFC'))).toBe(true);
    expect(graph.links[0]!.to).toBe(id.normalize('NFC'));
  });

  it.each([
    ['a mark first', '\u0301cafe', '"\u0301cafe" is not a usable id'],
    ['the same id composed and decomposed', 'dup', '"caf\u00e9" is already the id of events[0]'],
  ])('%s is refused', (what, id, message) => {
    const g = withIds(what.startsWith('the same') ? 'cafe\u0301' : id, 'x');
    if (what.startsWith('the same')) g.events[1]!.id = 'caf\u00e9';
    expect(checkEventGraph(g).problems.map((p) => p.message)).toContainEqual(expect.stringContaining(message));
  });
});

describe('checkEventGraph', () => {
  it('never throws and returns data only when there is no error', () => {
    expect(checkEventGraph(structuredClone(smallGraph)).data?.events).toHaveLength(3);
    expect(checkEventGraph(null)).toEqual({ data: null, problems: [expect.objectContaining({ path: 'file' })] });
  });
});
