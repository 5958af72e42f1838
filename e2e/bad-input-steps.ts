// Steps shared by the corpus's end-to-end specs (bad-inputs.spec.ts checks what the page shows,
// bad-inputs-tasks.spec.ts how long it takes): choosing a case's file, reading what the page says about
// it, and timing the page's tasks with the Long Tasks API.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { caseName, type BadInput, type ExpectedProblem, type FileOutcome } from './fixtures/bad-inputs/cases.ts';
import { generateBytes } from './fixtures/bad-inputs/generated.ts';
import { details, openTimeline } from './helpers.ts';

export type FileCase = Extract<BadInput, { kind: 'file' | 'generated' }>;
export type UrlCase = Extract<BadInput, { kind: 'url' }>;
export type RedirectCase = Extract<BadInput, { kind: 'redirect' }>;
export type ExportCase = Extract<BadInput, { kind: 'export' }>;
export type MessagesCase = Extract<BadInput, { kind: 'messages' }>;

export const DIR = new URL('./fixtures/bad-inputs/', import.meta.url);
const SCREENSHOTS = process.env.BAD_INPUTS_SCREENSHOTS;

/** Records every long task (50 ms or more) from the start of each page, to read with tasksSince(). */
export async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const tasks: { startTime: number; duration: number }[] = [];
    Object.defineProperty(window, '__longTasks', { value: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task since `since` (page time, ms); 0 when there is none, or no one watches (watchLongTasks). */
const longestTaskSince = (page: Page, since: number) =>
  page.evaluate(
    (since) =>
      Math.max(
        0,
        ...((window as unknown as { __longTasks?: { startTime: number; duration: number }[] }).__longTasks ?? [])
          .filter((t) => t.startTime + t.duration > since)
          .map((t) => Math.round(t.duration)),
      ),
    since,
  );

const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The longest task since `since`, once any task still running has ended (it is counted when it ends). */
export async function longestTask(page: Page, since: number): Promise<number> {
  // Not a wait for the app: a task is reported only once it ends, and one may still be running.
  await page.waitForTimeout(300); // a long task is reported only once it ends
  return longestTaskSince(page, since);
}

/**
 * Runs a timed step up to `attempts` times, until its longest task is within the budget, and expects
 * one to be: other work on a shared machine stretches a task now and then (a 20 ms task took 120 ms
 * while the machine ran twenty other processes), a task the input itself makes long is long every time.
 * Logs every attempt, for the report.
 */
export async function expectWithinBudget(name: string, budgetMs: number, step: () => Promise<number>, attempts = 5) {
  const longest: number[] = [];
  while (longest.length < attempts && !longest.some((ms) => ms <= budgetMs)) longest.push(await step());
  console.log(`longest task, ${name}: ${longest.join(', ')} ms`);
  expect(Math.min(...longest), `${name}: the longest task, best of ${longest.length} attempts`).toBeLessThanOrEqual(budgetMs);
}

/** Nothing drawn at NaN, nothing written as NaN (data near the limits once did both). */
export async function expectNoNaN(page: Page, name: string) {
  const found = await page.evaluate(() => ({
    attributes: [...document.querySelectorAll('svg *')]
      .flatMap((el) => [...el.attributes].filter((a) => /NaN/.test(a.value)).map((a) => `${el.tagName} ${a.name}="${a.value.slice(0, 40)}"`))
      .slice(0, 3),
    text: /\bNaN\b|undefined/.test(document.querySelector('main')?.textContent ?? ''),
  }));
  expect(found, name).toEqual({ attributes: [], text: false });
}

/** Fails the test on any dialog or page error, from the moment the page exists. */
export function guard(page: Page): string[] {
  const trouble: string[] = [];
  page.on('dialog', (dialog) => {
    trouble.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  return trouble;
}

/** Nothing from the data ran or became markup, and every link on the page is http(s). */
export async function expectNothingRan(page: Page, trouble: readonly string[], name: string) {
  expect(trouble, name).toEqual([]);
  const found = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const hostile = ['img[src="x"]', 'iframe', 'script:not([src])', 'svg[onload]', '[onerror]', '[onload]', '[srcdoc]', 'a[href^="javascript" i]', 'b'];
    return {
      pwned: w.__pwned,
      elements: hostile.filter((selector) => document.querySelector(selector) !== null),
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href).filter((href) => !/^https?:$/.test(new URL(href).protocol)),
      empty: (document.querySelector('main')?.textContent ?? '').trim() === '',
    };
  });
  expect(found, name).toEqual({ pwned: undefined, elements: [], links: [], empty: false });
}

export const parsedCount = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName('sourceline:parsed').filter((m) => (m as PerformanceMark).detail?.source === name).length, name);

const isCsv = (name: string) => name.endsWith('.csv');

/**
 * Chooses the case's file with "Open file…": its bytes are served to the page, which makes the File
 * itself (handing megabytes over from the test would be a long task of the test's own on the page).
 * Returns the page's time at the moment the file is chosen.
 */
export async function openCase(page: Page, c: FileCase): Promise<number> {
  const name = caseName(c);
  if (c.kind === 'generated' && c.make.generate === 'oversize') {
    // Too big to serve quickly: made in the page, and handed to the same file input.
    return page.evaluate(
      ({ name, bytes }) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes).fill(0x20)], name, { type: 'application/json' }));
        const chosen = performance.now();
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return chosen;
      },
      { name, bytes: c.make.bytes },
    );
  }
  const body = c.kind === 'file' ? readFileSync(new URL(c.file, DIR)) : Buffer.from(generateBytes(c.make));
  const type = isCsv(name) ? 'text/csv' : 'application/json';
  await page.route(`**/__corpus/${encodeURIComponent(name)}`, (route) => route.fulfill({ status: 200, contentType: type, body }));
  return page.evaluate(
    async ({ name, type }) => {
      const blob = await (await fetch(`/__corpus/${encodeURIComponent(name)}`)).blob();
      const input = document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], name, { type }));
      const chosen = performance.now();
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return chosen;
    },
    { name, type },
  );
}

/** The problems listed in an alert: path and message of each, in order. */
const listed = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((items) => items.map((li) => `${li.querySelector('.path')?.textContent ?? ''} | ${li.querySelector('.message')?.textContent ?? ''}`));

/** "and 149 more like it" under each problem listed, or '' for one alone. */
const alikeTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((items) => items.map((li) => li.querySelector(':scope > .alike > summary')?.textContent ?? ''));
const alikeText = (e: ExpectedProblem) => (e.alike ? `and ${e.alike.toLocaleString('en')} more like it` : '');

export async function expectRefused(page: Page, name: string, expected: Extract<FileOutcome, { outcome: 'refused' }>) {
  // A file too big to read is refused before loading (a notice over the story still shown); any other, by the loader.
  const alert = page.getByRole('alert').filter({ hasText: name });
  await expect(alert, name).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[role="alert"] .fix').first()).not.toBeEmpty();
  const items = '[role="alert"] ol.problems > li.error';
  const errors = await listed(page, items);
  expect(errors, name).toHaveLength(expected.errors.length);
  expected.errors.forEach((e, i) => expect(errors[i], name).toContain(e.message));
  expect(
    errors.map((e) => e.split(' | ')[0]),
    name,
  ).toEqual(expected.errors.map((e) => e.path));
  expect(await alikeTexts(page, items), name).toEqual(expected.errors.map(alikeText));
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  // A notice is dismissed, so that the next case starts clean.
  const notice = page.locator('.notice[role="alert"]');
  if ((await notice.count()) > 0) await notice.getByRole('button', { name: 'Dismiss' }).click();
}

/** Whether the text is on the page as text: in its content, or whole in an accessible name (a long title is cut short on the chart). */
const onPage = (text: string) =>
  (document.body.textContent ?? '').includes(text) ||
  [...document.querySelectorAll('[aria-label]')].some((el) => el.getAttribute('aria-label')!.includes(text));

export async function expectLoaded(page: Page, name: string, before: number, expected: Extract<FileOutcome, { outcome: 'loads' }>) {
  await expect.poll(() => parsedCount(page, name), { message: `${name} is loaded`, timeout: 60_000 }).toBeGreaterThan(before);
  await expect(page.locator('.error-panel')).toHaveCount(0);
  const marks = page.locator('[data-event-id]');
  // A few events are drawn one mark each; thousands, as a density band (the texts name their count).
  if (expected.events <= 10) await expect(marks, name).toHaveCount(expected.events);
  for (const text of [...(expected.texts ?? []), ...(expected.pageTexts ?? [])])
    await expect.poll(() => page.evaluate(onPage, text), { message: `${name}: ${text.slice(0, 60)}` }).toBe(true);
  for (const date of expected.dates ?? []) {
    const label = await page.locator(`[data-event-id="${date.event}"]`).getAttribute('aria-label');
    expect(label?.startsWith(date.shown), `${name}: ${label} starts with ${date.shown}`).toBe(true);
  }

  await expectNoNaN(page, name);

  const warnings = page.locator('details.warnings');
  if (expected.warnings.length === 0) await expect(warnings, name).toHaveCount(0);
  else {
    const n = expected.warnings.reduce((sum, w) => sum + 1 + (w.alike ?? 0), 0);
    await expect(warnings.locator('summary').first(), name).toHaveText(`${n.toLocaleString('en')} ${n === 1 ? 'warning' : 'warnings'} about this file`);
    await warnings.locator('summary').first().click();
    const items = 'details.warnings ol.problems > li';
    // Read once the opened list is drawn (read at once, it was sometimes still empty under load).
    await expect(page.locator(items).first(), name).toBeVisible();
    const shown = await listed(page, items);
    expect(
      shown.map((w) => w.split(' | ')[0]),
      name,
    ).toEqual(expected.warnings.map((w) => w.path));
    expected.warnings.forEach((w, i) => expect(shown[i], name).toContain(w.message));
    expect(await alikeTexts(page, items), name).toEqual(expected.warnings.map(alikeText));
    await warnings.locator('summary').first().click();
  }

  if (expected.detailTexts) {
    await page.locator('[data-event-id="first"] .shape').click();
    const panel = details(page);
    await expect(panel, name).toBeVisible();
    for (const text of expected.detailTexts)
      await expect
        .poll(() => panel.evaluate((el, text) => el.textContent?.includes(text) ?? false, text), { message: `${name}: ${text.slice(0, 60)}` })
        .toBe(true);
    await page.getByRole('button', { name: 'Close details' }).click();
  }
}

/** Opens the Sources panel, finds the texts in it, and closes it; returns the longest task from the click. */
export async function expectSources(page: Page, name: string, texts: readonly string[]): Promise<number> {
  const since = await pageNow(page);
  await page.getByRole('button', { name: /^Sources \(/ }).click();
  const panel = page.getByRole('complementary', { name: 'Sources' });
  for (const text of texts) await expect(panel, name).toContainText(text);
  const longest = await longestTask(page, since);
  await page.getByRole('button', { name: 'Close sources' }).click();
  return longest;
}

/** Opens the Tags menu: it says how many tags there are, and its search reaches any of them. */
export async function expectTagsMenu(page: Page, name: string, menu: NonNullable<Extract<FileOutcome, { outcome: 'loads' }>['tagsMenu']>) {
  const tags = page.locator('details.menu').filter({ has: page.locator('summary', { hasText: /^Tags/ }) });
  await tags.locator('summary').click();
  for (const text of menu.texts) await expect(tags, name).toContainText(text);
  await tags.getByRole('searchbox').fill(menu.find);
  await expect(tags.locator('label').filter({ hasText: new RegExp(`^\\s*${menu.find}\\s`) }), name).toBeVisible();
  await tags.locator('summary').click();
}

/** Opens each case's file on one page and checks that the page ends as the manifest says. */
export async function runFileCases(page: Page, cases: readonly FileCase[]) {
  const trouble = guard(page);
  await openTimeline(page);
  for (const c of cases) {
    const name = caseName(c);
    const before = await parsedCount(page, name);
    await openCase(page, c);
    if (c.expect.outcome === 'refused') await expectRefused(page, name, c.expect);
    else await expectLoaded(page, name, before, c.expect);
    if (c.expect.outcome === 'loads' && c.expect.sourcesTexts) await expectSources(page, name, c.expect.sourcesTexts);
    if (c.expect.outcome === 'loads' && c.expect.tagsMenu) await expectTagsMenu(page, name, c.expect.tagsMenu);
    await expectNothingRan(page, trouble, name);
  }
}

export async function expectLinkOutcome(page: Page, c: UrlCase) {
  const expected = c.expect;
  const notes = page.locator('.notice[role="status"] ul.ignored li');
  switch (expected.outcome) {
    case 'src-refused': {
      const alert = page.locator('.notice[role="alert"]');
      await expect(alert.locator('code.path'), c.name).toHaveText('src');
      await expect(alert.locator('.message'), c.name).toContainText(expected.message);
      await expect(alert.locator('.fix'), c.name).toContainText('The default story is shown instead.');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${c.name}.png` });
      await expect(page.locator('[data-event-id="bucharest-summit"]'), c.name).toHaveCount(1);
      return;
    }
    case 'ignored':
    case 'dropped':
      await expect(notes.filter({ hasText: expected.notice }), c.name).toHaveCount(1);
      return;
    case 'searched':
      await expect(page.getByRole('combobox', { name: 'Search events, quotes and sources' }), c.name).toHaveValue(expected.value);
      return;
    case 'window': {
      await expect(page.locator(`[data-event-id="${expected.visible}"]`), c.name).toBeInViewport();
      // The link written back keeps the centre asked for (to the hour), not the end of the data.
      const middle = () => {
        const [from, to] = (new URL(page.url()).searchParams.get('t') ?? '')
          .split('..')
          .map((d) => Date.parse(d.length <= 10 || d.endsWith('Z') ? d : `${d}Z`));
        return Math.abs((from! + to!) / 2 - Date.parse(expected.centre));
      };
      await expect.poll(middle, { message: `${c.name}: the window's centre` }).toBeLessThan(3_600_000);
      return;
    }
  }
}

/**
 * Serves the app's page for a link longer than the preview server takes (it answers HTTP 431 to a
 * request line of megabytes; a static host may well take it): the page is fetched at its own address.
 */
export async function serveLongLinks(page: Page) {
  await page.route(
    (url) => url.pathname === '/' && url.search.length > 8_000,
    async (route) => route.fulfill({ response: await route.fetch({ url: new URL('/', route.request().url()).href }) }),
  );
}

/** A page on another origin (http://flood.test) that embeds the app in a frame, told to take that origin's messages. */
export async function serveFloodHost(page: Page, appOrigin: string): Promise<string> {
  const HOST = 'http://flood.test';
  const app = `${appOrigin}/?embed&parent-origin=${encodeURIComponent(HOST)}`;
  await page.route(`${HOST}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Flood</title><script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'sourceline:height') heights.push(e.data.height); });</script><iframe id="app" src="${app}" style="width:900px;height:700px"></iframe>`,
    }),
  );
  // Served through the test: a public page may not frame a private address (localhost) by itself.
  await page.route(`${appOrigin}/**`, async (route) => route.fulfill({ response: await route.fetch() }));
  return HOST;
}

/** Opens the host page and waits until the frame listens (it has said its height) and has drawn its story. */
export async function floodFrame(page: Page, host: string, baseURL: string) {
  await page.goto(`${host}/`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length), { timeout: 30_000 }).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f.url().startsWith(baseURL))!;
  await expect(frame.locator('[data-event-id]').first()).toBeVisible();
  return frame;
}

/** The host posts the case's messages to the frame, all in one task. */
export async function flood(page: Page, c: MessagesCase, baseURL: string) {
  await page.evaluate(
    ({ count, last, origin }) => {
      const target = (document.getElementById('app') as HTMLIFrameElement).contentWindow!;
      for (let i = 0; i < count; i++) target.postMessage({ type: 'sourceline:select', event: i % 2 ? 'bucharest-summit' : 'zakharova-statement' }, origin);
      target.postMessage({ type: 'sourceline:select', event: last }, origin);
    },
    { count: c.messages, last: c.last, origin: new URL(baseURL).origin },
  );
}
