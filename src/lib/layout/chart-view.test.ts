import { describe, expect, it } from 'vitest';
import { indexEdges } from '../model/chains.ts';
import { validateEventGraph } from '../model/validate.ts';
import {
  chartAccessibleName,
  chartGeometry,
  chartKeyAction,
  chipWindow,
  collapsedLabel,
  eventAccessibleName,
  laneCountLabel,
  sightBand,
  drawnLanes,
  LinkWalker,
  nextLayoutBasis,
  markAnchorFor,
  markAnchorPx,
  focusTarget,
  tabbableEventId,
  zoomAbout,
  zoomInAbout,
} from './chart-view.ts';
import type { MarkView } from './timeline-layout.ts';

describe('chartGeometry', () => {
  it.each([
    [1280, 136, 1264],
    [420, 84, 404],
    [100, 84, 134],
  ])('at %i px the gutter is %i px and the plot ends at %i px', (width, gutter, right) => {
    const g = chartGeometry(width);
    expect(g.gutterPx).toBe(gutter);
    expect(g.rightPx).toBe(right);
    expect(g.laneTextPx).toBe(gutter - 26);
    expect(g.overscanPx).toBe((right - gutter) / 4);
  });
  it.each([
    [1920, 56, 110],
    [1280, 56, 110],
    [350, 28, 64],
  ])('at %i px a collapsed stretch is %i px wide and ticks are %i px apart at least', (width, gap, spacing) => {
    expect(chartGeometry(width)).toMatchObject({ gapPx: gap, tickSpacingPx: spacing });
  });
});

describe('nextLayoutBasis', () => {
  const g = chartGeometry(1000);
  const basis = { zoom: { k: 2, x: -100 }, leftPx: g.gutterPx, rightPx: g.rightPx, shiftPx: 0 };
  const panning = { zooming: false, moving: true };
  const atRest = { zooming: false, moving: false };
  it.each([
    ['keeps the basis for a short pan', { k: 2, x: -150 }, panning, true],
    ['keeps the basis for a pan whose scale differs by rounding only (the window round trip)', { k: 2 * (1 + 1e-13), x: -150 }, panning, true],
    ['lays out again once a pan rests (labels for what it brought in)', { k: 2, x: -150 }, atRest, false],
    ['keeps the basis at rest when nothing moved', { k: 2, x: -100 }, atRest, true],
    ['lays out again when the zoom changes at rest', { k: 3, x: -100 }, atRest, false],
    ['keeps the basis while zooming (the canvas draws)', { k: 3, x: -400 }, { zooming: true, moving: true }, true],
  ])('%s', (_, zoom, motion, kept) => {
    const next = nextLayoutBasis(basis, zoom, g, motion);
    expect(next === basis).toBe(kept);
    if (!kept) expect(next).toEqual({ zoom, leftPx: g.gutterPx, rightPx: g.rightPx, shiftPx: 0 });
  });
  it('past half the overscan, a pan lays out again in the same coordinates, across the plot as now seen', () => {
    const first = nextLayoutBasis(basis, { k: 2, x: -100 - g.overscanPx }, g, panning);
    expect(first).toEqual({ ...basis, shiftPx: -g.overscanPx });
    // The marks laid out before keep their positions: the scale (basis zoom) is the same object.
    expect(first.zoom).toBe(basis.zoom);
    expect(nextLayoutBasis(first, { k: 2, x: -100 - g.overscanPx * 1.2 }, g, panning)).toBe(first);
    expect(nextLayoutBasis(first, { k: 2, x: -100 - g.overscanPx * 2 }, g, panning).shiftPx).toBe(-g.overscanPx * 2);
    // At rest, a fresh basis for the zoom as it is.
    expect(nextLayoutBasis(first, { k: 2, x: -100 - g.overscanPx }, g, atRest)).toEqual({
      zoom: { k: 2, x: -100 - g.overscanPx },
      leftPx: g.gutterPx,
      rightPx: g.rightPx,
      shiftPx: 0,
    });
  });
  it('lays out again when the plot is resized', () => {
    expect(nextLayoutBasis(basis, basis.zoom, chartGeometry(800), { zooming: false, moving: false })).not.toBe(basis);
  });
  it('starts from the zoom given', () => {
    expect(nextLayoutBasis(null, { k: 1, x: 0 }, g, { zooming: true, moving: true }).zoom).toEqual({ k: 1, x: 0 });
  });
});

const mark = (id: string, x0Px: number) => ({ laneEvent: { event: { id } }, x0Px }) as unknown as MarkView;

describe('tabbableEventId', () => {
  const marks = [mark('b', 300), mark('a', 150), mark('c', 90)];
  it.each([
    ['the selected event when it is drawn', 'b', 'a', 'b'],
    ['else the one last focused', 'zzz', 'a', 'a'],
    ['else the first in view (left of the plot does not count)', null, null, 'a'],
  ])('%s', (_, selected, focused, expected) => {
    expect(tabbableEventId(marks, selected, focused, 136)).toBe(expected);
  });
  it('is none when nothing is drawn', () => expect(tabbableEventId([], null, null, 0)).toBeNull());
});

const { graph } = validateEventGraph({
  version: 1,
  title: 't',
  actors: [],
  sources: [],
  quotes: [],
  events: [
    { id: 'a', title: 'A', start: '2000' },
    { id: 'b', title: 'B', start: '2001' },
    { id: 'c', title: 'C', start: '2002' },
    { id: 'd', title: 'D', start: '1999' },
  ],
  links: [
    { from: 'a', to: 'c', type: 'causes' },
    { from: 'a', to: 'b', type: 'causes' },
    { from: 'd', to: 'a', type: 'precedes' },
  ],
});

describe('LinkWalker', () => {
  const edges = indexEdges(graph);
  it('walks forward in time order, round and round', () => {
    const walker = new LinkWalker();
    expect([1, 2, 3].map(() => walker.next(graph, edges, 'a', 'downstream'))).toEqual(['b', 'c', 'b']);
  });
  it('walks back along links into the event', () => {
    expect(new LinkWalker().next(graph, edges, 'a', 'upstream')).toBe('d');
  });
  it('has nowhere to go from an event without links that way', () => {
    expect(new LinkWalker().next(graph, edges, 'c', 'downstream')).toBeNull();
  });
});

describe('chartKeyAction', () => {
  const on = { onEvent: true, shiftKey: false, plotWidthPx: 1000, hasSelection: true };
  const off = { ...on, onEvent: false };
  it.each([
    ['+', off, { kind: 'zoom', factor: 1.6 }],
    ['=', on, { kind: 'zoom', factor: 1.6 }],
    ['-', off, { kind: 'zoom', factor: 1 / 1.6 }],
    ['0', off, { kind: 'fit' }],
    ['ArrowLeft', off, { kind: 'pan', px: 150 }],
    ['ArrowRight', { ...off, shiftKey: true }, { kind: 'pan', px: -500 }],
    ['ArrowRight', on, { kind: 'step', by: 1 }],
    ['ArrowLeft', on, { kind: 'step', by: -1 }],
    ['ArrowDown', on, { kind: 'follow', direction: 'downstream' }],
    ['ArrowUp', on, { kind: 'follow', direction: 'upstream' }],
    ['Home', on, { kind: 'first' }],
    ['End', on, { kind: 'last' }],
    ['Escape', on, { kind: 'deselect' }],
    ['Escape', { ...on, hasSelection: false }, null],
    ['ArrowDown', off, null],
    ['x', on, null],
  ] as const)('%s → %j', (key, context, expected) => {
    expect(chartKeyAction(key, context)).toEqual(expected);
  });
});

describe('windows to zoom to', () => {
  it('a chip opens its events with a quarter of their span each side', () => {
    expect(chipWindow({ spanMs: { startMs: 0, endMs: 400 * 3_600_000 } })).toEqual([-100 * 3_600_000, 500 * 3_600_000]);
  });
  it('a chip of one instant opens at least an hour each side', () => {
    expect(chipWindow({ spanMs: { startMs: 0, endMs: 0 } })).toEqual([-3_600_000, 3_600_000]);
  });
  it('zooming in about an instant keeps its place in the window', () => {
    const [a, b] = zoomInAbout([0, 1000], 250, 4);
    expect([a, b]).toEqual([187.5, 437.5]);
    expect((250 - a) / (b - a)).toBeCloseTo(0.25);
  });
});

describe('zoomAbout', () => {
  const g = { gutterPx: 100, rightPx: 1100 };
  const screen = (z: { k: number; x: number }, basePx: number) => basePx * z.k + z.x;
  it('keeps the instant under the pointer under it', () => {
    const from = { k: 2, x: -300 };
    const to = zoomAbout(from, 1.6, g, { pointerPx: 700, selectedBasePx: 200 });
    expect(to.k).toBeCloseTo(3.2);
    expect(screen(to, (700 + 300) / 2)).toBeCloseTo(700);
  });
  it('keeps the selected event where it is when it is in view', () => {
    const from = { k: 2, x: -300 };
    const to = zoomAbout(from, 2, g, { pointerPx: null, selectedBasePx: 400 });
    expect(screen(to, 400)).toBeCloseTo(screen(from, 400));
  });
  it('brings an off-screen selected event to the centre, so zooming in goes towards it', () => {
    const to = zoomAbout({ k: 4, x: -3000 }, 2, g, { pointerPx: 50, selectedBasePx: 150 });
    expect(screen(to, 150)).toBeCloseTo(600);
  });
  it('zooms about the centre of the plot otherwise', () => {
    const from = { k: 1, x: 0 };
    const to = zoomAbout(from, 2, g, { pointerPx: null, selectedBasePx: null });
    expect(screen(to, 600)).toBeCloseTo(600);
  });
});

describe('names read out', () => {
  it('an event: title, date at its precision, actors', () => {
    const { graph } = validateEventGraph({
      version: 1,
      title: 't',
      events: [
        { id: 'x', title: 'Bucharest summit', start: '2008-04-02', end: '2008-04-04' },
        { id: 'y', title: 'Some year', start: '2008', approximate: true },
      ],
    });
    expect(eventAccessibleName(graph.eventById.get('x')!, 'NATO, Ukraine')).toMatch(/^Bucharest summit, 2.+4 April 2008, NATO, Ukraine$/);
    expect(eventAccessibleName(graph.eventById.get('y')!, '')).toBe('Some year, 2008 (approximate)');
  });
  it('the chart: its size, its window and its keys', () => {
    const name = chartAccessibleName(12_345, '1992 – 2025', collapsedLabel([{ startMs: Date.UTC(2024, 6, 1), endMs: Date.UTC(2025, 1, 1) }]));
    expect(name).toMatch(/^Timeline of 12,345 events, 1992 – 2025\. Collapsed: 7 months without events from Jul 2024 – Feb 2025\. Use \+ and − to zoom/);
  });
  it('no collapsed stretches, nothing said of them', () => expect(collapsedLabel([])).toBe(''));
  it.each([
    [{ mode: 'density', visibleCount: 1234, uncountedLabels: 0 }, '1,234 events'],
    [{ mode: 'density', visibleCount: 1234, uncountedLabels: 0, named: 12 }, '1,234 events, 12 named'],
    [{ mode: 'marks', visibleCount: 3, uncountedLabels: 1 }, '+1 label hidden'],
    [{ mode: 'marks', visibleCount: 3, uncountedLabels: 2 }, '+2 labels hidden'],
    [{ mode: 'marks', visibleCount: 3, uncountedLabels: 0 }, null],
  ] as const)('a lane count: %j → %s', (lane, expected) => {
    expect(laneCountLabel(lane)).toBe(expected);
  });
});

describe('markAnchorPx', () => {
  it.each([
    ['a point: its centre', { x0Px: 100.4, x1Px: 100.4 }, 110.4],
    ['a short range: its middle', { x0Px: 100, x1Px: 110 }, 115],
    ['a long bar: none (the instant under the pointer)', { x0Px: 100, x1Px: 300 }, null],
  ])('%s', (_, mark, expected) => {
    expect(markAnchorPx(mark, 10)).toBe(expected);
  });
});

describe('focusTarget', () => {
  const events = ['a', 'b', 'c'].map((id) => ({ id })) as unknown as Parameters<typeof focusTarget>[1];
  it.each([
    [{ kind: 'step', by: 1 }, 'a', 'b'],
    [{ kind: 'step', by: -1 }, 'a', null],
    [{ kind: 'first' }, 'c', 'a'],
    [{ kind: 'last' }, 'a', 'c'],
    [{ kind: 'follow', direction: 'downstream' }, 'a', 'z'],
    [{ kind: 'zoom', factor: 2 }, 'a', null],
  ] as const)('%j from %s → %s', (action, from, expected) => {
    expect(focusTarget(action, events, from, () => 'z')).toBe(expected);
  });
});

describe('markAnchorFor', () => {
  const marks = [{ laneEvent: { event: { id: 'p' } }, x0Px: 50, x1Px: 50 }] as unknown as MarkView[];
  it('anchors at a drawn mark, else nowhere', () => {
    expect(markAnchorFor(marks, 'p', 5)).toBe(55);
    expect(markAnchorFor(marks, 'q', 5)).toBeNull();
    expect(markAnchorFor(marks, null, 5)).toBeNull();
  });
});

describe('the part of a tall chart in sight', () => {
  it('covers the screen with a screen to spare above and half a screen at least below, in steps of half a screen', () => {
    for (const top of [0, -10, -449, -450, -451, -12345, 200]) {
      const band = sightBand(top, 900);
      const [seenTop, seenBottom] = [-top, -top + 900];
      expect(band.topPx).toBeLessThanOrEqual(seenTop - 450);
      expect(band.bottomPx).toBeGreaterThanOrEqual(seenBottom + 450);
      expect(band.topPx % 450 === 0).toBe(true);
    }
    expect(sightBand(-100, 900)).toEqual(sightBand(-400, 900));
  });
  it('lists the lanes drawn with their stripes as counted among all lanes', () => {
    const lane = (index: number, id: string, mode: 'marks' | 'unseen') => ({ index, id, mode }) as never;
    expect(
      drawnLanes([lane(0, 'a', 'unseen'), lane(1, 'b', 'marks'), lane(2, 'c', 'marks')]).map(({ lane, odd }) => [(lane as { id: string }).id, odd]),
    ).toEqual([
      ['b', true],
      ['c', false],
    ]);
    // Laid out with sight, the list starts at the first lane in it: stripes keep their place all the same.
    expect(drawnLanes([lane(7, 'h', 'marks'), lane(8, 'i', 'marks')]).map(({ odd }) => odd)).toEqual([true, false]);
  });
});
