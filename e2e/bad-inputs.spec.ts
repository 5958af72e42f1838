// Runs the bad-input corpus (fixtures/bad-inputs/cases.ts) through the page: each file is opened with
// "Open file…", each generated file made and opened, each bad link visited, each redirect answered,
// each export saved, the embedding frame flooded. The page must end as the manifest says (the errors
// listed where and why, or the events drawn, or the link's note shown), never blank, never NaN, and
// nothing from the data may run or become markup: no dialog, no page error, no window.__pwned, no
// element the payloads would make, no link that is not http(s). How long the page takes is checked in
// bad-inputs-tasks.spec.ts, alone; the command line cases run in unit tests.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { CASES, caseName } from './fixtures/bad-inputs/cases.ts';
import {
  DIR,
  expectLinkOutcome,
  expectNothingRan,
  guard,
  openCase,
  parsedCount,
  runFileCases,
  serveFloodHost,
  floodFrame,
  flood,
  serveLongLinks,
  type ExportCase,
  type FileCase,
  type MessagesCase,
  type RedirectCase,
  type UrlCase,
} from './bad-input-steps.ts';
import { openTimeline } from './helpers.ts';

const fileCases = (prefix: string) => CASES.filter((c): c is FileCase => (c.kind === 'file' || c.kind === 'generated') && caseName(c).startsWith(prefix));

test.describe('every bad file ends on the page as the manifest says, and nothing in it runs', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const family of ['text', 'url', 'media', 'structure', 'date', 'size', 'csv', 'import', 'hang']) {
    test(`${family} cases`, async ({ page }) => {
      const cases = fileCases(`${family}-`);
      expect(cases.length).toBeGreaterThan(0);
      await runFileCases(page, cases);
    });
  }
});

test('every bad link is refused or ignored with a note, and nothing in it runs', async ({ page }) => {
  test.setTimeout(120_000);
  const trouble = guard(page);
  await serveLongLinks(page);
  for (const c of CASES.filter((c): c is UrlCase => c.kind === 'url')) {
    await page.goto(`/${c.search}`);
    await expect(page.getByRole('heading', { level: 1 }), c.name).not.toHaveText('');
    await expectLinkOutcome(page, c);
    await expectNothingRan(page, trouble, c.name);
  }
});

/** A small server on another origin: the data a redirect leads to, and a redirect that leads round in a loop. */
async function startDataServer(): Promise<{ server: Server; origin: string }> {
  const story = readFileSync(new URL('date-bce.json', DIR));
  const server = createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*' };
    if (request.url === '/story.json') response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(story);
    else if (request.url === '/loop.json') response.writeHead(302, { ...cors, location: '/loop.json' }).end();
    else response.writeHead(404, cors).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a ?src= that redirects is labelled by where the data came from, or refused with its own message', async ({ page }) => {
  test.setTimeout(90_000);
  const { server, origin } = await startDataServer();
  try {
    const trouble = guard(page);
    const locations: Record<RedirectCase['to'], string> = {
      'another-host': `${origin}/story.json`,
      data: 'data:application/json,{"version":1,"title":"Smuggled","events":[]}',
      javascript: 'javascript:alert(1)',
      file: 'file:///etc/passwd',
      loop: `${origin}/loop.json`,
    };
    // This site answers 302 for /redirect/…: the preview server cannot, the test can.
    await page.route('**/redirect/*.json', (route) => {
      const to = /\/redirect\/([\w-]+)\.json$/.exec(route.request().url())![1] as RedirectCase['to'];
      return route.fulfill({ status: 302, headers: { location: locations[to] } });
    });
    for (const c of CASES.filter((c): c is RedirectCase => c.kind === 'redirect')) {
      await page.goto(`/?src=redirect/${c.to}.json`);
      if (c.expect.outcome === 'labelled') {
        await expect(page.locator('[data-event-id]').first(), c.name).toBeVisible();
        await expect(page.getByTestId('data-origin'), c.name).toContainText(`Data from ${new URL(origin).host}`);
      } else {
        const panel = page.locator('.error-panel');
        await expect(panel.locator('.message'), c.name).toContainText(c.expect.message);
        await expect(panel, c.name).not.toContainText('could not be reached');
        await expect(page.getByTestId('data-origin'), c.name).toHaveCount(0);
      }
      await expectNothingRan(page, trouble, c.name);
    }
  } finally {
    server.close();
  }
});

test('every export of a bad file is well-formed and holds what the data says', async ({ page }) => {
  const trouble = guard(page);
  await openTimeline(page);
  for (const c of CASES.filter((c): c is ExportCase => c.kind === 'export')) {
    const before = await parsedCount(page, c.file);
    await openCase(page, { kind: 'file', file: c.file, about: c.about, expect: { outcome: 'loads', events: 0, warnings: [] } });
    await expect.poll(() => parsedCount(page, c.file), { message: `${c.name}: ${c.file} is loaded` }).toBeGreaterThan(before);
    await expect(page.locator('[data-event-id]').first()).toBeVisible();
    const item = { svg: 'Image (SVG)', png: 'Image (PNG, 2×)', csv: 'Data (CSV)' }[c.format];
    const download = page.waitForEvent('download');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: item }).click();
    const bytes = readFileSync((await (await download).path())!);
    if (c.format === 'png') expect(bytes.subarray(0, 8).toString('hex'), c.name).toBe('89504e470d0a1a0a');
    if (c.format === 'svg') {
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent ?? '' };
      }, bytes.toString('utf8'));
      expect(parsed.error, c.name).toBeNull();
      for (const text of c.contains) expect(parsed.text, c.name).toContain(text);
    }
    if (c.format === 'csv') for (const text of c.contains) expect(bytes.toString('utf8'), c.name).toContain(text);
    await expect(page.locator('.export-failure, [role="alert"]').filter({ hasText: /could not/ }), c.name).toHaveCount(0);
    await expectNothingRan(page, trouble, c.name);
  }
});

test('the embedding page cannot flood the frame: the last of 10,000 selections is taken', async ({ page, baseURL }) => {
  const host = await serveFloodHost(page, new URL(baseURL!).origin);
  for (const c of CASES.filter((c): c is MessagesCase => c.kind === 'messages')) {
    const frame = await floodFrame(page, host, baseURL!);
    await flood(page, c, baseURL!);
    await expect(frame.locator('[data-details-for]'), c.name).toHaveAttribute('data-details-for', c.last, { timeout: 30_000 });
  }
});
