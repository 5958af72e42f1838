// The lens (issue 19): a period opened to full detail while the rest of the axis stays on screen,
// compressed on either side. Positions are checked as a reader sees them: marks inside the plot,
// labels that do not overlap, the lens's dates written at its edges.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chart, chartAtRest, mark, openTimeline, wheel } from './helpers.ts';

/** Where the plot is on the page: the chart less its lane-name gutter on the left and margin on the right. */
async function plotBox(page: Page) {
  const svg = (await page.locator('svg.chart').boundingBox())!;
  const gutter = svg.width < 600 ? 84 : 136;
  return { left: svg.x + gutter, right: svg.x + svg.width - 16 };
}

async function centreX(locator: Locator): Promise<number> {
  const box = (await locator.boundingBox())!;
  return box.x + box.width / 2;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('?lens=2014-01..2014-03 opens January–March 2014 while 2008 and 2025 stay on screen', async ({ page }) => {
  await openTimeline(page, '?lens=2014-01..2014-03');
  await chartAtRest(page);
  const plot = await plotBox(page);
  // The context: Bucharest (April 2008) and the Riyadh talks (February 2025) are drawn inside the plot.
  for (const id of ['bucharest-summit', 'riyadh-talks', 'zelenskyy-ankara', 'ukraine-joins-pfp']) {
    const x = await centreX(mark(page, id).locator('.shape'));
    expect(x, id).toBeGreaterThanOrEqual(plot.left);
    expect(x, id).toBeLessThanOrEqual(plot.right);
  }
  // The lens: its edges drawn where its dates are, most of the plot between them.
  const lens = page.locator('g.lens');
  await expect(lens).toHaveAttribute('data-lens', '2014-01..2014-03');
  const edges = lens.locator('line.edge');
  const [x0, x1] = [await centreX(edges.nth(0)), await centreX(edges.nth(1))];
  expect(x1 - x0).toBeGreaterThan(0.5 * (plot.right - plot.left));
  await expect(lens.getByText('January 2014', { exact: true })).toBeVisible();
  await expect(lens.getByText('March 2014', { exact: true })).toBeVisible();
  await expect(page.locator('.context-label').first()).toHaveText(/compressed/);
  // The events of January–March 2014 are spread out, labelled, and their labels do not overlap.
  const crimea = mark(page, 'crimea-annexation');
  const euromaidan = mark(page, 'euromaidan');
  await expect(crimea.locator('.label')).toHaveText(/Russia annexes Crimea/);
  await expect(euromaidan.locator('.label')).toHaveText(/Euromaidan/);
  const crimeaX = await centreX(crimea.locator('.shape'));
  expect(crimeaX).toBeGreaterThan(x0);
  expect(crimeaX).toBeLessThan(x1);
  // Crimea (18 March) is well inside the lens, two thirds of the way along: days are wide there.
  expect((crimeaX - x0) / (x1 - x0)).toBeGreaterThan(0.7);
  expect(overlaps((await crimea.locator('.label').boundingBox())!, (await euromaidan.locator('.label').boundingBox())!)).toBe(false);
  // The axis names months inside the lens.
  await expect(page.locator('.axis .tick text').filter({ hasText: /^(Feb|Mar)$/ })).not.toHaveCount(0);
  // And the lens's year, which the context's last year tick used to crowd out.
  await expect(page.locator('.axis .tick text').filter({ hasText: /^2014$/ })).toBeVisible();
  // The chart's lens is in the URL as it was written.
  await expect(page).toHaveURL(/lens=2014-01\.\.2014-03/);
});

test('a lens already as wide as its share squeezes nothing, and no side is shaded or called compressed', async ({ page }) => {
  await openTimeline(page, '?lens=1995..2024');
  await chartAtRest(page);
  await expect(page.locator('g.lens')).toHaveAttribute('data-lens', '1995..2024');
  await expect(page.locator('.context-label')).toHaveCount(0);
  await expect(page.locator('rect.hatch')).toHaveCount(0);
});

test('dragging across the overview’s lens strip opens a lens; its grips move it by keyboard; Escape closes it', async ({ page }) => {
  await openTimeline(page);
  const strip = page.locator('.overview-lens svg');
  await strip.scrollIntoViewIfNeeded();
  await expect(strip.locator('.brush .overlay')).toBeAttached();
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('g.lens')).toBeVisible();
  await expect(page).toHaveURL(/lens=\d{4}/);
  await expect(page.getByRole('status').filter({ hasText: /^Lens: / })).toBeVisible();

  // The end grip, by keyboard: one unit later per arrow press.
  const end = page.getByRole('slider', { name: /^Lens end/ });
  const before = await end.getAttribute('aria-valuetext');
  await end.focus();
  await page.keyboard.press('ArrowRight');
  await expect(end).not.toHaveAttribute('aria-valuetext', before!);
  await expect(end).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('g.lens')).toHaveCount(0);
  await expect(page).not.toHaveURL(/lens=/);
});

test('the keyboard opens a lens without a pointer, moves and resizes it, and closes it with the button', async ({ page }) => {
  await openTimeline(page, '?t=2013-06-01..2015-06-01');
  const open = page.getByRole('button', { name: 'Open a lens' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('g.lens')).toBeVisible();
  await chartAtRest(page);
  // Opened on the middle of the window on screen, then the whole axis shown.
  const lens = page.getByRole('slider', { name: /^Lens: / });
  const name = (await lens.getAttribute('aria-valuetext'))!;
  expect(name).toMatch(/2014/);
  const start = page.getByRole('slider', { name: /^Lens start/ });
  const startText = (await start.getAttribute('aria-valuetext'))!;
  await lens.focus();
  await page.keyboard.press('ArrowRight');
  await expect(lens).not.toHaveAttribute('aria-valuetext', name);
  await expect(start).not.toHaveAttribute('aria-valuetext', startText);
  await start.focus();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/lens=/);
  await page.getByRole('button', { name: 'Close lens' }).click();
  await expect(page.locator('g.lens')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open a lens' })).toBeVisible();
});

test('a lens’s grip dragged by pointer resizes it to the date under the pointer; selecting an event outside the lens keeps it on screen', async ({ page }) => {
  await openTimeline(page, '?lens=2014-01..2014-03');
  await chartAtRest(page);
  const grip = page.getByRole('slider', { name: /^Lens end/ }).locator('.grip-knob');
  await grip.scrollIntoViewIfNeeded();
  const at = (await grip.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  // A third of the way back into the lens: February, written at the month precision the edge had.
  await page.mouse.move(at.x - 300, at.y + at.height / 2, { steps: 4 });
  await expect(page.locator('g.lens .edge-label').last()).toHaveText('February 2014');
  await page.mouse.up();
  await expect(page).toHaveURL(/lens=2014-01\.\.2014-02(&|$)/);

  await mark(page, 'bucharest-summit').locator('.shape').click();
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
  await chartAtRest(page);
  const plot = await plotBox(page);
  const x = await centreX(mark(page, 'bucharest-summit').locator('.shape'));
  expect(x).toBeGreaterThanOrEqual(plot.left);
  expect(x).toBeLessThanOrEqual(plot.right);
  await expect(page.locator('g.lens')).toBeVisible();
});

test('the wheel zooms the lensed axis as one: the lens’s days grow, its edges and dates stay drawn', async ({ page }) => {
  await openTimeline(page, '?lens=2014-01..2014-03');
  await chartAtRest(page);
  const edges = page.locator('g.lens line.edge');
  const widthBefore = (await centreX(edges.nth(1))) - (await centreX(edges.nth(0)));
  const crimea = (await mark(page, 'crimea-annexation').locator('.shape').boundingBox())!;
  await page.mouse.move(crimea.x, crimea.y);
  await wheel(page, 2);
  await expect(page).toHaveURL(/t=.*lens=2014-01\.\.2014-03|lens=2014-01\.\.2014-03.*t=/);
  const widthAfter = (await centreX(edges.nth(1))) - (await centreX(edges.nth(0)));
  expect(widthAfter).toBeGreaterThan(widthBefore * 1.2);
  await expect(mark(page, 'crimea-annexation')).toBeInViewport();
});

test('a lens changed by keyboard is in the Share link, which opens the same lens in a fresh page', async ({ page, browser }) => {
  await openTimeline(page, '?lens=2014-01..2014-03');
  await page.getByRole('slider', { name: /^Lens start/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Share' }).click();
  const link = page.getByRole('dialog', { name: 'Share this view' }).getByLabel('Link');
  await expect(link).toHaveValue(/lens=2013-12\.\.2014-03(&|$)/);
  const fresh = await browser.newPage();
  await fresh.goto((await link.inputValue()).replace(/^https?:\/\/[^/]+/, page.url().replace(/\/\?.*$/, '')));
  await expect(fresh.locator('g.lens')).toHaveAttribute('data-lens', '2013-12..2014-03');
  await expect(fresh.getByRole('slider', { name: /^Lens start/ })).toHaveAttribute('aria-valuetext', 'December 2013');
  await fresh.close();
});

test('a bad lens= is named, with where and how to fix it, and the timeline is drawn without a lens', async ({ page }) => {
  await openTimeline(page, '?lens=2014-13..2014-03');
  await expect(page.getByText('Some settings in this link were ignored:')).toBeVisible();
  await expect(page.getByText(/lens=2014-13\.\.2014-03: its start is wrong: month 13 does not exist; use a month from 01 to 12/)).toBeVisible();
  await expect(chart(page)).toBeVisible();
  await expect(page.locator('g.lens')).toHaveCount(0);
  await openTimeline(page, '?lens=2014-03..2014-01');
  await expect(page.getByText(/write the earlier date first: 2014-01\.\.2014-03/)).toBeVisible();
  // A lens this chronology does not reach opens nothing, and says so.
  await openTimeline(page, '?lens=1800..1900');
  await expect(page.locator('g.lens').getByText('The lens (1800–1900) is outside this chronology: close it, or open another')).toBeVisible();
  await expect(page.locator('.lens-context rect')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close the lens' }).click();
  await expect(page.locator('g.lens')).toHaveCount(0);
});

test('axe finds no violations with a lens open, in the light and the dark theme', async ({ page }) => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openTimeline(page, '?lens=2014-01..2014-03');
    await chartAtRest(page);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('the lens is exported as drawn: hatched context, its edges and dates', async ({ page }) => {
  await openTimeline(page, '?lens=2014-01..2014-03');
  await chartAtRest(page);
  const download = page.waitForEvent('download');
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Image (SVG)' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text).not.toContain('var(');
  const svg = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const patterns = [...doc.querySelectorAll('pattern')].map((p) => p.id);
    const hatched = [...doc.querySelectorAll('rect')].filter((r) => /url\(/.test(r.getAttribute('style') ?? r.getAttribute('fill') ?? ''));
    return {
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      patterns,
      hatchedRefsFound:
        hatched.length > 0 && hatched.every((r) => patterns.some((id) => (r.getAttribute('style') ?? r.getAttribute('fill') ?? '').includes(id))),
    };
  }, text);
  expect(svg.texts).toEqual(expect.arrayContaining(['January 2014', 'March 2014', '◂ compressed', 'compressed ▸', 'Russia annexes Crimea']));
  expect(svg.hatchedRefsFound).toBe(true);
});

test('the lens is printed: the chart’s copy has its dates and compressed context, every event is listed, no close button', async ({ page }) => {
  await openTimeline(page, '?lens=2014-01..2014-03');
  await chartAtRest(page);
  await expect(page.locator('.print-chronology[data-picture-ready]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const picture = page.locator('.print-chart svg');
  await expect(picture).toBeVisible();
  await expect(picture.getByText('January 2014', { exact: true })).toBeVisible();
  await expect(picture.getByText('◂ compressed', { exact: true })).toBeVisible();
  await expect(picture.locator('path[d*="l10 10"]')).toHaveCount(0);
  // The window is the whole lensed axis: every event is in it, so every one is listed.
  await expect(page.locator('[data-print-event]')).toHaveCount(27);
  await expect(page.getByRole('button', { name: 'Close lens' })).toBeHidden();
});

const SHOTS = process.env.LENS_SCREENSHOTS;
// Screenshots to look at, only when asked for (not a test that would be counted as skipped otherwise).
for (const [w, h] of !SHOTS
  ? []
  : ([
      [390, 844],
      [1440, 900],
      [1920, 1080],
    ] as const)) {
  test(`screenshot with a lens at ${w}×${h}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openTimeline(page, '?lens=2014-01..2014-03');
      await chartAtRest(page);
      await page.screenshot({ path: `${SHOTS}/lens-${w}x${h}-${scheme}.png`, fullPage: scheme === 'light' });
    }
  });
}
