// What a reader meets first (issue 13): links told the right way, zoom that stays under the pointer,
// a selection brought into view, embeds that fit, a presentation ready for a room, a phone layout,
// exports for publishing. Each test was failing before its fix, at the viewport where it was seen.
import { expect, test, type Page } from '@playwright/test';
import { chart, chartAtRest, details, mark, openTimeline } from './helpers.ts';

const slide = (page: Page) => page.locator('.slide');
const linkList = (page: Page, heading: string) => slide(page).locator('.led', { has: page.getByRole('heading', { name: heading }) });

test.describe('presentation: links told the right way', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('at the annexation of Crimea, the later answer is what followed, not what led there', async ({ page }) => {
    await page.goto('/?present&step=4');
    await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('Russia annexes Crimea');
    await expect(linkList(page, 'What followed')).toContainText('Answered by Ukraine drops its non-bloc status');
    await expect(linkList(page, 'What led here')).not.toContainText('non-bloc status');
  });

  test('at Ukraine dropping non-bloc status, the annexation is what it responds to', async ({ page }) => {
    await page.goto('/?present&step=5');
    await expect(linkList(page, 'What led here')).toContainText('Responds to Russia annexes Crimea');
  });

  test('at Bucharest, nothing from 2025 is listed as leading there', async ({ page }) => {
    await page.goto('/?present&step=1');
    await expect(linkList(page, 'What led here')).toContainText('Responds to');
    await expect(linkList(page, 'What led here')).not.toContainText('2025');
    await expect(linkList(page, 'What followed')).toContainText('2025');
  });
});
