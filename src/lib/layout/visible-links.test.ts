import { describe, expect, it } from 'vitest';
import { distinctEdges, indexEdges } from '../model/chains.ts';
import { utcMs } from '../model/dates.ts';
import { LINK_TYPES } from '../model/schema.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { makeTimeScale } from '../scale/time-scale.ts';
import { laneSpan } from './lanes.ts';
import { linkSpans } from './link-routes.ts';
import { prepareTimeline } from './prepare-timeline.ts';
import { LAYOUT, layoutTimeline } from './timeline-layout.ts';
import { LINK_BUDGET, linkStyleOf, visibleLinks } from './visible-links.ts';

const measure = (s: string) => s.length * 7;

async function setUp(events: { id: string; start: string; end?: string; actors?: string[] }[], links: { from: string; to: string; type: string }[]) {
  const { graph } = parseEventGraph(
    JSON.stringify({
      version: 1,
      title: 'Links',
      actors: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      events: events.map((e) => ({ title: e.id, ...e })),
      links,
    }),
  );
  const prepared = await prepareTimeline(graph, async () => {});
  const edges = indexEdges(graph);
  const drawable = distinctEdges(edges, new Set());
  const spans = linkSpans(drawable, (id) => laneSpan(prepared.laneOf.get(id)?.event));
  return { prepared, drawable, spans };
}

describe('visibleLinks', () => {
  it('routes a link between two drawn marks, from the earlier event to the later, inside the plot', async () => {
    const { prepared, drawable, spans } = await setUp(
      [
        { id: 'one', start: '2008-04-03', actors: ['a'] },
        { id: 'two', start: '2008-09-01', actors: ['b'] },
      ],
      [{ from: 'one', to: 'two', type: 'causes' }],
    );
    const scale = makeTimeScale([utcMs(2008), utcMs(2009)], 100, 1100);
    const layout = layoutTimeline(prepared.lanes, scale, { measure, leftPx: 100, rightPx: 1100, topPx: 36 });
    const routes = visibleLinks({ drawable, spans, laneOf: prepared.laneOf, layout, scale, leftPx: 100, rightPx: 1100, topPx: 36, budget: 10 });
    expect(routes).toHaveLength(1);
    expect(routes[0]!.key).toBe(drawable[0]!.key);
    expect(routes[0]!.offscreen).toEqual([]);
    const one = layout.marks.find((m) => m.laneEvent.event.id === 'one')!;
    const [x, y] = /^M([-\d.]+),([-\d.]+)/.exec(routes[0]!.path)!.slice(1).map(Number);
    expect(x).toBeCloseTo(one.x0Px, 0);
    expect(y).toBeCloseTo(one.yPx, 0);
  });

  it('ends a link where its mark is drawn, though the view moved it out of its time row', async () => {
    // Two short ranges a day apart share time row 0; across a decade each is drawn 8 px wide, so
    // the view stacks the second one row lower.
    const { prepared, drawable, spans } = await setUp(
      [
        { id: 'one', start: '2005-04-01', end: '2005-04-02', actors: ['a'] },
        { id: 'two', start: '2005-04-04', end: '2005-04-05', actors: ['a'] },
        { id: 'far', start: '2008-06-01', actors: ['b'] },
      ],
      [{ from: 'two', to: 'far', type: 'causes' }],
    );
    const scale = makeTimeScale([utcMs(2000), utcMs(2010)], 0, 1000);
    const markRows = new Map([['a', 2]]);
    const layout = layoutTimeline(prepared.lanes, scale, { measure, leftPx: 0, rightPx: 1000, topPx: 36, markRows });
    const two = layout.marks.find((m) => m.laneEvent.event.id === 'two')!;
    expect(two.laneEvent.row).toBe(0);
    expect(two.yPx).toBe(layout.marks.find((m) => m.laneEvent.event.id === 'one')!.yPx + LAYOUT.markRowPx);
    const [route] = visibleLinks({ drawable, spans, laneOf: prepared.laneOf, layout, scale, leftPx: 0, rightPx: 1000, topPx: 36, budget: 10 });
    const [, y] = /^M([-\d.]+),([-\d.]+)/.exec(route!.path)!.slice(1).map(Number);
    expect(y).toBeCloseTo(two.yPx, 0);
  });

  it('leaves out a link whose on-screen end is inside a density band, and keeps the budget, highlighted links first', async () => {
    // 400 events a day apart in lane a: far too dense to draw one by one in a 300 px plot.
    const dense = Array.from({ length: 400 }, (_, i) => ({ id: `d${i}`, start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), actors: ['a'] }));
    const far = Array.from({ length: 3 }, (_, i) => ({ id: `f${i}`, start: `201${i}-06-01`, actors: ['b'] }));
    const { prepared, drawable, spans } = await setUp(
      [...dense, ...far],
      [
        { from: 'd5', to: 'f0', type: 'causes' },
        { from: 'f0', to: 'f1', type: 'precedes' },
        { from: 'f1', to: 'f2', type: 'references' },
      ],
    );
    const scale = makeTimeScale([utcMs(2000), utcMs(2013)], 0, 300);
    const layout = layoutTimeline(prepared.lanes, scale, { measure, leftPx: 0, rightPx: 300 });
    expect(layout.densities.map((d) => d.laneId)).toContain('a');
    const all = visibleLinks({ drawable, spans, laneOf: prepared.laneOf, layout, scale, leftPx: 0, rightPx: 300, topPx: 0, budget: 10 });
    expect(all.map((r) => r.key)).toEqual([drawable[1]!.key, drawable[2]!.key]);
    const one = visibleLinks({
      drawable,
      spans,
      laneOf: prepared.laneOf,
      layout,
      scale,
      leftPx: 0,
      rightPx: 300,
      topPx: 0,
      budget: 1,
      chain: new Set([drawable[2]!.key]),
    });
    expect(one.map((r) => r.key)).toEqual([drawable[2]!.key]);
  });

  it('while zooming, leaves out arcs whose both ends are off screen, unless they are in the highlighted chain', async () => {
    const { prepared, drawable, spans } = await setUp(
      [
        { id: 'left', start: '2001-06-01', actors: ['a'] },
        { id: 'middle', start: '2005-06-01', actors: ['b'] },
        { id: 'right', start: '2009-06-01', actors: ['a'] },
      ],
      [
        { from: 'left', to: 'right', type: 'causes' },
        { from: 'left', to: 'middle', type: 'references' },
      ],
    );
    const scale = makeTimeScale([utcMs(2005), utcMs(2006)], 100, 1100);
    const layout = layoutTimeline(prepared.lanes, scale, { measure, leftPx: 100, rightPx: 1100, topPx: 36 });
    const base = { drawable, spans, laneOf: prepared.laneOf, layout, scale, leftPx: 100, rightPx: 1100, topPx: 36, budget: 10 };
    expect(visibleLinks(base).map((r) => r.key)).toEqual([drawable[0]!.key, drawable[1]!.key]);
    expect(visibleLinks({ ...base, endInView: true }).map((r) => r.key)).toEqual([drawable[1]!.key]);
    expect(visibleLinks({ ...base, endInView: true, chain: new Set([drawable[0]!.key]) }).map((r) => r.key)).toEqual([drawable[0]!.key, drawable[1]!.key]);
  });

  it('at rest, keeps only the shortest of many arcs that merely cross the view, and any in the chain', async () => {
    // 20 arcs from 2001 to 2007–2010, over a view of 2005: only crossing it.
    const left = Array.from({ length: 20 }, (_, i) => ({ id: `l${i}`, start: `2001-06-${String(i + 1).padStart(2, '0')}`, actors: ['a'] }));
    const right = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, start: `${2007 + Math.floor(i / 6)}-0${1 + (i % 6)}-15`, actors: ['b'] }));
    const { prepared, drawable, spans } = await setUp(
      [...left, ...right, { id: 'here', start: '2005-06-01', actors: ['a'] }],
      left.map((l, i) => ({ from: l.id, to: `r${i}`, type: 'causes' })),
    );
    const scale = makeTimeScale([utcMs(2005), utcMs(2006)], 100, 1100);
    const layout = layoutTimeline(prepared.lanes, scale, { measure, leftPx: 100, rightPx: 1100, topPx: 36 });
    const base = { drawable, spans, laneOf: prepared.laneOf, layout, scale, leftPx: 100, rightPx: 1100, topPx: 36, budget: LINK_BUDGET.rest };
    const keys = visibleLinks(base).map((r) => r.key);
    expect(keys).toHaveLength(LINK_BUDGET.crossing);
    // The 12 shortest: l0→r0 … l11→r11 (r0–r11 fall in 2007 and 2008, the rest later).
    expect(keys).toEqual(drawable.slice(0, 12).map((e) => e.key));
    const chained = visibleLinks({ ...base, chain: new Set([drawable[19]!.key]) }).map((r) => r.key);
    expect(chained).toContain(drawable[19]!.key);
    expect(chained).toHaveLength(LINK_BUDGET.crossing + 1);
  });

  it('names each known type its own style, any other type "other"; fewer links while moving', () => {
    expect(['causes', 'responds-to', 'references', 'contradicts', 'precedes', 'about'].map(linkStyleOf)).toEqual([
      'causes',
      'responds-to',
      'references',
      'contradicts',
      'precedes',
      'about',
    ]);
    expect(linkStyleOf('inspired')).toBe('other');
    for (const type of LINK_TYPES) expect(linkStyleOf(type)).toBe(type);
    expect(LINK_BUDGET.moving).toBeLessThan(LINK_BUDGET.rest);
  });
});
