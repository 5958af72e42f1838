import { expect, test } from '@playwright/test';
import { chart, details, mark, openTimeline, wheel } from './helpers.ts';

test('selecting the 18 February 2025 statement highlights the 2008 summit and the arc between them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page);
  // Every link is drawn, with the hooks tests and tools use.
  await expect(page.locator('[data-link-from="zakharova-statement"][data-link-to="bucharest-summit"][data-link-type="references"]')).toHaveCount(1);
  await expect(page.locator('[data-link-from="zakharova-statement"][data-link-to="bucharest-summit"][data-link-type="about"]')).toHaveCount(1);
  await expect(page.locator('[data-dimmed]')).toHaveCount(0);

  await mark(page, 'zakharova-statement').locator('.shape').click();
  const arc = page.locator('.link.highlighted[data-link-from="zakharova-statement"][data-link-to="bucharest-summit"]').first();
  await expect(arc).toBeVisible();
  for (const id of ['zakharova-statement', 'bucharest-summit']) {
    await expect(mark(page, id)).not.toHaveAttribute('data-dimmed');
    await expect(mark(page, id)).toBeInViewport();
  }
  // Downstream only, one step: the summit stays lit, events reached only through it go dark.
  await details(page).getByLabel('Direction').selectOption('downstream');
  await details(page).getByLabel('Steps').selectOption('1');
  await expect(mark(page, 'bucharest-summit')).not.toHaveAttribute('data-dimmed');
  await expect(mark(page, 'russo-georgian-war')).toHaveAttribute('data-dimmed', '');
  await expect(mark(page, 'budapest-memorandum')).toHaveAttribute('data-dimmed', '');
  await page.screenshot({ path: test.info().outputPath('chain.png') });
});

test('the details list links by type; following one selects that event and brings it into view', async ({ page }) => {
  await openTimeline(page, '?event=zakharova-statement');
  const links = details(page).getByRole('region', { name: 'Links' });
  await expect(links.getByRole('heading', { name: 'References' })).toBeVisible();
  const window = await page.locator('.window').textContent();
  // Zoom in on February 2025 first, so that 2008 is off screen and following must move the view.
  const at = (await mark(page, 'zakharova-statement').locator('.shape').boundingBox())!;
  await page.mouse.move(at.x - 30, at.y);
  await wheel(page, 6, -300);
  await expect(page.locator('.window')).not.toHaveText(window!);
  await expect(mark(page, 'bucharest-summit')).toHaveCount(0);
  // An end off screen is marked at the edge, naming where the link goes.
  await expect(page.locator('.offscreen', { hasText: 'Bucharest summit' }).first()).toBeVisible();

  await links.locator('[data-follow-event="bucharest-summit"]').first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
  await expect(page).toHaveURL(/event=bucharest-summit/);
  await expect(mark(page, 'bucharest-summit')).toBeInViewport();
});

test('link types can be switched off in the legend', async ({ page }) => {
  await openTimeline(page);
  const references = page.locator('[data-link-type="references"]');
  expect(await references.count()).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /^references/ }).uncheck();
  await expect(references).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^references/ }).check();
  expect(await references.count()).toBeGreaterThan(0);
});

test('the keyboard follows links: ↓ forward, ↑ back', async ({ page }) => {
  await openTimeline(page);
  await chart(page).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  // From the last events of 18 February 2025 to the Zakharova statement, then along its links.
  const focused = () => page.locator('[data-event-id]:focus').getAttribute('data-event-id');
  for (let i = 0; i < 5 && (await focused()) !== 'zakharova-statement'; i++) await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('zakharova-statement');
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe('bucharest-summit');
  await page.keyboard.press('ArrowUp');
  await expect.poll(focused).not.toBe('bucharest-summit');
});

test('the sources view answers "what rests on this one Reuters report?" in one click', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: /^Sources/ }).click();
  const panel = page.getByRole('complementary', { name: 'Sources' });
  await expect(panel).toBeVisible();
  const reuters = panel.locator('[data-source-item="reuters-2025-02-18"]');
  await reuters.getByRole('button', { name: /^Highlight/ }).click();
  await expect(reuters.getByRole('button', { name: /^Highlighted/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(mark(page, 'zakharova-statement')).not.toHaveAttribute('data-dimmed');
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('data-dimmed', '');
  await expect(reuters.getByRole('list', { name: 'Resting on this source' })).toContainText('Russia demands NATO revoke the Bucharest promise');
  await page.screenshot({ path: test.info().outputPath('sources.png') });
});
