import { describe, expect, it } from 'vitest';
import { utcMs } from '../model/dates.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { makeTimeScale, type TimeScale } from '../scale/time-scale.ts';
import { seededRandom } from '../model/seeded-random.ts';
import { assignLanes, MAX_MARK_ROWS, type Lane } from './lanes.ts';
import { fitMarkRows, footprintPx, rangesInRow, markGeometry, MAX_VIEW_ROWS, MIN_RANGE_PX, POINT_HALF_PX, rowsInView, stackMarks } from './mark-rows.ts';
import { LAYOUT, layoutTimeline } from './timeline-layout.ts';

type Row = readonly [id: string, start: string, end?: string];
function laneOf(events: readonly Row[]): Lane {
  const json = { version: 1, title: 'Rows', events: events.map(([id, start, end]) => ({ id, title: id, start, ...(end ? { end } : {}) })) };
  return assignLanes(parseEventGraph(JSON.stringify(json)).graph)[0]!;
}
const year2008 = makeTimeScale([utcMs(2008), utcMs(2009)], 0, 1000);
const decade = makeTimeScale([utcMs(2000), utcMs(2010)], 0, 1000);
const rowsById = (lane: Lane, rows: readonly number[] | null) => rows && Object.fromEntries(lane.events.map((le, i) => [le.event.id, rows[i]]));

describe('footprintPx', () => {
  it('is a range’s bar, widened to MIN_RANGE_PX when shorter', () => {
    const lane = laneOf([
      ['long', '2008-01', '2008-06'],
      ['short', '2008-04-03', '2008-04-04'],
    ]);
    const [long, short] = lane.events.map((le) => footprintPx(markGeometry(le, year2008)));
    // January to the end of June 2008: 182 of its 366 days.
    expect(long).toEqual([0, expect.closeTo((182 / 366) * 1000, 6)]);
    expect(short![1] - short![0]).toBeCloseTo(MIN_RANGE_PX);
  });

  it('is a dot, with the soft span of its date when that is drawn', () => {
    const lane = laneOf([
      ['day', '2008-04-03'],
      ['year', '2007'],
    ]);
    const { day, year } = Object.fromEntries(lane.events.map((le) => [le.event.id, footprintPx(markGeometry(le, year2008))]));
    expect(day![1] - day![0]).toBeCloseTo(2 * POINT_HALF_PX);
    // 2007 has 365 days, 2008 (the scale's 1000 px) 366.
    expect(year).toEqual([expect.closeTo((-365 / 366) * 1000, 6), 0]);
  });
});

describe('stackMarks', () => {
  it.each([
    // what, events, rows available, rows (null: they do not fit)
    [
      'ranges apart share a row',
      [
        ['a', '2008-01', '2008-02'],
        ['b', '2008-04', '2008-05'],
      ],
      1,
      { a: 0, b: 0 },
    ],
    // Apart by a day in time, but each is drawn 8 px wide across a decade: they would touch.
    [
      'short ranges drawn wider than their days stack',
      [
        ['a', '2005-04-01', '2005-04-02'],
        ['b', '2005-04-04', '2005-04-05'],
      ],
      2,
      { a: 0, b: 1 },
    ],
    [
      'points on the same day share a row',
      [
        ['p', '2005-04-03'],
        ['q', '2005-04-03'],
      ],
      1,
      { p: 0, q: 0 },
    ],
    [
      'a point beside a range it would touch goes to another row',
      [
        ['a', '2005-04-01', '2005-04-02'],
        ['p', '2005-04-20'],
      ],
      2,
      { a: 0, p: 1 },
    ],
    [
      'too many touching ranges for the rows do not fit',
      [
        ['a', '2005-04-01', '2005-04-02'],
        ['b', '2005-04-04', '2005-04-05'],
        ['c', '2005-04-07', '2005-04-08'],
      ],
      2,
      null,
    ],
  ] as const)('%s', (_what, events, rows, expected) => {
    const lane = laneOf(events);
    expect(
      rowsById(
        lane,
        stackMarks(
          lane.events.map((le) => markGeometry(le, decade)),
          rows,
        ),
      ),
    ).toEqual(expected);
  });

  it('keeps each mark in its time row when that row is free', () => {
    // b stacks over a in time; drawn, c (after both) may take row 0 or 1: it keeps its time row 0.
    const lane = laneOf([
      ['a', '2008-01', '2008-06'],
      ['b', '2008-03', '2008-09'],
      ['c', '2008-11', '2008-12'],
    ]);
    expect(lane.events.map((le) => le.row)).toEqual([0, 1, 0]);
    expect(
      rowsById(
        lane,
        stackMarks(
          lane.events.map((le) => markGeometry(le, year2008)),
          3,
        ),
      ),
    ).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('moves a mark out of its time row when it would touch a mark there', () => {
    const lane = laneOf([
      ['a', '2005-04-01', '2005-04-02'],
      ['b', '2005-04-04', '2005-04-05'],
    ]);
    expect(lane.events.map((le) => le.row)).toEqual([0, 0]);
    expect(
      rowsById(
        lane,
        stackMarks(
          lane.events.map((le) => markGeometry(le, decade)),
          2,
        ),
      ),
    ).toEqual({ a: 0, b: 1 });
  });
});

describe('rowsInView', () => {
  const touching = laneOf([
    ['a', '2005-04-01', '2005-04-02'],
    ['b', '2005-04-04', '2005-04-05'],
    ['c', '2005-04-07', '2005-04-08'],
  ]);
  const overlapping = laneOf([
    ['a', '2005-04-01', '2005-04-10'],
    ['b', '2005-04-04', '2005-04-15'],
    ['c', '2005-04-07', '2005-04-20'],
  ]);
  const year2005 = makeTimeScale([utcMs(2005), utcMs(2006)], 0, 1000);
  const marksOf = (lane: Lane, scale = decade) => lane.events.map((le) => markGeometry(le, scale));

  it('keeps the lane’s rows when the marks fit in them', () => {
    expect(rowsInView(marksOf(overlapping, year2005), 3, true)).toEqual({ rows: [0, 1, 2], laneRows: 3 });
  });

  it('grows the lane as far as its marks need, when it may', () => {
    expect(rowsInView(marksOf(touching), 2, true)).toEqual({ rows: [0, 1, 2], laneRows: 3 });
    expect(rowsInView(marksOf(overlapping, year2005), 2, true)).toEqual({ rows: [0, 1, 2], laneRows: 3 });
  });

  it('when it may not grow, falls back to the time rows, which never overlap in time', () => {
    expect(rowsInView(marksOf(touching), 2, false)).toEqual({ rows: [0, 0, 0], laneRows: 2 });
  });

  it('gives up (null: a density band) when more overlap in time than it can show', () => {
    expect(overlapping.depth).toBe(3);
    expect(rowsInView(marksOf(overlapping, year2005), 2, false)).toBeNull();
    const crowd = laneOf(Array.from({ length: MAX_VIEW_ROWS + 1 }, (_, i) => [`r${i}`, '2005-04-01', `2005-05-${String(i + 1).padStart(2, '0')}`] as const));
    expect(rowsInView(marksOf(crowd, year2005), 2, true)).toBeNull();
  });
});

describe('fitMarkRows', () => {
  it('gives a lane the rows its marks need unzoomed, at least its time rows, at most MAX_MARK_ROWS', () => {
    const touching = laneOf(Array.from({ length: 3 }, (_, i) => [`t${i}`, `2005-04-0${1 + 3 * i}`, `2005-04-0${2 + 3 * i}`] as const));
    const deep = laneOf(Array.from({ length: 9 }, (_, i) => [`d${i}`, '2005-01', `2006-0${i + 1}`] as const));
    const apart = laneOf([
      ['a', '2001'],
      ['b', '2004', '2005'],
    ]);
    const lanes = [touching, deep, apart].map((lane, i) => ({ ...lane, id: `lane${i}` }));
    expect(Object.fromEntries(fitMarkRows(lanes, decade))).toEqual({ lane0: 3, lane1: MAX_MARK_ROWS, lane2: 1 });
    // Zoomed in, the touching ranges come apart: the rows fitted unzoomed are more than they need.
    expect(touching.rows).toBe(1);
  });

  /** What placing every mark gives (fitMarkRows without its shortcuts). */
  const placed = (lane: Lane, scale: TimeScale) => {
    if (lane.events.length <= 1) return Math.max(1, lane.rows);
    const stacked = stackMarks(
      lane.events.map((le) => markGeometry(le, scale)),
      MAX_MARK_ROWS,
      false,
    );
    return Math.max(stacked ? stacked.reduce((max, row) => Math.max(max, row + 1), 1) : MAX_MARK_ROWS, lane.rows);
  };

  it('gives what placing every mark gives, for points alone and for more ranges than rows hold', () => {
    const random = seededRandom(18);
    const day = (d: number) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const narrow = makeTimeScale([utcMs(2000), utcMs(2003)], 0, 100);
    expect(rangesInRow(narrow)).toBe(Math.floor((100 + MIN_RANGE_PX) / (MIN_RANGE_PX + 2)) + 1);
    const lanes = [
      // Points alone, some on one day: one row, or their time rows.
      laneOf(Array.from({ length: 400 }, (_, i) => [`p${i}`, day(Math.floor(random() * 1000))] as const)),
      // Short ranges, more than MAX_MARK_ROWS rows of the narrow axis hold side by side.
      laneOf(Array.from({ length: 6 * rangesInRow(narrow) + 1 }, (_, i) => [`r${i}`, day(i), day(i + 1)] as const)),
      // Just under that many: placed one by one.
      laneOf(Array.from({ length: 6 * rangesInRow(narrow) - 2 }, (_, i) => [`s${i}`, day(i * 2), day(i * 2 + 1)] as const)),
      // Points and a few ranges.
      laneOf(Array.from({ length: 60 }, (_, i): Row => (i % 10 ? [`m${i}`, day(i * 9)] : [`m${i}`, day(i * 9), day(i * 9 + 40)]))),
    ].map((lane, i) => ({ ...lane, id: `lane${i}` }));
    expect(lanes.map((l) => l.rangeCount)).toEqual([0, 6 * rangesInRow(narrow) + 1, 6 * rangesInRow(narrow) - 2, 6]);
    for (const scale of [narrow, decade, year2008])
      expect(Object.fromEntries(fitMarkRows(lanes, scale))).toEqual(Object.fromEntries(lanes.map((l) => [l.id, placed(l, scale)])));
    // The points alone and the ranges that cannot fit are not placed one by one (a million events: 300 ms).
    const counter = { placed: 0 };
    const counting = Object.assign((ms: number) => (counter.placed++, narrow(ms)), narrow) as unknown as TimeScale;
    expect(Object.fromEntries(fitMarkRows(lanes.slice(0, 2), counting))).toEqual({ lane0: placed(lanes[0]!, narrow), lane1: MAX_MARK_ROWS });
    expect(counter.placed).toBe(0);
  });
});

describe('a lane with more overlapping ranges than rows', () => {
  // Nine ranges all under way in March 2005, then points a month apart in 2007.
  const lane = laneOf([
    ...Array.from({ length: 9 }, (_, i) => [`r${i}`, '2005-01', `2005-${String(i + 3).padStart(2, '0')}`] as const),
    ...Array.from({ length: 6 }, (_, i) => [`p${i}`, `2007-0${i + 1}-15`] as const),
  ]);
  const lanes = [lane];
  const markRows = fitMarkRows(lanes, decade);
  const view = (from: number, to: number, growRows?: boolean) =>
    layoutTimeline(lanes, makeTimeScale([from, to], 0, 1000), { leftPx: 0, rightPx: 1000, measure: (s) => s.length * 7, markRows, growRows });

  it('grows the lane to draw each of them in a row of its own, taller by as many rows', () => {
    expect(lane.depth).toBe(9);
    expect(markRows.get(lane.id)).toBe(MAX_MARK_ROWS);
    const spring2005 = view(utcMs(2005), utcMs(2005, 7));
    expect(spring2005.lanes[0]!.mode).toBe('marks');
    expect(spring2005.lanes[0]!.markRows).toBe(9);
    expect(new Set(spring2005.marks.map((m) => m.yPx)).size).toBe(9);
    expect(spring2005.lanes[0]!.heightPx - view(utcMs(2007), utcMs(2008)).lanes[0]!.heightPx).toBe(3 * LAYOUT.markRowPx);
  });

  it('while zooming (no growing), shows a density band there instead, counting every one', () => {
    const spring2005 = view(utcMs(2005), utcMs(2005, 7), false);
    expect(spring2005.lanes[0]!.mode).toBe('density');
    expect(spring2005.lanes[0]!.markRows).toBe(MAX_MARK_ROWS);
    expect(spring2005.densities[0]!.count).toBe(9);
    expect(spring2005.marks).toHaveLength(0);
  });

  it('draws the events one by one, in the lane’s own rows, where they fit', () => {
    const year2007 = view(utcMs(2007), utcMs(2008), false);
    expect(year2007.lanes[0]!.mode).toBe('marks');
    expect(year2007.lanes[0]!.markRows).toBe(MAX_MARK_ROWS);
    expect(year2007.marks.map((m) => m.laneEvent.event.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });
});
