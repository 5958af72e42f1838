import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcMs } from '../model/dates.ts';
import { constrainZoom, focusZoom, IDENTITY, makeTimeScale, maxZoom, visibleWindowMs, zoomedScale, zoomToWindow, type ZoomState } from './time-scale.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = utcMs(2000);
/** 1000 days across 1000 px: one pixel is one day, so the arithmetic below reads in days. */
const base = makeTimeScale([T0, T0 + 1000 * DAY], 0, 1000);
const days = (startDay: number, endDay: number) => ({ startMs: T0 + startDay * DAY, endMs: T0 + endDay * DAY });
const domainDays = (zoom: ZoomState) => visibleWindowMs(zoomedScale(base, zoom), 0, 1000).map((ms) => (ms - T0) / DAY);

describe('zoomedScale', () => {
  it.each([
    // zoom, visible domain in days
    ['identity', IDENTITY, [0, 1000]],
    ['k=2 about x=0', { k: 2, x: 0 }, [0, 500]],
    ['k=2 about x=500', { k: 2, x: -500 }, [250, 750]],
    ['k=2 about x=1000', { k: 2, x: -1000 }, [500, 1000]],
    ['k=4 about x=250', { k: 4, x: -750 }, [187.5, 437.5]],
    ['a pan at k=1', { k: 1, x: -100 }, [100, 1100]],
  ] as const)('%s', (_what, zoom, expected) => {
    const [d0, d1] = domainDays(zoom);
    expect(d0).toBeCloseTo(expected[0], 6);
    expect(d1).toBeCloseTo(expected[1], 6);
    // A window past the extent (the pan) is not one a view can ask for: see "past the extent" below.
    if (expected[1] <= 1000) expect(zoomToWindow(base, [T0 + expected[0] * DAY, T0 + expected[1] * DAY], 0, 1000).k).toBeCloseTo(zoom.k, 9);
  });

  it.each([0, 120, 500, 999])('zooming about x=%i keeps the instant under it in place', (xPx) => {
    for (const k of [1, 2, 7.5, 300]) {
      const zoomed = zoomedScale(base, { k, x: xPx * (1 - k) });
      expect(+zoomed.invert(xPx)).toBeCloseTo(+base.invert(xPx), -1);
    }
  });

  it('does not change the base scale', () => {
    zoomedScale(base, { k: 3, x: -100 });
    expect(base.domain().map(Number)).toEqual([T0, T0 + 1000 * DAY]);
  });
});

describe('maxZoom: until an hour is 600 px wide', () => {
  it.each([
    // extent, pixels, max k
    ['one day across 1000 px', DAY, 1000, 14.4],
    ['one day across 500 px', DAY, 500, 28.8],
    ['1000 days across 1000 px', 1000 * DAY, 1000, 14_400],
    ['an hour across 1000 px: no zoom', HOUR, 1000, 1],
    ['a minute: never below 1', 60_000, 1000, 1],
  ] as const)('%s', (_what, spanMs, widthPx, expected) => {
    const scale = makeTimeScale([T0, T0 + spanMs], 0, widthPx);
    expect(maxZoom(scale)).toBeCloseTo(expected, 9);
    const deepest = zoomedScale(scale, { k: maxZoom(scale), x: 0 });
    if (expected > 1) expect(deepest(T0 + HOUR) - deepest(T0)).toBeCloseTo(600, 6);
  });
});

describe('constrainZoom keeps the data on screen and k in [1, maxZoom]', () => {
  const MAX = maxZoom(base);
  it.each([
    ['inside the limits: unchanged', { k: 2, x: -300 }, { k: 2, x: -300 }],
    ['identity: unchanged', { k: 1, x: 0 }, { k: 1, x: 0 }],
    ['zoomed out past the whole: k=1', { k: 0.5, x: 100 }, { k: 1, x: 0 }],
    ['panned right past the start', { k: 2, x: 100 }, { k: 2, x: 0 }],
    ['panned left past the end', { k: 2, x: -1500 }, { k: 2, x: -1000 }],
    ['at k=1 no pan at all', { k: 1, x: -40 }, { k: 1, x: 0 }],
    ['zoomed in past an hour: maxZoom', { k: 1e9, x: 0 }, { k: MAX, x: 0 }],
    ['zoomed in past an hour, at the end', { k: 1e9, x: -1e12 }, { k: MAX, x: 1000 * (1 - MAX) }],
  ] as const)('%s', (_what, zoom, expected) => {
    const { k, x } = constrainZoom(zoom, base);
    expect({ k, x: x + 0 }).toEqual(expected);
  });

  it('for any zoom, both ends of the data stay at or beyond the screen edges', () => {
    const framed = makeTimeScale([T0, T0 + 1000 * DAY], 100, 900);
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.double({ min: -1e8, max: 1e8, noNaN: true }), (k, x) => {
        for (const scale of [base, framed]) {
          const [r0, r1] = scale.range() as [number, number];
          const z = constrainZoom({ k, x }, scale);
          expect(z.k).toBeGreaterThanOrEqual(1);
          expect(z.k).toBeLessThanOrEqual(maxZoom(scale));
          expect(r0 * z.k + z.x).toBeLessThanOrEqual(r0 + 1e-6);
          expect(r1 * z.k + z.x).toBeGreaterThanOrEqual(r1 - 1e-6);
          expect(constrainZoom(z, scale)).toEqual(z);
        }
      }),
      { seed: 20250218, numRuns: 300 },
    );
  });
});

describe('focusZoom brings a span into view with the least change', () => {
  it.each([
    // current zoom, span in days, expected zoom (null: the current one, unchanged)
    ['well inside at k=1: no change', IDENTITY, [400, 410], null],
    ['well inside at k=4: no change', { k: 4, x: -1600 }, [480, 490], null],
    ['near the left edge at k=1: cannot pan further', IDENTITY, [50, 52], { k: 1, x: 0 }],
    ['off screen right at k=4: pans to centre it, same k', { k: 4, x: 0 }, [600, 610], { k: 4, x: 500 - 605 * 4 }],
    ['off screen left at k=4: pans to centre it', { k: 4, x: -3000 }, [400, 410], { k: 4, x: 500 - 405 * 4 }],
    ['off screen left near the start: pans only to the start', { k: 4, x: -3000 }, [100, 110], { k: 4, x: 0 }],
    ['inside but within the edge tenth: centred', { k: 4, x: 0 }, [240, 245], { k: 4, x: 500 - 242.5 * 4 }],
    ['near the end of the data: pans only to the end', { k: 4, x: 0 }, [990, 995], { k: 4, x: -3000 }],
    ['wider than the view: zooms out to fill 60%', { k: 4, x: 0 }, [100, 400], { k: 2, x: 0 }],
    ['wider than the view, off centre', { k: 10, x: 0 }, [600, 700], { k: 6, x: 500 - 650 * 6 }],
    ['wider than the whole data: k=1', { k: 10, x: -5000 }, [-100, 1100], { k: 1, x: 0 }],
  ] as const)('%s', (_what, current, [startDay, endDay], expected) => {
    const result = focusZoom(base, current, days(startDay, endDay));
    if (expected === null) expect(result).toBe(current);
    else {
      expect(result.k).toBeCloseTo(expected.k, 9);
      expect(result.x).toBeCloseTo(expected.x, 6);
    }
  });

  it('afterwards the span is on screen, unless it is wider than all the data', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 999, noNaN: true }),
        fc.double({ min: 0.01, max: 300, noNaN: true }),
        (k, pan, startDay, lengthDays) => {
          const current = constrainZoom({ k, x: -pan * 1000 * (k - 1) }, base);
          const span = days(startDay, Math.min(1000, startDay + lengthDays));
          const view = zoomedScale(base, focusZoom(base, current, span));
          expect(view(span.startMs)).toBeGreaterThanOrEqual(-1e-6);
          expect(view(span.endMs)).toBeLessThanOrEqual(1000 + 1e-6);
        },
      ),
      { seed: 2008, numRuns: 400 },
    );
  });
});

describe('zoomToWindow, past the extent', () => {
  it('a window reaching past the end of the data shows as much of it as lies within', () => {
    const base = makeTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 0, 1000);
    const z = zoomToWindow(base, [Date.UTC(2008, 0, 1), Date.UTC(2014, 0, 1)], 0, 1000);
    expect(z.k).toBeCloseTo(5, 1);
    expect(visibleWindowMs(zoomedScale(base, z), 0, 1000)[1]).toBeCloseTo(Date.UTC(2010, 0, 1), -5);
  });
});
