// The built page holds the default story's first drawing and its chronology as text (server rendering,
// npm run build): read with scripts off, then taken over by the app (hydration) without a new drawing,
// keeping what the reader has focused and the view the link names.
import { expect, test, type Page } from '@playwright/test';
import { appStarted, chart, details, mark } from './helpers.ts';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the default story is drawn, and every event, quote, speaker and source reads as text', async ({ page }) => {
    await page.goto('/');
    // The timeline's first drawing: marks with their accessible names and their labels.
    await expect(chart(page)).toBeVisible();
    await expect(chart(page)).toHaveAttribute('aria-label', /^Timeline of 27 events, 1992 – 2025/);
    await expect(mark(page, 'zakharova-statement')).toHaveAttribute('aria-label', /18 February 2025/);
    const labels = page.locator('svg.chart text.label');
    expect(await labels.count()).toBeGreaterThan(20);
    await expect(page.locator('svg.chart text.label', { hasText: 'Putin’s Munich speech' })).toBeVisible();

    // The chronology as text under it: each event with its date, quotes (speaker, source) and sources.
    const chronology = page.getByRole('region', { name: 'Chronology' });
    await expect(chronology).toBeVisible();
    await expect(chronology.locator('[data-print-event]')).toHaveCount(27);
    const zakharova = chronology.locator('[data-print-event="zakharova-statement"]');
    await expect(zakharova.locator('time')).toHaveText('18 February 2025');
    await expect(zakharova).toContainText('revoke the promise it made at the Bucharest summit in 2008');
    await expect(zakharova).toContainText('Maria Zakharova');
    await expect(zakharova).toContainText('Euromaidan Press');
    await expect(zakharova.getByRole('link', { name: /Russia demands NATO revoke/ }).first()).toHaveAttribute('href', /^https:\/\/euromaidanpress\.com\//);
    // Controls that need a script are not offered.
    await expect(page.getByRole('button', { name: 'Open file…' })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: test.info().outputPath(`no-script-${size.width}.png`) });
    }
  });

  test('the page names the story for search engines and link previews', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Ukraine, NATO and the Bucharest promise, 1994–2025 · Sourceline');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^From Ukraine’s first steps towards NATO/);
  });
});

/** Holds the data file back until `release()`: the page shows its prerendered drawing, not yet taken over. */
async function holdData(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/ukraine-nato.json', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('with scripts on', () => {
  test('the app takes the drawn page over: the same nodes, the focus kept, no second drawing', async ({ page }) => {
    const release = await holdData(page);
    await page.goto('/');
    await expect(chart(page)).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', '');
    // Before the app runs: the reader moves focus into the page (a mark of the drawing).
    const marked = await page.evaluate(() => {
      const target = document.querySelector<SVGGElement>('[data-event-id="bucharest-summit"]')!;
      target.focus();
      Object.assign(window, { __before: { chart: document.querySelector('svg.chart'), mark: target } });
      return document.activeElement === target;
    });
    expect(marked).toBe(true);
    const box = await mark(page, 'bucharest-summit').boundingBox();
    release();
    await appStarted(page);
    await expect(mark(page, 'bucharest-summit')).toBeFocused();
    const same = await page.evaluate(() => {
      const before = (window as unknown as { __before: { chart: Element; mark: Element } }).__before;
      return {
        chart: document.querySelector('svg.chart') === before.chart,
        mark: document.querySelector('[data-event-id="bucharest-summit"]') === before.mark,
      };
    });
    expect(same).toEqual({ chart: true, mark: true });
    expect(await page.evaluate(() => performance.getEntriesByName('sourceline:hydrated').length)).toBe(1);
    // The chart and its marks were taken over after the rest of the page, each as a root of its own
    // (two tasks more, not one long one), inside boxes that take no room.
    expect(await page.evaluate(() => performance.getEntriesByName('sourceline:taking-over-part').length)).toBe(2);
    await expect(page.locator('div.separate-root svg.chart g.separate-root [data-event-id="bucharest-summit"]')).toHaveCount(1);
    expect(await page.locator('div.separate-root').evaluateAll((boxes) => boxes.map((box) => getComputedStyle(box).display))).toEqual(['contents']);
    // At the width it was drawn for (1400 px at a 1440-px window, less margins) nothing moved.
    if (page.viewportSize()?.width === 1440) expect(await mark(page, 'bucharest-summit').boundingBox()).toEqual(box);
    // And it answers: Enter opens the focused event.
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { name: /Bucharest summit/ })).toBeVisible();
  });

  test('a mark pressed before the app runs is opened once it does: a click, or Enter on the focused mark', async ({ page }) => {
    for (const how of ['click', 'Enter'] as const) {
      const release = await holdData(page);
      await page.goto('/');
      await expect(chart(page)).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-app', '');
      if (how === 'click') await mark(page, 'bucharest-summit').locator('.shape').click();
      else {
        await mark(page, 'bucharest-summit').focus();
        await page.keyboard.press('Enter');
      }
      // Nothing answers yet: the drawing is only HTML.
      await expect(details(page)).toBeHidden();
      release();
      await appStarted(page);
      await expect(details(page).getByRole('heading', { name: /Bucharest summit/ }), how).toBeVisible();
      await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('bucharest-summit');
      await page.unrouteAll({ behavior: 'wait' });
    }
  });

  test('a file chosen before the app runs is opened once it does', async ({ page }) => {
    const release = await holdData(page);
    await page.goto('/');
    await expect(chart(page)).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', '');
    const story = { version: 1, title: 'Chosen early', events: [{ id: 'early', title: 'Chosen before the app ran', start: '2001-02-03' }] };
    await page.getByTestId('open-file-input').setInputFiles({ name: 'early.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
    release();
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chosen early');
    await expect(mark(page, 'early')).toBeVisible();
  });

  test('a link’s view (?event=, ?q=) is kept as the app takes over, and the URL with it', async ({ page }) => {
    await page.goto('/?event=zakharova-statement&q=Bucharest');
    await appStarted(page);
    expect(await page.evaluate(() => performance.getEntriesByName('sourceline:hydrated').length)).toBe(1);
    await expect(details(page).getByRole('heading', { name: /Russia demands NATO revoke/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search events, quotes and sources' })).toHaveValue('Bucharest');
    await expect(mark(page, 'zakharova-statement')).toHaveAttribute('aria-pressed', 'true');
    // Not a wait for the app: were the URL to lose its view, that would be once the view rests (250 ms).
    await page.waitForTimeout(400); // a negative check: the URL must not change once the view rests
    const url = new URL(page.url());
    expect(url.searchParams.get('event')).toBe('zakharova-statement');
    expect(url.searchParams.get('q')).toBe('Bucharest');
    // The chronology as text was for reading without scripts: the app's page does not show it.
    await expect(page.locator('[data-print-event]')).toHaveCount(0);
  });

  test('a link to another dataset never shows the one drawn, even before the app’s script has run', async ({ page }) => {
    // The app's script held back: what the page shows from its HTML alone.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/?src=data/classical-antiquity.json', { waitUntil: 'commit' });
    await expect(page.locator('.masthead')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('data-other-view', '');
    await expect(page.getByRole('heading', { name: /Ukraine, NATO/ })).toBeHidden();
    await expect(chart(page)).toBeHidden();
    // Not laid out either (no box): the browser's first layout does not wait on a drawing no one sees.
    expect(await page.locator('.masthead').boundingBox()).toBeNull();
    release();
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Ukraine');
    await expect(chart(page)).toHaveAttribute('aria-label', /^Timeline of/);
    expect(await page.evaluate(() => performance.getEntriesByName('sourceline:hydrated').length)).toBe(0);
  });

  test('a drawn page is painted in the reader’s saved theme before the app’s script runs', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('sourceline-theme', 'dark'));
    await page.route(/\/assets\/index-[\w-]+\.js$/, () => {}); // the app's script never comes
    await page.goto('/', { waitUntil: 'commit' });
    await expect(chart(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  for (const size of SIZES)
    test(`taken over at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      await appStarted(page);
      await expect(page.locator('svg.chart text.label').first()).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`hydrated-${size.width}.png`) });
    });
});
