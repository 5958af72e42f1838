// What a reader meets first (issue 13): links told the right way, zoom that stays under the pointer,
// a selection brought into view, embeds that fit, a presentation ready for a room, a phone layout,
// exports for publishing. Each test was failing before its fix, at the viewport where it was seen.
import { expect, test, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/synthetic.ts';
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

/** The centre of an event's mark on screen (its 24 px target, centred on the mark). */
async function markCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await mark(page, id).locator('.target').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Wheel notches at a point, as the browser sends them (at a whole pixel, to what is under the pointer). */
async function wheelAt(page: Page, at: { x: number; y: number }, notches: number, options: { deltaY?: number; ctrlKey?: boolean } = {}) {
  await page.evaluate(
    ({ at, notches, deltaY, ctrlKey }) => {
      for (let i = 0; i < notches; i++)
        document
          .elementFromPoint(at.x, at.y)!
          .dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: at.x, clientY: at.y, deltaY, ctrlKey }));
    },
    { at, notches, deltaY: options.deltaY ?? -100, ctrlKey: options.ctrlKey ?? false },
  );
  await chartAtRest(page);
}

test.describe('zoom stays under the pointer', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const [axis, search] of [
    ['collapsed gaps', ''],
    ['a linear axis', '?axis=linear'],
    ['the details panel open', '?event=zakharova-statement'],
  ] as const)
    test(`with ${axis}, Zakharova's mark stays under the pointer after 1, 2 and 10 wheel notches`, async ({ page }) => {
      await openTimeline(page, search);
      await chartAtRest(page);
      const at = await markCentre(page, 'zakharova-statement');
      let notches = 0;
      for (const total of [1, 2, 10]) {
        await wheelAt(page, at, total - notches);
        notches = total;
        const now = await markCentre(page, 'zakharova-statement');
        expect(Math.abs(now.x - at.x), `after ${total} notches`).toBeLessThanOrEqual(1);
      }
      // And back out again.
      await wheelAt(page, at, 4, { deltaY: 100 });
      expect(Math.abs((await markCentre(page, 'zakharova-statement')).x - at.x)).toBeLessThanOrEqual(1);
    });

  test('a pinch (ctrl + wheel, as a trackpad sends it) keeps the mark under the fingers', async ({ page }) => {
    await openTimeline(page);
    const at = await markCentre(page, 'bucharest-summit');
    await wheelAt(page, at, 3, { deltaY: -20, ctrlKey: true });
    expect(Math.abs((await markCentre(page, 'bucharest-summit')).x - at.x)).toBeLessThanOrEqual(1);
  });

  test('+ and − with the pointer over the plot zoom about the pointer', async ({ page }) => {
    await openTimeline(page);
    const at = await markCentre(page, 'bucharest-summit');
    await chart(page).focus();
    await page.evaluate((at) => {
      document.elementFromPoint(at.x, at.y)!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: at.x, clientY: at.y }));
    }, at);
    for (const key of ['+', '+', '+', '-']) {
      await page.keyboard.press(key);
      await chartAtRest(page);
      expect(Math.abs((await markCentre(page, 'bucharest-summit')).x - at.x), `after ${key}`).toBeLessThanOrEqual(1);
    }
  });

  test('the zoom buttons zoom about the selected event when there is one, else about the centre', async ({ page }) => {
    await openTimeline(page, '?event=vilnius-summit');
    await chartAtRest(page);
    const at = await markCentre(page, 'vilnius-summit');
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await chartAtRest(page);
    expect(Math.abs((await markCentre(page, 'vilnius-summit')).x - at.x)).toBeLessThanOrEqual(1);
    await expect(mark(page, 'vilnius-summit')).toBeInViewport();
  });
});

const search = (page: Page) => page.getByRole('combobox', { name: 'Search events, quotes and sources' });
const labelOf = (page: Page, id: string) => mark(page, id).locator('.label');

/** An event is brought into view: its mark on screen, with its label, and not behind a "+N" chip. */
async function expectShown(page: Page, id: string, title: RegExp) {
  await chartAtRest(page);
  await expect(mark(page, id)).toBeInViewport();
  await expect(labelOf(page, id)).toBeVisible();
  await expect(labelOf(page, id)).toHaveText(title);
  await expect(labelOf(page, id)).toBeInViewport();
  const label = (await labelOf(page, id).boundingBox())!;
  for (const chip of await page.locator('.chip .pill').all()) {
    const box = (await chip.boundingBox())!;
    const overlaps = box.x < label.x + label.width && label.x < box.x + box.width && box.y < label.y + label.height && label.y < box.y + box.height;
    expect(overlaps, 'a "+N" chip over the label').toBe(false);
  }
}

test.describe('selecting an event shows it', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a search, then Enter: the window moves to the event, labelled, on screen', async ({ page }) => {
    await openTimeline(page);
    await search(page).fill('Hegseth');
    await search(page).press('Enter');
    await expect(details(page)).toBeVisible();
    await expectShown(page, 'hegseth-udcg', /Hegseth/);
  });

  test('a link followed in the details, and a link to an event, bring it into view labelled', async ({ page }) => {
    await openTimeline(page, '?event=zakharova-statement');
    await expectShown(page, 'zakharova-statement', /Russia demands/);
    await details(page).locator('[data-follow-event="bucharest-summit"]').first().click();
    await expectShown(page, 'bucharest-summit', /Bucharest summit/);
  });

  test('choosing in the list view, then back to the timeline', async ({ page }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('[data-list-event="riyadh-talks"]').getByRole('button').first().click();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expectShown(page, 'riyadh-talks', /Riyadh/);
  });

  test('on 3,000 events, a search result inside a density band becomes a labelled mark', async ({ page }) => {
    test.slow(); // 3,000 events opened on a shared machine.
    await openTimeline(page);
    const graph = syntheticGraph(3000);
    await page.getByTestId('open-file-input').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
    await expect(chart(page)).toHaveAttribute('aria-label', /Timeline of 3,000 events/, { timeout: 20_000 });
    await expect(page.locator('svg.chart .density').first()).toBeAttached();
    const target = graph.events[1234]!;
    await search(page).fill(target.title);
    await search(page).press('Enter');
    await expect(details(page)).toBeVisible();
    await expectShown(page, target.id, new RegExp(target.title.slice(0, 12)));
  });
});

test('a label is drawn only for a mark on the plot, never pinned at its edge over other dates', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page, '?t=2002-06-01..2004-12-31&axis=linear');
  await chartAtRest(page);
  const plotLeft = (await chart(page).boundingBox())!.x + 136;
  for (const label of await page.locator('.mark .label').all()) {
    const id = await label.evaluate((el) => el.closest('[data-event-id]')!.getAttribute('data-event-id'));
    const shape = (await mark(page, id!).locator('.target').boundingBox())!;
    expect(shape.x + shape.width, `${id}'s mark is on the plot`).toBeGreaterThan(plotLeft);
  }
  await expect(labelOf(page, 'nato-russia-founding-act')).toHaveCount(0);
});

test('following a link in the details starts the new event at its top, with focus on its title', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page, '?event=zakharova-statement');
  const follow = details(page).locator('[data-follow-event="bucharest-summit"]').first();
  await follow.scrollIntoViewIfNeeded();
  expect(await details(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await follow.focus();
  await page.keyboard.press('Enter');
  await expect(details(page)).toHaveAttribute('data-details-for', 'bucharest-summit');
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  expect(await details(page).evaluate((el) => el.scrollTop)).toBe(0);
});

test('the overview strip draws where 3,000 overlapping events really are, not one spike', async ({ page }) => {
  test.slow(); // 3,000 events opened on a shared machine.
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page);
  // 3,000 events over 1950–2024, a third of them ranges of up to 20 years overlapping one another.
  const events = Array.from({ length: 3000 }, (_, i) => {
    const year = 1950 + ((i * 37) % 75);
    const range = i % 3 === 0 ? { end: `${Math.min(2024, year + 1 + (i % 20))}` } : {};
    return { id: `e${i}`, title: `Event ${i}`, start: `${year}-${String((i % 12) + 1).padStart(2, '0')}`, ...range };
  });
  const file = { version: 1, title: 'Spread out', events };
  await page.getByTestId('open-file-input').setInputFiles({ name: 'spread.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(chart(page)).toHaveAttribute('aria-label', /Timeline of 3,000 events/, { timeout: 20_000 });
  const bars = page.locator('.overview .bars');
  await expect(bars).toHaveAttribute('d', /V/);
  const heights = await bars.evaluate((path) => {
    const d = path.getAttribute('d')!;
    const baseline = Number(/^M[\d.]+,([\d.]+)/.exec(d)![1]);
    return [...d.matchAll(/V([\d.]+)H/g)].map((m) => baseline - Number(m[1]));
  });
  const filled = heights.filter((h) => h > 0);
  // Bars across the whole width, none of them alone holding most of the height.
  expect(filled.length).toBeGreaterThan(heights.length / 2);
  const sorted = [...filled].sort((a, b) => b - a);
  expect(sorted[Math.floor(sorted.length / 4)]! / sorted[0]!).toBeGreaterThan(0.5);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first screen shows the timeline, and its axis names more than one year', async ({ page }) => {
    await openTimeline(page);
    const box = (await chart(page).boundingBox())!;
    expect(box.y, 'the chart starts in the upper part of the first screen').toBeLessThan(844 * 0.6);
    const years = (await page.locator('.axis .tick text').allTextContents()).filter((t) => /^\d{4}$/.test(t));
    expect(years.length).toBeGreaterThanOrEqual(2);
    // Narrow breaks side by side keep their lengths apart (one is left out rather than overlapping).
    const gapLabels = await page.locator('.gap-label').all();
    const boxes = await Promise.all(gapLabels.map((l) => l.boundingBox()));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
  });

  test('the row of actions, cut at the screen’s edge, fades there while more of it lies past it', async ({ page }) => {
    await openTimeline(page);
    const row = page.locator('.masthead .actions');
    // The last action is past the right edge at first: that edge fades, the other does not.
    await expect(row).toHaveAttribute('data-more', 'end');
    const fade = () => row.evaluate((element) => getComputedStyle(element).maskImage);
    expect(await fade()).toBe('linear-gradient(90deg, rgb(0, 0, 0) calc(100% - 32px), rgba(0, 0, 0, 0))');
    await page.screenshot({ path: test.info().outputPath('actions-start.png'), clip: { x: 0, y: 0, width: 390, height: 240 } });
    // Scrolled to its end: the start fades instead, and the last action is all in sight.
    await row.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect(row).toHaveAttribute('data-more', 'start');
    await expect(row.getByRole('button', { name: 'Open file…' })).toBeInViewport({ ratio: 0.99 });
    // Tabbing along it brings each action clear of the faded edge.
    await row.evaluate((element) => element.scrollTo({ left: 0 }));
    await expect(row).toHaveAttribute('data-more', 'end');
    await row.getByRole('button', { name: 'Share' }).focus();
    await page.keyboard.press('Tab');
    await expect(row.getByRole('button', { name: /^Theme/ })).toBeFocused();
    const box = (await row.getByRole('button', { name: /^Theme/ }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390 - 16);
  });

  test('tapping an event’s label opens its details as a sheet over the timeline, the event in sight above it', async ({ page }) => {
    await openTimeline(page);
    const label = mark(page, 'russia-draft-treaties').locator('.label');
    await label.scrollIntoViewIfNeeded();
    await label.tap();
    await expect(details(page)).toHaveAttribute('data-details-for', 'russia-draft-treaties');
    await expect(details(page).getByRole('heading', { level: 2 })).toBeInViewport();
    const sheet = (await details(page).boundingBox())!;
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 1);
    expect(sheet.height).toBeLessThanOrEqual(844 * 0.56);
    const shape = (await mark(page, 'russia-draft-treaties').locator('.shape').boundingBox())!;
    expect(shape.y).toBeGreaterThanOrEqual(0);
    expect(shape.y + shape.height, 'the mark is above the sheet').toBeLessThanOrEqual(sheet.y);
  });
});

test.describe('an embed fits its snippet’s height', () => {
  for (const width of [320, 600, 800])
    test(`at ${width} px wide and 520 px high: nothing cut off, the lanes scroll within the chart, the details lie over it`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: width + 40, height: 600 });
      await page.setContent(
        `<body style="margin:20px"><iframe title="Sourceline" src="${baseURL}/?embed&event=zakharova-statement" width="${width}" height="520" style="border:0"></iframe></body>`,
      );
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('[data-event-id]').first()).toBeVisible();
      const details = frame.getByRole('complementary', { name: 'Event details' });
      await expect(details).toHaveAttribute('data-details-for', 'zakharova-statement');
      await expect(frame.locator('svg.chart')).toHaveAttribute('aria-busy', 'false');
      const inFrame = page.frames()[1]!;
      // The frame's own page never scrolls: everything it shows is within its 520 px.
      expect(await inFrame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(520);
      // No control lies over another (the view switch once sat over + − and Fit all).
      const boxes = await inFrame.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((b) => b.checkVisibility() && !b.closest('[role="complementary"]'))
          .map((b) => {
            const r = b.getBoundingClientRect();
            return { name: b.textContent!.trim(), x: r.x, y: r.y, w: r.width, h: r.height };
          }),
      );
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1, `${a.name} over ${b.name}`).toBe(false);
      // The selected event is in sight above the details.
      const detailsTop = (await details.boundingBox())!.y;
      const selected = (await frame.locator('[data-event-id="zakharova-statement"] .shape').boundingBox())!;
      expect(selected.y).toBeGreaterThan(20);
      expect(selected.y + selected.height).toBeLessThanOrEqual(detailsTop);
      // Every lane can be reached: the chart scrolls within, down to the last lane's name.
      const frameBottom = 20 + 520;
      await frame.locator('.stage').evaluate((stage) => (stage.scrollTop = stage.scrollHeight));
      const lastLane = (await frame.locator('.lane-name').last().boundingBox())!;
      expect(lastLane.y).toBeGreaterThan(20);
      expect(lastLane.y).toBeLessThan(frameBottom);
      // The details scroll within themselves down to the quotes and sources.
      await details.getByRole('heading', { name: 'Sources' }).scrollIntoViewIfNeeded();
      await expect(details.getByRole('heading', { name: 'Sources' })).toBeInViewport();
      await page.screenshot({ path: test.info().outputPath(`embed-${width}.png`) });
    });
});

test.describe('presentation at 1920×1080, ready for a room', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  const steps = 13;

  test('every step shows its title, date, main quote with its speaker, and its event in the strip, without scrolling', async ({ page }) => {
    test.slow(); // Thirteen steps, each animated.
    await page.goto('/?present&step=1');
    for (let step = 1; step <= steps; step++) {
      if (step > 1) await page.keyboard.press('ArrowRight');
      await expect(page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
      await chartAtRest(page);
      const id = await slide(page).getAttribute('data-step-event');
      await expect(slide(page).getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
      await expect(slide(page).locator('p.date')).toBeInViewport({ ratio: 1 });
      const quote = slide(page).locator('blockquote').first();
      if ((await quote.count()) > 0) {
        await expect(quote, `step ${step}`).toBeInViewport({ ratio: 1 });
        await expect(slide(page).locator('figcaption').first(), `step ${step}`).toBeInViewport();
      }
      // The event is in the strip's sight, inside the plot.
      const strip = (await page.locator('.strip').boundingBox())!;
      const shape = (await mark(page, id!).locator('.shape').boundingBox())!;
      expect(shape.y, `step ${step}: ${id} below the strip's top`).toBeGreaterThanOrEqual(strip.y);
      expect(shape.y + shape.height, `step ${step}: ${id} above the strip's bottom`).toBeLessThanOrEqual(strip.y + strip.height);
      expect(shape.x).toBeGreaterThanOrEqual(strip.x);
      expect(shape.x + shape.width).toBeLessThanOrEqual(strip.x + strip.width);
    }
  });

  test('the strip’s labels and axis read at 18 px or more', async ({ page }) => {
    await page.goto('/?present&step=2');
    await chartAtRest(page);
    const sizes = await page.evaluate(() => {
      const strip = document.querySelector('.strip')!;
      const zoom = Number(getComputedStyle(strip).zoom) || 1;
      const px = (selector: string) => [...strip.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize) * zoom);
      return { labels: px('.mark .label'), ticks: px('.axis .tick text') };
    });
    expect(sizes.labels.length).toBeGreaterThan(0);
    expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(18);
    expect(Math.min(...sizes.ticks)).toBeGreaterThanOrEqual(18);
  });

  test('the war in Georgia is shown with the Bucharest summit four months before, as its note says', async ({ page }) => {
    await page.goto('/?present&step=2');
    await chartAtRest(page);
    const strip = (await page.locator('.strip').boundingBox())!;
    for (const id of ['bucharest-summit', 'russo-georgian-war']) {
      const shape = (await mark(page, id).locator('.shape').boundingBox())!;
      expect(shape.x, id).toBeGreaterThanOrEqual(strip.x);
      expect(shape.x + shape.width, id).toBeLessThanOrEqual(strip.x + strip.width);
    }
  });
});

test('the list view brings a search’s choice into it, past the first 200 entries', async ({ page }) => {
  test.slow(); // 3,000 events opened on a shared machine.
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTimeline(page);
  const graph = syntheticGraph(3000);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(graph)) });
  await expect(chart(page)).toHaveAttribute('aria-label', /Timeline of 3,000 events/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const last = [...graph.events].sort((a, b) => (a.start < b.start ? -1 : 1)).at(-1)!;
  await search(page).fill(last.title);
  await search(page).press('Enter');
  const entry = page.locator(`[data-list-event="${last.id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
});

test('a label near the right edge is not left behind "+1" while rows above are free (Romulus Augustulus)', async ({ page }) => {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openTimeline(page, '?src=data/classical-antiquity.json');
    await chartAtRest(page);
    await expect(labelOf(page, 'fall-of-rome'), `at ${width} px`).toHaveText('Romulus Augustulus deposed');
    await expect(page.locator('.chip'), `at ${width} px`).toHaveCount(0);
  }
});
