import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chart, details, mark, openTimeline, pageOverflowPx, wheel } from './helpers.ts';

const search = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Search events, quotes and sources' });

test('search finds an event by a word in one of its quotes, lists it as you type, and Enter brings it into view', async ({ page }) => {
  await openTimeline(page);
  await search(page).fill('atmosphere');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option').first()).toContainText('Russia demands NATO revoke the Bucharest promise');
  await expect(results.getByRole('option').first()).toContainText(/quote: .*poison the atmosphere on the European continent/);
  // Highlighted on the timeline: the match bright, the rest dimmed.
  await expect(mark(page, 'zakharova-statement')).not.toHaveAttribute('data-dimmed');
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('data-dimmed', '');
  await search(page).press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Russia demands NATO revoke');
  await expect(mark(page, 'zakharova-statement')).toBeInViewport();
  await expect(page).toHaveURL(/q=atmosphere/);
});

test('the arrow keys move through the results', async ({ page }) => {
  await openTimeline(page);
  await search(page).fill('NATO');
  await search(page).press('ArrowDown');
  await expect(page.getByRole('option', { selected: true })).toHaveCount(1);
  const second = await page.getByRole('option', { selected: true }).getAttribute('data-result-event');
  await search(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${second}`));
});

test('a filter hides the right events, says how many, and can dim instead', async ({ page }) => {
  await openTimeline(page);
  await page.getByText('Actors', { exact: false }).first().click();
  await page.getByRole('checkbox', { name: /Georgia/ }).check();
  await expect(page.locator('[data-event-id]')).toHaveCount(2);
  await expect(mark(page, 'bucharest-summit')).toHaveCount(1);
  await expect(mark(page, 'russo-georgian-war')).toHaveCount(1);
  await expect(page.getByText('25 of 27 events hidden')).toBeVisible();
  await expect(page).toHaveURL(/actor=georgia/);

  await page.getByLabel('Filtered out:').selectOption('dim');
  await expect(page.locator('[data-event-id]')).toHaveCount(27);
  await expect(mark(page, 'zakharova-statement')).toHaveAttribute('data-dimmed', '');
  await expect(mark(page, 'russo-georgian-war')).not.toHaveAttribute('data-dimmed');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('[data-dimmed]')).toHaveCount(0);
});

test('a filter menu closes on Escape, giving focus back to its button, and on a click elsewhere', async ({ page }) => {
  await openTimeline(page);
  const actors = page.locator('.filters summary', { hasText: 'Actors' });
  const georgia = page.getByRole('checkbox', { name: /Georgia/ });
  await actors.click();
  await expect(georgia).toBeVisible();
  await georgia.focus();
  await page.keyboard.press('Escape');
  await expect(georgia).toBeHidden();
  await expect(actors).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(georgia).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(georgia).toBeHidden();

  // Opening another menu closes the first: a press on its button is a click outside the first.
  await actors.click();
  await page.locator('.filters summary', { hasText: 'Links' }).click();
  await expect(georgia).toBeHidden();
  await expect(page.locator('.filters').getByRole('checkbox', { name: /references/ })).toBeVisible();
});

test('brushing the overview filters by date range', async ({ page }) => {
  await openTimeline(page);
  const overview = page.locator('.overview > svg');
  await overview.scrollIntoViewIfNeeded();
  // d3-brush is loaded after the first drawing; its overlay takes the drag once it is there.
  await expect(overview.locator('.brush .overlay')).toBeAttached();
  const box = (await overview.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByText(/^Dates: /)).toBeVisible();
  const shown = await page.locator('[data-event-id]').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(27);
  await expect(page).toHaveURL(/range=/);
  await page.getByRole('button', { name: 'Clear dates' }).click();
  await expect(page.locator('[data-event-id]')).toHaveCount(27);
});

test('a URL copied from one page reproduces the same window and selection in a fresh page', async ({ page, browser }) => {
  await openTimeline(page);
  const at = (await mark(page, 'bucharest-summit').locator('.shape').boundingBox())!;
  await page.mouse.move(at.x, at.y);
  await wheel(page, 5, -240);
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await details(page).getByLabel('Direction').selectOption('upstream');
  const windowText = await page.locator('.window').textContent();
  await expect(page).toHaveURL(/t=.*\.\./);
  await expect(page).toHaveURL(/chain=up/);
  const url = page.url();

  const fresh = await browser.newPage({ viewport: page.viewportSize()! });
  await fresh.goto(url);
  await expect(fresh.locator('[data-event-id]').first()).toBeVisible();
  await expect(fresh.locator('.window')).toHaveText(windowText!);
  await expect(details(fresh).getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
  await expect(details(fresh).getByLabel('Direction')).toHaveValue('upstream');
  await fresh.close();
});

test('unknown or stale parameters are ignored with a notice, never a crash', async ({ page }) => {
  await page.goto('/?utm_source=mail&event=no-such-event&t=2009..2008&actor=martians');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Some settings in this link were ignored' });
  await expect(notice).toContainText('?utm_source is not a Sourceline setting');
  await expect(notice).toContainText('t=2009..2008 is not a time span');
  await expect(notice).toContainText('event=no-such-event: there is no such event');
  await expect(notice).toContainText('actor=martians: there is no such actor');
  await expect(page.locator('[data-event-id]')).toHaveCount(27);
});

test('the Share dialog gives the link and an iframe snippet, copied by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTimeline(page, '?event=zakharova-statement');
  await page.getByRole('button', { name: 'Share' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Link')).toHaveValue(/event=zakharova-statement/);
  await expect(dialog.getByLabel('Embed in a page')).toHaveValue(
    /<iframe src="[^"]*event=zakharova-statement[^"]*&amp;embed" title="Ukraine, NATO and the Bucharest promise, 1994–2025 \(Sourceline\)"/,
  );
  await dialog.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('event=zakharova-statement');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the embed at 320×400 has no overflow, zoom controls only, a link to the full view, and no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 400 });
  await page.goto('/?embed&event=bucharest-summit');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  expect(await pageOverflowPx(page)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open file…' })).toHaveCount(0);
  await expect(search(page)).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open in Sourceline' });
  await expect(open).toHaveAttribute('href', /event=bucharest-summit/);
  expect(await open.getAttribute('href')).not.toContain('embed');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await chart(page).focus();
  await page.keyboard.press('+');
  await expect(page.locator('.window')).not.toHaveText('Showing 1992 – 2025');
});
