// Bringing a timeline from elsewhere: TimelineJS JSON and spreadsheets (CSV) are recognised by their
// content, whether dropped, opened or named in ?src=; they show their events, and what could not be
// carried over is listed among the warnings. The data exports as CSV and reads back; the starter
// template downloads and opens.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mark, openTimeline } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../src/lib/data/import/fixtures/${name}`, import.meta.url), 'utf8');
const TIMELINEJS = fixture('timelinejs.json');
const TEMPLATE_CSV = fixture('timelinejs-template.csv');
const SOURCELINE_CSV = fixture('sourceline.csv');

async function drop(page: Page, file: { name: string; type: string; text: string }) {
  await page.evaluate((f) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([f.text], f.name, { type: f.type }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, cancelable: true, bubbles: true }));
  }, file);
}

/** Opens the warnings list and returns its items' text. */
async function warnings(page: Page, count: number): Promise<string[]> {
  const list = page.getByRole('status').filter({ hasText: `${count} warnings about this file` });
  await expect(list).toBeVisible();
  await list.getByText(`${count} warnings about this file`).click();
  // The list is drawn once the details' toggle event has come (a task later): wait for it.
  await expect(list.locator('ol.problems > li').first()).toBeVisible();
  // Warnings alike are listed once, "and 2 more like it": opened, they are listed too.
  for (const more of await list.locator('details.alike > summary').all()) await more.click();
  await expect(list.locator('li')).toHaveCount(count);
  return list.locator('li').allTextContents();
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: script from an imported file ran');
  });
});

test('a dropped TimelineJS JSON file shows its events, BCE dates, era and warnings', async ({ page }) => {
  await openTimeline(page);
  await drop(page, { name: 'greek.json', type: 'application/json', text: TIMELINEJS });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Greek wars & peace');
  await expect(page.locator('[data-event-id]')).toHaveCount(3);
  // TimelineJS's year -490 is 490 BCE; a month without a day is kept at month precision.
  await expect(mark(page, 'marathon')).toHaveAttribute('aria-label', /^Battle of Marathon, September 490 BCE/);
  await expect(page.locator('.era[data-era="Greco-Persian Wars"] .era-band')).toHaveCount(1);
  const said = await warnings(page, 6);
  expect(said.some((w) => w.includes('events[1].media.url') && w.includes('not an http(s) address'))).toBe(true);
  expect(said.some((w) => w.includes('events[3].start_date.day') && w.includes('the slide is left out'))).toBe(true);
  // No markup from the file became markup on the page.
  await mark(page, 'marathon').locator('.shape').click();
  await expect(page.getByText('Hello & bye')).toBeVisible();
  await expect(page.locator('script:text("alert")')).toHaveCount(0);
});

test('a dropped TimelineJS spreadsheet (CSV) shows its events, with warnings by row and column', async ({ page }) => {
  await openTimeline(page);
  await drop(page, { name: 'computing.csv', type: 'text/csv', text: TEMPLATE_CSV });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computing firsts');
  await expect(page.locator('[data-event-id]')).toHaveCount(5);
  await expect(mark(page, 'eagle-lands-1969-07-20T20:17')).toHaveCount(1);
  const said = await warnings(page, 7);
  expect(said.some((w) => w.includes('row 8, column Year') && w.includes('"19x9"'))).toBe(true);
  expect(said.some((w) => w.includes('row 9, column Month'))).toBe(true);
});

test('a Sourceline CSV opened with the button shows its events, and an unknown column is a warning', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByTestId('open-file-input')).toHaveAttribute('accept', /\.csv/);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'bucharest.csv', mimeType: 'text/csv', buffer: Buffer.from(SOURCELINE_CSV) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('bucharest');
  await expect(page.locator('[data-event-id]')).toHaveCount(4);
  const said = await warnings(page, 6);
  expect(said.some((w) => w.includes('column Mood') && w.includes('not a column'))).toBe(true);
  expect(said.some((w) => w.includes('row 4, column Start'))).toBe(true);
});

test('?src= of a CSV served as text/csv opens it', async ({ page }) => {
  await page.route('**/sheet.csv', (route) => route.fulfill({ body: TEMPLATE_CSV, contentType: 'text/csv; charset=utf-8' }));
  await page.goto('/?src=sheet.csv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computing firsts');
  await expect(page.locator('[data-event-id]')).toHaveCount(5);
});

test('a file in no format Sourceline reads is refused clearly', async ({ page }) => {
  await openTimeline(page);
  await drop(page, { name: 'notes.txt', type: 'text/plain', text: 'Dear reader, this is not data.' });
  await expect(page.getByRole('alert')).toContainText('neither JSON nor a CSV with a header row');
});

test('the data exports as CSV, and the CSV opens as the same events', async ({ page }) => {
  await openTimeline(page);
  const ids = await page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')).sort());
  const downloading = page.waitForEvent('download');
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Data (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\n')[0]).toBe(
    'id,title,start,end,approximate,actors,tags,summary,place,latitude,longitude,source title,source URL,quote,speaker,media,media type,media alt,media caption,media credit',
  );
  await page.getByTestId('open-file-input').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('export');
  await expect.poll(() => page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')).sort())).toEqual(ids);
});

test('"Start from a template" downloads a starter file that opens without a problem', async ({ page }) => {
  await openTimeline(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Start from a template' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('sourceline-starter.json');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text).$schema).toMatch(/^http:\/\/localhost:\d+\/schema\/v1\.json$/);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'starter.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My chronology');
  await expect(page.locator('[data-event-id]')).toHaveCount(3);
  await expect(page.getByText(/warnings? about this file/)).toHaveCount(0);
});
