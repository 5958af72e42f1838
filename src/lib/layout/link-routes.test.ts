import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  linksInWindow,
  linkSpans,
  linkSpansSteps,
  linksToShow,
  linksWithEndInWindow,
  riseFor,
  routeLink,
  routeLinks,
  type LinkSpans,
  type LinksToShowOptions,
  type TimeSpan,
} from './link-routes.ts';

const BOUNDS = { leftPx: 100, rightPx: 1100, topPx: 40 };
const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('routeLink', () => {
  it('draws a quadratic arc from one mark to the other, rising above both', () => {
    const route = routeLink({ key: 'link:0', from: { xPx: 200, yPx: 300 }, to: { xPx: 800, yPx: 400 } }, BOUNDS);
    const [x0, y0, cx, cy, x1, y1] = numbers(route.path);
    expect([x0, y0, x1, y1]).toEqual([200, 300, 800, 400]);
    expect(cx).toBe(500);
    expect(cy).toBeLessThan(300);
    expect(route.apex.yPx).toBeLessThan(300);
    expect(route.offscreen).toEqual([]);
  });

  it.each([
    [10, 18],
    [100, 32],
    [1000, 140],
    [100_000, 140],
  ])('rises more for ends farther apart, within limits: %i px apart → %i px', (dx, rise) => {
    expect(riseFor(dx)).toBeCloseTo(rise, 0);
  });

  it('never rises above the top of the plot (the axis is there)', () => {
    const route = routeLink({ key: 'k', from: { xPx: 150, yPx: 60 }, to: { xPx: 1050, yPx: 60 } }, BOUNDS);
    expect(numbers(route.path)[3]).toBeGreaterThanOrEqual(BOUNDS.topPx + 4);
  });

  it('bows sideways between events on the same day in two lanes', () => {
    const route = routeLink({ key: 'k', from: { xPx: 500, yPx: 200 }, to: { xPx: 504, yPx: 400 } }, BOUNDS);
    const [, , cx, cy] = numbers(route.path);
    expect(cx).toBeGreaterThan(504);
    expect(cy).toBe(300);
  });

  it('points its arrow at the `to` end, just short of the mark', () => {
    const route = routeLink({ key: 'k', from: { xPx: 200, yPx: 300 }, to: { xPx: 800, yPx: 300 } }, BOUNDS);
    const tip = numbers(route.arrow).slice(0, 2);
    expect(tip[0]).toBeLessThan(800);
    expect(tip[0]).toBeGreaterThan(785);
    expect(tip[1]).toBeLessThan(300);
  });

  it.each([
    ['the start before the view', { xPx: -5000, yPx: 300 }, { xPx: 700, yPx: 300 }, [{ end: 'from', side: 'left', xPx: 100 }]],
    ['the end after the view', { xPx: 300, yPx: 300 }, { xPx: 9000, yPx: 300 }, [{ end: 'to', side: 'right', xPx: 1100 }]],
    [
      'both ends off screen, the arc over the view',
      { xPx: -500, yPx: 300 },
      { xPx: 2000, yPx: 300 },
      [
        { end: 'from', side: 'left', xPx: 100 },
        { end: 'to', side: 'right', xPx: 1100 },
      ],
    ],
  ] as const)('marks where the arc leaves the plot: %s', (_what, from, to, expected) => {
    const route = routeLink({ key: 'k', from, to }, BOUNDS);
    expect(route.offscreen.map(({ end, side, xPx }) => ({ end, side, xPx }))).toEqual(expected);
    // The marker sits on the arc, above the marks' row.
    for (const o of route.offscreen) expect(o.yPx).toBeLessThan(300);
  });

  it('keeps every offscreen marker on the arc and inside the plot, for any ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 20_000 }),
        fc.integer({ min: 60, max: 900 }),
        fc.integer({ min: -20_000, max: 20_000 }),
        fc.integer({ min: 60, max: 900 }),
        (x0, y0, x1, y1) => {
          const route = routeLink({ key: 'k', from: { xPx: x0, yPx: y0 }, to: { xPx: x1, yPx: y1 } }, BOUNDS);
          for (const o of route.offscreen) {
            expect([BOUNDS.leftPx, BOUNDS.rightPx]).toContain(o.xPx);
            expect(o.yPx).toBeLessThanOrEqual(Math.max(y0, y1) + 1e-6);
            expect(o.yPx).toBeGreaterThanOrEqual(BOUNDS.topPx);
          }
          expect(route.path).not.toContain('NaN');
          expect(route.arrow).not.toContain('NaN');
        },
      ),
      { seed: 4, numRuns: 500 },
    );
  });
});

describe('routeLinks', () => {
  const places: Record<string, { x0Px: number; x1Px: number; yPx: number } | null> = {
    summit: { x0Px: 300, x1Px: 320, yPx: 200 },
    statement: { x0Px: 900, x1Px: 900, yPx: 300 },
    early: { x0Px: -800, x1Px: -800, yPx: 250 },
    earlier: { x0Px: -900, x1Px: -900, yPx: 250 },
    banded: null,
  };
  const place = (id: string) => places[id] ?? null;
  const link = (key: string, from: string, to: string, highlighted = false) => ({ key, from, to, highlighted });

  it('joins a range at the end that faces the other event', () => {
    const [route] = routeLinks([link('a', 'statement', 'summit')], place, BOUNDS, 10);
    expect(numbers(route!.path).slice(-2)).toEqual([320, 200]);
  });

  it('leaves out links to events hidden in a density band, and links wholly off one side', () => {
    expect(routeLinks([link('a', 'summit', 'banded'), link('b', 'early', 'earlier')], place, BOUNDS, 10)).toEqual([]);
  });

  it('keeps a link with one end off screen, marking where it leaves', () => {
    const [route] = routeLinks([link('a', 'statement', 'early')], place, BOUNDS, 10);
    expect(route!.offscreen).toEqual([expect.objectContaining({ end: 'to', side: 'left', xPx: 100 })]);
  });

  it('routes highlighted links first and stops at the budget', () => {
    const routes = routeLinks([link('plain', 'summit', 'statement'), link('chain', 'statement', 'summit', true)], place, BOUNDS, 1);
    expect(routes.map((r) => r.key)).toEqual(['chain']);
  });
});

describe('linksInWindow', () => {
  const span = (startMs: number, endMs: number, isRange = endMs > startMs + 1): TimeSpan => ({ startMs, endMs, isRange });

  it('keeps a link whose ends are drawn, and one that crosses the window from side to side', () => {
    const spans = linkSpans(
      [
        { from: 'a', to: 'b' },
        { from: 'left', to: 'right' },
        { from: 'left', to: 'a' },
      ],
      (id) => ({ a: span(40, 41), b: span(60, 61), left: span(0, 1), right: span(200, 201) })[id],
    );
    expect(linksInWindow(spans, 10, 100, new Set(['a', 'b']))).toEqual([0, 1, 2]);
  });

  it('drops a link with an end in a density band, both ends off one side, or an unknown end', () => {
    const spans = linkSpans(
      [
        { from: 'a', to: 'hidden' },
        { from: 'left', to: 'left2' },
        { from: 'right', to: 'right2' },
        { from: 'a', to: 'nowhere' },
      ],
      (id) => ({ a: span(40, 41), hidden: span(50, 51), left: span(0, 1), left2: span(2, 3), right: span(200, 201), right2: span(300, 301) })[id],
    );
    expect(linksInWindow(spans, 10, 100, new Set(['a']))).toEqual([]);
  });

  it('a range counts as on screen while any of it is, a point by its middle', () => {
    const spans = linkSpans(
      [
        { from: 'range', to: 'far' },
        { from: 'point', to: 'far' },
      ],
      (id) => ({ range: span(0, 20, true), point: span(0, 20, false), far: span(500, 501) })[id],
    );
    // The range reaches into the window, undrawn: its link waits. The point's middle (10) is off screen.
    expect(linksInWindow(spans, 15, 100, new Set())).toEqual([1]);
  });

  it('agrees with placing every end in pixels, for any events, links and window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), fc.boolean()), { minLength: 2, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 600 }),
        (events, pairs, startMs, widthMs) => {
          const byId = new Map(events.map(([s, len, isRange], i) => [`e${i}`, span(s, s + len + 1, isRange)]));
          const drawn = new Set(events.flatMap(([, , , isDrawn], i) => (isDrawn ? [`e${i}`] : [])));
          const links = pairs.map(([a, b]) => ({ from: `e${a % events.length}`, to: `e${b % events.length}` }));
          const endMs = startMs + widthMs;
          // The rule as routeLinks' place() applies it, in pixels of a scale of 2 px per ms.
          const px = (ms: number) => ms * 2;
          const place = (id: string) => {
            const s = byId.get(id)!;
            const [x0, x1] = s.isRange ? [px(s.startMs), px(s.endMs)] : [px((s.startMs + s.endMs) / 2), px((s.startMs + s.endMs) / 2)];
            if (x1 >= px(startMs) && x0 <= px(endMs) && !drawn.has(id)) return null;
            return { x0, x1 };
          };
          const expected = links.flatMap((l, i) => {
            const a = place(l.from);
            const b = place(l.to);
            if (!a || !b) return [];
            if ((a.x1 < px(startMs) && b.x1 < px(startMs)) || (a.x0 > px(endMs) && b.x0 > px(endMs))) return [];
            return [i];
          });
          const spans = linkSpans(links, (id) => byId.get(id));
          expect(linksInWindow(spans, startMs, endMs, drawn)).toEqual(expected);
          // While zooming, only those with an end in the window, found from the drawn marks' links.
          const inView = (id: string) => {
            const s = byId.get(id)!;
            const [lo, hi] = s.isRange ? [s.startMs, s.endMs] : [(s.startMs + s.endMs) / 2, (s.startMs + s.endMs) / 2];
            return hi >= startMs && lo <= endMs;
          };
          expect(linksWithEndInWindow(spans, startMs, endMs, drawn)).toEqual(expected.filter((i) => inView(links[i]!.from) || inView(links[i]!.to)));
        },
      ),
      { seed: 2008, numRuns: 300 },
    );
  });
});

describe('linksToShow', () => {
  const span = (startMs: number, endMs: number, isRange = endMs > startMs + 1): TimeSpan => ({ startMs, endMs, isRange });

  /** What it gives, as the window's links filtered and every crossing one sorted by length would give it (ties to the earlier). */
  function bySorting(spans: LinkSpans, startMs: number, endMs: number, drawn: ReadonlySet<string>, options: LinksToShowOptions): number[] {
    const inView = (lo: number, hi: number) => hi >= startMs && lo <= endMs;
    const endIn = (i: number) => inView(spans.fromLo[i]!, spans.fromHi[i]!) || inView(spans.toLo[i]!, spans.toHi[i]!);
    const chained = (i: number) => options.inChain?.(i) ?? false;
    const shown = linksInWindow(spans, startMs, endMs, drawn);
    if (options.endInView) return shown.filter((i) => endIn(i) || chained(i));
    const crosses = (i: number) => !endIn(i) && !chained(i);
    const crossing = shown.filter(crosses);
    if (crossing.length <= options.most) return shown;
    const lengthMs = (i: number) => Math.max(spans.fromHi[i]!, spans.toHi[i]!) - Math.min(spans.fromLo[i]!, spans.toLo[i]!);
    const kept = new Set(crossing.sort((a, b) => lengthMs(a) - lengthMs(b) || a - b).slice(0, options.most));
    return shown.filter((i) => !crosses(i) || kept.has(i));
  }

  it('gives the links with an end in view, the chain’s, and the shortest that only cross the view, in order', () => {
    // Over a window of 100–200: a link inside it, one from inside to far off, three crossing it (lengths 400, 250, 300), one off to the left.
    const byId = new Map([
      ['in', span(150, 150)],
      ['far', span(900, 900)],
      ['l1', span(0, 0)],
      ['l2', span(50, 50)],
      ['r1', span(300, 300)],
      ['r2', span(400, 400)],
      ['off', span(10, 10)],
    ]);
    const links = [
      { from: 'l1', to: 'r2' },
      { from: 'in', to: 'far' },
      { from: 'l2', to: 'r1' },
      { from: 'l1', to: 'r1' },
      { from: 'off', to: 'l1' },
    ];
    const spans = linkSpans(links, (id) => byId.get(id));
    const drawn = new Set(['in']);
    expect(linksToShow(spans, 100, 200, drawn, { endInView: false, inChain: null, most: 5 })).toEqual([0, 1, 2, 3]);
    expect(linksToShow(spans, 100, 200, drawn, { endInView: false, inChain: null, most: 1 })).toEqual([1, 2]);
    expect(linksToShow(spans, 100, 200, drawn, { endInView: false, inChain: (i) => i === 0, most: 1 })).toEqual([0, 1, 2]);
    expect(linksToShow(spans, 100, 200, drawn, { endInView: true, inChain: null, most: 5 })).toEqual([1]);
    expect(linksToShow(spans, 100, 200, drawn, { endInView: true, inChain: (i) => i === 3, most: 5 })).toEqual([1, 3]);
  });

  it('agrees with filtering the window’s links and sorting the crossing ones, for any events, links, window and chain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), fc.boolean()), { minLength: 2, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 60 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (events, pairs, startMs, widthMs, most, endInView) => {
          const byId = new Map(events.map(([s, len, isRange], i) => [`e${i}`, span(s, s + len + 1, isRange)]));
          const drawn = new Set(events.flatMap(([, , , isDrawn], i) => (isDrawn ? [`e${i}`] : [])));
          const links = pairs.map(([a, b]) => ({ from: `e${a % events.length}`, to: `e${b % events.length}` }));
          const chain = pairs.some(([, , c]) => c) ? (i: number) => pairs[i]![2] : null;
          const spans = linkSpans(links, (id) => byId.get(id));
          const options = { endInView, inChain: chain, most };
          expect(linksToShow(spans, startMs, startMs + widthMs, drawn, options)).toEqual(bySorting(spans, startMs, startMs + widthMs, drawn, options));
        },
      ),
      { seed: 2025, numRuns: 500 },
    );
  });
});

describe('routeLink, ends far off screen', () => {
  const quad = (p: number[], t: number) => [0, 1].map((k) => (1 - t) ** 2 * p[k]! + 2 * (1 - t) * t * p[2 + k]! + t * t * p[4 + k]!);

  it('keeps the path within the plot and a margin, whatever the distance to its ends', () => {
    const route = routeLink({ key: 'far', from: { xPx: -5_000_000, yPx: 300 }, to: { xPx: 9_000_000, yPx: 400 } }, BOUNDS);
    const [x0, , , , x1] = numbers(route.path);
    expect(x0).toBeGreaterThanOrEqual(BOUNDS.leftPx - 48 - 0.1);
    expect(x1).toBeLessThanOrEqual(BOUNDS.rightPx + 48 + 0.1);
    expect(route.offscreen.map((o) => o.side)).toEqual(['left', 'right']);
  });

  it('the part kept is the same curve: any point of it lies on the uncut arc', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000, max: 2_000_000 }),
        fc.integer({ min: -2_000_000, max: 2_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x0, x1, t) => {
          fc.pre(Math.abs(x1 - x0) >= 12);
          const input = { key: 'k', from: { xPx: x0, yPx: 300 }, to: { xPx: x1, yPx: 420 } };
          const cut = numbers(routeLink(input, BOUNDS).path);
          const whole = numbers(routeLink(input, { leftPx: -1e9, rightPx: 1e9, topPx: BOUNDS.topPx }).path);
          const [x, y] = quad(cut, t);
          // The uncut arc at the same x (x is linear in t along it) has the same y.
          const s = (x! - whole[0]!) / (whole[4]! - whole[0]!);
          expect(Math.abs(quad(whole, s)[1]! - y!)).toBeLessThan(0.5);
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe('linkSpansSteps', () => {
  const links = Array.from({ length: 10_000 }, (_, i) => ({ from: `e${i % 700}`, to: `e${(i * 7) % 900}` }));
  const spanOf = (id: string): TimeSpan => ({ startMs: Number(id.slice(1)), endMs: Number(id.slice(1)) + 1, isRange: false });

  it('indexes the links by event in its steps, the same index linkSpans builds at first use', () => {
    const steps = linkSpansSteps(links, spanOf);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // A step per 1,024 links for their spans, then as many for the index: no one step indexes them all.
    expect(yields).toBe(2 * Math.floor(links.length / 1024));
    const lazy = linkSpans(links, spanOf);
    for (const id of ['e0', 'e5', 'e699', 'e899', 'e1000']) expect(step.value.touching(id)).toEqual(lazy.touching(id));
    expect(step.value.touching('e0')).toEqual(links.flatMap((l, i) => (l.from === 'e0' || l.to === 'e0' ? [i] : [])));
  });
});
