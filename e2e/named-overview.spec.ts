// The named overview: a 3,000-event chronology, every lane a density band at Fit all, still names
// its most significant events across the screen, with no two labels overlapping; zooming in keeps
// every one of them named. And the heat strip, switched on from the chart's controls and the URL.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/synthetic.ts';
import { chart, chartAtRest } from './helpers.ts';

const FILE = JSON.stringify(syntheticGraph(3000));

async function openSynthetic(page: Page, search = '') {
  await page.route('**/data/synthetic-3000.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: FILE }));
  await page.goto(`/?src=data/synthetic-3000.json${search}`);
  await expect(chart(page)).toHaveAttribute('aria-label', /Timeline of 3,000 events/, { timeout: 20_000 });
  await chartAtRest(page);
}

interface Named {
  readonly id: string;
  /** The label's box on the page. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where the event's dot is, on the page. */
  readonly dotX: number;
}

/** The events drawn with a label (over dense lanes: the named overview), with their labels' boxes. */
async function namedEvents(page: Page): Promise<Named[]> {
  return page.locator('svg.chart [data-event-id]:has(text.label)').evaluateAll((els) =>
    els.map((el) => {
      const box = el.querySelector('text.label')!.getBoundingClientRect();
      const dot = el.querySelector('.shape')!.getBoundingClientRect();
      return { id: el.getAttribute('data-event-id')!, x: box.x, y: box.y, width: box.width, height: box.height, dotX: dot.x + dot.width / 2 };
    }),
  );
}

const overlap = (a: Named, b: Named) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The plot's edges on the page: the chart less its gutter (136 px) and its right margin (16 px). */
async function plotEdges(page: Page): Promise<{ left: number; right: number }> {
  const box = (await page.locator('svg.chart').boundingBox())!;
  return { left: box.x + 136, right: box.x + box.width - 16 };
}

test('at Fit all, 3,000 events in bands name at least ten across the screen without overlapping; zooming in twice keeps each named', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSynthetic(page);
  // Every lane is a band at Fit all: what is named here is the overview's doing.
  await expect(page.locator('svg.chart .density')).toHaveCount(12);
  const fit = await namedEvents(page);
  expect(fit.length).toBeGreaterThanOrEqual(10);
  const overlapping = fit.flatMap((a, i) =>
    fit
      .slice(i + 1)
      .filter((b) => overlap(a, b))
      .map((b) => `${a.id} × ${b.id}`),
  );
  expect(overlapping).toEqual([]);
  // Across the screen: some in each third of the plot.
  const { left, right } = await plotEdges(page);
  const third = (right - left) / 3;
  for (let t = 0; t < 3; t++) expect(fit.filter((n) => n.dotX >= left + t * third && n.dotX < left + (t + 1) * third).length).toBeGreaterThan(2);
  // The lanes count what is named, and so what is not (on lines wrapped at spaces: no space between them).
  await expect(page.locator('svg.chart .lane-count').first()).toHaveText(/^[\d,]+ events, ?\d+ ?named$/);

  // + zooms ×2 about the plot's centre: a dot at x moves to centre + 2 (x − centre).
  const centre = (left + right) / 2;
  let expected = fit;
  for (let zoom = 1; zoom <= 2; zoom++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await chartAtRest(page);
    const now = await namedEvents(page);
    const ids = new Set(now.map((n) => n.id));
    // Those whose dot is still well inside the plot (a label cut at the edge would still be named, but is not looked for).
    expected = expected.map((n) => ({ ...n, dotX: centre + 2 * (n.dotX - centre) })).filter((n) => n.dotX > left + 4 && n.dotX < right - 4);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((n) => !ids.has(n.id)).map((n) => n.id)).toEqual([]);
    const overlappingNow = now.flatMap((a, i) =>
      now
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.id} × ${b.id}`),
    );
    expect(overlappingNow).toEqual([]);
    // And more are named in the narrower window than were there before.
    expect(now.length).toBeGreaterThan(expected.length);
  }
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the heat strip: from the URL or the chart’s switch (by keyboard), cells said in words, names kept over it, axe-clean in both themes', async ({
  page,
}) => {
  // axe reads every element of a 3,000-event chart, twice: slow on a busy machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSynthetic(page, '&density=heat');
  const heatSwitch = page.getByRole('group', { name: 'Dense lanes as' });
  await expect(heatSwitch.getByRole('button', { name: 'Heat strip' })).toHaveAttribute('aria-pressed', 'true');
  // A strip per lane instead of a band, each described: how many, how long a cell is, the busiest cells and their dates.
  const strips = page.locator('svg.chart .heat[role="img"]');
  await expect(strips).toHaveCount(12);
  await expect(page.locator('svg.chart .density')).toHaveCount(0);
  await expect(strips.first()).toHaveAttribute(
    'aria-label',
    /^NATO: \d+ events in view, in cells of about \d+ (days|months|weeks); busiest [^(]+ \(\d+\)(, [^(]+ \(\d+\))*$/,
  );
  // Cells coloured by count, the key saying which colour is how many.
  const key = page.getByRole('list', { name: 'Heat strip key: events per cell' });
  await expect(key.getByRole('listitem').first()).toHaveText(/^1(–\d+)?$/);
  expect(await page.locator('svg.chart .heat path').evaluateAll((els) => new Set(els.map((el) => getComputedStyle(el).fill)).size)).toBeGreaterThan(3);
  // Named events are still named over it.
  expect((await namedEvents(page)).length).toBeGreaterThanOrEqual(10);
  await expectNoViolations(page);
  await page.screenshot({ path: test.info().outputPath('heat-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page);

  // Back to bands and to the heat strip again, by keyboard; the URL follows.
  await heatSwitch.getByRole('button', { name: 'Bands' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('svg.chart .density')).toHaveCount(12);
  await expect(strips).toHaveCount(0);
  await expect(page).not.toHaveURL(/density=/);
  await page.keyboard.press('Tab');
  await expect(heatSwitch.getByRole('button', { name: 'Heat strip' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(strips).toHaveCount(12);
  await expect(page).toHaveURL(/density=heat/);
});
