import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { riseFor, routeLink, routeLinks } from './link-routes.ts';

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
    ['both ends off screen, the arc over the view', { xPx: -500, yPx: 300 }, { xPx: 2000, yPx: 300 }, [{ end: 'from', side: 'left', xPx: 100 }, { end: 'to', side: 'right', xPx: 1100 }]],
  ] as const)('marks where the arc leaves the plot: %s', (_what, from, to, expected) => {
    const route = routeLink({ key: 'k', from, to }, BOUNDS);
    expect(route.offscreen.map(({ end, side, xPx }) => ({ end, side, xPx }))).toEqual(expected);
    // The marker sits on the arc, above the marks' row.
    for (const o of route.offscreen) expect(o.yPx).toBeLessThan(300);
  });

  it('keeps every offscreen marker on the arc and inside the plot, for any ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 60, max: 900 }), fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 60, max: 900 }), (x0, y0, x1, y1) => {
        const route = routeLink({ key: 'k', from: { xPx: x0, yPx: y0 }, to: { xPx: x1, yPx: y1 } }, BOUNDS);
        for (const o of route.offscreen) {
          expect([BOUNDS.leftPx, BOUNDS.rightPx]).toContain(o.xPx);
          expect(o.yPx).toBeLessThanOrEqual(Math.max(y0, y1) + 1e-6);
          expect(o.yPx).toBeGreaterThanOrEqual(BOUNDS.topPx);
        }
        expect(route.path).not.toContain('NaN');
        expect(route.arrow).not.toContain('NaN');
      }),
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
