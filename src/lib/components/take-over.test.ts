import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeTextMeasurer } from '../dom/measure-text.ts';
import { PRERENDER_WIDTH_PX } from '../dom/prerendered-page.ts';
import { chartGeometry } from '../layout/chart-view.ts';
import { fitMarkRows } from '../layout/mark-rows.ts';
import { fitLabelRows } from '../layout/timeline-layout.ts';
import { parseEventGraph } from '../model/json-file.ts';
import { makeAxisModel } from '../scale/axis-model.ts';
import { fitRowsAhead, fittedLabelRows, prepareTakeOver, preparedNow } from './take-over.ts';

const story = () => parseEventGraph(readFileSync(new URL('../../../data/ukraine-nato.json', import.meta.url), 'utf8')).graph;

/** The unzoomed axis and the options TimelineChart builds for its own label rows at this width. */
function chartInputs(widthPx: number, prepared: ReturnType<typeof preparedNow>) {
  const { gutterPx, rightPx, gapPx } = chartGeometry(widthPx);
  const base = makeAxisModel(prepared.covered, gutterPx, rightPx, prepared.gaps, gapPx).scale;
  return { base, options: { measure: makeTextMeasurer(), leftPx: gutterPx, rightPx, markRows: fitMarkRows(prepared.lanes, base) } };
}

describe('the work before a first drawing, found again by the chart', () => {
  it('prepares a graph once', () => {
    const graph = story();
    expect(preparedNow(graph)).toBe(preparedNow(graph));
  });

  it('prepares a drawn page’s graph before the take-over, links included, for the chart to find', async () => {
    const graph = story();
    await prepareTakeOver(graph);
    const prepared = preparedNow(graph);
    expect(prepared.links?.drawable.length).toBeGreaterThan(0);
    expect(prepared.lanes.map((l) => l.id)).toEqual(preparedNow(story()).lanes.map((l) => l.id));
  });

  it('gives the chart the label rows fitted ahead for the same lanes, axis and width: the same answer, not fitted again', async () => {
    const prepared = preparedNow(story());
    let pauses = 0;
    const ahead = await fitRowsAhead(prepared, PRERENDER_WIDTH_PX, async () => void pauses++);
    // One layout per task: a pause between the numbers of rows tried.
    expect(pauses).toBeGreaterThan(0);
    // The chart's own axis and options are new objects with the same values.
    const { base, options } = chartInputs(PRERENDER_WIDTH_PX, prepared);
    const rows = fittedLabelRows(prepared.lanes, base, options);
    expect(rows).toBe(ahead);
    expect(rows).toEqual(fitLabelRows(prepared.lanes, base, options));
    // At another width, fitted anew (and right for that width).
    const narrow = chartInputs(700, prepared);
    const narrowRows = fittedLabelRows(prepared.lanes, narrow.base, narrow.options);
    expect(narrowRows).not.toBe(rows);
    expect(narrowRows).toEqual(fitLabelRows(prepared.lanes, narrow.base, narrow.options));
  });
});
