// The production build ships a Content-Security-Policy (no inline script, no eval) and works under it:
// every flow a reader takes (the story, details, search, the list, sharing, exporting, opening a
// file, and parsing on the page where no worker may start) reports no violation at all.
import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicyText } from '../vite-plugin-csp.ts';
import { details, mark, openTimeline } from './helpers.ts';

/**
 * Violations as the page reports them (from before its first script), the browser's console complaints
 * and errors thrown: each call of the function returned takes those seen since the last.
 */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    window.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) console.push(`console ${message.type()}: ${message.text()}`);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.splice(0))),
    ...console.splice(0),
    ...errors.splice(0),
  ];
}

const STORY = JSON.stringify({
  version: 1,
  title: 'A file opened under the policy',
  sources: [{ id: 's', title: 'Report', url: 'https://example.org/report' }],
  events: [{ id: 'opened', title: 'Opened', start: '2001-09-11', sources: ['s'] }],
});

test('the built page carries the policy, first in its head', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toBe(contentSecurityPolicyText());
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  // Before any script or stylesheet, which it would not cover otherwise.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('reading the story, its details, search, list, share and export report no violation', async ({ page }) => {
  const problems = await watchPolicy(page);
  await openTimeline(page);
  // It is in force: an inline script is refused (and that refusal is the one violation seen).
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  expect(await problems()).toEqual([
    expect.stringContaining('script-src-elem blocked inline'),
    expect.stringMatching(/^console error: .*inline script violates/),
  ]);

  await mark(page, 'zakharova-statement').locator('.shape').click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Russia demands NATO revoke');

  const search = page.getByRole('combobox', { name: 'Search events, quotes and sources' });
  await search.fill('poison');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
  await search.press('Enter');
  await search.fill('');

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByRole('button', { name: /^Theme:/ }).click();

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
  // The dialog's form (method="dialog") closes it without a submission that form-action would refuse.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeHidden();

  expect(await problems(), 'before export').toEqual([]);
  for (const item of ['Image (SVG)', 'Image (PNG, 2×)', 'Data (JSON)']) {
    const download = page.waitForEvent('download');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: item }).click();
    expect((await download).suggestedFilename()).toMatch(/^ukraine-nato/);
  }
  expect(await problems()).toEqual([]);
});

test('opening a file, a refused file, and a dataset from another host report no violation', async ({ page }) => {
  const problems = await watchPolicy(page);
  await openTimeline(page);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'opened.json', mimeType: 'application/json', buffer: Buffer.from(STORY) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A file opened under the policy');
  await expect(mark(page, 'opened')).toHaveCount(1);

  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "title": ') });
  await expect(page.getByRole('alert')).toContainText('broken.json could not be shown');

  await page.route('https://data.example.org/story.json', (route) =>
    route.fulfill({ body: STORY, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto('/?src=https://data.example.org/story.json');
  await expect(page.getByTestId('data-origin')).toHaveText('Data from data.example.org, not from this site');
  await expect(mark(page, 'opened')).toHaveCount(1);
  expect(await problems()).toEqual([]);
});

test('where no worker may start, the page parses (zod and all) under the policy without a violation', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  const problems = await watchPolicy(page);
  await openTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bucharest promise');
  await page.getByTestId('open-file-input').setInputFiles({ name: 'opened.json', mimeType: 'application/json', buffer: Buffer.from(STORY) });
  await expect(mark(page, 'opened')).toHaveCount(1);
  expect(page.workers()).toHaveLength(0);
  expect(await problems()).toEqual([]);
});
