// Places and media in the editor, as a journalist would use them: a place with coordinates, chosen on
// an event, puts the event on the map where the place is; a picture with its credit shows in the
// event's details once the file is downloaded and reopened; a bad latitude or a refused media address
// is flagged at its field with the loader's message while the rest of the draft is kept; the media
// list is reordered by keyboard; the new forms have no axe violations and fit 320 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { details, mark, openTimeline, pageOverflowPx } from './helpers.ts';
import { form, pick, toolbar } from './helpers-edit.ts';
import { screenOf } from './helpers-map.ts';

/** A 1×1 PNG, made here (nothing fetched). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const ALT = 'Engineers under the rusted arch of the bridge';
const CREDIT = 'Photo: Town council';

const problemsRegion = (page: Page) => page.getByRole('region', { name: 'Problems in the draft' });

async function expectNoViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function newChronologyWithEvent(page: Page) {
  await page.route(
    (url) => url.pathname === '/media/bridge.png',
    (route) => route.fulfill({ contentType: 'image/png', body: PNG }),
  );
  await page.goto('/');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await page.getByRole('button', { name: 'New chronology' }).click();
  await form(page, 'Edit chronology').locator('input[name="title"]').fill('The old bridge');
  await toolbar(page).getByRole('button', { name: 'Add event' }).click();
  const event = form(page, 'Edit event');
  await event.locator('input[name="title"]').fill('Inspection of the bridge');
  await event.locator('input[name="start"]').fill('2024-01-15');
  await expect(mark(page, 'inspection-of-the-bridge')).toBeVisible();
}

test('a place with coordinates, picked on an event, puts it on the map; its picture and credit show in its details', async ({ page }, testInfo) => {
  await newChronologyWithEvent(page);

  // The place: a name, and longitude and latitude in their own boxes.
  await toolbar(page).getByRole('button', { name: 'Add place' }).click();
  const place = form(page, 'Edit place');
  await place.locator('input[name="name"]').fill('Bucharest, Romania');
  await place.getByLabel('Longitude', { exact: true }).fill('26.1');
  await place.getByLabel('Latitude', { exact: true }).fill('44.43');
  await expect(place.getByLabel('Latitude', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(place.locator('input[name="id"]')).toHaveValue('bucharest-romania');
  await place.getByRole('button', { name: 'Close edit place' }).click();

  // Picked on the event by its name (never by typing an id).
  await mark(page, 'inspection-of-the-bridge').focus();
  await page.keyboard.press('Enter');
  const event = form(page, 'Edit event');
  await pick(page, event.locator('input[name="placeId"]'), 'Bucharest');
  await expect(event.locator('input[name="placeId"]')).toHaveValue('Bucharest, Romania');
  // The place's own form is a button away, and lists the events placed there.
  await event.getByRole('button', { name: 'Edit place “Bucharest, Romania”' }).click();
  const placedHere = form(page, 'Edit place').getByRole('list', { name: 'Placed here' });
  await expect(placedHere).toHaveText('Inspection of the bridge');
  await expectNoViolations(page, '.edit-panel');
  await placedHere.getByRole('button', { name: 'Inspection of the bridge' }).click();

  // A picture, with its alt text, caption and credit; previewed as readers will see it.
  await event.getByRole('button', { name: 'Add picture or other media' }).click();
  const url = event.locator('input[name="url"]');
  await expect(url).toBeFocused();
  await url.fill('/media/bridge.png');
  await event.locator('input[name="alt"]').fill(ALT);
  await event.locator('input[name="caption"]').fill('The inspection, seen from the river bank');
  await event.locator('input[name="credit"]').fill(CREDIT);
  await expect(problemsRegion(page)).toContainText('No errors.');
  await expect(event.locator('.preview figcaption')).toContainText(CREDIT);

  // On the map, the event is where Bucharest is.
  await page.getByRole('group', { name: 'Show the chronology as' }).getByRole('button', { name: 'Map' }).click();
  const svg = page.locator('svg.geo-map');
  await expect(svg).toHaveAttribute('aria-busy', 'false');
  const marker = page.locator('[data-map-events~="inspection-of-the-bridge"]');
  await expect(marker).toBeVisible();
  const box = (await marker.boundingBox())!;
  const [x, y] = await screenOf(page, [26.1, 44.43]);
  expect(Math.abs(box.x + box.width / 2 - x)).toBeLessThan(6);
  expect(Math.abs(box.y + box.height / 2 - y)).toBeLessThan(6);

  // Downloaded, the file passes the terminal's check; reopened, its details show the picture with its credit.
  const download = page.waitForEvent('download');
  await toolbar(page).getByRole('button', { name: 'Download JSON' }).click();
  const file = testInfo.outputPath('the-old-bridge.json');
  await (await download).saveAs(file);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(json.places).toEqual([{ id: 'bucharest-romania', name: 'Bucharest, Romania', coordinates: [26.1, 44.43] }]);
  expect(json.events).toEqual([
    expect.objectContaining({
      placeId: 'bucharest-romania',
      media: [{ url: '/media/bridge.png', type: 'image', alt: ALT, caption: 'The inspection, seen from the river bank', credit: CREDIT }],
    }),
  ]);
  execFileSync('npx', ['tsx', 'scripts/validate.ts', file], { stdio: 'pipe' });

  await page.goto('/');
  await page.locator('input[type="file"]').first().setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The old bridge');
  await mark(page, 'inspection-of-the-bridge').click();
  await expect(details(page).getByRole('img', { name: ALT })).toBeVisible();
  await expect(details(page).locator('figcaption')).toContainText(CREDIT);
  await expect(details(page)).toContainText('Bucharest, Romania');
});

test('a bad latitude and a refused media address are flagged at their fields; the rest of the draft is kept', async ({ page }) => {
  await openTimeline(page, '?edit');
  await expect(toolbar(page)).toBeVisible();
  await expect(mark(page, 'bucharest-summit')).toBeVisible();
  const marks = await page.locator('[data-event-id]').count();

  await toolbar(page).getByRole('button', { name: 'Add place' }).click();
  const place = form(page, 'Edit place');
  await place.locator('input[name="name"]').fill('Kyiv, Ukraine');
  await place.getByLabel('Longitude', { exact: true }).fill('30.52');
  await place.getByLabel('Latitude', { exact: true }).fill('150.45');
  const latitude = place.getByLabel('Latitude', { exact: true });
  await expect(latitude).toHaveAttribute('aria-invalid', 'true');
  await expect(place.getByLabel('Longitude', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(place).toContainText('the latitude 150.45 is beyond ±90');
  await expect(place).toContainText('Fix: write [longitude, latitude]: [150.45, 30.52]');
  // The description read with the box is the loader's message.
  const describedBy = (await latitude.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(`[id="${describedBy[0]}"]`)).toContainText('beyond ±90');
  // Kept, not dropped: the name and the typed number stay; the timeline keeps its last valid drawing.
  await expect(place.locator('input[name="name"]')).toHaveValue('Kyiv, Ukraine');
  await expect(latitude).toHaveValue('150.45');
  await expect(problemsRegion(page)).toContainText('places[');
  await expect(page.locator('[data-event-id]')).toHaveCount(marks);

  // Beyond ±90 and not a longitude either: said so, with what a latitude is.
  await place.getByLabel('Longitude', { exact: true }).fill('130.52');
  await expect(place).toContainText('Fix: a latitude runs from -90 (the South Pole) to 90 (the North Pole)');

  // A pair the wrong way round is said so, and one button swaps it.
  await place.getByLabel('Longitude', { exact: true }).fill('-33.87');
  await latitude.fill('151.21');
  await expect(place).toContainText('looks like [latitude, longitude], the wrong way round');
  await place.getByRole('button', { name: 'Swap longitude and latitude' }).click();
  await expect(place.getByLabel('Longitude', { exact: true })).toHaveValue('151.21');
  await expect(latitude).toHaveValue('-33.87');
  await expect(latitude).not.toHaveAttribute('aria-invalid', 'true');

  // A pasted pair is read latitude first, as web maps copy it.
  await place.getByLabel('Or paste “latitude, longitude” as a web map copies it').fill('50.45, 30.52');
  await place.getByLabel('Or paste “latitude, longitude” as a web map copies it').press('Tab');
  await expect(place.getByLabel('Longitude', { exact: true })).toHaveValue('30.52');
  await expect(latitude).toHaveValue('50.45');
  await expect(place).toContainText('Read as latitude 50.45, longitude 30.52.');

  // Undo takes the paste back; redo brings it again.
  await toolbar(page).getByRole('button', { name: 'Undo' }).click();
  await expect(latitude).toHaveValue('-33.87');
  await toolbar(page).getByRole('button', { name: 'Redo' }).click();
  await expect(latitude).toHaveValue('50.45');

  // A media address the loader refuses is flagged at its field, kept as written.
  await mark(page, 'bucharest-summit').focus();
  await page.keyboard.press('Enter');
  const event = form(page, 'Edit event');
  await event.getByRole('button', { name: 'Add picture or other media' }).click();
  const url = event.locator('input[name="url"]');
  await url.fill('http://example.org/summit.jpg');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(event).toContainText('media must load over https:, not http:');
  await url.fill('javascript:alert(1)');
  await expect(event).toContainText('media must be an https: address or a path on this site, not "javascript:"');
  await expect(url).toHaveValue('javascript:alert(1)');
  // An image without alt text is flagged at that field.
  await expect(event.locator('input[name="alt"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(event.locator('input[name="title"]')).toHaveValue(/^Bucharest summit/);
  // The place typed before is still in the draft, with its coordinates.
  await event.getByRole('button', { name: 'Close edit event' }).click();
  await page
    .getByRole('group', { name: 'Show' })
    .getByRole('button', { name: /^Places \(/ })
    .click();
  await page.getByRole('button', { name: 'Kyiv, Ukraine' }).last().click();
  await expect(form(page, 'Edit place').getByLabel('Latitude', { exact: true })).toHaveValue('50.45');
  await expect(problemsRegion(page)).toContainText('media must');
});

test('media are reordered and removed by keyboard; the new forms are axe-clean and fit 320 px', async ({ page }) => {
  await page.route(
    (url) => url.pathname.startsWith('/media/'),
    (route) => route.fulfill({ contentType: 'image/png', body: PNG }),
  );
  await openTimeline(page, '?edit');
  await expect(mark(page, 'bucharest-summit')).toBeVisible();
  await mark(page, 'bucharest-summit').focus();
  await page.keyboard.press('Enter');
  const event = form(page, 'Edit event');
  for (const name of ['first', 'second']) {
    await event.getByRole('button', { name: 'Add picture or other media' }).click();
    await page.keyboard.type(`/media/${name}.png`);
    const alt = event.locator('input[name="alt"]').last();
    await alt.fill(`The ${name} picture`);
    await event.locator('input[name="credit"]').last().fill(`Photo: ${name}`);
  }
  const urls = event.locator('input[name="url"]');
  await expect(urls).toHaveCount(2);

  // Move the second up by keyboard: focus stays on the button pressed, at the picture's new place.
  await event.getByRole('button', { name: 'Move picture 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(urls.nth(0)).toHaveValue('/media/second.png');
  await expect(urls.nth(1)).toHaveValue('/media/first.png');
  await expect(event.getByRole('button', { name: 'Move picture 1 down' })).toBeFocused();
  await expect(event.getByRole('button', { name: 'Move picture 1 up' })).toBeDisabled();
  await expect(problemsRegion(page)).toContainText('No errors.');
  await expectNoViolations(page, '.edit-panel');

  // Undo puts them back in order.
  await page.keyboard.press('Control+z');
  await expect(urls.nth(0)).toHaveValue('/media/first.png');

  // Removed by keyboard; focus goes to the next one's Remove.
  await event.getByRole('button', { name: 'Remove picture 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(urls).toHaveCount(1);
  await expect(urls.nth(0)).toHaveValue('/media/second.png');
  await expect(event.getByRole('button', { name: 'Remove picture 1' })).toBeFocused();

  // The place form and the event form with a place and its own coordinates, at 320 px wide.
  await page.setViewportSize({ width: 320, height: 740 });
  await event.locator('summary', { hasText: 'Coordinates of its own' }).click();
  await event.getByLabel('Latitude', { exact: true }).fill('44');
  await event.getByLabel('Longitude', { exact: true }).fill('200');
  await expect(event).toContainText('the longitude 200 is beyond ±180');
  await expect(event.getByLabel('Longitude', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, '.edit-panel');
  expect(await pageOverflowPx(page)).toBeLessThanOrEqual(1);
  await toolbar(page).getByRole('button', { name: 'Add place' }).click();
  await expect(form(page, 'Edit place')).toBeVisible();
  await expectNoViolations(page, '.edit-panel');
  expect(await pageOverflowPx(page)).toBeLessThanOrEqual(1);
});
