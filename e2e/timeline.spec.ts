import { expect, test } from '@playwright/test';
import { chart, chartAtRest, details, mark, markNames, openTimeline, tickLabels, wheel } from './helpers.ts';

test('the default story loads and shows its events', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bucharest promise');
  expect(await page.locator('[data-event-id]').count()).toBeGreaterThanOrEqual(15);
  for (const id of ['bucharest-summit', 'trump-putin-call', 'hegseth-udcg', 'zakharova-statement', 'zelenskyy-ankara'])
    await expect(mark(page, id)).toHaveCount(1);
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-label', /^Bucharest summit.*, 2–4 April 2008, NATO, Ukraine, Georgia$/);
  await expect(page.locator('.window')).toHaveText(/^Showing 1992 – 2025/);
  // Lanes, one per actor, and visible labels.
  for (const lane of ['NATO', 'Ukraine', 'Russia', 'United States']) await expect(page.locator('.lane-name', { hasText: lane })).toBeVisible();
  expect(await page.locator('.mark .label').count()).toBeGreaterThan(8);
});

test('wheel zoom changes the ticks, continuously', async ({ page }) => {
  await openTimeline(page);
  const before = await tickLabels(page);
  expect(before).toContain('2005');
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  const windows: string[] = [];
  for (let i = 0; i < 12; i++) {
    await wheel(page, 1, -300);
    windows.push((await page.locator('.window').textContent()) ?? '');
  }
  await expect.poll(() => tickLabels(page)).not.toEqual(before);
  expect(new Set(windows).size).toBeGreaterThan(4);
});

test('while the wheel zooms, the chart is drawn on a canvas; at rest the SVG marks and labels return, focus kept', async ({ page }) => {
  await openTimeline(page);
  const canvas = page.locator('canvas.motion');
  const panned = page.locator('.panned');
  await expect(canvas).toBeHidden();
  await mark(page, 'bucharest-summit').focus();
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + 200);
  // Wheel steps closer together than the rest delay: the view is zooming throughout.
  const seen = await page.evaluate(async () => {
    const chartEl = document.querySelector('svg.chart')!;
    const r = chartEl.getBoundingClientRect();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const samples: { canvas: string; panned: string; inked: number }[] = [];
    for (let i = 0; i < 6; i++) {
      chartEl.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: r.left + r.width * 0.55, clientY: r.top + 200, deltaY: -120 }));
      await frame();
      const c = document.querySelector<HTMLCanvasElement>('canvas.motion')!;
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let p = 3; p < pixels.length; p += 4) if (pixels[p]! > 0) inked++;
      samples.push({ canvas: getComputedStyle(c).visibility, panned: getComputedStyle(document.querySelector('.panned')!).visibility, inked });
    }
    return samples;
  });
  for (const s of seen) {
    expect(s.canvas).toBe('visible');
    expect(s.panned).toBe('hidden');
    // Marks, links and bands are drawn: thousands of pixels, not an empty canvas.
    expect(s.inked).toBeGreaterThan(500);
  }
  // At rest: the canvas is hidden and cleared, the SVG shows marks with labels, focus stays on the mark.
  await expect(canvas).toBeHidden();
  await expect(panned).toBeVisible();
  await expect(page.locator('.mark .label').first()).toBeVisible();
  await expect(mark(page, 'bucharest-summit')).toBeFocused();
  const left = await canvas.evaluate((c: HTMLCanvasElement) =>
    c
      .getContext('2d')!
      .getImageData(0, 0, c.width, c.height)
      .data.some((v, i) => i % 4 === 3 && v > 0),
  );
  expect(left).toBe(false);
});

test('buttons and keys zoom and pan; Fit all shows everything again', async ({ page }) => {
  await openTimeline(page);
  const start = await page.locator('.window').textContent();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page.locator('.window')).not.toHaveText(start!);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page.locator('.window')).toHaveText(start!);

  await chart(page).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page.locator('.window')).not.toHaveText(start!);
  const zoomed = await page.locator('.window').textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.window')).not.toHaveText(zoomed!);
  await page.keyboard.press('0');
  await expect(page.locator('.window')).toHaveText(start!);
});

test('a drag pans the view: every mark follows the pointer exactly, past the drawing laid out ahead, and marks brought in are named', async ({ page }) => {
  await openTimeline(page, '?t=2012-01-01..2016-01-01');
  const positions = () =>
    page
      .locator('[data-event-id] .shape')
      .evaluateAll((shapes) => shapes.map((s) => [s.closest('[data-event-id]')!.getAttribute('data-event-id')!, s.getBoundingClientRect().x] as const));
  const start = new Map(await positions());
  // Grab the axis (a press on a mark would be the start of a click on it).
  const svg = (await page.locator('svg.chart').boundingBox())!;
  let x = svg.x + svg.width / 2;
  const y = svg.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // 600 px to the right in 20 px moves: the chart lays out again on the way (a quarter plot is laid out ahead).
  for (let moved = 0; moved < 600;) {
    for (let i = 0; i < 5; i++) await page.mouse.move((x += 20), y);
    moved += 100;
    const both = (await positions()).filter(([id]) => start.has(id));
    expect(both.length, `marks drawn before and after ${moved} px`).toBeGreaterThan(0);
    for (const [id, now] of both) expect(Math.abs(now - (start.get(id)! + moved)), `${id} drifted from the pointer after ${moved} px`).toBeLessThan(1.5);
  }
  // Still held: marks came in from the left, drawn with their names.
  const brought = (await positions()).filter(([id, px]) => !start.has(id) && px > svg.x + 140).map(([id]) => id);
  expect(brought.length).toBeGreaterThan(0);
  await expect(mark(page, brought[0]!).locator('.label')).toBeInViewport();
  await page.mouse.up();
  await chartAtRest(page);
  for (const [id, now] of (await positions()).filter(([id]) => start.has(id)))
    expect(Math.abs(now - (start.get(id)! + 600)), `${id} at rest`).toBeLessThan(1.5);
});

test('clicking an event shows its quotes and sources', async ({ page }) => {
  await openTimeline(page);
  await mark(page, 'bucharest-summit').locator('.shape').click();
  const panel = details(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
  await expect(panel).toContainText('2–4 April 2008');
  await expect(panel.locator('blockquote').first()).toContainText('We agreed today that these countries will become members of NATO.');
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]event=bucharest-summit/);
  // Every link in the panel is http(s), and opens safely.
  for (const href of await panel.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^https?:\/\//);
});

test('?event= opens with that event selected and in view; quotes about it lead to where they were said', async ({ page }) => {
  await openTimeline(page, '?event=bucharest-summit');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
  const about = details(page).getByRole('region', { name: 'Said about this event' });
  await expect(about).toContainText('the alliance must go further and revoke the promise it made at the Bucharest summit in 2008.');
  await about.locator('[data-goto-event="zakharova-statement"]').first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Russia demands NATO revoke');
  await expect(page).toHaveURL(/[?&]event=zakharova-statement/);
  await expect(mark(page, 'zakharova-statement')).toBeInViewport();
});

test('back and forward step through selections; Escape closes the details', async ({ page }) => {
  await openTimeline(page);
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await expect(page).toHaveURL(/event=bucharest-summit/);
  await mark(page, 'russo-georgian-war').locator('.shape').click();
  await expect(page).toHaveURL(/event=russo-georgian-war/);
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Bucharest summit');
  await page.goForward();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Russo-Georgian war');
  await chart(page).focus();
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('the keyboard reaches every event: one tab stop, arrows move in time, Enter opens', async ({ page }) => {
  await openTimeline(page);
  await chart(page).focus();
  await page.keyboard.press('Tab');
  const first = page.locator('[data-event-id]:focus');
  await expect(first).toHaveAttribute('data-event-id', 'ukraine-joins-pfp');
  const visited = new Set<string>();
  for (let i = 0; i < 30; i++) {
    visited.add((await page.locator('[data-event-id]:focus').getAttribute('data-event-id'))!);
    await page.keyboard.press('ArrowRight');
  }
  expect(visited.size).toBe(await page.locator('[data-event-id]').count());
  await page.keyboard.press('Home');
  await expect(page.locator('[data-event-id]:focus')).toHaveAttribute('data-event-id', 'ukraine-joins-pfp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Budapest Memorandum');
  expect(await markNames(page)).toContain('Budapest Memorandum on security assurances, 5 December 1994, Ukraine, Russia, United States, United Kingdom');
});
