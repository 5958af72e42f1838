import { describe, expect, it } from 'vitest';
import { utcMs } from '../model/dates.ts';
import { HEAT, heatDescription, heatLevel, heatRanges, heatView } from './heat-strip.ts';
import type { DensityView } from './timeline-layout.ts';

const band = (laneId: string, counts: number[], yTopPx = 0): DensityView => ({
  laneId,
  barsPx: new Float32Array(counts.length),
  counts: Uint32Array.from(counts),
  bucketPx: 4,
  x0Px: 100,
  x1Px: 100 + counts.length * 4,
  yTopPx,
  yBottomPx: yTopPx + 40,
  count: counts.reduce((a, b) => a + b, 0),
});

describe('heatLevel', () => {
  it.each([
    [0, 36, 0],
    [1, 36, 1],
    [36, 36, HEAT.levels],
    [9, 36, 3], // √(9/36) = ½ → level 3 of 6
    [10, 36, 4],
    [5, 0, 0],
  ])('%i of a most of %i: level %i', (count, max, level) => expect(heatLevel(count, max)).toBe(level));
});

describe('heatRanges', () => {
  it('covers every count from 1 to the most, each level a run of counts, in order', () => {
    const ranges = heatRanges(36);
    expect(ranges.map((r) => r.level)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ranges[0]!.least).toBe(1);
    expect(ranges.at(-1)!.most).toBe(36);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.least).toBe(ranges[i - 1]!.most + 1);
  });
  it('a most of 1: the top level only', () => expect(heatRanges(1)).toEqual([{ level: HEAT.levels, least: 1, most: 1 }]));
  it('no events: none', () => expect(heatRanges(0)).toEqual([]));
});

describe('heatView', () => {
  it('groups bars into cells, on one scale for every lane, one path per level', () => {
    const view = heatView([band('a', [1, 1, 1, 0, 0, 0, 9, 0, 0]), band('b', [0, 0, 0, 36, 0, 0, 0, 0, 0], 50)]);
    expect(view.maxCount).toBe(36);
    const [a, b] = view.strips;
    expect(a!.cells).toEqual([
      { x0Px: 100, x1Px: 112, count: 3, level: heatLevel(3, 36) },
      { x0Px: 124, x1Px: 136, count: 9, level: 3 },
    ]);
    expect(b!.cells).toEqual([{ x0Px: 112, x1Px: 124, count: 36, level: HEAT.levels }]);
    expect(b!.paths[HEAT.levels - 1]).toBe('M112,50H124V90H112Z');
    expect(b!.paths.slice(0, -1).every((p) => p === '')).toBe(true);
    expect(a!.paths).toHaveLength(HEAT.levels);
  });
  it('cuts the last cell at the band’s end', () => {
    expect(heatView([band('a', [0, 0, 0, 1])]).strips[0]!.cells[0]).toMatchObject({ x0Px: 112, x1Px: 116 });
  });
});

describe('heatDescription', () => {
  // 1 px is a day from 1 Jan 2014.
  const toMs = (x: number) => utcMs(2014) + (x - 100) * 86_400_000;
  it('says how many, how long a cell is, and which cells are busiest, with their dates', () => {
    const strip = heatView([band('a', [1, 1, 1, 0, 0, 0, 9, 0, 0])]).strips[0]!;
    expect(heatDescription(strip, 'NATO', toMs)).toBe(
      'NATO: 12 events in view, in cells of about 12 days; busiest 25 Jan 2014 – 6 Feb 2014 (9), 1 Jan 2014 – 13 Jan 2014 (3)',
    );
  });
  it('an empty strip', () => {
    expect(heatDescription(heatView([band('a', [0, 0, 0])]).strips[0]!, 'NATO', toMs)).toBe('NATO: no events in view');
  });
});
