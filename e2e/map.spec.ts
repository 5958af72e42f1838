// The map view: events where their cities are (checked against d3-geo's Mercator with the map's own
// fitted scale and zoom), selection both ways with the timeline, brushing an area filters the
// timeline, keyboard use, export, and no axe violations in either theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { details, mark } from './helpers.ts';
import { screenOf } from './helpers-map.ts';

/** Well-known city coordinates, [longitude, latitude] (not read from the data: the data is checked too). */
const CITIES = {
  Bucharest: { event: 'bucharest-summit', at: [26.1, 44.43] },
  Moscow: { event: 'zakharova-statement', at: [37.62, 55.76] },
  Washington: { event: 'washington-summit', at: [-77.04, 38.91] },
  Riyadh: { event: 'riyadh-talks', at: [46.72, 24.71] },
  Ankara: { event: 'zelenskyy-ankara', at: [32.85, 39.93] },
} as const;

const map = (page: Page) => page.locator('svg.geo-map');
const marker = (page: Page, eventId: string) => page.locator(`[data-map-events~="${eventId}"]`);

async function openMap(page: Page, search = '') {
  await page.goto(`/?view=map${search}`);
  await expect(map(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('svg.geo-map path.land')).toHaveCount(1);
  await expect(page.locator('[data-map-marker]').first()).toBeVisible();
}

async function centreOf(locator: Locator): Promise<[number, number]> {
  const box = (await locator.locator('circle.dot').boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

test('the Bucharest, Moscow, Washington, Riyadh and Ankara events are where those cities are', async ({ page }) => {
  await openMap(page);
  const placed: Record<string, [number, number]> = {};
  for (const [city, { event, at }] of Object.entries(CITIES)) {
    const [ex, ey] = await screenOf(page, at);
    const [mx, my] = await centreOf(marker(page, event));
    expect(Math.abs(mx - ex), `${city}: x`).toBeLessThan(2);
    expect(Math.abs(my - ey), `${city}: y`).toBeLessThan(2);
    placed[city] = [mx, my];
  }
  // And the map reads as a map: west to east, north to south.
  expect(placed.Washington![0]).toBeLessThan(placed.Bucharest![0]);
  expect(placed.Bucharest![0]).toBeLessThan(placed.Ankara![0]);
  expect(placed.Ankara![0]).toBeLessThan(placed.Riyadh![0]);
  expect(placed.Moscow![1]).toBeLessThan(placed.Bucharest![1]);
  expect(placed.Bucharest![1]).toBeLessThan(placed.Riyadh![1]);
  // Moscow's three events share one marker that names the place and the count.
  await expect(marker(page, 'zakharova-statement')).toHaveAttribute('aria-label', 'Moscow, Russia: 3 events');
});

test('selecting Moscow’s event on the map selects it on the timeline, and the reverse', async ({ page }) => {
  await openMap(page);
  await marker(page, 'zakharova-statement').click();
  const list = page.getByRole('dialog', { name: 'Events at Moscow, Russia' });
  await expect(list).toBeVisible();
  await list.getByRole('button', { name: /Russia demands NATO revoke the Bucharest promise/ }).click();
  await expect(mark(page, 'zakharova-statement')).toHaveAttribute('aria-pressed', 'true');
  await expect(details(page)).toContainText('Russia demands NATO revoke the Bucharest promise');
  expect(page.url()).toContain('event=zakharova-statement');
  await expect(marker(page, 'zakharova-statement')).toHaveClass(/selected/);

  // The reverse: an event chosen on the timeline is marked on the map.
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await expect(marker(page, 'bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
  await expect(marker(page, 'bucharest-summit')).toHaveClass(/selected/);
  await expect(marker(page, 'zakharova-statement')).not.toHaveClass(/selected/);
});

test('the map shows the events in the timeline’s window', async ({ page }) => {
  await openMap(page, '&t=2025-02-01..2025-03-01');
  await expect(marker(page, 'riyadh-talks')).toBeVisible();
  await expect(marker(page, 'bucharest-summit')).toHaveCount(0);
  // In that window Moscow holds one event: choosing it selects it at once.
  await expect(marker(page, 'zakharova-statement')).toHaveAttribute(
    'aria-label',
    /^Russia demands NATO revoke the Bucharest promise, 18 February 2025, Moscow, Russia$/,
  );
  await marker(page, 'zakharova-statement').click();
  await expect(mark(page, 'zakharova-statement')).toHaveAttribute('aria-pressed', 'true');
});

test('brushing Europe filters the timeline: Riyadh and Washington are left out', async ({ page }) => {
  await openMap(page);
  await expect(mark(page, 'riyadh-talks')).toHaveCount(1);
  await page.getByRole('button', { name: 'Select area' }).click();
  // From west of Portugal and north of Moscow (as far north as the fitted view shows) to the south-east of Ankara.
  const [x0, y0] = await screenOf(page, [-12, 58]);
  const [x1, y1] = await screenOf(page, [45, 34]);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
  await page.mouse.move(x1, y1, { steps: 4 });
  await page.mouse.up();
  await expect(page.locator('[data-filter-area]')).toContainText('Area:');
  await expect(mark(page, 'riyadh-talks')).toHaveCount(0);
  await expect(mark(page, 'washington-summit')).toHaveCount(0);
  await expect(mark(page, 'bucharest-summit')).toHaveCount(1);
  // Left out: Riyadh, Washington, Independence (Missouri), and the five events with no place.
  await expect(page.getByText('8 of 27 events hidden')).toBeVisible();
  await expect(marker(page, 'riyadh-talks')).toHaveCount(0);
  await expect(marker(page, 'zakharova-statement')).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).searchParams.get('area')).toMatch(/^-1[12](\.\d+)?,3[34](\.\d+)?,4[45](\.\d+)?,5[78](\.\d+)?$/);

  // The link reproduces the filter; clearing it brings Riyadh back.
  await page.reload();
  await expect(mark(page, 'bucharest-summit')).toHaveCount(1);
  await expect(mark(page, 'riyadh-talks')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove the area filter' }).click();
  await expect(mark(page, 'riyadh-talks')).toHaveCount(1);
});

test('keyboard: Tab reaches a marker, arrows move between markers, Enter selects; + zooms', async ({ page }) => {
  await openMap(page);
  await map(page).focus();
  const before = await map(page).getAttribute('data-zoom');
  await page.keyboard.press('+');
  await expect(map(page)).not.toHaveAttribute('data-zoom', before!);
  await page.keyboard.press('0');
  // Back at rest where it began (on a busy machine the reset's move may not have begun when first asked).
  await expect(map(page)).toHaveAttribute('data-zoom', before!);
  await expect(map(page)).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('Tab');
  const focused = page.locator('[data-map-marker]:focus');
  await expect(focused).toHaveCount(1);
  // The westernmost marker first: Independence, Missouri (1999).
  await expect(focused).toHaveAttribute('data-map-events', 'enlargement-1999');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-map-marker]:focus')).toHaveAttribute('data-map-events', 'washington-summit');
  await page.keyboard.press('Enter');
  await expect(mark(page, 'washington-summit')).toHaveAttribute('aria-pressed', 'true');
});

test('the map as a list selects as the map does', async ({ page }) => {
  await openMap(page);
  await page.getByText('The map as a list').click();
  await expect(page.locator('.map-places')).toContainText('5 events have no place');
  await page.locator('.map-places').getByRole('button', { name: 'US–Russia talks in Riyadh' }).click();
  await expect(mark(page, 'riyadh-talks')).toHaveAttribute('aria-pressed', 'true');
});

test('the map exports as SVG, titled as the map', async ({ page }) => {
  await openMap(page);
  const download = page.waitForEvent('download');
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Image (SVG)' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text).toMatch(/<title>Ukraine, NATO and the Bucharest promise, 1994–2025: the map, 199\d – 2025<\/title>/);
  expect(text).toContain('Bucharest, Romania');
  expect(text).not.toContain('data-map-events');
});

test('printing shows the map above the timeline, both copied for paper, and no controls', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMap(page);
  await expect(page.locator('.print-chronology[data-picture-ready]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pictures = page.locator('.print-chart svg');
  await expect(pictures).toHaveCount(2);
  await expect(pictures.first()).toContainText('Bucharest, Romania');
  await expect(map(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Select area' })).toBeHidden();
  // Paper is light: the copied map's water is the light theme's, though the screen is dark.
  const fills = await pictures
    .first()
    .locator('rect')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
  expect(fills).toContain('rgb(238, 243, 247)');
});

test('axe finds no violations on the map, in light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, '&event=bucharest-summit');
    await page.getByText('The map as a list').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
