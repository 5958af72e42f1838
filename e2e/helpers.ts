// Shared steps for the end-to-end specs.
import { expect, type Page } from '@playwright/test';

export const chart = (page: Page) => page.getByRole('group', { name: /^Timeline of/ });
export const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
export const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

export async function openTimeline(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await appStarted(page);
}

/** Waits until the app runs on the page: a prerendered page shows its drawing before (main.ts sets html[data-app]). */
export async function appStarted(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', '');
}

export async function tickLabels(page: Page): Promise<string[]> {
  return page.locator('.axis .tick text').allTextContents();
}

/** The accessible names of every event mark, in document order. */
export async function markNames(page: Page): Promise<string[]> {
  return page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
}

/**
 * How far the page is wider than the window, in the frame the reader sees: measured two frames on, since a
 * window just resized is laid out once before the ResizeObservers have told the chart its new width.
 */
export async function pageOverflowPx(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the chart says it is at rest (aria-busy="false"): no gesture or animated move under way. */
export async function chartAtRest(page: Page) {
  // Two frames first: what the last input set moving has begun (and said so) by then.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.locator('svg.chart')).toHaveAttribute('aria-busy', 'false');
}

/** Wheel notches over where the pointer is, then waits for the chart to rest. */
export async function wheel(page: Page, notches: number, deltaY = -240) {
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, deltaY);
  await chartAtRest(page);
}
