import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utcMs } from '../model/dates.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { constrainZoom, makeTimeScale, zoomedScale } from '../scale/time-scale.ts';
import { LABEL_GAP_PX } from './labels.ts';
import { assignLanes, laneEndMs, laneStartMs } from './lanes.ts';
import { fitMarkRows, footprintPx, MARK_GAP_PX } from './mark-rows.ts';
import { laneOverview, OVERVIEW, type LaneOverview } from './named-overview.ts';
import { bisectLeft } from 'd3-array';
import {
  densityBars,
  densityPath,
  fitLabelRows,
  laneHeightPx,
  LAYOUT,
  layoutTimeline,
  type LaneView,
  type MarkView,
  type TimelineView,
} from './timeline-layout.ts';

const measure = (s: string) => s.length * 7;
/** Every scale in these tests spans the same 1000 px plot. */
const SCREEN = { leftPx: 0, rightPx: 1000 } as const;

type EventRow = { id: string; title?: string; start: string; end?: string; actors?: string[]; summary?: string };
function lanesOf(events: readonly EventRow[], actors: readonly string[] = []) {
  const json = {
    version: 1,
    title: 'Layout',
    actors: actors.map((id) => ({ id, name: id.toUpperCase() })),
    events: events.map((e) => ({ title: e.id, ...e })),
  };
  return assignLanes(parseEventGraph(JSON.stringify(json)).graph);
}

const yearScale = (year: number) => makeTimeScale([utcMs(year), utcMs(year + 1)], 0, 1000);
const markById = (view: TimelineView, id: string) => view.marks.find((m) => m.laneEvent.event.id === id);

describe('layoutTimeline culls marks outside the view', () => {
  const lanes = lanesOf([
    { id: 'long-before', start: '2005-06-01' },
    { id: 'just-before', start: '2007-12-20' },
    { id: 'edge-of-view', start: '2007-12-31' },
    { id: 'inside', start: '2008-04-03' },
    { id: 'overlaps-start', start: '2007-06', end: '2008-02' },
    { id: 'covers-view', start: '2005', end: '2012' },
    { id: 'overlaps-end', start: '2008-12-20', end: '2009-01-10' },
    { id: 'just-after', start: '2009-01-10' },
    { id: 'long-after', start: '2010' },
  ]);
  const view = layoutTimeline(lanes, yearScale(2008), { ...SCREEN, measure });

  it.each([
    // event, drawn
    ['long-before', false],
    ['just-before', false],
    ['edge-of-view', true], // drawn at -1.4 px: half its dot still shows
    ['inside', true],
    ['overlaps-start', true],
    ['covers-view', true],
    ['overlaps-end', true],
    ['just-after', false],
    ['long-after', false],
  ] as const)('%s: %s', (id, drawn) => {
    expect(markById(view, id) !== undefined).toBe(drawn);
  });

  it('anchors the label of a range that began before the view at the left edge', () => {
    const mark = markById(view, 'covers-view')!;
    expect(mark.x0Px).toBeLessThan(0);
    expect(mark.label?.leaderXPx).toBe(0);
    expect(mark.label?.xPx).toBe(0);
  });
});

describe('layoutTimeline draws each event where and as wide as its dates say', () => {
  const lanes = lanesOf([
    { id: 'summit', start: '2008-04-02', end: '2008-04-04' },
    { id: 'year-range', start: '2008', end: '2008' },
    { id: 'decade', start: '2000', end: '2009' },
    { id: 'year', start: '2008' },
    { id: 'month', start: '2008-04' },
    { id: 'day', start: '2008-04-03' },
    { id: 'minute', start: '2008-04-03T10:30' },
    { id: 'bce', start: '-0490' },
  ]);
  const scale = makeTimeScale([utcMs(-1000), utcMs(2020)], 0, 1000);
  const zoomed = makeTimeScale([utcMs(2000), utcMs(2020)], 0, 1000);

  it.each([
    // event, scale, drawn from (or the middle, when widened), drawn to (null: widened to minRangePx)
    ['summit', 'across 20 years: 0.4 px, widened and centred', zoomed, (utcMs(2008, 4, 2) + utcMs(2008, 4, 5)) / 2, null],
    ['summit', 'across 3000 years: widened and centred', scale, (utcMs(2008, 4, 2) + utcMs(2008, 4, 5)) / 2, null],
    ['summit', 'across a year: 8.2 px, as is', yearScale(2008), utcMs(2008, 4, 2), utcMs(2008, 4, 5)],
    ['year-range', 'across 20 years: 50 px, as is', zoomed, utcMs(2008), utcMs(2009)],
    ['decade', 'across 20 years: as is', zoomed, utcMs(2000), utcMs(2010)],
  ] as const)('%s %s', (id, _what, s, fromMs, toMs) => {
    const mark = markById(layoutTimeline(lanes, s, { ...SCREEN, measure }), id)!;
    if (toMs === null) {
      expect(mark.x1Px - mark.x0Px).toBeCloseTo(LAYOUT.minRangePx, 9);
      expect((mark.x0Px + mark.x1Px) / 2).toBeCloseTo(s(fromMs), 9);
      expect(mark.spanX1Px - mark.spanX0Px).toBeLessThan(1);
    } else {
      expect(mark.x0Px).toBeCloseTo(s(fromMs), 9);
      expect(mark.x1Px).toBeCloseTo(s(toMs), 9);
    }
  });

  it.each([
    // event, middle of the span its date names, span start, span end
    ['year', utcMs(2008, 7, 2), utcMs(2008), utcMs(2009)], // 2008 has 366 days
    ['month', utcMs(2008, 4, 16), utcMs(2008, 4), utcMs(2008, 5)],
    ['day', utcMs(2008, 4, 3, 12), utcMs(2008, 4, 3), utcMs(2008, 4, 4)],
    ['minute', utcMs(2008, 4, 3, 10, 30, 30), utcMs(2008, 4, 3, 10, 30), utcMs(2008, 4, 3, 10, 31)],
    ['bce', utcMs(-490, 7, 2, 12), utcMs(-490), utcMs(-489)], // 491 BCE has 365 days
  ] as const)('a %s point sits at the middle of its span', (id, midMs, startMs, endMs) => {
    for (const s of [scale, zoomed, yearScale(2008), makeTimeScale([utcMs(2008, 4, 3), utcMs(2008, 4, 4)], 0, 1000)]) {
      const mark = markById(layoutTimeline(lanes, s, { ...SCREEN, measure }), id);
      if (!mark) continue;
      expect(mark.x0Px).toBeCloseTo(s(midMs), 6);
      expect(mark.x1Px).toBe(mark.x0Px);
      expect(mark.spanX0Px).toBeCloseTo(s(startMs), 6);
      expect(mark.spanX1Px).toBeCloseTo(s(endMs), 6);
    }
    expect(markById(layoutTimeline(lanes, scale, { ...SCREEN, measure }), id)).toBeDefined();
  });
});

describe('layoutTimeline stacks lanes', () => {
  const lanes = lanesOf(
    [
      { id: 'a1', start: '2008-01', end: '2008-06', actors: ['a'] },
      { id: 'a2', start: '2008-03', end: '2008-09', actors: ['a'] },
      { id: 'b1', start: '2008-04-03', actors: ['b'] },
      { id: 'n1', start: '2008-05-01' },
      { id: 'n2', start: '2008-05-02' },
      { id: 'n3', start: '2008-05-03' },
      { id: 'n4', start: '2008-05-04' },
    ],
    ['a', 'b'],
  );

  it.each([0, 36])('from topPx=%i, lane after lane, summing to heightPx', (topPx) => {
    const view = layoutTimeline(lanes, yearScale(2008), { ...SCREEN, measure, topPx });
    expect(view.lanes.map((l) => l.id)).toEqual(['a', 'b', '']);
    let y = topPx;
    for (const [i, lane] of view.lanes.entries()) {
      expect(lane.yPx).toBe(y);
      expect(lane.heightPx).toBe(laneHeightPx(lanes[i]!));
      y += lane.heightPx;
    }
    expect(view.heightPx).toBe(y - topPx);
  });

  it.each([
    // lane, label rows (at most maxLabelRows, at most one per event), mark rows
    ['a', 2, 2],
    ['b', 1, 1],
    ['', 3, 1],
  ] as const)('lane %j has %i label rows and %i mark rows', (id, labelRows, markRows) => {
    const lane = lanes.find((l) => l.id === id)!;
    expect(lane.rows).toBe(markRows);
    expect(laneHeightPx(lane)).toBe(2 * LAYOUT.lanePadPx + labelRows * LAYOUT.labelRowPx + markRows * LAYOUT.markRowPx);
  });

  it('draws every mark and label inside its lane, marks of a later row lower', () => {
    const view = layoutTimeline(lanes, yearScale(2008), { ...SCREEN, measure, topPx: 36 });
    for (const mark of view.marks) {
      const lane = view.lanes.find((l) => l.id === mark.laneId)!;
      expect(mark.yPx).toBeGreaterThan(lane.yPx);
      expect(mark.yPx).toBeLessThan(lane.yPx + lane.heightPx);
      if (mark.label) {
        expect(mark.label.yPx).toBeGreaterThan(lane.yPx);
        expect(mark.label.yPx).toBeLessThan(mark.yPx);
      }
    }
    expect(markById(view, 'a2')!.yPx - markById(view, 'a1')!.yPx).toBe(LAYOUT.markRowPx);
  });
});

describe('layoutTimeline gives the selected event a label', () => {
  // Seven events on one day, all but the last with a summary: without a selection, "quiet" loses.
  const crowd: EventRow[] = [
    ...['one', 'two', 'three', 'four', 'five', 'six'].map((id) => ({ id, title: `A long title for event ${id}`, start: '2008-04-03', summary: 'Said more.' })),
    { id: 'quiet', title: 'The quiet one', start: '2008-04-03' },
  ];
  const lanes = lanesOf(crowd);
  const scale = yearScale(2008);

  it.each([
    // selected, quiet labelled
    [null, false],
    ['quiet', true],
    ['one', false],
  ] as const)('selected %j: "quiet" labelled %s', (selectedId, labelled) => {
    const view = layoutTimeline(lanes, scale, { ...SCREEN, measure, selectedId });
    expect(markById(view, 'quiet')!.label !== null).toBe(labelled);
    if (selectedId) expect(markById(view, selectedId)!.label).not.toBeNull();
    expect(view.hiddenLabels).toBe(view.marks.filter((m) => m.label === null).length);
  });

  it('even at the right edge, by ending at its mark, shortened to the room there is', () => {
    const edge = lanesOf([...crowd.map((e) => ({ ...e, start: '2008-12-31' }))]);
    const view = layoutTimeline(edge, scale, { ...SCREEN, measure, selectedId: 'quiet' });
    const label = markById(view, 'quiet')!.label!;
    expect(label.xPx + label.widthPx).toBeCloseTo(label.leaderXPx, 9);
    expect(label.xPx).toBeGreaterThanOrEqual(0);
  });
});

describe('layoutTimeline, for any small story at any zoom', () => {
  const eventArb = fc.record({
    dayOfYear: fc.integer({ min: 0, max: 365 }),
    lengthDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    precision: fc.constantFrom(4, 7, 10, 10, 10),
    actor: fc.constantFrom('a', 'b', 'c', null),
    titleLength: fc.integer({ min: 1, max: 60 }),
    summary: fc.boolean(),
  });
  const storyArb = fc.record({
    events: fc.array(eventArb, { minLength: 1, maxLength: 30 }),
    k: fc.double({ min: 1, max: 400, noNaN: true }),
    pan: fc.double({ min: 0, max: 1, noNaN: true }),
    selected: fc.option(fc.nat(), { nil: null }),
    leftPx: fc.constantFrom(0, 120),
  });

  type Story = typeof storyArb extends fc.Arbitrary<infer T> ? T : never;

  function layoutOf({ events, k, pan, selected, leftPx }: Story) {
    const dayMs = (day: number) => utcMs(2008, 1, 1 + day);
    const rows: EventRow[] = events.map((e, i) => {
      const start = new Date(dayMs(e.dayOfYear)).toISOString().slice(0, e.precision);
      const end = e.lengthDays === undefined ? undefined : new Date(dayMs(e.dayOfYear + e.lengthDays)).toISOString().slice(0, 10);
      return {
        id: `e${i}`,
        title: 'x'.repeat(e.titleLength),
        start,
        ...(end ? { end } : {}),
        ...(e.actor ? { actors: [e.actor] } : {}),
        ...(e.summary ? { summary: 'More.' } : {}),
      };
    });
    const lanes = lanesOf(rows, ['a', 'b', 'c']);
    const base = makeTimeScale([utcMs(2007, 12), utcMs(2009, 3)], leftPx, leftPx + 1000);
    const zoom = constrainZoom({ k, x: leftPx * (1 - k) - pan * 1000 * (k - 1) }, base);
    const scale = zoomedScale(base, zoom);
    const selectedId = selected === null ? null : `e${selected % events.length}`;
    // Lanes get the mark rows their events need unzoomed, as in the chart.
    const markRows = fitMarkRows(lanes, base);
    return {
      view: layoutTimeline(lanes, scale, { leftPx, rightPx: leftPx + 1000, measure, selectedId, topPx: 36, markRows }),
      scale,
      selectedId,
      lanes,
      leftPx,
      markRows,
    };
  }
  const RUNS = { seed: 20250218, numRuns: 300 };
  const labelled = (marks: readonly MarkView[]) => marks.filter((m): m is MarkView & { label: NonNullable<MarkView['label']> } => m.label !== null);

  it('places no two labels of a lane row closer than the gap, and no leader through a lower label', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const { view } = layoutOf(story);
        for (const lane of view.lanes) {
          const marks = labelled(view.marks.filter((m) => m.laneId === lane.id));
          for (const a of marks)
            for (const b of marks) {
              if (a === b) continue;
              if (a.label.yPx === b.label.yPx) {
                const apart = a.label.xPx + a.label.widthPx + LABEL_GAP_PX <= b.label.xPx || b.label.xPx + b.label.widthPx + LABEL_GAP_PX <= a.label.xPx;
                expect(apart, `${a.laneEvent.event.id} and ${b.laneEvent.event.id} overlap`).toBe(true);
              }
              // b is in a lower row (nearer the marks) than a: a's leader must miss b's text (it may
              // run along its edge, as the leader of a stack of labels does).
              if (b.label.yPx > a.label.yPx) {
                const x = a.label.leaderXPx;
                expect(b.label.xPx < x - 1e-9 && x + 1e-9 < b.label.xPx + b.label.widthPx).toBe(false);
              }
            }
        }
      }),
      RUNS,
    );
  });

  it('keeps labels on screen, touching their leader, and labels the selected event when there is room', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const { view, selectedId } = layoutOf(story);
        const [left, right] = [story.leftPx, story.leftPx + 1000];
        for (const m of labelled(view.marks)) {
          expect(m.label.xPx).toBeGreaterThanOrEqual(left - 1e-9);
          expect(m.label.xPx + m.label.widthPx).toBeLessThanOrEqual(right + 1e-9);
          expect(m.label.widthPx).toBeLessThanOrEqual(LAYOUT.maxLabelPx);
          expect(m.label.widthPx).toBe(measure(m.label.text));
          const touches = Math.min(Math.abs(m.label.xPx - m.label.leaderXPx), Math.abs(m.label.xPx + m.label.widthPx - m.label.leaderXPx));
          expect(touches).toBeLessThan(1e-6);
        }
        const selected = view.marks.find((m) => m.laneEvent.event.id === selectedId);
        if (selected) {
          const anchor = Math.max(left, selected.x0Px);
          const room = anchor <= right ? Math.max(right - anchor, anchor - left) : 0;
          if (room >= measure('…')) expect(selected.label).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('never draws a range over another mark of its row, and keeps every mark in its lane', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const { view, markRows } = layoutOf(story);
        for (const lane of view.lanes) {
          expect(lane.markRows).toBeGreaterThanOrEqual(markRows.get(lane.id)!);
          const marks = view.marks.filter((m) => m.laneId === lane.id);
          for (const m of marks) {
            expect(m.yPx).toBeGreaterThan(lane.markTopPx);
            expect(m.yPx).toBeLessThan(lane.markTopPx + lane.markRows * LAYOUT.markRowPx);
          }
          for (const a of marks)
            for (const b of marks) {
              if (a === b || a.yPx !== b.yPx || (!a.laneEvent.isRange && !b.laneEvent.isRange)) continue;
              const [a0, a1] = footprintPx({ le: a.laneEvent, x0: a.x0Px, x1: a.x1Px, spanX0: a.spanX0Px, spanX1: a.spanX1Px });
              const [b0, b1] = footprintPx({ le: b.laneEvent, x0: b.x0Px, x1: b.x1Px, spanX0: b.spanX0Px, spanX1: b.spanX1Px });
              const apart = a1 + MARK_GAP_PX < b0 || b1 + MARK_GAP_PX < a0;
              expect(apart, `${a.laneEvent.event.id} and ${b.laneEvent.event.id} touch in lane ${lane.id}`).toBe(true);
            }
        }
      }),
      RUNS,
    );
  });

  it('draws every event that shows on screen, and nothing far off it', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const { view, scale, lanes, leftPx } = layoutOf(story);
        const [left, right] = [leftPx, leftPx + 1000];
        const banded = new Set(view.lanes.filter((l) => l.mode === 'density').map((l) => l.id));
        const drawn = new Set(view.marks.map((m) => m.laneEvent.event.id));
        for (const m of view.marks) {
          expect(m.x1Px).toBeGreaterThanOrEqual(left - LAYOUT.markRowPx);
          expect(m.x0Px).toBeLessThanOrEqual(right + LAYOUT.markRowPx);
        }
        for (const le of lanes.flatMap((l) => l.events)) {
          const mid = scale((laneStartMs(le) + laneEndMs(le)) / 2);
          const onScreen = le.isRange ? scale(laneStartMs(le)) <= right && scale(laneEndMs(le)) >= left : mid >= left && mid <= right;
          // In a lane with more overlapping here than it has rows, the band counts it.
          if (onScreen) expect(drawn.has(le.event.id) || banded.has(lanes.find((l) => l.events.includes(le))!.id)).toBe(true);
        }
        expect(view.heightPx).toBe(view.lanes.reduce((sum, l) => sum + l.heightPx, 0));
      }),
      RUNS,
    );
  });
});

describe('level of detail: the drawing is bounded by the screen, not the data', () => {
  /** `count` events a day apart from 2000, one actor per `perLane` events. */
  function crowd(count: number, lanes: number) {
    const rows: EventRow[] = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      start: new Date(utcMs(2000) + i * 86_400_000).toISOString().slice(0, 10),
      actors: [`a${i % lanes}`],
    }));
    return lanesOf(
      rows,
      Array.from({ length: lanes }, (_, i) => `a${i}`),
    );
  }
  const decade = makeTimeScale([utcMs(2000), utcMs(2010)], 0, 1000);

  it('draws a crowded lane as a density band, and never more marks than the budget', () => {
    const lanes = crowd(3000, 3);
    const view = layoutTimeline(lanes, decade, { ...SCREEN, measure });
    expect(view.marks.length).toBeLessThanOrEqual(LAYOUT.maxMarks);
    expect(view.lanes.every((l) => l.mode === 'density')).toBe(true);
    expect(view.densities).toHaveLength(3);
    expect(view.densities.reduce((sum, d) => sum + d.count, 0)).toBe(3000);
  });

  it('gives a band a bar every few pixels, tallest where most events are, and an SVG outline of them', () => {
    const lanes = crowd(3000, 3);
    const band = layoutTimeline(lanes, decade, { ...SCREEN, measure }).densities[0]!;
    expect(band.barsPx).toHaveLength(1000 / LAYOUT.densityBucketPx);
    expect(Math.max(...band.barsPx)).toBeCloseTo(band.yBottomPx - band.yTopPx - 4, 4);
    // 2000–2008 (3,000 days, a lane's every third) has events; 2009 has none.
    expect(band.barsPx.at(-1)).toBe(0);
    expect(densityPath({ barsPx: Float32Array.of(5, 0, 2), bucketPx: 4, x0Px: 0, x1Px: 10, yBottomPx: 10 })).toBe('M0,10V5H4V10H8V8H10V10Z');
    // Wider bars while zooming: half as many to draw.
    expect(layoutTimeline(lanes, decade, { ...SCREEN, measure, densityBucketPx: 8 }).densities[0]!.barsPx).toHaveLength(1000 / 8);
  });

  it('expands into single events as the reader zooms in', () => {
    const lanes = crowd(3000, 3);
    const month = zoomedScale(decade, constrainZoom({ k: 120, x: -120 * 100 }, decade));
    const view = layoutTimeline(lanes, month, { ...SCREEN, measure });
    expect(view.lanes.every((l) => l.mode === 'marks')).toBe(true);
    expect(view.densities).toHaveLength(0);
    expect(view.marks.length).toBeGreaterThan(10);
  });

  it('keeps the selected and focused events drawn as themselves over a band', () => {
    const lanes = crowd(3000, 3);
    const view = layoutTimeline(lanes, decade, { ...SCREEN, measure, pinnedIds: new Set(['e1500', 'e7']) });
    expect(view.marks.map((m) => m.laneEvent.event.id).sort()).toEqual(['e1500', 'e7']);
  });

  it('puts every event on screen in exactly one visible item, at any zoom', () => {
    const lanes = crowd(2400, 4);
    fc.assert(
      fc.property(fc.double({ min: 1, max: 2000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, pan) => {
        const scale = zoomedScale(decade, constrainZoom({ k, x: -pan * 1000 * (k - 1) }, decade));
        const view = layoutTimeline(lanes, scale, { ...SCREEN, measure });
        expect(view.marks.length).toBeLessThanOrEqual(LAYOUT.maxMarks);
        lanes.forEach((lane, i) => {
          const laneView = view.lanes[i]!;
          // Events whose mark (the middle of its day) is on screen.
          const onScreen = lane.events.filter((le) => {
            const x = scale((laneStartMs(le) + laneEndMs(le)) / 2);
            return x >= 0 && x < 1000;
          });
          if (laneView.mode === 'density') {
            const band = view.densities.find((d) => d.laneId === lane.id)!;
            expect(band.count).toBe(onScreen.length);
          } else {
            const drawn = new Set(view.marks.filter((m) => m.laneId === lane.id).map((m) => m.laneEvent.event.id));
            for (const le of onScreen) expect(drawn.has(le.event.id)).toBe(true);
            // …and each at most once.
            expect(drawn.size).toBe(view.marks.filter((m) => m.laneId === lane.id).length);
          }
        });
      }),
      { seed: 100_000, numRuns: 60 },
    );
  });

  it('counts every hidden label in a "+N" chip or beside the lane name', () => {
    const lanes = crowd(60, 1);
    const view = layoutTimeline(lanes, makeTimeScale([utcMs(2000), utcMs(2000, 5)], 0, 1000), { ...SCREEN, measure });
    expect(view.lanes[0]!.mode).toBe('marks');
    const chipped = view.chips.reduce((sum, c) => sum + c.count, 0);
    expect(chipped + view.lanes[0]!.uncountedLabels).toBe(view.hiddenLabels);
    expect(view.hiddenLabels).toBeGreaterThan(0);
    for (const chip of view.chips) expect(chip.spanMs.endMs).toBeGreaterThan(chip.spanMs.startMs);
  });
});

describe('the named overview over bands', () => {
  // 900 events a day apart in three lanes (a lane's event every third day); titles of 9–12 characters.
  const lanes = lanesOfCrowd(900, 3);
  function lanesOfCrowd(count: number, laneCount: number) {
    const rows: EventRow[] = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: new Date(utcMs(2000) + i * 86_400_000).toISOString().slice(0, 10),
      actors: [`a${i % laneCount}`],
    }));
    return lanesOf(
      rows,
      Array.from({ length: laneCount }, (_, i) => `a${i}`),
    );
  }
  const span = makeTimeScale([utcMs(2000), utcMs(2002, 6)], 0, 1000);
  const labelRows = fitLabelRows(lanes, span, { ...SCREEN, measure });
  const overviews = new Map<string, LaneOverview>(
    lanes.map((lane) => [
      lane.id,
      laneOverview({
        basePx: lane.events.map((le) => span((laneStartMs(le) + laneEndMs(le)) / 2)),
        textPx: lane.events.map((le) => measure(le.event.title)),
        rank: lane.rank,
        rows: labelRows.get(lane.id)!,
      }),
    ]),
  );
  const at = (k: number, x = 0) => {
    const zoom = { k, x };
    return layoutTimeline(lanes, zoomedScale(span, zoom), { ...SCREEN, measure, labelRows, overview: { lanes: overviews, zoom } });
  };
  const labelled = (view: TimelineView) => new Set(view.marks.filter((m) => m.label).map((m) => m.laneEvent.event.id));

  it('gives a band the rows of its names', () => {
    for (const lane of lanes) expect(labelRows.get(lane.id)).toBe(OVERVIEW.maxRows);
  });

  it('names events over each band, each in its lane, and counts them', () => {
    const view = at(1);
    expect(view.lanes.every((l) => l.mode === 'density')).toBe(true);
    for (const lane of view.lanes) {
      const marks = view.marks.filter((m) => m.laneId === lane.id);
      expect(lane.named).toBe(marks.length);
      expect(marks.length).toBeGreaterThan(3);
      for (const m of marks) {
        expect(m.label!.yPx).toBeGreaterThan(lane.yPx);
        expect(m.label!.yPx).toBeLessThan(lane.yPx + lane.heightPx);
        // A dot with its label beside it, in the same row.
        expect(m.label!.xPx).toBeGreaterThan(m.x1Px);
        expect(Math.abs(m.yPx - m.label!.yPx)).toBeLessThan(OVERVIEW.rowPx / 2);
      }
    }
  });

  it('keeps every event the overview named labelled as the reader zooms in about any point, as bands turn into single events too', () => {
    const modes = new Set<string>();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 1.05, max: 3, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (about, factors) => {
          let zoom = { k: 1, x: 0 };
          // Events the overview has named (over a band), and where their dots were.
          let named = new Map<string, number>();
          const remember = (view: TimelineView) => {
            const bands = new Set(view.lanes.filter((l) => l.mode === 'density').map((l) => l.id));
            for (const m of view.marks) if (m.label && bands.has(m.laneId)) named.set(m.laneEvent.event.id, m.label.leaderXPx);
          };
          remember(at(1));
          for (const factor of factors) {
            // Zoom about a point of the screen: it stays where it is.
            zoom = { k: zoom.k * factor, x: about - (about - zoom.x) * factor };
            const now = at(zoom.k, zoom.x);
            const labelledNow = labelled(now);
            named = new Map([...named].map(([id, x]) => [id, (x - about) * factor + about]));
            // Each, while its dot is on screen clear of the edges (where a label may be cut), keeps a label.
            for (const [id, x] of named) if (x > 20 && x < 980) expect(labelledNow.has(id)).toBe(true);
            for (const lane of now.lanes) modes.add(lane.mode);
            remember(now);
          }
        },
      ),
      { seed: 20250218, numRuns: 40 },
    );
    // The zooms above turned bands into single events.
    expect([...modes].sort()).toEqual(['density', 'marks']);
  });

  it('labels the selected event wherever its lane shows single events, whatever the overview named around it', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 899 }), fc.double({ min: 1, max: 40, noNaN: true }), (index, k) => {
        const id = `e${index}`;
        const lane = lanes.find((l) => l.events.some((le) => le.event.id === id))!;
        const middle = span(laneStartMs(lanes.flatMap((l) => l.events).find((le) => le.event.id === id)!));
        const zoom = { k, x: 500 - middle * k };
        const view = layoutTimeline(lanes, zoomedScale(span, zoom), {
          ...SCREEN,
          measure,
          labelRows,
          selectedId: id,
          pinnedIds: new Set([id]),
          overview: { lanes: overviews, zoom },
        });
        if (view.lanes.find((l) => l.id === lane.id)!.mode !== 'marks') return;
        checked++;
        expect(markById(view, id)?.label, `${id} at ×${k.toFixed(2)}`).toBeTruthy();
      }),
      { seed: 20250218, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});

describe('fitLabelRows', () => {
  it('gives each lane the fewest label rows in which all its labels fit', () => {
    const lanes = lanesOf(
      [
        { id: 'a1', start: '2008-01-01', actors: ['a'] },
        { id: 'b1', start: '2008-01-01', actors: ['b'] },
        { id: 'b2', start: '2008-01-03', actors: ['b'] },
        { id: 'b3', start: '2008-01-05', actors: ['b'] },
      ],
      ['a', 'b'],
    );
    const rows = fitLabelRows(lanes, yearScale(2008), { ...SCREEN, measure });
    expect(rows.get('a')).toBe(1);
    expect(rows.get('b')).toBe(3);
    const view = layoutTimeline(lanes, yearScale(2008), { ...SCREEN, measure, labelRows: rows });
    expect(view.hiddenLabels).toBe(0);
  });
});

describe('with thousands of lanes, only those in sight are laid out', () => {
  const actors = Array.from({ length: 500 }, (_, i) => `a${i}`);
  const lanes = lanesOf(
    actors.map((a, i) => ({ id: `e${i}`, start: `2020-${String((i % 12) + 1).padStart(2, '0')}-15`, actors: [a] })),
    actors,
  );
  const scale = yearScale(2020);
  const full = layoutTimeline(lanes, scale, { measure, ...SCREEN });
  const sight = { topPx: 2000, bottomPx: 3000 };
  const seen = layoutTimeline(lanes, scale, { measure, ...SCREEN, sight });

  it('keeps every lane at the same place and the chart at the same height', () => {
    expect(seen.heightPx).toBe(full.heightPx);
    const every = (view: TimelineView) => lanes.map((_, i) => view.laneAt(i)!).map((l) => [l.id, l.index, l.yPx, l.heightPx]);
    expect(every(seen)).toEqual(every(full));
    expect(full.lanes.map((l) => [l.id, l.index, l.yPx, l.heightPx])).toEqual(every(full));
  });

  it('lays out only the lanes in sight, and draws nothing for the others', () => {
    const inSight = (l: LaneView) => l.yPx + l.heightPx >= sight.topPx && l.yPx <= sight.bottomPx;
    expect(seen.lanes.length).toBeGreaterThan(10);
    expect(seen.lanes.length).toBeLessThan(100);
    expect(seen.lanes.every(inSight)).toBe(true);
    for (let i = 0; i < lanes.length; i++) expect(seen.laneAt(i)!.mode === 'unseen', lanes[i]!.id).toBe(!inSight(seen.laneAt(i)!));
    expect(seen.laneAt(lanes.length)).toBeUndefined();
    const drawnLanes = new Set(seen.marks.map((m) => m.laneId));
    expect(drawnLanes.size).toBe(seen.lanes.length);
    expect(seen.lanes.filter((l) => l.mode === 'marks').length).toBeGreaterThan(10);
    expect(seen.marks.every((m) => m.label !== null)).toBe(true);
    expect(seen.densities).toEqual([]);
  });

  it('lays out a lane kept (the selection’s) wherever it is', () => {
    const kept = layoutTimeline(lanes, scale, { measure, ...SCREEN, sight, keepLanes: new Set([lanes[0]!.id, lanes[499]!.id]) });
    expect(kept.lanes[0]!.index).toBe(0);
    expect(kept.lanes.at(-1)!.index).toBe(499);
    expect(kept.laneAt(0)!.mode).not.toBe('unseen');
    expect(kept.marks.some((m) => m.laneId === lanes[0]!.id)).toBe(true);
    expect(kept.marks.some((m) => m.laneId === lanes[499]!.id)).toBe(true);
    expect(kept.lanes.slice(1, -1).map((l) => l.id)).toEqual(seen.lanes.map((l) => l.id));
  });

  it('moves the lanes below one that grows for its marks in view, laid out or not', () => {
    // Lane 40 (in sight) holds ten ranges over one afternoon: drawn one by one they need rows it is not given.
    const crowded = lanesOf(
      [
        ...actors.map((a, i) => ({ id: `e${i}`, start: `2020-${String((i % 12) + 1).padStart(2, '0')}-15`, actors: [a] })),
        ...Array.from({ length: 10 }, (_, i) => ({
          id: `x${i}`,
          title: `Crowded ${i}`,
          start: `2020-05-15T${String(10 + i).padStart(2, '0')}:00`,
          end: '2020-05-15T20:00',
          actors: ['a40'],
        })),
      ],
      actors,
    );
    const rows = new Map(crowded.map((l) => [l.id, 1]));
    const zoomed = makeTimeScale([Date.UTC(2020, 4, 15, 9), Date.UTC(2020, 4, 15, 21)], SCREEN.leftPx, SCREEN.rightPx);
    const view = layoutTimeline(crowded, zoomed, { measure, ...SCREEN, markRows: rows, sight: { topPx: 1000, bottomPx: 3000 } });
    const grown = view.laneAt(40)!;
    expect(grown.mode).toBe('marks');
    expect(grown.markRows).toBeGreaterThan(1);
    for (let i = 0; i + 1 < crowded.length; i++) expect(view.laneAt(i + 1)!.yPx, `lane ${i + 1}`).toBe(view.laneAt(i)!.yPx + view.laneAt(i)!.heightPx);
    const last = view.laneAt(crowded.length - 1)!;
    expect(view.heightPx).toBe(last.yPx + last.heightPx);
  });
});

describe('a range crowded out at its start', () => {
  // One row of labels: the blocker's long label takes the room where the range's label would start.
  const lanes = lanesOf([
    { id: 'long-range', title: 'Range named along its bar', start: '2008-01-01', end: '2008-12-31' },
    { id: 'blocker', title: 'A point whose label comes first, long', start: '2008-01-20' },
  ]);
  const labelRows = new Map(lanes.map((lane) => [lane.id, 1]));
  const view = layoutTimeline(lanes, yearScale(2008), { ...SCREEN, measure, labelRows });

  it('is named further along its bar, its leader on the bar, clear of the label before it', () => {
    const blocker = markById(view, 'blocker')!.label!;
    const range = markById(view, 'long-range')!;
    expect(range.label).not.toBeNull();
    const label = range.label!;
    expect(label.xPx).toBeGreaterThanOrEqual(blocker.xPx + blocker.widthPx + LABEL_GAP_PX);
    expect(label.leaderXPx).toBeGreaterThan(range.x0Px);
    expect(label.leaderXPx).toBeLessThan(range.x1Px);
    expect(view.chips).toHaveLength(0);
  });

  it('a point crowded out the same way stays hidden behind a count', () => {
    const points = lanesOf([
      { id: 'point', title: 'A point with no bar to slide along', start: '2008-01-01' },
      { id: 'blocker', title: 'A point whose label comes first, long', start: '2008-01-20' },
    ]);
    const crowded = layoutTimeline(points, yearScale(2008), { ...SCREEN, measure, labelRows: new Map(points.map((l) => [l.id, 1])) });
    expect(markById(crowded, 'point')!.label).toBeNull();
  });
});

describe('densityBars', () => {
  it('counts each bucket’s instants as a search per bucket edge does (the edges found once, searched from the last)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 1_050 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 9 }),
        (instants, leftPx, widthPx, step) => {
          const drawnMs = Float64Array.from(instants).sort();
          const toMs = (x: number) => x * 1.25 - 20;
          const rightPx = leftPx + widthPx;
          const { counts, count } = densityBars(drawnMs, toMs, leftPx, rightPx, 30, step);
          const expected = Array.from({ length: Math.ceil(widthPx / step) }, (_, i) => {
            const from = toMs(leftPx + i * step);
            const to = toMs(Math.min(rightPx, leftPx + (i + 1) * step));
            return bisectLeft(drawnMs, to) - bisectLeft(drawnMs, from);
          });
          expect([...counts]).toEqual(expected);
          expect(count).toBe(bisectLeft(drawnMs, toMs(rightPx)) - bisectLeft(drawnMs, toMs(leftPx)));
        },
      ),
    );
  });
});
