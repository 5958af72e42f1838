// Sourceline in <iframe sandbox="allow-scripts"> on another origin's page (e2e/fixtures/embed-host/):
// it works without storage, takes `select` and `window` only from its parent at the named origin,
// tells the parent its height at that origin only, and a hostile sibling frame changes nothing.
// The web component works in such a frame too.
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';

const HOST = 'http://host.test';
const FIXTURES = new URL('./fixtures/embed-host/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

const STARTS_WITH = 'zakharova-statement';
const PARENT_PICKS = 'enlargement-1999';

/** The app's query in the host's iframe: embedded, told its parent's origin, an event open. */
const appQuery = (parentOrigin: string) => `?embed&parent-origin=${encodeURIComponent(parentOrigin)}&event=${STARTS_WITH}`;

/**
 * Serves the host page, the hostile frame and the web component's page on three other origins. The
 * app's own files get `Access-Control-Allow-Origin: *`, as a static host such as GitHub Pages sends:
 * a sandboxed frame's origin is opaque, so its module scripts, data and the parser module are all
 * cross-origin requests (README, "Embedding in an iframe").
 */
async function serveHost(page: Page, appOrigin: string, parentOrigin = HOST) {
  const fill = (text: string) => text.replaceAll('{{APP}}', appOrigin).replaceAll('{{QUERY}}', appQuery(parentOrigin));
  const html = (body: string) => ({ contentType: 'text/html', body });
  const context = page.context();
  await context.route(`${HOST}/`, (route) => route.fulfill(html(fill(fixture('host.html')))));
  await context.route('http://evil.test/hostile.html', (route) => route.fulfill(html(fixture('hostile.html'))));
  await context.route(`${HOST}/comments.html`, (route) => route.fulfill(html(fixture('hostile.html'))));
  await context.route('http://evil.test/phished.html', (route) => route.fulfill(html('<p>Phished</p>')));
  await context.route('http://widgets.test/component.html', (route) => route.fulfill(html(fill(fixture('component.html')))));
  await context.route(`${appOrigin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
}

/** Uncaught errors in every frame, recorded by the frame itself (the test reads them at the end). */
async function recordErrors(page: Page) {
  await page.context().addInitScript(() => {
    const errors: string[] = [];
    Object.defineProperty(window, '__errors', { value: errors });
    addEventListener('error', (event) => errors.push(String(event.message)));
    addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  });
}

const appFrame = (page: Page) => page.frameLocator('#app');
const componentFrame = (page: Page) => page.frameLocator('#component');
const frameAt = (page: Page, urlStart: string): Frame => {
  const frame = page.frames().find((f) => f.url().startsWith(urlStart));
  if (!frame) throw new Error(`no frame at ${urlStart}`);
  return frame;
};

/** What host.html keeps: every message it got (and whether from the app's frame), the heights it took. */
interface HostWindow {
  received: { fromApp: boolean; origin: string; data: unknown }[];
  heights: number[];
  tellApp: (message: unknown) => void;
}
const heights = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).heights);
const received = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).received);
const tellApp = (page: Page, message: unknown) => page.evaluate((m) => (window as unknown as HostWindow).tellApp(m), message);
/** Pings the app and waits for its pong: every message the parent sent before has then been acted on. */
let pings = 0;
async function settled(page: Page) {
  const id = ++pings;
  await tellApp(page, { type: 'sourceline:ping', id });
  await expect
    .poll(async () =>
      (await received(page)).some(
        (m) => m.fromApp && (m.data as { type?: string; id?: number }).type === 'sourceline:pong' && (m.data as { id?: number }).id === id,
      ),
    )
    .toBe(true);
}
const windowParam = (frame: Frame) => frame.evaluate(() => new URLSearchParams(location.search).get('t'));

/** The selected event in the app frame, as its details panel says. */
const detailsFor = (page: Page) => appFrame(page).getByRole('complementary', { name: 'Event details' });

test('in a sandboxed frame the app works, takes its parent’s requests, reports its height, and ignores a hostile sibling', async ({ page, baseURL }) => {
  test.slow(); // Three frames and two timelines on a shared machine.
  const appOrigin = new URL(baseURL!).origin;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await recordErrors(page);
  await serveHost(page, appOrigin);
  await page.goto(`${HOST}/`);

  // The app draws inside the sandbox, with the event from its URL open.
  const app = appFrame(page);
  await expect(app.locator(`[data-event-id="${PARENT_PICKS}"]`)).toBeVisible();
  await expect(detailsFor(page)).toHaveAttribute('data-details-for', STARTS_WITH);
  const frame = frameAt(page, appOrigin);
  // It really is sandboxed: an opaque origin without storage.
  const sandbox = await frame.evaluate(() => {
    try {
      return { origin: self.origin, storage: typeof localStorage };
    } catch (error) {
      return { origin: self.origin, storage: (error as DOMException).name };
    }
  });
  expect(sandbox).toEqual({ origin: 'null', storage: 'SecurityError' });

  // The parent hears the height the frame needs, as a number, from the frame's window; and sizes it.
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
  const height = (await heights(page)).at(-1)!;
  expect(height).toBeGreaterThan(300);
  await expect.poll(() => page.locator('#app').evaluate((el) => el.clientHeight)).toBe(height);
  // Sized to its content, the frame's content stays that height: no loop of ever larger frames. Not a
  // wait for the app: a loop would show as heights going on arriving, so this watches for a while.
  await page.waitForTimeout(500); // a negative check: no more heights arrive
  expect((await heights(page)).at(-1)).toBe(height);
  expect(height).toBeLessThan(4000);

  // The parent selects an event, then shows a window.
  await tellApp(page, { type: 'sourceline:select', event: PARENT_PICKS });
  await expect(detailsFor(page)).toHaveAttribute('data-details-for', PARENT_PICKS);
  // Even the parent cannot select an event the data does not have: the selection stays.
  await tellApp(page, { type: 'sourceline:select', event: 'no-such-event' });
  await settled(page);
  await expect(detailsFor(page)).toHaveAttribute('data-details-for', PARENT_PICKS);
  await tellApp(page, { type: 'sourceline:window', start: '1999-01', end: '1999-06' });
  await expect.poll(() => windowParam(frame), { timeout: 10_000 }).toMatch(/^1999-01-01(T[\d:]+Z)?\.\.1999-07-01(T[\d:]+Z)?$/);
  const windowAfterParent = await windowParam(frame);

  // The hostile siblings send everything they have: one at an opaque origin, one at the parent's own.
  for (const hostile of [frameAt(page, 'http://evil.test'), frameAt(page, `${HOST}/comments.html`)])
    expect(await hostile.evaluate(() => (window as unknown as { attack: () => number }).attack())).toBeGreaterThan(30);
  // Not a wait for the app: the hostile frames' messages come from other windows, with no answer to
  // wait for (a parent's ping may overtake them), so they are given a second to arrive; then the app
  // is asked to settle what it took.
  await page.waitForTimeout(1000); // hostile frames send no answer to wait for
  await settled(page);

  await expect(detailsFor(page)).toHaveAttribute('data-details-for', PARENT_PICKS);
  expect(await windowParam(frame)).toBe(windowAfterParent);
  expect(new URL(frame.url()).origin).toBe(appOrigin);
  await expect(app.locator('[data-event-id]').first()).toBeVisible();
  // No link in the app or the component leads anywhere but http(s).
  for (const where of [frame, frameAt(page, 'http://widgets.test')]) {
    const schemes = await where.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('source-line')].map((el) => el.shadowRoot!)];
      return [...new Set(roots.flatMap((root) => [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol)))];
    });
    expect(schemes.every((scheme) => scheme === 'http:' || scheme === 'https:')).toBe(true);
  }

  // The host page ignored the forged heights (not from the app's window), and was not navigated.
  const messages = await received(page);
  expect(messages.filter((m) => !m.fromApp && m.origin === 'null').length).toBeGreaterThan(10);
  expect(messages.filter((m) => !m.fromApp && m.origin === HOST).length).toBeGreaterThan(10);
  // The app posted heights, and pongs to the parent's pings: nothing else.
  for (const message of messages.filter((m) => m.fromApp))
    expect([
      { fromApp: true, origin: 'null', data: { type: 'sourceline:height', height: expect.any(Number) } },
      { fromApp: true, origin: 'null', data: { type: 'sourceline:pong', id: expect.any(Number) } },
    ]).toContainEqual(message);
  expect(await heights(page)).not.toContain(99999);
  expect(await page.locator('#app').evaluate((el) => el.clientHeight)).toBe((await heights(page)).at(-1));
  expect(page.url()).toBe(`${HOST}/`);

  // Nothing ran: no dialog, no flag set in any frame, no error anywhere.
  expect(dialogs).toEqual([]);
  for (const f of page.frames()) {
    const state = await f.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      errors: (window as unknown as { __errors: string[] }).__errors,
    }));
    expect(state, f.url()).toEqual({ pwned: null, errors: [] });
  }
  expect(pageErrors).toEqual([]);

  // For a look at the whole page: out-of-process frames below the viewport are not painted in a full-page shot.
  await page.setViewportSize({ width: 1280, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await expect(componentFrame(page).locator('source-line [data-event-id="bucharest-summit"]')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('host.png') });
});

test('the web component works in a sandboxed frame', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  await recordErrors(page);
  await serveHost(page, appOrigin);
  await page.goto(`${HOST}/`);
  const host = componentFrame(page).locator('source-line');
  await expect(host.locator('[data-event-id="bucharest-summit"]')).toBeVisible();
  await expect(host.getByRole('complementary', { name: 'Event details' })).toHaveAttribute('data-details-for', 'bucharest-summit');
  await host.locator('[data-event-id="zakharova-statement"] .shape').click();
  await expect(host.getByRole('complementary', { name: 'Event details' })).toHaveAttribute('data-details-for', 'zakharova-statement');
  expect(await frameAt(page, 'http://widgets.test').evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
});

test('told another parent origin, the frame takes no request from this page and posts it nothing', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  await serveHost(page, appOrigin, 'http://other.test');
  await page.goto(`${HOST}/`);
  await expect(detailsFor(page)).toHaveAttribute('data-details-for', STARTS_WITH);
  await tellApp(page, { type: 'sourceline:select', event: PARENT_PICKS });
  // Not a wait for the app: told another origin, it answers nothing here (not even a ping), so this
  // gives the message a second in which it must change nothing.
  await page.waitForTimeout(1000); // a negative check: told another origin, the app answers nothing
  await expect(detailsFor(page)).toHaveAttribute('data-details-for', STARTS_WITH);
  // Height messages addressed to http://other.test are dropped by the browser: had any gone to '*', they would be here.
  expect((await received(page)).filter((m) => m.fromApp)).toEqual([]);
});
