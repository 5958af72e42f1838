import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { isoYear, parseDate, utcMs } from '../model/dates.ts';
import type { Era } from '../model/schema.ts';
import { eraBands, MAX_ERA_BANDS } from './era-bands.ts';

const date = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};
const era = (start: string, end: string, label = `${start}–${end}`): Era => ({ start: date(start), end: date(end), label });
// 1900 → 100 px, 2000 → 1100 px: ten pixels a year.
const scale = scaleUtc()
  .domain([utcMs(1900), utcMs(2000)])
  .range([100, 1100]);

describe('eraBands', () => {
  it.each([
    // what, era, x0, x1, labelled (the plot runs from 100 to 1000 px)
    ['a span of years, its end year included', era('1914', '1918'), 240, 290, true],
    ['a span cut at the left edge of the plot', era('1850', '1905'), 100, 160, true],
    ['a span cut at the right edge', era('1980', '2050'), 900, 1000, true],
    ['a short span: no room for a label', era('1950', '1951'), 600, 620, false],
  ])('%s', (_, e, x0, x1, labelled) => {
    const [band] = eraBands([e], scale, 100, 1000);
    expect(band).toMatchObject({ label: e.label, labelled });
    expect(band!.labelXPx).toBeCloseTo(x0 + 4, 0);
    expect(band!.x0Px).toBeCloseTo(x0, 0);
    expect(band!.x1Px).toBeCloseTo(x1, 0);
  });

  it('says whether an era begins in view, so that its edge is drawn', () => {
    expect(eraBands([era('1850', '1905'), era('1914', '1918')], scale, 100, 1000).map((b) => b.startsInView)).toEqual([false, true]);
  });

  it('shortens a label to its band', () => {
    const [wide, narrow] = eraBands([era('1900', '1979', 'The long twentieth century'), era('1980', '1985', 'The long twentieth century')], scale, 100, 1100);
    expect(wide!.labelText).toBe('The long twentieth century');
    expect(narrow!.labelText).toBe('The lon…');
  });

  it('leaves out eras wholly outside the plot, and keys the rest uniquely', () => {
    const bands = eraBands([era('1800', '1850'), era('1914', '1918', 'War'), era('1939', '1945', 'War'), era('2100', '2200')], scale, 100, 1100);
    expect(bands.map((b) => b.key)).toEqual(['1:War', '2:War']);
  });

  it('reads BCE eras in astronomical years', () => {
    const ancient = scaleUtc()
      .domain([utcMs(-499), utcMs(-399)])
      .range([0, 1000]);
    const [band] = eraBands([era('-0498', '-0448', 'Greco-Persian Wars')], ancient, 0, 1000);
    expect(band!.x0Px).toBeCloseTo(10, 0);
    expect(band!.x1Px).toBeCloseTo(520, 0);
  });

  it('looks only at the eras in view, and merges them when more are in view than can be drawn', () => {
    // 10,000 eras of a year each, 1 BCE back to 10000 BCE, on an axis over 9000 BCE – AD 1000.
    const many = Array.from({ length: 10_000 }, (_, i) => era(isoYear(-i), isoYear(-i), `Era ${i}`));
    const wide = scaleUtc()
      .domain([utcMs(-9_000), utcMs(1_000)])
      .range([100, 1100]);
    const started = performance.now();
    const bands = eraBands(many, wide, 100, 1100);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(bands.length).toBeLessThanOrEqual(MAX_ERA_BANDS);
    expect(bands.length).toBeGreaterThan(MAX_ERA_BANDS / 2);
    expect(bands[0]!.label).toMatch(/^[\d,]+ eras$/);
    expect(new Set(bands.map((b) => b.key)).size).toBe(bands.length);
    // Zoomed in on ten of them: each drawn as itself.
    const near = scaleUtc()
      .domain([utcMs(-109), utcMs(-99)])
      .range([100, 1100]);
    expect(eraBands(many, near, 100, 1100).map((b) => b.label)).toEqual(Array.from({ length: 10 }, (_, k) => `Era ${100 + k}`));
  });

  it('finds an era that starts long before the view and reaches into it', () => {
    const eras = [era('1000', '1999', 'Long'), ...Array.from({ length: 50 }, (_, i) => era(String(1100 + i), String(1100 + i)))];
    expect(eraBands(eras, scale, 100, 1100).map((b) => b.label)).toEqual(['Long']);
  });
});
