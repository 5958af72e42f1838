// Ten thousand actors, one event each: ten thousand lanes. Only the lanes near the reader's sight are
// laid out and drawn (the page stays small and quick), and scrolling or selecting brings the others.
import { expect, test, type Page } from '@playwright/test';
import { chart, chartAtRest, details, mark, openTimeline } from './helpers.ts';

const ACTORS = 10_000;

function manyActors(): Buffer {
  const actors = Array.from({ length: ACTORS }, (_, i) => ({ id: `actor-${i + 1}`, name: `Actor ${i + 1}` }));
  const day = (i: number) => new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))).toISOString().slice(0, 10);
  const events = actors.map((a, i) => ({ id: `event-${i + 1}`, title: `Event ${i + 1}`, start: day(i), actors: [a.id] }));
  return Buffer.from(JSON.stringify({ version: 1, title: 'Ten thousand actors', actors, events }));
}

/** The lanes whose names are on screen. */
const namesInSight = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.lane-name')]
      .filter((g) => {
        const r = g.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      })
      .map((g) => g.querySelector('text')!.textContent!.trim()),
  );

test.use({ viewport: { width: 1440, height: 900 } });

test('ten thousand lanes: the page draws those in sight, scrolling brings the others, a search reaches any', async ({ page }) => {
  test.setTimeout(120_000);
  await openTimeline(page);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'actors.json', mimeType: 'application/json', buffer: manyActors() });
  await expect(chart(page)).toHaveAttribute('aria-label', /10,000 events/, { timeout: 60_000 });
  await chartAtRest(page);
  // The first lanes, named, with their events labelled; the page's size bounded by the screen.
  await expect.poll(() => namesInSight(page)).toContain('Actor 1');
  await expect(mark(page, 'event-1')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(3_000);

  // The last lane, at the bottom of a very tall chart.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => namesInSight(page)).toContain(`Actor ${ACTORS}`);
  await expect(mark(page, `event-${ACTORS}`)).toBeInViewport();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(3_000);

  // Back to the top, then a search for an event half-way down: selected and brought into sight.
  await page.evaluate(() => window.scrollTo(0, 0));
  const search = page.getByRole('combobox', { name: 'Search events, quotes and sources' });
  await search.fill('Event 5000');
  await search.press('Enter');
  await expect(details(page)).toContainText('Event 5000');
  await chartAtRest(page);
  await expect(mark(page, 'event-5000')).toBeInViewport();
  await expect.poll(() => namesInSight(page)).toContain('Actor 5000');
});
