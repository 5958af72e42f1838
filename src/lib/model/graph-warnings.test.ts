import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticGraph } from '../../../bench/synthetic.ts';
import { eventGraphSchema } from './schema.ts';
import { graphWarnings } from './graph-warnings.ts';

const base = {
  version: 1,
  title: 'Warnings',
  sources: [{ id: 's', title: 'A report' }],
  events: [
    { id: 'summit', title: 'Summit', start: '2008-04-02', end: '2008-04-04', sources: ['s'] },
    { id: 'war', title: 'War', start: '2008-08-07', end: '2008-08-12', sources: ['s'] },
    { id: 'statement', title: 'Statement', start: '2025-02-18', sources: ['s'] },
  ],
};
const warningsOf = (extra: Record<string, unknown>) => graphWarnings(eventGraphSchema.parse({ ...base, ...extra }));

describe('graphWarnings', () => {
  it('finds nothing in a well-sourced, well-ordered graph', () => {
    expect(warningsOf({ links: [{ from: 'summit', to: 'war', type: 'causes' }] })).toEqual([]);
  });

  it.each([
    [
      'an event with no source',
      { events: [...base.events, { id: 'rumour', title: 'Rumour', start: '2009' }] },
      'events[3].sources',
      /"rumour" rests on no source/,
    ],
    [
      'a quote said before its event',
      { quotes: [{ id: 'q', text: 'Words', said: '2025-02-17', event: 'statement', source: 's' }] },
      'quotes[0].said',
      /said 17 February 2025, outside its event "statement" \(18 February 2025\)/,
    ],
    [
      'a quote said after its event ended',
      { quotes: [{ id: 'q', text: 'Words', said: '2008-04-05', event: 'summit', source: 's' }] },
      'quotes[0].said',
      /outside its event "summit" \(2–4 April 2008\)/,
    ],
    [
      'a "causes" link that runs backwards',
      { links: [{ from: 'statement', to: 'summit', type: 'causes' }] },
      'links[0]',
      /"statement" causes "summit", but "summit" \(2–4 April 2008\) is over before "statement" \(18 February 2025\) begins/,
    ],
    [
      'a cycle of links',
      {
        links: [
          { from: 'summit', to: 'war', type: 'precedes' },
          { from: 'war', to: 'statement', type: 'precedes' },
          { from: 'statement', to: 'summit', type: 'references' },
        ],
      },
      'links[0]',
      /links run in a circle: "summit" → "war" → "statement" → "summit"/,
    ],
    ['a self-link', { links: [{ from: 'war', to: 'war', type: 'references' }] }, 'links[0]', /"war" links to itself/],
  ])('%s', (_what, extra, path, message) => {
    const warnings = warningsOf(extra);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', path });
    expect(warnings[0]!.message).toMatch(message);
    expect(warnings[0]!.fix.length).toBeGreaterThan(10);
  });

  it('allows a quote said on a day within a ranged event, and a reference back in time', () => {
    expect(
      warningsOf({
        quotes: [{ id: 'q', text: 'Words', said: '2008-04-03T10:30', event: 'summit', source: 's' }],
        links: [{ from: 'statement', to: 'summit', type: 'references' }],
      }),
    ).toEqual([]);
  });
});

describe('graphWarnings after edits', () => {
  it('gives what a check from scratch gives, after any edits to events and links (the circles found are reused only for the same links)', () => {
    const parsed = eventGraphSchema.parse(syntheticGraph(300));
    const ids = parsed.events.map((e) => e.id);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('event' as const), at: fc.nat(parsed.events.length - 1), years: fc.integer({ min: -30, max: 30 }) }),
      fc.record({
        kind: fc.constant('link' as const),
        at: fc.nat(parsed.links.length - 1),
        to: fc.constantFrom(...ids),
        type: fc.constantFrom('causes', 'references'),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let data = parsed;
        for (const e of edits) {
          const before = data;
          if (e.kind === 'event') {
            const events = [...data.events];
            const event = events[e.at]!;
            const start = { ...event.start, startMs: event.start.startMs + e.years * 31_556_952_000, endMs: event.start.endMs + e.years * 31_556_952_000 };
            events[e.at] = { ...event, start, end: undefined };
            data = { ...data, events };
          } else {
            const links = [...data.links];
            links[e.at] = { ...links[e.at]!, to: e.to, type: e.type };
            data = { ...data, links };
          }
          const fromScratch = graphWarnings(structuredClone(data));
          graphWarnings(before);
          expect(graphWarnings(data)).toEqual(fromScratch);
        }
      }),
      { numRuns: 40 },
    );
  });
});
