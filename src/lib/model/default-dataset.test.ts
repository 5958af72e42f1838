// Checks the bundled default dataset (data/ukraine-nato.json): it parses cleanly, every reference
// resolves, quotes taken from the stored Euromaidan Press article are verbatim and whole (to the end of
// the article's quotation), claims of cause or contradiction rest on a source, and the story says true things.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventGraph } from './json-file.ts';
import { eventSpanMs, sourceChain } from './graph.ts';
import { formatDate } from './format-date.ts';

const datasetText = readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8');
const articleText = readFileSync(new URL('../../../data/sources/euromaidanpress-2025-02-18-russia-demands-nato-revoke.txt', import.meta.url), 'utf8');
const ARTICLE_URL = 'https://euromaidanpress.com/2025/02/18/russia-demands-nato-revoke-ukraines-2008-membership-promise/';

const { graph, warnings } = parseEventGraph(datasetText);

function eventById(id: string) {
  const event = graph.eventById.get(id);
  if (!event) throw new Error(`no event "${id}" in the default dataset`);
  return event;
}

/** WCAG relative luminance of a #rrggbb or #rgb colour. */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const channel = (i: number) => {
    const v = parseInt(digits.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

describe('the default dataset', () => {
  it('parses without errors or warnings', () => {
    expect(() => parseEventGraph(datasetText)).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('has at least 15 events', () => {
    expect(graph.events.length).toBeGreaterThanOrEqual(15);
  });

  it('covers the Bucharest summit of April 2008 and 12 and 18 February 2025', () => {
    const bucharest = eventById('bucharest-summit');
    expect(bucharest.start.text).toBe('2008-04-02');
    expect(bucharest.end?.text).toBe('2008-04-04');
    const starts = graph.events.map((e) => e.start.text);
    expect(starts.filter((s) => s.startsWith('2008-04')).length).toBeGreaterThanOrEqual(1);
    expect(starts.filter((s) => s === '2025-02-12').length).toBeGreaterThanOrEqual(2);
    expect(starts.filter((s) => s === '2025-02-18').length).toBeGreaterThanOrEqual(3);
  });

  it('gives every event at least one source', () => {
    const unsourced = graph.events.filter((e) => (e.sources ?? []).length === 0).map((e) => e.id);
    expect(unsourced).toEqual([]);
  });

  it('uses every id once per kind', () => {
    for (const [kind, ids] of [
      ['actors', graph.actors.map((a) => a.id)],
      ['sources', graph.sources.map((s) => s.id)],
      ['events', graph.events.map((e) => e.id)],
      ['quotes', graph.quotes.map((q) => q.id)],
    ] as const) {
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates, kind).toEqual([]);
    }
  });

  it('refers only to ids that exist', () => {
    const missing: string[] = [];
    const check = (where: string, id: string | undefined, known: ReadonlyMap<string, unknown>) => {
      if (id !== undefined && !known.has(id)) missing.push(`${where} → ${id}`);
    };
    for (const e of graph.events) {
      for (const a of e.actors ?? []) check(`events.${e.id}.actors`, a, graph.actorById);
      for (const s of e.sources ?? []) check(`events.${e.id}.sources`, s, graph.sourceById);
    }
    for (const q of graph.quotes) {
      check(`quotes.${q.id}.event`, q.event, graph.eventById);
      for (const a of q.about ?? []) check(`quotes.${q.id}.about`, a, graph.eventById);
      check(`quotes.${q.id}.source`, q.source, graph.sourceById);
    }
    for (const s of graph.sources) check(`sources.${s.id}.via`, s.via, graph.sourceById);
    graph.links.forEach((l, i) => {
      check(`links[${i}].from`, l.from, graph.eventById);
      check(`links[${i}].to`, l.to, graph.eventById);
      check(`links[${i}].source`, l.source, graph.sourceById);
    });
    expect(missing).toEqual([]);
  });

  it('cites every source it lists', () => {
    const cited = new Set<string>([
      ...graph.events.flatMap((e) => e.sources ?? []),
      ...graph.quotes.map((q) => q.source),
      ...graph.links.flatMap((l) => (l.source ? [l.source] : [])),
      ...graph.sources.flatMap((s) => (s.via ? [s.via] : [])),
    ]);
    expect(graph.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('ends no event before it starts, and dates each quote within its event', () => {
    for (const e of graph.events) {
      const { startMs, endMs } = eventSpanMs(e);
      expect(endMs, e.id).toBeGreaterThan(startMs);
    }
    for (const q of graph.quotes) {
      if (!q.said) continue;
      const { startMs, endMs } = eventSpanMs(eventById(q.event));
      expect(q.said.startMs, q.id).toBeGreaterThanOrEqual(startMs);
      expect(q.said.endMs, q.id).toBeLessThanOrEqual(endMs);
    }
  });

  // The article credits Reuters for Zakharova's remarks only; its lines on Hegseth and Trump are its own.
  it('traces the Euromaidan Press article to Reuters for Zakharova’s words, and for nothing else', () => {
    const entries = graph.sources.filter((s) => s.url === ARTICLE_URL);
    expect(entries.map((s) => sourceChain(graph, s.id).map((c) => c.publisher))).toEqual([['Euromaidan Press'], ['Euromaidan Press', 'Reuters']]);
    const viaReuters = entries.find((s) => s.via)!.id;
    for (const q of graph.quotes.filter((q) => entries.some((s) => s.id === q.source)))
      expect(q.source === viaReuters, `${q.id} (${q.speaker})`).toBe(q.speaker === 'Maria Zakharova');
    for (const e of graph.events.filter((e) => e.sources?.includes(viaReuters))) expect(e.id).toBe('zakharova-statement');
  });

  describe('quotes from the stored Euromaidan Press article', () => {
    const fromArticle = graph.quotes.filter((q) => sourceChain(graph, q.source).some((s) => s.url === ARTICLE_URL));

    it('are every quote that rests on it', () => {
      expect(fromArticle.map((q) => q.id).sort()).toEqual(['hegseth-unrealistic', 'zakharova-poison', 'zakharova-revoke']);
    });

    it.each(fromArticle.map((q) => [q.id, q] as const))('%s is verbatim, from the article’s opening quotation mark to its closing one', (_id, q) => {
      const at = articleText.indexOf(q.text);
      expect(at, `${q.id}: ${q.text}`).toBeGreaterThanOrEqual(0);
      expect(articleText.indexOf(q.text, at + 1), `${q.id} occurs once`).toBe(-1);
      // It starts where the article's quotation starts…
      expect(articleText[at - 1], `${q.id}: what comes before it`).toBe('“');
      // …and ends where it ends: a full stop inside the quotation marks is part of the words; a comma
      // before the closing mark belongs to the sentence that carries the quote ("…,” Zakharova said).
      const after = articleText.slice(at + q.text.length, at + q.text.length + 2);
      expect(after === '”' || after.startsWith('”') || after === ',”', `${q.id}: what follows it is ${JSON.stringify(after)}`).toBe(true);
    });
  });

  it('gives every link that asserts a cause or a contradiction a source', () => {
    const unsourced = graph.links.filter((l) => (l.type === 'causes' || l.type === 'contradicts') && !l.source).map((l) => `${l.from} ${l.type} ${l.to}`);
    expect(unsourced).toEqual([]);
  });

  it('sets the article’s one word “unrealistic.” in context, pointing to the full sentences in the same event', () => {
    const word = graph.quotes.find((q) => q.id === 'hegseth-unrealistic')!;
    expect(word.note).toMatch(/pre-2014 borders/);
    const sameEvent = (graph.quotesByEvent.get(word.event) ?? []).filter((q) => q.id !== word.id);
    expect(sameEvent.map((q) => q.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('pre-2014 borders is an unrealistic objective'),
        expect.stringContaining('realistic outcome of a negotiated settlement'),
      ]),
    );
    for (const q of sameEvent) expect(word.note).toContain(graph.sourceById.get(q.source)!.publisher!.replace(/^The /, ''));
  });

  it('has Zelenskyy’s words in Ankara on Russia’s and the United States’ positions, marked as translated', () => {
    const ankara = graph.quotesByEvent.get('zelenskyy-ankara') ?? [];
    const q = ankara.find((q) => q.text.includes('Russia’s strong desire'));
    expect(q?.translated).toBe(true);
    expect(q?.speaker).toBe('Volodymyr Zelenskyy');
  });

  it('does not present 18 February 2025 as the first demand to revoke Bucharest', () => {
    const grushko = eventById('grushko-bucharest-demand');
    expect(grushko.start.endMs).toBeLessThanOrEqual(eventById('zakharova-statement').start.startMs);
    expect(graph.links).toContainEqual(expect.objectContaining({ from: 'grushko-bucharest-demand', to: 'bucharest-summit', type: 'references' }));
    expect(graph.links).toContainEqual(expect.objectContaining({ from: 'ukraine-answers-grushko', to: 'grushko-bucharest-demand', type: 'responds-to' }));
    expect(graph.story?.map((s) => s.event)).toContain('grushko-bucharest-demand');
  });

  it('states the span of the chronology truly in the story’s last note', () => {
    const starts = graph.events.map((e) => e.start);
    const first = starts.reduce((a, b) => (b.startMs < a.startMs ? b : a));
    const last = starts.reduce((a, b) => (b.startMs > a.startMs ? b : a));
    const bucharest = eventById('bucharest-summit').start;
    /** Whole years and months from one day to another (UTC), and whether about half a month more. */
    const between = (fromMs: number, toMs: number) => {
      const [a, b] = [new Date(fromMs), new Date(toMs)];
      let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
      if (b.getUTCDate() < a.getUTCDate()) months -= 1;
      const days = (toMs - Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + months, a.getUTCDate())) / 86_400_000;
      return { years: Math.floor(months / 12), months: months % 12, half: days >= 10 && days <= 20 ? '½' : '' };
    };
    const note = graph.story!.at(-1)!.note!;
    expect(note).toContain(`From ${formatDate(first)} to ${formatDate(last)}`);
    const whole = between(first.startMs, last.startMs);
    expect(note).toContain(`${whole.years} years in one view`);
    const since = between(bucharest.startMs, last.startMs);
    expect(note).toContain(`${since.years} years and ${since.months}${since.half} months of them since Bucharest`);
  });

  it('links the Zakharova statement to the Bucharest summit it refers to', () => {
    expect(graph.links).toContainEqual(expect.objectContaining({ from: 'zakharova-statement', to: 'bucharest-summit', type: 'references' }));
    const zakharova = graph.quotes.filter((q) => q.speaker === 'Maria Zakharova');
    expect(zakharova.length).toBeGreaterThanOrEqual(2);
    for (const q of zakharova) {
      expect(q.event).toBe('zakharova-statement');
      expect(q.about).toContain('bucharest-summit');
    }
  });

  it('gives every actor a colour readable as text on white (WCAG 4.5:1)', () => {
    for (const actor of graph.actors) {
      expect(actor.color, actor.id).toBeDefined();
      const contrast = 1.05 / (luminance(actor.color ?? '#ffffff') + 0.05);
      expect(contrast, `${actor.id} ${actor.color}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
