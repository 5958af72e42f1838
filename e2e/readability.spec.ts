import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/synthetic.ts';
import { chart, mark, openTimeline, tickLabels, wheel } from './helpers.ts';

type Box = { id: string; x: number; y: number; width: number; height: number };

/**
 * The on-screen boxes of every visible label, "+N" chip and name where a link leaves the plot, as the
 * browser lays them out (only what the plot shows: the chart clips what lies beyond its edges).
 */
async function labelBoxes(page: Page): Promise<Box[]> {
  return page.locator('.mark .label, .chip, .offscreen text').evaluateAll((els) => {
    const svg = document.querySelector('svg.chart')!;
    const clip = svg.querySelector('clipPath rect')!;
    const left = svg.getBoundingClientRect().left + 1 + Number(clip.getAttribute('x'));
    const plot = { left, right: left + Number(clip.getAttribute('width')) };
    return els
      .map((el) => {
        const r = el.getBoundingClientRect();
        const id = el.closest('[data-event-id]')?.getAttribute('data-event-id') ?? (el.closest('.chip') ? `chip ${el.textContent}` : `edge ${el.textContent}`);
        return { id, x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((b) => b.width > 0 && b.x < plot.right && b.x + b.width > plot.left);
  });
}

function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) pairs.push(`${a.id} × ${b.id}`);
  return pairs;
}

async function wheelAt(page: Page, xFraction: number, steps: number, deltaY = -240) {
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * xFraction, box.y + 120);
  await wheel(page, steps, deltaY);
}

test('the default story opens with every event labelled, 2008 and February 2025 on one screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page);
  const events = await page.locator('[data-event-id]').count();
  expect(events).toBeGreaterThanOrEqual(15);
  await expect(page.locator('.mark .label')).toHaveCount(events);
  await expect(page.locator('.chip')).toHaveCount(0);
  for (const id of ['bucharest-summit', 'trump-putin-call', 'hegseth-udcg', 'zakharova-statement', 'zelenskyy-ankara'])
    await expect(mark(page, id)).toBeInViewport();
  // The quiet year after Vilnius and the six quiet months before January 2025 are drawn as breaks, not as empty paper.
  await expect(page.locator('.gap')).toHaveCount(2);
  expect(await page.locator('.gap').evaluateAll((els) => els.map((el) => el.getAttribute('data-gap')))).toEqual(['12 months', '6 months']);
  expect(overlapping(await labelBoxes(page))).toEqual([]);
  // 12 and 18 February are apart, not one pixel.
  const x = async (id: string) => (await mark(page, id).locator('.shape').boundingBox())!.x;
  expect((await x('zakharova-statement')) - (await x('trump-putin-call'))).toBeGreaterThan(60);
});

test('the axis never labels a year inside a collapsed gap; linear and collapsed can be switched', async ({ page }) => {
  await openTimeline(page);
  const bands = page.locator('.gap-band');
  await expect(bands).toHaveCount(2);
  const ticks = await page.locator('.axis .tick').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  for (const gap of await bands.evaluateAll((els) => els.map((el) => ({ x: el.getBoundingClientRect().x, width: el.getBoundingClientRect().width }))))
    for (const x of ticks) expect(x < gap.x || x > gap.x + gap.width).toBe(true);
  expect(await tickLabels(page)).not.toContain('2024');

  const toggle = page.getByRole('checkbox', { name: 'Collapse empty stretches' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(page.locator('.gap')).toHaveCount(0);
  const linear = async (id: string) => (await mark(page, id).locator('.shape').boundingBox())!.x;
  // Linear time: February 2025 is squeezed against the end.
  expect((await linear('zakharova-statement')) - (await linear('trump-putin-call'))).toBeLessThan(5);
  await toggle.check();
  await expect(page.locator('.gap')).toHaveCount(2);
});

test('zooming into February 2025 separates the 12th and the 18th, with day ticks', async ({ page }) => {
  await openTimeline(page);
  const x = async (id: string) => (await mark(page, id).locator('.shape').boundingBox())!.x;
  const [twelfth, eighteenth] = [await x('trump-putin-call'), await x('zakharova-statement')];
  const box = (await chart(page).boundingBox())!;
  // Nine small steps about a point just right of the 18th (near the right edge: the 18th stays on
  // screen while the 12th moves away): four times closer, both on screen. January 2025 has events too,
  // so the week starts narrower than when it stood alone after the break, and takes more steps.
  await wheelAt(page, (eighteenth + (eighteenth - twelfth) * 0.25 - box.x) / box.width, 9, -120);
  const after = (await x('zakharova-statement')) - (await x('trump-putin-call'));
  expect(after).toBeGreaterThan((eighteenth - twelfth) * 4);
  expect((await tickLabels(page)).some((label) => /^1[2-8] Feb/.test(label))).toBe(true);
  await expect(mark(page, 'zakharova-statement').locator('.label')).toBeVisible();
  await expect(mark(page, 'trump-putin-call').locator('.label')).toBeVisible();
});

test('no two visible labels overlap, at five zoom levels', async ({ page }) => {
  await openTimeline(page);
  for (const [fraction, steps] of [
    [0.3, 0],
    [0.3, 3],
    [0.5, 3],
    [0.8, 4],
    [0.6, -5],
  ] as const) {
    await wheelAt(page, fraction, Math.abs(steps), steps < 0 ? 240 : -240);
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(0);
    expect(overlapping(boxes), `overlaps after zoom step ${fraction}/${steps}`).toEqual([]);
  }
});

test('a "+N" count zooms in on the labels it stands for', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 800 });
  await openTimeline(page);
  const chip = page.locator('.chip').first();
  await expect(chip).toBeVisible();
  const window = await page.locator('.window').textContent();
  await chip.click();
  await expect(page.locator('.window')).not.toHaveText(window!);
});

test('BCE dates and years before AD 1000 read right on the axis and in names', async ({ page }) => {
  await openTimeline(page, '?src=data/classical-antiquity.json');
  const ticks = await tickLabels(page);
  expect(ticks).toContain('AD 1');
  expect(ticks.filter((t) => / BCE$/.test(t)).length).toBeGreaterThan(2);
  for (const t of ticks) expect(t).toMatch(/^(\d+ BCE|AD \d+|[A-Z][a-z]{2}( \d+ BCE| AD \d+)?)$/);
  await expect(mark(page, 'marathon')).toHaveAttribute('aria-label', 'Battle of Marathon, 490 BCE, Athens, Persia');
  await expect(mark(page, 'augustus-death')).toHaveAttribute('aria-label', 'Death of Augustus, August AD 14, Rome');
  await expect(mark(page, 'founding-of-rome')).toHaveAttribute('aria-label', 'Traditional founding of Rome, 753 BCE (approximate), Rome');
  // Centuries without events collapse: between the legend of Rome and Marathon, Socrates and Caesar, Augustus and 476.
  expect(await page.locator('.gap').count()).toBeGreaterThanOrEqual(2);
});

test('on a phone, lane names and counts stay in the gutter, on more lines when they must', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 800 });
  await openTimeline(page);
  const { plotLeft, boxes } = await page.evaluate(() => {
    const svg = document.querySelector('svg.chart')!;
    const clip = svg.querySelector('clipPath rect')!;
    return {
      plotLeft: svg.getBoundingClientRect().left + 1 + Number(clip.getAttribute('x')),
      boxes: [...svg.querySelectorAll('.lane-name text')].map((t) => ({
        text: t.textContent,
        right: t.getBoundingClientRect().right,
        lines: t.querySelectorAll('tspan').length,
      })),
    };
  });
  expect(boxes.length).toBeGreaterThan(4);
  for (const box of boxes) expect(box.right, box.text ?? '').toBeLessThanOrEqual(plotLeft);
  // "United States" does not fit 84 px on one line: it takes two, whole.
  expect(boxes.find((b) => b.text === 'UnitedStates')?.lines).toBe(2);
});

test('overlapping ranges stack in their lane: no range is drawn over another mark, at any zoom', async ({ page }) => {
  await openTimeline(page);
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(syntheticGraph(3000))) });
  await expect(chart(page)).toHaveAttribute('aria-label', /Timeline of 3,000 events/, { timeout: 20_000 });
  let ranges = 0;
  for (const steps of [4, 1, 1, 1, 1]) {
    await wheelAt(page, 0.45, steps);
    // Each mark's drawn shape, and a point's soft span when drawn, as the browser lays them out.
    const shapes = await page.locator('svg.chart .mark').evaluateAll((marks) =>
      marks.flatMap((mark) =>
        [...mark.querySelectorAll('.shape, .span')].map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: mark.getAttribute('data-event-id')!,
            range: el.tagName === 'rect' && el.classList.contains('shape'),
            x0: r.left,
            x1: r.right,
            y0: r.top,
            y1: r.bottom,
          };
        }),
      ),
    );
    const collisions: string[] = [];
    for (const [i, a] of shapes.entries())
      for (const b of shapes.slice(i + 1))
        if (a.id !== b.id && (a.range || b.range) && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) collisions.push(`${a.id} × ${b.id}`);
    expect(collisions, `after ${steps} more steps`).toEqual([]);
    ranges += shapes.filter((s) => s.range).length;
  }
  // Not vacuous: ranges were drawn one by one.
  expect(ranges).toBeGreaterThan(20);
});
