// How long the page takes on the corpus's heaviest inputs: from the moment a case's file is chosen (its
// Sources panel opened), a link too long to read is followed, or the embedding page floods the frame,
// no task may be over the case's budget (50 ms), timed with the Long Tasks API. Run alone, after
// everything else (playwright.config.ts), and without Playwright's trace, whose snapshots are tasks of
// their own on the same cores; the rest of what these cases show is checked in bad-inputs.spec.ts.
import { expect, test } from '@playwright/test';
import { CASES } from './fixtures/bad-inputs/cases.ts';
import {
  expectQuick,
  flood,
  floodFrame,
  runFileCases,
  serveFloodHost,
  serveLongLinks,
  watchLongTasks,
  type FileCase,
  type MessagesCase,
  type UrlCase,
} from './bad-input-steps.ts';
import { openTimeline } from './helpers.ts';

test.describe.configure({ mode: 'default' });
test.use({ trace: 'off' });

test('the heaviest files are opened within the task budget', async ({ page }) => {
  test.setTimeout(180_000);
  const timed = CASES.filter((c): c is FileCase => (c.kind === 'file' || c.kind === 'generated') && c.expect.maxTaskMs !== undefined);
  expect(timed.length).toBeGreaterThanOrEqual(5);
  await runFileCases(page, timed, { timed: true });
});

test('a link too long to read is read within the task budget, followed from an open page as Back and Forward do', async ({ page }) => {
  await watchLongTasks(page);
  await serveLongLinks(page);
  await openTimeline(page);
  for (const c of CASES.filter((c): c is UrlCase => c.kind === 'url' && c.maxTaskMs !== undefined)) {
    await page.waitForTimeout(1_000);
    // The test's own step (writing a megabyte into the history) is a task of its own, not timed.
    await page.evaluate((search) => history.pushState(null, '', search), c.search);
    const since = await page.evaluate(() => {
      const now = performance.now();
      dispatchEvent(new PopStateEvent('popstate'));
      return now;
    });
    await expect(page.locator('[data-event-id]').first(), c.name).toBeVisible();
    await expectQuick(page, since, c.maxTaskMs, c.name);
    await page.goBack();
  }
});

test('a flood of messages from the embedding page is taken within the task budget', async ({ page, baseURL }) => {
  await page.context().addInitScript(() => {
    const tasks: { startTime: number; duration: number }[] = [];
    Object.defineProperty(window, '__longTasks', { value: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const host = await serveFloodHost(page, new URL(baseURL!).origin);
  for (const c of CASES.filter((c): c is MessagesCase => c.kind === 'messages')) {
    const frame = await floodFrame(page, host, baseURL!);
    await page.waitForTimeout(1_000);
    const since = await frame.evaluate(() => performance.now());
    await flood(page, c, baseURL!);
    await expect(frame.locator('[data-details-for]'), c.name).toHaveAttribute('data-details-for', c.last, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const longest = await frame.evaluate(
      (since) =>
        Math.max(
          0,
          ...(window as unknown as { __longTasks: { startTime: number; duration: number }[] }).__longTasks
            .filter((t) => t.startTime + t.duration > since)
            .map((t) => Math.round(t.duration)),
        ),
      since,
    );
    console.log(`longest task, ${c.name}: ${longest} ms`);
    expect(longest, c.name).toBeLessThanOrEqual(c.maxTaskMs);
  }
});
