// A file linked by ?src= that the parse worker will read (over what the page parses itself, up to
// what it reads early: early-load.ts) has that worker started by start-early.js in the page's head,
// once the response says its size: it boots while the app's script loads, and the app parses with
// it rather than starting another.
import { expect, test } from '@playwright/test';
import { syntheticGraph } from '../bench/synthetic.ts';
import { chart } from './helpers.ts';

test('a 1,000-event file’s parse worker starts before the app’s script has run, and the app parses with that one', async ({ page }) => {
  const body = JSON.stringify(syntheticGraph(1000));
  expect(body.length).toBeGreaterThan(128_000);
  await page.route('**/early-parser.json', (route) =>
    route.fulfill({ contentType: 'application/json', headers: { 'Content-Length': String(Buffer.byteLength(body)) }, body }),
  );
  // The app's script is held until a worker has started: only start-early.js can have started it.
  const workers: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  page.on('worker', (worker) => {
    workers.push(worker.url());
    release();
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/?src=early-parser.json');
  await expect(chart(page)).toHaveAttribute('aria-label', /^Timeline of 1,000 events/);
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/\/assets\/parse\.worker-[\w-]+\.js$/);
});

test('the default story, which the page parses itself, starts no worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', '');
  await expect(chart(page)).toHaveAttribute('aria-label', /^Timeline of 27 events/);
  expect(workers).toEqual([]);
});
