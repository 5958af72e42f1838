// Export and print: the timeline as SVG and PNG (titled, with its window and the sources in view),
// the data as JSON that reads back, and a printed chronology with the quotes and no controls.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { syntheticGraph } from '../bench/synthetic.ts';
import { parseEventGraph } from '../src/lib/model/json-file.ts';
import { chart, openTimeline, wheel } from './helpers.ts';

const TITLE_FILE = 'ukraine-nato-and-the-bucharest-promise-1994-2025';
const story = parseEventGraph(readFileSync(new URL('../data/ukraine-nato.json', import.meta.url), 'utf8')).graph;

async function exportAs(page: Page, item: 'Image (SVG)' | 'Image (PNG, 2×)' | 'Data (JSON)'): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: item }).click();
  return download;
}

/** The toolbar's "Showing …" line (the announcer says the same words to screen readers, elsewhere). */
const windowLine = (page: Page) => page.locator('.window > span').first();

const readDownload = async (download: Download) => readFileSync((await download.path())!);

/** Zooms in with the wheel over an event until the window is within 2024–2025. */
async function zoomInto(page: Page, id: string) {
  await openTimeline(page);
  for (let i = 0; i < 12 && !/^Showing \S* ?\S* ?202[45] – /.test((await windowLine(page).textContent()) ?? ''); i++) {
    const box = (await page.locator(`[data-event-id="${id}"] .shape`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wheel(page, 1, -400);
  }
  await expect(windowLine(page)).toHaveText(/202[45] – /);
  // Labels come back once the zoom rests.
  await expect(page.locator(`[data-event-id="${id}"] .label`)).toBeVisible();
}

/** What an exported SVG holds, read by the browser's own XML parser. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [...doc.querySelectorAll('*')];
    return {
      parserError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      elementNames: [...new Set(all.map((e) => e.localName))],
      attributeNames: [...new Set(all.flatMap((e) => [...e.attributes].map((a) => a.name)))],
      fontFamilies: [...new Set(all.map((e) => /font-family: ([^;]+)/.exec(e.getAttribute('style') ?? '')?.[1]).filter(Boolean))],
      eventLabels: all.filter((e) => e.localName === 'text' && /font-weight: 500/.test(e.getAttribute('style') ?? '')).length,
    };
  }, text);
}

/** The labels of the events drawn whole inside the chart's visible plot (the clip starts at the lane names' gutter). */
async function labelsOnScreen(page: Page): Promise<string[]> {
  return chart(page).evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const plotLeft = box.left + Number(svg.querySelector('clipPath rect')!.getAttribute('x'));
    return [...svg.querySelectorAll('.mark .label')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= plotLeft && r.right <= box.right;
      })
      .map((t) => t.textContent ?? '');
  });
}

test('the view exports as a standalone SVG: title, window, the labels on screen, the sources in view, no styles left to resolve', async ({ page }) => {
  await openTimeline(page);
  const labels = await labelsOnScreen(page);
  expect(labels.length).toBeGreaterThan(5);
  const windowText = (await windowLine(page).textContent())!.trim();

  const download = await exportAs(page, 'Image (SVG)');
  expect(download.suggestedFilename()).toBe(`${TITLE_FILE}.svg`);
  const text = (await readDownload(download)).toString('utf8');

  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
  expect(text).not.toContain('var(');
  expect(text).not.toMatch(/<script|<foreignObject|javascript:|class="|tabindex|role="(button|group)"|data-event-id|<style/i);
  const svg = await inspectSvg(page, text);
  expect(svg.parserError).toBeNull();
  expect(svg).toMatchObject({ rootName: 'svg', namespace: 'http://www.w3.org/2000/svg' });
  expect(svg.attributeNames.filter((name) => /^on/i.test(name))).toEqual([]);
  const chartBox = await chart(page).evaluate((el) => ({ width: Number(el.getAttribute('width')), height: Number(el.getAttribute('height')) }));
  expect(svg.width).toBe(chartBox.width);
  expect(svg.height).toBeGreaterThan(chartBox.height + 60);
  expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);

  // Heading, every label on screen, the lanes, and a footer naming the sources with their chains.
  expect(svg.texts[0]).toBe(story.title);
  expect(svg.texts[1]).toBe(windowText);
  for (const label of labels) expect(svg.texts).toContain(label);
  expect(svg.texts.some((t) => t.startsWith('Bucharest summit'))).toBe(true);
  expect(svg.texts).toContain('NATO');
  const footer = svg.texts.filter((t) => /^Sources: /.test(t) || svg.texts.indexOf(t) > svg.texts.findIndex((s) => s.startsWith('Sources: ')));
  // The most cited first: the article itself (its own lines); its account of Zakharova, via Reuters, is
  // cited by one event only and named in the zoomed view below.
  expect(footer.join(' ')).toContain('Euromaidan Press');
  expect(footer.join(' ')).toMatch(/Wikipedia|NATO/);

  // Fonts travel as a family stack, not outlines: the labels are still text in the page's system font.
  expect(svg.elementNames).toContain('text');
  expect(svg.elementNames).not.toContain('path-text');
  expect(svg.fontFamilies.some((f) => /system-ui/.test(f!))).toBe(true);
  expect(svg.eventLabels).toBeGreaterThanOrEqual(labels.length);
});

test('a zoomed view exports only what is in its window, headed with the toolbar’s window', async ({ page }) => {
  await zoomInto(page, 'zakharova-statement');
  const windowText = (await windowLine(page).textContent())!.trim();
  const text = (await readDownload(await exportAs(page, 'Image (SVG)'))).toString('utf8');
  const svg = await inspectSvg(page, text);
  expect(svg.parserError).toBeNull();
  expect(svg.texts[1]).toBe(windowText);
  expect(svg.texts.some((t) => t.startsWith('Russia demands NATO revoke'))).toBe(true);
  // 1994 is far outside the window: neither its label nor its sources are in the picture.
  expect(svg.texts.join('\n')).not.toContain('Budapest Memorandum');
  expect(svg.texts.join('\n')).not.toMatch(/Sources: .*Governments of Ukraine/);
  expect(svg.texts.join(' ')).toContain('Euromaidan Press, via Reuters');
});

test('the PNG is twice the picture’s size, and a PNG', async ({ page }) => {
  await openTimeline(page);
  const svg = await inspectSvg(page, (await readDownload(await exportAs(page, 'Image (SVG)'))).toString('utf8'));
  const download = await exportAs(page, 'Image (PNG, 2×)');
  expect(download.suggestedFilename()).toBe(`${TITLE_FILE}.png`);
  const png = await readDownload(download);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const chartWidth = Number(await chart(page).getAttribute('width'));
  expect(png.readUInt32BE(16)).toBe(2 * chartWidth);
  expect(png.readUInt32BE(20)).toBe(2 * svg.height);
  // Not a blank canvas: the picture has its text and marks in it.
  expect(png.length).toBeGreaterThan(40_000);
});

test('the data downloads as JSON that reads back to the same chronology', async ({ page }) => {
  await openTimeline(page);
  const download = await exportAs(page, 'Data (JSON)');
  expect(download.suggestedFilename()).toBe(`${TITLE_FILE}.json`);
  const text = (await readDownload(download)).toString('utf8');
  const written = JSON.parse(text);
  expect(written.version).toBe(1);
  expect(written.$schema).toMatch(/^http:\/\/localhost:\d+\/schema\/v1\.json$/);
  const back = parseEventGraph(text).graph;
  expect(back.events).toHaveLength(story.events.length);
  expect(back.events).toEqual(story.events);
  expect(back.quotes).toEqual(story.quotes);
  expect(back.links).toEqual(story.links);
  expect(back.sources).toEqual(story.sources);
  expect(back.actors).toEqual(story.actors);
  expect(written.events.find((e: { id: string }) => e.id === 'map-request').start).toBe('2008-01');
});

test('the Export menu works from the keyboard and has names for every choice', async ({ page }) => {
  await openTimeline(page);
  const summary = page.getByText('Export', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const svgButton = page.getByRole('button', { name: 'Image (SVG)' });
  await expect(svgButton).toBeVisible();
  await expect(page.getByRole('button', { name: 'Image (PNG, 2×)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Data (JSON)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(svgButton).toBeHidden();
  await expect(summary).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(svgButton).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe(`${TITLE_FILE}.svg`);
  await expect(svgButton).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Saved ${TITLE_FILE}.svg` })).toBeAttached();
});

test('the Export menu hangs under its button and closes on a click elsewhere', async ({ page }) => {
  await openTimeline(page);
  const button = page.getByText('Export', { exact: true });
  const svgButton = page.getByRole('button', { name: 'Image (SVG)' });
  await button.click();
  await expect(svgButton).toBeVisible();
  const under = (await button.boundingBox())!;
  const menu = (await page.locator('.menu:popover-open').boundingBox())!;
  expect(menu.y).toBeGreaterThanOrEqual(under.y + under.height);
  expect(menu.y).toBeLessThan(under.y + under.height + 12);
  expect(Math.abs(menu.x + menu.width - (under.x + under.width))).toBeLessThan(1);

  await page.getByRole('heading', { level: 1 }).click();
  await expect(svgButton).toBeHidden();
  // Its button toggles it.
  await button.click();
  await expect(svgButton).toBeVisible();
  await button.click();
  await expect(svgButton).toBeHidden();
});

test('embedded, there is no Export menu', async ({ page }) => {
  await openTimeline(page, '?embed');
  await expect(page.getByText('Export', { exact: true })).toHaveCount(0);
});

const quotes = story.quotes.map((q) => q.text);
const words = (text: string) =>
  text
    .replace(/[\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function pdfText(pdf: Buffer, path: string): string | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('printing gives the timeline, then every event in view with its quotes and sources, without the controls', async ({ page }, testInfo) => {
  await openTimeline(page);
  await expect(page.locator('.print-chronology')).toBeHidden();
  await expect(page.locator('[data-print-event]')).toHaveCount(0);
  // The code that copies the chart arrives beside the first drawing (not before it).
  await expect(page.locator('.print-chronology[data-picture-ready]')).toHaveCount(1);

  await page.emulateMedia({ media: 'print' });
  const list = page.locator('.print-chronology');
  await expect(list).toBeVisible();
  await expect(page.locator('[data-print-event]')).toHaveCount(story.events.length);
  // In time order, each with its date and title.
  const printed = await page.locator('[data-print-event]').evaluateAll((els) => els.map((el) => el.getAttribute('data-print-event')));
  expect(printed).toEqual(story.events.map((e) => e.id));
  await expect(page.locator('[data-print-event="bucharest-summit"]')).toContainText('2–4 April 2008');
  for (const quote of quotes) await expect(list).toContainText(quote);
  for (const note of story.quotes.flatMap((q) => (q.note ? [q.note] : []))) await expect(list).toContainText(note);
  await expect(list).toContainText('Maria Zakharova');
  await expect(list).toContainText(/Euromaidan Press, by Olena Mukhina, published 18 February 2025, via\s+Reuters/);

  // The chart, copied and fitted to the page; the live chart and every control are gone.
  const picture = page.locator('.print-chart svg');
  await expect(picture).toBeVisible();
  await expect(chart(page)).toBeHidden();
  for (const control of ['Fit all', 'Open file…', 'Zoom in']) await expect(page.getByRole('button', { name: control })).toBeHidden();
  await expect(page.getByText('Export', { exact: true })).toBeHidden();
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.locator('fieldset.legend')).toBeHidden();

  for (const format of ['A4', 'Letter'] as const) {
    const path = testInfo.outputPath(`chronology-${format}.pdf`);
    const pdf = await page.pdf({ format, path, printBackground: false });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const text = pdfText(pdf, path);
    if (text === null) continue;
    const flat = words(text);
    for (const quote of quotes) expect(flat).toContain(words(quote).slice(0, 40));
    expect(flat).toContain('Bucharest summit');
    expect(flat).not.toContain('Fit all');
    expect(flat).not.toContain('Open file');
  }

  // Back on screen, the list is gone again.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-print-event]')).toHaveCount(0);
  await expect(chart(page)).toBeVisible();
});

test('a zoomed-in print lists the events in the window; a huge one lists 500 and says how many were left out', async ({ page }) => {
  await zoomInto(page, 'zakharova-statement');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-event="zakharova-statement"]')).toBeAttached();
  const printed = await page.locator('[data-print-event]').evaluateAll((els) => els.map((el) => el.getAttribute('data-print-event')));
  expect(printed).toContain('zakharova-statement');
  expect(printed).not.toContain('budapest-memorandum');
  expect(printed.length).toBeLessThan(story.events.length);
  await page.emulateMedia({ media: 'screen' });

  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(syntheticGraph(3000))) });
  await expect(chart(page)).toHaveAttribute('aria-label', /Timeline of 3,000 events/, { timeout: 20_000 });
  // Dense lanes are drawn as bands: they export too, with their colours resolved.
  await expect(page.locator('svg.chart .density path').first()).toBeAttached();
  const dense = (await readDownload(await exportAs(page, 'Image (SVG)'))).toString('utf8');
  expect(dense).not.toContain('var(');
  const denseSvg = await inspectSvg(page, dense);
  expect(denseSvg.parserError).toBeNull();
  expect(denseSvg.elementNames).toContain('path');
  // 150 sources from six publishers: each publisher named once.
  const denseFooter = denseSvg.texts.find((t) => t.startsWith('Sources: '))!;
  expect(denseFooter.split('; ').sort()).toEqual(['AFP', 'AP', 'BBC', 'Euromaidan Press', 'Kyiv Independent', 'Sources: Reuters']);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-event]')).toHaveCount(500);
  await expect(page.locator('.print-chronology .scope')).toContainText('3,000 events of 3,000');
  await expect(page.locator('.print-chronology .scope')).toContainText('2,500 more are left out');
});

test('paper is light with the Dark theme picked, not only with a dark system', async ({ page }) => {
  await openTimeline(page);
  const theme = page.getByRole('button', { name: /^Theme:/ });
  while ((await theme.textContent()) !== 'Theme: dark') await theme.click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-event]').first()).toBeAttached();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(28, 29, 32)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.print-chronology h3')!).color)).toBe('rgb(28, 29, 32)');
});

test.describe('in a dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('paper is still light: the page’s text and the copy of the chart, taken when printing is asked for', async ({ page }, testInfo) => {
    await openTimeline(page);
    await expect(page.locator('.print-chronology[data-picture-ready]')).toHaveCount(1);
    // A browser's print command: `beforeprint` while the page is still on screen, then the print layout.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('[data-print-event]')).toHaveCount(story.events.length);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const svg = document.querySelector('.print-chart svg')!;
      const label = [...svg.querySelectorAll('text')].find((t) => t.textContent?.startsWith('Bucharest summit'))!;
      return {
        background: svg.querySelector(':scope > rect')!.getAttribute('fill'),
        labelFill: /fill: ([^;]+)/.exec(label.getAttribute('style') ?? '')?.[1] ?? getComputedStyle(label).fill,
        heading: getComputedStyle(document.querySelector('.print-chronology h3')!).color,
        page: getComputedStyle(document.body).color,
      };
    });
    expect(colours.background).toBe('rgb(255, 255, 255)');
    expect(colours.labelFill).toBe('rgb(28, 29, 32)');
    expect(colours.heading).toBe('rgb(28, 29, 32)');
    expect(colours.page).toBe('rgb(28, 29, 32)');
    await page.pdf({ format: 'A4', path: testInfo.outputPath('chronology-dark-A4.pdf') });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('[data-print-event]')).toHaveCount(0);
    // The live chart is back in its own theme.
    expect(await chart(page).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  });
});
