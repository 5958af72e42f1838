import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chart, details, mark, openTimeline, pageOverflowPx } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
const slide = (page: Page) => page.locator('.slide');
const stepOf = (page: Page) => new URL(page.url()).searchParams.get('step') ?? '1';

test.describe('presentation mode', () => {
  test('steps forward and back with the clicker keys, and keeps the step in the URL', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?present');
    const presentation = page.getByRole('region', { name: /^Presentation:/ });
    await expect(presentation).toBeVisible();
    await expect(page.getByText('Step 1 of 13')).toBeVisible();
    await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
    for (const [key, step] of [
      ['PageDown', '2'],
      ['ArrowRight', '3'],
      [' ', '4'],
      ['PageUp', '3'],
      ['ArrowLeft', '2'],
      ['End', '13'],
      ['Home', '1'],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => stepOf(page), `after ${key}`).toBe(step);
      await expect(page.getByText(`Step ${step} of 13`)).toBeVisible();
    }
    await expect(page).toHaveURL(/[?&]present/);
    // Large type for the back of a room: 32 px or more for the date, title, summary and quote.
    for (const selector of ['.date', 'h2', '.summary', 'blockquote p']) {
      const px = await slide(page)
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(px, selector).toBeGreaterThanOrEqual(32);
    }
    await page.keyboard.press('Escape');
    await expect(presentation).toHaveCount(0);
    await expect(page).not.toHaveURL(/present/);
  });

  test('opens at the step a link names, with the timeline on its event and the links that led there', async ({ page }) => {
    await page.goto('/?present&step=11');
    await expect(page.getByText('Step 11 of 13')).toBeVisible();
    await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('Russia demands NATO revoke the Bucharest promise');
    await expect(slide(page).locator('blockquote').first()).toContainText('revoke the promise it made at the Bucharest summit in 2008.');
    await expect(slide(page).getByRole('heading', { name: 'What led here' })).toBeVisible();
    await expect(mark(page, 'zakharova-statement')).toHaveAttribute('aria-pressed', 'true');
    await expect(mark(page, 'zakharova-statement')).toBeInViewport();
    // Speaker notes are not on the shared screen.
    await expect(page.getByText('Compare the Euromaidan Press and Reuters renderings')).toHaveCount(0);
    await expectNoViolations(page);
  });

  test('the presenter view shows the notes and stays in step with the presentation', async ({ page, context }) => {
    await page.goto('/?present&step=2');
    await expect(page.getByText('Step 2 of 13')).toBeVisible();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await presenter.waitForLoadState();
    await expect(presenter.getByRole('main', { name: 'Presenter view' })).toBeVisible();
    await expect(presenter.getByText('Step 2 of 13')).toBeVisible();
    await expect(presenter.getByText('Four months later, war in Georgia.', { exact: false })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(presenter.getByText('Step 3 of 13')).toBeVisible();
    await expect(presenter.getByText("Ukraine's own parliament sets the membership goal aside", { exact: false })).toBeVisible();
    // And the presenter can lead.
    await presenter.keyboard.press('PageDown');
    await expect(page.getByText('Step 4 of 13')).toBeVisible();
  });
});

test('a quote’s note is shown with it, apart from the words: on the slide, in the details and in the list', async ({ page }) => {
  await page.goto('/?present&step=10');
  await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('Hegseth');
  const quote = slide(page).locator('figure.quote');
  await expect(quote.locator('blockquote')).toHaveText('unrealistic.');
  await expect(quote.locator('figcaption')).toContainText('Note: The article applies the word to Ukraine’s NATO hopes.');
  await expect(quote.locator('figcaption')).toContainText('returning to Ukraine’s pre-2014 borders');
  await page.keyboard.press('Escape');

  await openTimeline(page, '?event=hegseth-udcg');
  const word = details(page).locator('[data-quote-id="hegseth-unrealistic"]');
  await expect(word.locator('blockquote')).toHaveText('unrealistic.');
  await expect(word.locator('figcaption')).toContainText('Note: The article applies the word');
  // The full sentences it points to are there too, in the same event.
  await expect(details(page).locator('[data-quote-id="hegseth-pre-2014-borders"] blockquote')).toContainText('an unrealistic objective.');
  await expect(details(page).locator('[data-quote-id="hegseth-realistic-outcome"] blockquote')).toContainText(
    'a realistic outcome of a negotiated settlement.',
  );

  await page.getByRole('button', { name: 'List', exact: true }).click();
  const listed = page.getByRole('region', { name: 'Chronology as a list' }).locator('[data-quote-id="hegseth-unrealistic"]');
  await expect(listed.locator('figcaption')).toContainText('Note: The article applies the word');
});

test('the list view presents the same chronology as a document, in sync with the timeline', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openTimeline(page, '?event=bucharest-summit');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const list = page.getByRole('region', { name: 'Chronology as a list' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('heading', { level: 2, name: '2008' })).toBeVisible();
  await expect(list.getByRole('article')).toHaveCount(27);
  const summit = list.locator('[data-list-event="bucharest-summit"]');
  await expect(summit.getByRole('button', { name: /Bucharest summit/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(summit).toContainText('2–4 April 2008');
  await expect(summit.locator('blockquote')).toContainText('We agreed today that these countries will become members of NATO.');
  await list
    .locator('[data-list-event="zakharova-statement"]')
    .getByRole('button', { name: /Russia demands/ })
    .click();
  await expect(page).toHaveURL(/event=zakharova-statement/);
  expect(await pageOverflowPx(page)).toBeLessThanOrEqual(1);
  await page.screenshot({ path: test.info().outputPath('list-320.png'), fullPage: false });
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(mark(page, 'zakharova-statement')).toHaveAttribute('aria-pressed', 'true');
});

test('the dark theme can be chosen, and passes axe', async ({ page }) => {
  await openTimeline(page, '?event=zakharova-statement');
  const theme = page.getByRole('button', { name: /^Theme:/ });
  await theme.click();
  await expect(theme).toHaveText('Theme: light');
  await theme.click();
  await expect(theme).toHaveText('Theme: dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(20, 22, 25)');
  await expectNoViolations(page);
  await theme.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('selection and zoom are announced politely', async ({ page }) => {
  await openTimeline(page);
  const announcer = page.getByTestId('announcer');
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await expect(announcer).toHaveText('Selected: Bucharest summit: “these countries will become members of NATO”, 2–4 April 2008.');
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(announcer).toHaveText(/^Showing .+\.$/);
});

test('a keyboard-only run reaches every control and every event', async ({ page }) => {
  await openTimeline(page);
  const reached = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return el.getAttribute('data-event-id') ? 'event' : `${el.tagName}:${name.trim().slice(0, 40)}`;
    });
    reached.add(id);
  }
  for (const control of [
    'BUTTON:Open file…',
    'BUTTON:Present',
    'INPUT:Search events, quotes and sources',
    'SUMMARY:Actors',
    'BUTTON:Zoom in',
    'BUTTON:Zoom out',
    'BUTTON:Fit all',
    'INPUT:',
    'event',
  ])
    expect(
      [...reached].some((r) => r.startsWith(control)),
      `${control} reached by Tab`,
    ).toBe(true);
  // Every event, from the single tab stop, by arrow keys.
  await chart(page).focus();
  await page.keyboard.press('Tab');
  const events = new Set<string>();
  for (let i = 0; i < 30; i++) {
    events.add((await page.locator('[data-event-id]:focus').getAttribute('data-event-id'))!);
    await page.keyboard.press('ArrowRight');
  }
  expect(events.size).toBe(27);
  await page.keyboard.press('Enter');
  await expect(details(page)).toBeVisible();
  // Focus stays visible: the focused mark is on screen and not under the panel.
  const box = (await page.locator('[data-event-id]:focus').boundingBox())!;
  const panel = (await details(page).boundingBox())!;
  expect(box.x + box.width <= panel.x || box.y > panel.y + panel.height).toBe(true);
});

test.describe('with reduced motion', () => {
  test.use({ colorScheme: 'light' });
  test('no transition runs longer than 0 ms, and zooming cuts rather than glides', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTimeline(page);
    const slow = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const style = getComputedStyle(el);
          return [style.transitionDuration, style.animationDuration].some((d) => d.split(',').some((v) => parseFloat(v) > 0));
        }).length,
    );
    expect(slow).toBe(0);
    const before = await page.locator('.window').textContent();
    // One frame after the click, the zoom is complete: a 300 ms glide would still be moving.
    const windows = await page.evaluate(async () => {
      (document.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement).click();
      // The window, not the note on hidden labels (they wait while a zoom settles).
      const read = () => document.querySelector('.window')?.textContent?.split('·')[0]?.trim();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const first = read();
      await new Promise((r) => setTimeout(r, 400));
      return [first, read()];
    });
    expect(windows[0]).not.toBe(before?.split('·')[0]?.trim());
    expect(windows[0]).toBe(windows[1]);
  });
});
