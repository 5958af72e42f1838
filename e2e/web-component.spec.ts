// <source-line>: the timeline inside a page that is not ours (public/embed-demo.html, a newspaper
// article with hostile CSS that includes the script twice), in an open shadow root.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const DEMO = '/embed-demo.html';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The first embed on the page (the Ukraine and NATO story). */
const embed = (page: Page) => page.locator('source-line').first();
const embedMark = (host: Locator, id: string) => host.locator(`[data-event-id="${id}"]`);
const embedDetails = (host: Locator) => host.getByRole('complementary', { name: 'Event details' });

/** Errors thrown in the page and resources that failed to load, from the first request on. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

async function openDemo(page: Page) {
  await page.goto(DEMO);
  await expect(embedMark(embed(page), 'bucharest-summit')).toBeVisible();
}

/** How a mark and its label are drawn: what the page's CSS would change if it reached them. */
function markLook(mark: Locator) {
  return mark.evaluate((g) => {
    const shape = getComputedStyle(g.querySelector('.shape')!);
    const label = getComputedStyle(g.querySelector('.label')!);
    const svg = getComputedStyle(g.closest('svg')!);
    return {
      svgDisplay: svg.display,
      markOpacity: getComputedStyle(g).opacity,
      markVisibility: getComputedStyle(g).visibility,
      shapeFill: shape.fill,
      shapeStroke: shape.stroke,
      labelFill: label.fill,
      labelFont: label.fontFamily,
      labelSize: label.fontSize,
      labelSpacing: label.letterSpacing,
    };
  });
}

test('the demo article shows the timeline in an open shadow root, the event from its attribute open, without errors', async ({ page }) => {
  const problems = collectProblems(page);
  await openDemo(page);

  // Reachable the way a host page's script would reach it.
  const found = await page.evaluate(() => {
    const host = document.querySelector('source-line');
    return { mode: host?.shadowRoot?.mode, mark: !!host?.shadowRoot?.querySelector('[data-event-id="bucharest-summit"]') };
  });
  expect(found).toEqual({ mode: 'open', mark: true });

  const host = embed(page);
  await expect(host.getByRole('heading', { level: 1 })).toContainText('Bucharest promise');
  await expect(embedDetails(host)).toHaveAttribute('data-details-for', 'zakharova-statement');
  await expect(embedDetails(host).getByRole('heading', { level: 2 })).toContainText('Russia demands NATO revoke');
  await expect(embedMark(host, 'zakharova-statement')).toHaveAttribute('aria-pressed', 'true');

  // The second embed on the page, and the script's second inclusion (from another URL, so it ran again).
  await expect(page.locator('source-line').nth(1).getByRole('heading', { level: 1 })).toContainText('Greece and Rome');
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search));
  expect(scripts).toEqual(expect.arrayContaining(['/sourceline.js', '/sourceline.js?included=twice']));
  expect(problems).toEqual([]);
});

test('the page’s hostile CSS reaches none of the timeline, and the timeline’s CSS stays inside', async ({ page, browser }) => {
  await openDemo(page);
  const host = embed(page);

  // The same mark, drawn by the app on its own page.
  const app = await browser.newPage();
  await app.goto('/?event=zakharova-statement');
  await expect(app.locator('[data-event-id="bucharest-summit"]')).toBeVisible();
  const expected = await markLook(app.locator('[data-event-id="bucharest-summit"]'));
  await app.close();

  const look = await markLook(embedMark(host, 'bucharest-summit'));
  expect(look).toEqual(expected);
  expect(look.svgDisplay).not.toBe('none');
  expect(look.markOpacity).toBe('1');
  expect(look.shapeFill).not.toBe('rgb(255, 105, 180)');
  expect(look.labelFont).not.toMatch(/comic/i);

  // Inherited properties stop at the frame: the app's own font, colour, line height and spacing.
  const frame = await host.locator('.sourceline-frame').evaluate((el) => {
    const style = getComputedStyle(el);
    return { font: style.fontFamily, color: style.color, spacing: style.letterSpacing, align: style.textAlign, shadow: style.textShadow };
  });
  expect(frame.font).toMatch(/^system-ui/);
  expect(frame).toMatchObject({ color: 'rgb(28, 29, 32)', spacing: 'normal', align: 'start', shadow: 'none' });
  await expect(host.getByRole('button', { name: 'Fit all' })).not.toHaveCSS('background-color', 'rgb(255, 255, 0)');
  await expect(embedDetails(host)).toBeVisible();

  // The page keeps its own look: its hostile rules still apply to it, and no style of ours was added.
  const outside = await page.evaluate(() => ({
    headline: getComputedStyle(document.querySelector('h1')!).fontFamily,
    bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
    styles: document.querySelectorAll('style').length,
  }));
  expect(outside).toEqual({ headline: expect.stringMatching(/Comic Sans/), bg: '#000', styles: 1 });
});

test('clicking a mark inside the shadow root opens its details', async ({ page }) => {
  await openDemo(page);
  const host = embed(page);
  await embedMark(host, 'bucharest-summit').locator('.shape').click();
  await expect(embedDetails(host)).toHaveAttribute('data-details-for', 'bucharest-summit');
  await expect(embedDetails(host).getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
  // The host page's address is never touched.
  expect(new URL(page.url()).search).toBe('');
});

test('the element takes its container’s width, grows with its content, and honours a height set by the page', async ({ page }) => {
  await openDemo(page);
  const host = embed(page);
  const chart = host.getByRole('group', { name: /^Timeline of/ });
  const width = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().width);

  const chartPx: number[] = [];
  // Both below the width at which the details move beside the timeline, so the chart follows the container.
  for (const containerPx of [860, 640]) {
    await page
      .locator('figure')
      .first()
      .evaluate((figure, px) => (figure.style.width = `${px}px`), containerPx);
    await expect.poll(() => width(host)).toBe(containerPx);
    // The chart is redrawn for the new width, inside the element.
    await expect.poll(() => width(chart)).not.toBe(chartPx.at(-1));
    chartPx.push(await width(chart));
    expect(chartPx.at(-1)).toBeLessThanOrEqual(containerPx);
  }
  expect(chartPx[1]).toBeLessThan(chartPx[0]!);

  // Without a height, the element is as tall as the timeline; with one, the timeline scrolls inside it.
  const box = (el: Element) => ({ height: el.getBoundingClientRect().height, scrolls: el.scrollHeight > el.clientHeight + 1 });
  expect(await host.evaluate(box)).toMatchObject({ scrolls: false });
  expect((await host.evaluate(box)).height).toBeGreaterThan(300);
  const fixed = page.locator('source-line').nth(1);
  await expect(fixed.locator('[data-event-id]').first()).toBeAttached();
  const rootFontPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await fixed.evaluate(box)).toEqual({ height: 24 * rootFontPx, scrolls: true });
});

test('changing the attributes updates the view; removing the element unmounts the app', async ({ page }) => {
  const problems = collectProblems(page);
  await openDemo(page);
  const host = embed(page);

  await host.evaluate((el) => el.setAttribute('event', 'bucharest-summit'));
  await expect(embedDetails(host)).toHaveAttribute('data-details-for', 'bucharest-summit');

  await host.evaluate((el) => {
    el.setAttribute('src', 'data/classical-antiquity.json');
    el.removeAttribute('event');
  });
  await expect(host.getByRole('heading', { level: 1 })).toContainText('Greece and Rome');
  await expect(embedDetails(host)).toHaveCount(0);

  const left = await host.evaluate(async (el) => {
    const frame = el.shadowRoot!.querySelector('.sourceline-frame')!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return frame.childElementCount;
  });
  expect(left).toBe(0);
  expect(problems).toEqual([]);
});

test('an element set to a javascript: address after good data shows the refusal, not another story', async ({ page }) => {
  await openDemo(page);
  const host = embed(page);
  await expect(host.locator('[data-event-id]').first()).toBeAttached();
  await host.evaluate((el) => el.setAttribute('src', 'javascript:alert(1)'));
  await expect(host.getByText('must be an http: or https: address, not javascript:')).toBeVisible();
  await expect(host.getByText('Nothing is shown: the address of the data was refused')).toBeVisible();
  await expect(host.locator('[data-event-id]')).toHaveCount(0);
  // No other story stands in, named or linked to.
  await expect(host.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(host.getByRole('link', { name: 'Open in Sourceline' })).toHaveCount(0);
  await expect(host.getByText('Loading was cancelled')).toHaveCount(0);
});

test('axe finds no violations inside the embeds', async ({ page }) => {
  test.slow(); // Two whole timelines to check, on a shared machine.
  await openDemo(page);
  await expect(page.locator('source-line').nth(1).locator('[data-event-id]').first()).toBeAttached();
  const results = await new AxeBuilder({ page }).include('source-line').withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// A page in one folder, the script published in another (as on a CDN): the worker, the page's
// fallback parser and the default story are all found beside the script, not beside the page.
const ARTICLE = '/articles/2025/moscow.html';
const CDN = '/cdn/sourceline/v1/';

/** Serves the article; returns the paths asked of the CDN folder, as they are asked. */
async function serveArticle(page: Page, element: string): Promise<string[]> {
  await page.route(`**${ARTICLE}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Article</title><script type="module" src="${CDN}sourceline.js"></script></head><body>${element}</body></html>`,
    }),
  );
  // The CDN folder serves the build (the page and the worker still see the CDN address).
  const asked: string[] = [];
  await page.context().route(`**${CDN}**`, (route) => {
    asked.push(new URL(route.request().url()).pathname);
    return route.continue({ url: route.request().url().replace(CDN, '/') });
  });
  return asked;
}

const WORKER_PATH = new RegExp(`^${CDN}assets/parse\\.worker-[\\w-]+\\.js$`);

test('from a page in another folder, the parse worker loads from beside the script', async ({ page }) => {
  const problems = collectProblems(page);
  await serveArticle(page, '<source-line src="../../data/ukraine-nato.json"></source-line>');
  const worker = page.waitForEvent('worker');
  await page.goto(ARTICLE);
  expect(new URL((await worker).url()).pathname).toMatch(WORKER_PATH);
  await expect(embedMark(embed(page), 'bucharest-summit')).toBeVisible();
  expect(problems).toEqual([]);
});

test('from a page in another folder, with workers refused, the page parses with the module beside the script', async ({ page }) => {
  const problems = collectProblems(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', {
      value: class {
        constructor() {
          throw new DOMException('Workers are not allowed here', 'SecurityError');
        }
      },
    });
  });
  // No `src`: the default story published beside the script.
  const asked = await serveArticle(page, '<source-line event="bucharest-summit"></source-line>');
  await page.goto(ARTICLE);
  await expect(embedDetails(embed(page))).toHaveAttribute('data-details-for', 'bucharest-summit');
  expect(asked).toContainEqual(expect.stringMatching(WORKER_PATH));
  expect(asked).toContain(`${CDN}data/ukraine-nato.json`);
  expect(page.workers()).toHaveLength(0);
  expect(problems).toEqual([]);
});
