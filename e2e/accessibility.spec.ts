import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { details, mark, openTimeline } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('axe finds no violations in the default view', async ({ page }) => {
  await openTimeline(page);
  await expectNoViolations(page);
});

test('axe finds no violations with the details open', async ({ page }) => {
  await openTimeline(page);
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await expect(details(page)).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations in the error list, nor in the dark theme', async ({ page }) => {
  await page.route('**/bad.json', (route) =>
    route.fulfill({ body: '{"version":1,"title":"x","events":[{"id":"a","start":"2025-02-30"}]}', contentType: 'application/json' }),
  );
  await page.goto('/?src=bad.json');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openTimeline(page, '?event=zakharova-statement');
  await expectNoViolations(page);
});
