// Making a chronology in the browser, as a new user would: from New chronology to a downloaded file
// that passes `npm run validate` and reopens to the same chronology; drags by mouse and keyboard with
// undo and redo; drafts restored after a reload; bad values refused at their fields.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chart, chartAtRest, mark, openTimeline, pageOverflowPx } from './helpers.ts';
import { form, pick, toolbar } from './helpers-edit.ts';

const ZAKHAROVA = 'Otherwise, this problem will continue to poison the atmosphere on the European continent';
const ARTICLE = 'https://euromaidanpress.com/2025/02/18/russia-demands-nato-revoke-ukraines-2008-membership-promise/';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function newChronology(page: Page, title: string) {
  await page.goto('/');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await page.getByRole('button', { name: 'New chronology' }).click();
  const chronology = form(page, 'Edit chronology');
  await chronology.locator('input[name="title"]').fill(title);
}

async function addEvent(page: Page, title: string, start: string, end?: string) {
  await toolbar(page).getByRole('button', { name: 'Add event' }).click();
  const event = form(page, 'Edit event');
  await event.locator('input[name="title"]').fill(title);
  await event.locator('input[name="start"]').fill(start);
  if (end) await event.locator('input[name="end"]').fill(end);
  await expect(event.locator('input[name="start"]')).not.toHaveAttribute('aria-invalid', 'true');
}

test('a new user builds the three key moments, downloads them, and the file validates and reopens the same', async ({ page }, testInfo) => {
  await newChronology(page, 'The Bucharest promise');
  await addEvent(page, 'Bucharest summit', '2008-04-02', '2008-04-04');
  await addEvent(page, 'Trump–Putin call', '2025-02-12');
  await addEvent(page, 'Zakharova’s statement', '2025-02-18');
  await expect(mark(page, 'bucharest-summit')).toBeVisible();
  await expect(mark(page, 'trump-putin-call')).toBeVisible();
  await expect(mark(page, 'zakharovas-statement')).toBeVisible();

  // The seed article, via Reuters, by quick capture; Zakharova's words verbatim.
  await toolbar(page).getByRole('button', { name: 'Quick capture' }).click();
  const capture = form(page, 'Quick capture');
  await capture.locator('input[name="url"]').fill(ARTICLE);
  await capture.locator('textarea[name="text"]').fill(ZAKHAROVA);
  await capture.locator('input[name="speaker"]').fill('Maria Zakharova');
  await pick(page, capture.locator('input[name="event"]'), 'Zakharova');
  await capture.getByRole('button', { name: 'Add source and quote' }).click();
  const quote = form(page, 'Edit quote');
  await expect(quote.locator('textarea[name="text"]')).toHaveValue(ZAKHAROVA);
  await quote.locator('input[name="said"]').fill('2025-02-18');
  await expect(quote.locator('input[name="source"]')).toHaveValue(/Russia demands nato/);
  await quote.getByRole('button', { name: 'Close edit quote' }).click();

  // The article's source: its real title and publisher, via a new Reuters source.
  await page
    .getByRole('group', { name: 'Show' })
    .getByRole('button', { name: /^Sources \(/ })
    .click();
  await page.getByRole('button', { name: /Russia demands nato/ }).click();
  const source = form(page, 'Edit source');
  await source.locator('input[name="title"]').fill('Russia demands NATO revoke Ukraine’s 2008 membership promise');
  await source.locator('input[name="publisher"]').fill('Euromaidan Press');
  await source.locator('input[name="author"]').fill('Olena Mukhina');
  await source.locator('input[name="published"]').fill('2025-02-18');
  const via = source.locator('input[name="via"]');
  await via.click();
  await via.fill('Reuters');
  await page.getByRole('option', { name: /Add source “Reuters”/ }).click();
  await expect(source.getByLabel('Provenance')).toContainText('Euromaidan Press, via Reuters');

  // Each event rests on the article; the statement responds to the call, by a link.
  for (const id of ['bucharest-summit', 'trump-putin-call', 'zakharovas-statement']) {
    await mark(page, id).focus();
    await page.keyboard.press('Enter');
    await pick(page, form(page, 'Edit event').locator('input[name="sources"]'), 'Russia demands NATO');
  }
  await toolbar(page).getByRole('button', { name: 'Add link' }).click();
  const link = form(page, 'Edit link');
  await pick(page, link.locator('input[name="to"]'), 'Trump–Putin call');
  await link.locator('select[name="type"]').selectOption('responds-to');
  await expect(page.getByRole('region', { name: 'Problems in the draft' })).toContainText('No errors.');

  const download = page.waitForEvent('download');
  await toolbar(page).getByRole('button', { name: 'Download JSON' }).click();
  const file = testInfo.outputPath('the-bucharest-promise.json');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(json).slice(0, 3)).toEqual(['$schema', 'version', 'title']);
  expect(json.quotes).toEqual([expect.objectContaining({ text: ZAKHAROVA, speaker: 'Maria Zakharova', event: 'zakharovas-statement' })]);
  expect(json.links).toEqual([{ from: 'zakharovas-statement', to: 'trump-putin-call', type: 'responds-to' }]);
  // The terminal's check passes (it exits non-zero on any error).
  execFileSync('npx', ['tsx', 'scripts/validate.ts', file], { stdio: 'pipe' });

  // Reopened, it is the same chronology.
  await page.goto('/');
  await page.locator('input[type="file"]').first().setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Bucharest promise');
  for (const id of ['bucharest-summit', 'trump-putin-call', 'zakharovas-statement']) await expect(mark(page, id)).toBeVisible();
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-label', /2–4 April 2008/);
});

test('a mark is moved by mouse and by keyboard; both undone, one redone', async ({ page }) => {
  await openTimeline(page, '?edit');
  await expect(toolbar(page)).toBeVisible();
  const call = mark(page, 'trump-putin-call');
  await expect(call).toBeVisible();
  const before = await call.getAttribute('aria-label');

  // By keyboard: focus the mark, Alt+→ moves it one day.
  await call.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(call).toHaveAttribute('aria-label', /13 February 2025/);

  // By mouse: drag it to the right.
  const box = (await call.locator('.shape').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 5 });
  await expect(page.locator('.ghost-date')).toBeVisible();
  await page.mouse.up();
  const dragged = await call.getAttribute('aria-label');
  expect(dragged).not.toMatch(/13 February 2025/);

  await page.keyboard.press('Control+z');
  await expect(call).toHaveAttribute('aria-label', /13 February 2025/);
  await toolbar(page).getByRole('button', { name: 'Undo' }).click();
  await expect(call).toHaveAttribute('aria-label', before!);
  await page.keyboard.press('Control+Shift+z');
  await expect(call).toHaveAttribute('aria-label', /13 February 2025/);
});

test('a drag from the selected mark’s handle to another mark links them; a wide range’s end is dragged to resize it', async ({ page }) => {
  // The default story's page is prerendered: its marks are shown before the app runs and may move
  // when it takes over, so every box is measured once the app has started and the chart is at rest.
  await openTimeline(page, '?edit');
  await expect(toolbar(page)).toBeVisible();
  await mark(page, 'zakharova-statement').focus();
  await page.keyboard.press('Enter');
  const handle = page.locator('[data-link-from="zakharova-statement"] circle');
  await expect(handle).toBeVisible();
  await chartAtRest(page);
  const from = (await handle.boundingBox())!;
  const to = (await mark(page, 'trump-putin-call').locator('.shape').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await expect(page.locator('.link-line')).toBeVisible();
  await page.mouse.up();
  const link = form(page, 'Edit link');
  await expect(link).toBeVisible();
  await expect(link.locator('input[name="from"]')).toHaveAttribute('data-id', 'zakharova-statement');
  await expect(link.locator('input[name="to"]')).toHaveAttribute('data-id', 'trump-putin-call');

  // A range made wide enough to have an end to drag: Alt+Shift+→ moves its end by keyboard first.
  await openTimeline(page, '?edit&t=2008-03-20..2008-04-20');
  await expect(toolbar(page)).toBeVisible();
  const summit = mark(page, 'bucharest-summit');
  await expect(summit).toBeVisible();
  await chartAtRest(page);
  const bar = (await summit.locator('.shape').boundingBox())!;
  await page.mouse.move(bar.x + bar.width - 3, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width + 80, bar.y + bar.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(summit).toHaveAttribute('aria-label', /, 2–(\d|1\d) April 2008/);
  await expect(summit).not.toHaveAttribute('aria-label', /2–4 April 2008/);
  await summit.focus();
  await page.keyboard.press('Control+z');
  await expect(summit).toHaveAttribute('aria-label', /2–4 April 2008/);
});

test('a reload in the middle of an edit offers the draft, restored exactly', async ({ page }) => {
  await newChronology(page, 'Draft to keep');
  await addEvent(page, 'Bucharest summit', '2008-04-02', '2008-04-04');
  await form(page, 'Edit event').locator('textarea[name="summary"]').fill('NATO promises Ukraine membership “in the future”.');
  await expect(toolbar(page).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  const offer = page.getByRole('region', { name: 'Drafts in this browser' });
  await expect(offer).toContainText('Restore your draft of “Draft to keep” (edited just now)');
  await offer.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(mark(page, 'bucharest-summit')).toBeVisible();
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await expect(form(page, 'Edit event').locator('textarea[name="summary"]')).toHaveValue('NATO promises Ukraine membership “in the future”.');
  await expect(form(page, 'Edit event').locator('input[name="end"]')).toHaveValue('2008-04-04');
});

test('storage refused in a sandboxed frame: said at once, and the work goes on in memory', async ({ page }) => {
  // The app's files as a static host serves them: a sandboxed frame's origin is opaque, so its module
  // scripts and data are cross-origin requests (README, "Embedding in an iframe").
  const app = new URL(test.info().project.use.baseURL!).origin;
  await page.context().route(`${app}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  await page.context().route('http://host.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<iframe sandbox="allow-scripts" src="${app}/?edit" style="width:1200px;height:900px" title="app"></iframe>`,
    }),
  );
  await page.goto('http://host.test/');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: 'Editing' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.locator('[data-save-state="memory"]')).toContainText('Not saved');
  await frame.locator('[data-event-id="trump-putin-call"] .shape').click();
  await frame.getByRole('form', { name: 'Edit event' }).locator('input[name="place"]').fill('Washington');
  await expect(frame.getByRole('form', { name: 'Edit event' }).locator('input[name="place"]')).toHaveValue('Washington');
  await expect(frame.locator('[data-save-state="memory"]')).toBeVisible();
});

test('every bad value the loader refuses is refused at its field with its message, and the rest is kept', async ({ page }) => {
  await openTimeline(page, '?edit');
  await mark(page, 'trump-putin-call').locator('.shape').click();
  const event = form(page, 'Edit event');
  const expectRefused = async (input: ReturnType<Page['locator']>, message: RegExp) => {
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ');
    await expect(page.locator(describedBy.map((id) => `[id="${id}"]`).join(', ')).filter({ hasText: message })).toHaveCount(1);
  };
  await event.locator('input[name="place"]').fill('Washington and Moscow');
  await event.locator('input[name="start"]').fill('2025-02-30');
  await expectRefused(event.locator('input[name="start"]'), /February 2025 has 28 days \(2025 is not a leap year\), so day 30 does not exist/);
  await expect(page.getByRole('region', { name: 'Problems in the draft' })).toContainText('1 error');
  // The timeline still draws the last valid version.
  await expect(mark(page, 'trump-putin-call')).toHaveAttribute('aria-label', /12 February 2025/);
  await event.locator('input[name="start"]').fill('2025-02-12');
  await event.locator('input[name="end"]').fill('2025-01-01');
  await expectRefused(event.locator('input[name="end"]'), /the end 2025-01-01 comes before the start 2025-02-12/);
  await event.locator('input[name="end"]').fill('');

  const id = event.locator('input[name="id"]');
  await id.fill('bucharest-summit');
  await id.press('Enter');
  await expectRefused(id, /"bucharest-summit" is already the id of events\[\d+\]/);
  await id.fill('trump-putin-call');
  await id.press('Enter');

  await toolbar(page).getByRole('button', { name: 'Add source' }).click();
  const source = form(page, 'Edit source');
  await source.locator('input[name="url"]').fill('javascript:alert(1)');
  await expectRefused(source.locator('input[name="url"]'), /links must be http: or https:, not javascript:/);

  await toolbar(page).getByRole('button', { name: 'Add link' }).click();
  const link = form(page, 'Edit link');
  const to = link.locator('input[name="to"]');
  await to.fill('bucharest-sumit');
  await to.press('Enter');
  await expectRefused(to, /no event has the id "bucharest-sumit"/);

  // Nothing else was lost: the place typed first is still there.
  await mark(page, 'bucharest-summit').locator('.shape').click();
  await mark(page, 'trump-putin-call').locator('.shape').click();
  await expect(form(page, 'Edit event').locator('input[name="place"]')).toHaveValue('Washington and Moscow');
});

test('the editor is keyboard-operable and axe-clean, at 320 px too', async ({ page }) => {
  await openTimeline(page, '?edit');
  await mark(page, 'zakharova-statement').locator('.shape').click();
  await expect(form(page, 'Edit event')).toBeVisible();
  await expectNoViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(form(page, 'Edit event').locator('input[name="title"]')).toBeVisible();
  expect(await pageOverflowPx(page)).toBeLessThanOrEqual(1);
  await expectNoViolations(page);
  // Keyboard: L links the focused mark to the next event by arrows and Enter.
  await page.setViewportSize({ width: 1280, height: 800 });
  await mark(page, 'bucharest-summit').focus();
  await page.keyboard.press('l');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(form(page, 'Edit link')).toBeVisible();
  await expect(chart(page)).toBeVisible();
});

test('Publish gives the file to host, then the link that opens it and the snippet that embeds it, each copied with a button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newChronology(page, 'Talks in Riyadh');
  await addEvent(page, 'US–Russia talks', '2025-02-18');
  await toolbar(page).getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this chronology' });
  await expect(dialog.getByRole('button', { name: 'Download talks-in-riyadh.json' })).toBeVisible();
  await dialog.getByLabel('Its address, once published').fill('https://news.example/data/talks.json');
  await expect(dialog.getByLabel('Open it with this link')).toHaveValue(/\?src=https:\/\/news\.example\/data\/talks\.json$/);
  await expect(dialog.getByLabel('Or embed it in a page')).toHaveValue(
    /<iframe src="[^"]*\?src=https:\/\/news\.example\/data\/talks\.json&amp;embed" title="Talks in Riyadh \(Sourceline\)"/,
  );
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('src=https://news.example/data/talks.json&amp;embed');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?src=https:\/\/news\.example\/data\/talks\.json$/);
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
