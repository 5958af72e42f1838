// Where no worker may start (a strict policy, some sandboxes), the page parses the file itself,
// with the worker's own module: the story still opens.
import { expect, test } from '@playwright/test';
import { mark } from './helpers.ts';

test('the story opens when workers are refused', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', {
      value: class {
        constructor() {
          throw new DOMException('Workers are not allowed here', 'SecurityError');
        }
      },
    });
  });
  await page.goto('/');
  await expect(mark(page, 'bucharest-summit')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bucharest promise');
  expect(page.workers()).toHaveLength(0);
});

test('a broken file is still reported in full when workers are refused', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await page.route('**/bad.json', (route) =>
    route.fulfill({ body: '{"version":1,"title":"x","events":[{"id":"a","title":"A","start":"2025-02-30"}]}', contentType: 'application/json' }),
  );
  await page.goto('/?src=bad.json');
  await expect(page.getByRole('alert')).toContainText('February 2025 has 28 days');
});
