// A chronology not drawn in the page's HTML (a link's ?src=) is first drawn in parts, each in a task
// of its own (chart-batches.svelte.ts): the chart's frame (its layout and lane bands), then its axis,
// lane names, density and legend, then its links with the first marks, then the rest of the marks.
// What the first step drew is read from the DOM as it changes, not timed.
import { expect, test } from '@playwright/test';
import { syntheticGraph } from '../bench/synthetic.ts';
import { chart } from './helpers.ts';

test('a 1,000-event file is drawn in parts: the chart’s frame alone first, then its axis, lane names, density, legend and marks', async ({ page }) => {
  const body = JSON.stringify(syntheticGraph(1000));
  await page.route('**/first-drawing.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  // What the chart holds when it first appears, seen in the same task that put it there (a mutation
  // observer is called before the task ends).
  await page.addInitScript(() => {
    const seen: Record<string, number>[] = [];
    Object.assign(window, { __firstSeen: seen });
    new MutationObserver(() => {
      // This file's chart (the page's HTML holds the default story's, hidden, until the app draws this one).
      const svg = [...document.querySelectorAll('svg.chart')].find((chart) => /^Timeline of 1,000 events/.test(chart.getAttribute('aria-label') ?? ''));
      if (!svg || seen.length > 0) return;
      const count = (selector: string) => svg.querySelectorAll(selector).length;
      const legends = svg.closest('.timeline')?.querySelectorAll('.legend').length ?? 0;
      seen.push({
        laneBands: count('.lane-band'),
        axis: count('.axis'),
        laneNames: count('.lane-name'),
        density: count('.density'),
        legend: legends,
        marks: count('[data-event-id]'),
      });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?src=first-drawing.json');
  await expect(chart(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const first = await page.evaluate(() => (window as unknown as { __firstSeen: Record<string, number>[] }).__firstSeen[0]);
  expect(first).toEqual({ laneBands: expect.any(Number), axis: 0, laneNames: 0, density: 0, legend: 0, marks: 0 });
  expect(first!.laneBands).toBeGreaterThan(0);
  // Then all of it, and it is the same chart as ever.
  await expect(page.locator('svg.chart .axis')).toHaveCount(1);
  expect(await page.locator('svg.chart .lane-name').count()).toBe(first!.laneBands);
  expect(await page.locator('svg.chart .density').count()).toBeGreaterThan(0);
  await expect(page.locator('.legend')).toBeVisible();
  expect(await page.locator('svg.chart [data-event-id]').count()).toBeGreaterThan(40);
});
