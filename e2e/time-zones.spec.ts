import { expect, test, type Browser } from '@playwright/test';
import { details, mark, markNames, openTimeline, tickLabels } from './helpers.ts';

async function whatTheReaderSees(browser: Browser, timezoneId: string) {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await openTimeline(page, '?event=zakharova-statement');
  const offset = await page.evaluate(() => new Date(2025, 1, 18).getTimezoneOffset());
  const seen = {
    names: await markNames(page),
    ticks: await tickLabels(page),
    window: await page.locator('.window').textContent(),
    details: await details(page).locator('header .date').textContent(),
    quoteDates: await details(page).locator('figcaption').allTextContents(),
  };
  await mark(page, 'bucharest-summit').locator('.shape').click();
  const bucharest = await details(page).locator('header .date').textContent();
  await context.close();
  return { offset, seen, bucharest };
}

test('the story shows the same dates in Los Angeles and on Kiritimati', async ({ browser }) => {
  const la = await whatTheReaderSees(browser, 'America/Los_Angeles');
  const kiritimati = await whatTheReaderSees(browser, 'Pacific/Kiritimati');
  // The zones really differ: UTC−8 and UTC+14.
  expect(la.offset).toBe(480);
  expect(kiritimati.offset).toBe(-840);
  expect(la.seen).toEqual(kiritimati.seen);
  expect(la.seen.details).toBe('18 February 2025');
  expect(la.bucharest).toBe('2–4 April 2008');
  expect(kiritimati.bucharest).toBe('2–4 April 2008');
  expect(la.seen.names).toContain('Trump–Putin call; Trump announces negotiations, 12 February 2025, United States, Russia');
  expect(la.seen.names).toContain('Ukraine’s leaders ask for a Membership Action Plan, January 2008, Ukraine, NATO');
});
