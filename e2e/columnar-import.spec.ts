// Parquet and Arrow files open in the browser (their readers loaded in the parse worker, under the
// app's Content-Security-Policy) and a bad row gets the flat CSV's message, placed by row and column.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './helpers.ts';

/** A good row, one without a title, one with a day that does not exist. */
const COLUMNS = {
  id: ['summit', 'nameless', 'leap'],
  title: ['Bucharest summit', '', 'A day too many'],
  start: ['2008-04-02', '2008-04-05', '2001-02-29'],
  actors: ['NATO; Ukraine', 'NATO', ''],
};
const PARQUET = Buffer.from(parquetWriteBuffer({ columnData: Object.entries(COLUMNS).map(([name, data]) => ({ name, data, type: 'STRING' as const })) }));
const ARROW = Buffer.from(tableToIPC(tableFromArrays(COLUMNS), 'file'));

async function warnings(page: Page, count: number): Promise<string[]> {
  const list = page.getByRole('status').filter({ hasText: `${count} warnings about this file` });
  await list.getByText(`${count} warnings about this file`).click();
  await expect(list.locator('li')).toHaveCount(count);
  return list.locator('li').allTextContents();
}

async function expectStory(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('[data-event-id]')).toHaveCount(1);
  await expect(page.locator('[data-event-id="summit"]')).toHaveAttribute('aria-label', /^Bucharest summit, 2 April 2008/);
  const said = (await warnings(page, 3)).join('\n');
  expect(said).toContain('row 2, column title');
  expect(said).toContain('the title is empty; the row is left out');
  expect(said).toContain('row 3, column start');
  expect(said).toContain('February 2001 has 28 days (2001 is not a leap year), so day 29 does not exist; the row is left out');
}

test('a Parquet file opened with the button shows its events, and its bad rows as the CSV says them', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openTimeline(page);
  await expect(page.getByTestId('open-file-input')).toHaveAttribute('accept', /\.parquet/);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'summits.parquet', mimeType: 'application/vnd.apache.parquet', buffer: PARQUET });
  await expectStory(page, 'summits');
  expect(errors, 'no error (a refused script or eval) in the console').toEqual([]);
});

test('an Arrow file named in ?src= is fetched and read by the worker', async ({ page }) => {
  await page.route('**/summits.arrow', (route) => route.fulfill({ body: ARROW, contentType: 'application/vnd.apache.arrow.file' }));
  await page.goto('/?src=summits.arrow');
  await expectStory(page, 'summits');
});
