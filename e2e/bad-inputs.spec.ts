// Runs the bad-input corpus (fixtures/bad-inputs/cases.ts) through the page: each file is opened with
// "Open file…", each generated file made and opened, each bad link visited. The page must end as the
// manifest says (the errors listed where and why, or the events drawn, or the link's note shown), never
// blank, and nothing from the data may run or become markup: no dialog, no page error, no
// window.__pwned, no element the payloads would make, no link that is not http(s).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CASES, caseName, type BadInput, type FileOutcome } from './fixtures/bad-inputs/cases.ts';
import { generateBytes } from './fixtures/bad-inputs/generated.ts';
import { details, openTimeline } from './helpers.ts';

type FileCase = Extract<BadInput, { kind: 'file' | 'generated' }>;
type UrlCase = Extract<BadInput, { kind: 'url' }>;

const DIR = new URL('./fixtures/bad-inputs/', import.meta.url);
const SCREENSHOTS = process.env.BAD_INPUTS_SCREENSHOTS;

/** Fails the test on any dialog or page error, from the moment the page exists. */
function guard(page: Page): string[] {
  const trouble: string[] = [];
  page.on('dialog', (dialog) => {
    trouble.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  return trouble;
}

/** Nothing from the data ran or became markup, and every link on the page is http(s). */
async function expectNothingRan(page: Page, trouble: readonly string[], name: string) {
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

const parsedCount = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName('sourceline:parsed').filter((m) => (m as PerformanceMark).detail?.source === name).length, name);

async function openCase(page: Page, c: FileCase) {
  const name = caseName(c);
  if (c.kind === 'generated' && c.make.generate === 'oversize') {
    // Too big to hand over from the test: made in the page, and handed to the same file input.
    await page.evaluate(
      ({ name, bytes }) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes).fill(0x20)], name, { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { name, bytes: c.make.bytes },
    );
    return;
  }
  const buffer = c.kind === 'file' ? readFileSync(new URL(c.file, DIR)) : Buffer.from(generateBytes(c.make));
  await page.getByTestId('open-file-input').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** The problems listed in an alert: path and message of each, in order. */
const listed = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((items) => items.map((li) => `${li.querySelector('.path')?.textContent ?? ''} | ${li.querySelector('.message')?.textContent ?? ''}`));

async function expectRefused(page: Page, name: string, expected: Extract<FileOutcome, { outcome: 'refused' }>) {
  // A file too big to read is refused before loading (a notice over the story still shown); any other, by the loader.
  const alert = page.getByRole('alert').filter({ hasText: name });
  await expect(alert, name).toBeVisible();
  await expect(page.locator('[role="alert"] .fix').first()).not.toBeEmpty();
  const errors = await listed(page, '[role="alert"] ol.problems > li.error');
  expect(errors, name).toHaveLength(expected.errors.length);
  expected.errors.forEach((e, i) => expect(errors[i], name).toContain(e.message));
  expect(
    errors.map((e) => e.split(' | ')[0]),
    name,
  ).toEqual(expected.errors.map((e) => e.path));
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  // A notice is dismissed, so that the next case starts clean.
  const notice = page.locator('.notice[role="alert"]');
  if ((await notice.count()) > 0) await notice.getByRole('button', { name: 'Dismiss' }).click();
}

/** Whether the text is on the page as text: in its content, or whole in an accessible name (a long title is cut short on the chart). */
const onPage = (text: string) =>
  (document.body.textContent ?? '').includes(text) ||
  [...document.querySelectorAll('[aria-label]')].some((el) => el.getAttribute('aria-label')!.includes(text));

async function expectLoaded(page: Page, name: string, before: number, expected: Extract<FileOutcome, { outcome: 'loads' }>) {
  await expect.poll(() => parsedCount(page, name), { message: `${name} is loaded` }).toBeGreaterThan(before);
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

  const warnings = page.locator('details.warnings');
  if (expected.warnings.length === 0) await expect(warnings, name).toHaveCount(0);
  else {
    const n = expected.warnings.length;
    await expect(warnings.locator('summary'), name).toHaveText(`${n} ${n === 1 ? 'warning' : 'warnings'} about this file`);
    await warnings.locator('summary').click();
    const shown = await listed(page, 'details.warnings ol.problems > li');
    expect(
      shown.map((w) => w.split(' | ')[0]),
      name,
    ).toEqual(expected.warnings.map((w) => w.path));
    expected.warnings.forEach((w, i) => expect(shown[i], name).toContain(w.message));
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

async function runFileCases(page: Page, cases: readonly FileCase[]) {
  const trouble = guard(page);
  await openTimeline(page);
  for (const c of cases) {
    const name = caseName(c);
    const before = await parsedCount(page, name);
    await openCase(page, c);
    if (c.expect.outcome === 'refused') await expectRefused(page, name, c.expect);
    else await expectLoaded(page, name, before, c.expect);
    await expectNothingRan(page, trouble, name);
  }
}

const fileCases = (prefix: string) => CASES.filter((c): c is FileCase => c.kind !== 'url' && caseName(c).startsWith(prefix));

test.describe('every bad file ends on the page as the manifest says, and nothing in it runs', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const family of ['text', 'url', 'structure', 'date', 'size']) {
    test(`${family} cases`, async ({ page }) => {
      const cases = fileCases(`${family}-`);
      expect(cases.length).toBeGreaterThan(0);
      await runFileCases(page, cases);
    });
  }
});

async function expectLinkOutcome(page: Page, c: UrlCase) {
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
  }
}

test('every bad link is refused or ignored with a note, and nothing in it runs', async ({ page }) => {
  test.setTimeout(120_000);
  const trouble = guard(page);
  for (const c of CASES.filter((c): c is UrlCase => c.kind === 'url')) {
    await page.goto(`/${c.search}`);
    await expect(page.getByRole('heading', { level: 1 }), c.name).not.toHaveText('');
    await expectLinkOutcome(page, c);
    await expectNothingRan(page, trouble, c.name);
  }
});
