// A slow download can be cancelled: the page says so (never a blank page) and can try again.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const STORY = JSON.stringify({ version: 1, title: 'Slow story', events: [{ id: 'late', title: 'It arrived', start: '2001-09-11' }] });

test('Cancel on a slow download leaves a page that says so, and Try again loads the file', async ({ page }) => {
  // The first request never gets an answer; the second one does.
  let requests = 0;
  await page.route('**/slow.json', async (route) => {
    if (++requests === 1) return;
    await route.fulfill({ body: STORY, contentType: 'application/json' });
  });
  await page.goto('/?src=slow.json');
  // A small file shows a simple line at first; after a second without an answer, the progress and Cancel.
  await expect(page.getByRole('progressbar', { name: 'Loading slow.json' })).toBeVisible();
  await expect(page.locator('#load-progress-stage')).toHaveText('Reading the file…');
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading was cancelled' })).toContainText('slow.json was not opened.');
  await expect(page.getByText('Nothing is shown. Open a file, or try again.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open file…' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slow story');
  await expect(page.locator('[data-event-id="late"]')).toHaveCount(1);
  await expect(page.getByText('Loading was cancelled')).toHaveCount(0);
  expect(requests).toBe(2);
});
