// Live stories (`?live`, `<source-line live>`): the story's file is asked for again every interval,
// conditionally; a new version is shown without moving the reader's view, its new and changed
// events flagged, announced and listed; a 304 changes nothing; a bad version never replaces a good one.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartAtRest, mark } from './helpers.ts';

const STORY = '/live/story.json';
const WINDOW = 't=2025-01-28..2025-02-22';

interface StoryEvent {
  id: string;
  title: string;
  start: string;
  actors: string[];
  sources: string[];
}

const event = (id: string, title: string, start: string, actor: string): StoryEvent => ({ id, title, start, actors: [actor], sources: ['wire'] });
const FIRST: StoryEvent[] = [
  event('proposed', 'Talks proposed', '2025-02-01', 'us'),
  event('riyadh', 'Envoys meet in Riyadh', '2025-02-05', 'us'),
  event('plan', 'Ceasefire plan published', '2025-02-09', 'ua'),
  event('call', 'Call between leaders', '2025-02-12', 'ua'),
  event('ministers', 'Foreign ministers meet', '2025-02-18', 'us'),
];

function story(events: readonly StoryEvent[]): string {
  return JSON.stringify({
    version: 1,
    title: 'Talks, as they happen',
    actors: [
      { id: 'us', name: 'United States' },
      { id: 'ua', name: 'Ukraine' },
    ],
    sources: [{ id: 'wire', title: 'Wire report', publisher: 'Newswire', url: 'https://news.example/wire' }],
    events,
  });
}

/** The second version: one event added, one changed. */
const SECOND = [
  ...FIRST.map((e) => (e.id === 'call' ? { ...e, title: 'Call between leaders, ninety minutes' } : e)),
  event('exchange', 'Prisoner exchange agreed', '2025-02-15', 'ua'),
];

/** A newsroom's server: one version at a time with its ETag, answering 304 to a request that names it. */
class StoryServer {
  body = story(FIRST);
  etag = '"v1"';
  #versions = 1;
  readonly requests: { ifNoneMatch: string | null; status: number }[] = [];

  async route(page: Page) {
    await page.context().route(`**${STORY}`, (route) => {
      const ifNoneMatch = route.request().headers()['if-none-match'] ?? null;
      const status = ifNoneMatch === this.etag ? 304 : 200;
      this.requests.push({ ifNoneMatch, status });
      if (status === 304) return route.fulfill({ status, headers: { etag: this.etag } });
      return route.fulfill({ status, body: this.body, contentType: 'application/json', headers: { etag: this.etag } });
    });
  }

  publish(body: string) {
    this.body = body;
    this.etag = `"v${++this.#versions}"`;
  }
}

const announcer = (root: Page | Locator) => root.getByTestId('live-announcer');
const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
};

async function openLive(page: Page, server: StoryServer, search = `?src=${STORY}&live=5&${WINDOW}&event=riyadh`) {
  await server.route(page);
  await page.goto(`/${search}`);
  await expect(mark(page, 'riyadh')).toBeVisible();
  await chartAtRest(page);
}

test.describe.configure({ timeout: 60_000 });

test('a new version is applied within one refetch: added and changed events flagged, the view and selection unchanged, announced and listed', async ({
  page,
}) => {
  // Wide enough that the chart's own status line ("1 label hidden behind…", which the new event
  // brings) stays on one line: on a page too short to scroll, nothing can take up a line that wraps.
  await page.setViewportSize({ width: 1440, height: 900 });
  const server = new StoryServer();
  await openLive(page, server);
  const url = new URL(page.url());
  const at = async (id: string) => centre(mark(page, id).locator('.shape'));
  const before = { riyadh: await at('riyadh'), ministers: await at('ministers'), plan: await at('plan'), url: url.search };
  const axis = await page.locator('.axis .tick text').allTextContents();
  await expect(page.getByTestId('live-updates')).toContainText('Live: checked every 5 s');

  server.publish(story(SECOND));
  // Within one refetch (5 s), with room for a busy machine.
  await expect(mark(page, 'exchange')).toHaveAttribute('data-live', 'new', { timeout: 12_000 });
  await expect(mark(page, 'call')).toHaveAttribute('data-live', 'updated');
  await expect(mark(page, 'call')).toHaveAttribute('aria-label', /Call between leaders, ninety minutes.*, updated since you opened this$/);
  await expect(mark(page, 'plan')).not.toHaveAttribute('data-live');
  await expect(announcer(page)).toHaveText('Story updated, 1 new event, 1 event updated: Prisoner exchange agreed; Call between leaders, ninety minutes.');
  await expect(announcer(page)).toHaveAttribute('aria-live', 'polite');

  // The reader's view: the same window, the same selection, the marks where they were.
  await chartAtRest(page);
  expect(new URL(page.url()).search).toBe(before.url);
  expect(await page.locator('.axis .tick text').allTextContents()).toEqual(axis);
  await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText('Envoys meet in Riyadh');
  await expect(mark(page, 'riyadh')).toHaveAttribute('aria-pressed', 'true');
  expect(await at('riyadh')).toEqual(before.riyadh);
  expect(await at('ministers')).toEqual(before.ministers);
  // In the lane the new event joined, a mark keeps its place in time; its lane may grow a row for the new label.
  expect((await at('plan')).x).toBe(before.plan.x);
  expect(server.requests[1]).toEqual({ ifNoneMatch: '"v1"', status: 200 });

  // Listed: "1 new, 1 updated since you opened this"; choosing one selects it, and it is seen.
  const summary = page.getByTestId('live-updates').getByRole('button', { name: /1 new, 1 updated since you opened this/ });
  await summary.click();
  const list = page.getByRole('list', { name: 'New and updated since you opened this' });
  await expect(list.getByRole('listitem')).toHaveText([/new\s*Prisoner exchange agreed/, /updated\s*Call between leaders, ninety minutes/]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await list.getByRole('button', { name: /Prisoner exchange agreed/ }).click();
  await expect(mark(page, 'exchange')).toHaveAttribute('aria-pressed', 'true');
  await expect(mark(page, 'exchange')).not.toHaveAttribute('data-live');
  await expect(mark(page, 'call')).toHaveAttribute('data-live', 'updated');
  await expect(summary).toContainText('(1 not yet seen)');

  // The list view flags it too, until seen.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const entry = page.locator('[data-list-event="call"]');
  await expect(entry.locator('.live-flag')).toHaveText('updated');
  await page.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(entry.locator('.live-flag')).toHaveCount(0);
});

test('when a lane above grows with the new version, the selected event is held where it was on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 520 });
  const server = new StoryServer();
  await openLive(page, server, `?src=${STORY}&live=5&${WINDOW}&event=plan`);
  const at = async (id: string) => centre(mark(page, id).locator('.shape'));
  const before = await at('plan');
  // Two events close to others in the lane above, with long titles: that lane needs more rows for its labels.
  server.publish(
    story([
      ...FIRST,
      event('envoys-2', 'Envoys meet again in Riyadh, this time with European observers present', '2025-02-06', 'us'),
      event('envoys-3', 'A third round of talks is announced for the following week', '2025-02-07', 'us'),
    ]),
  );
  await expect(mark(page, 'envoys-2')).toHaveAttribute('data-live', 'new', { timeout: 12_000 });
  await chartAtRest(page);
  // The page holds the event in place over the frames after the update.
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect.poll(() => at('plan')).toEqual(before);
});

test('a new version that removes the selected event closes it and says it was removed, not that the link was wrong', async ({ page }) => {
  const server = new StoryServer();
  await openLive(page, server);
  await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText('Envoys meet in Riyadh');
  server.publish(story(FIRST.filter((e) => e.id !== 'riyadh')));
  await expect(mark(page, 'riyadh')).toHaveCount(0, { timeout: 12_000 });
  await expect(announcer(page)).toHaveText('Story updated, 1 event removed.');
  await expect(page.getByRole('complementary', { name: 'Event details' })).toHaveCount(0);
  await expect(page.getByText('Some settings in this link were ignored')).toHaveCount(0);
  await expect(mark(page, 'plan')).toBeVisible();
});

test('an unchanged file is answered 304 and changes nothing', async ({ page }) => {
  const server = new StoryServer();
  await openLive(page, server);
  const before = { riyadh: await centre(mark(page, 'riyadh').locator('.shape')), url: page.url() };
  await expect.poll(() => server.requests.filter((r) => r.status === 304).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  expect(server.requests.slice(1).every((r) => r.ifNoneMatch === '"v1"')).toBe(true);
  await expect(page.locator('[data-live]')).toHaveCount(0);
  await expect(page.getByTestId('live-updates').getByRole('button', { name: /since you opened this/ })).toHaveCount(0);
  await expect(announcer(page)).toHaveText('');
  await expect(page.getByTestId('live-updates')).toContainText(/last at/);
  expect(page.url()).toBe(before.url);
  expect(await centre(mark(page, 'riyadh').locator('.shape'))).toEqual(before.riyadh);
});

test('an invalid update keeps the last good version with a note saying why; the next good one is applied', async ({ page }) => {
  const server = new StoryServer();
  await openLive(page, server);
  server.publish(story(FIRST.map((e) => (e.id === 'plan' ? { ...e, start: '2025-02-30', title: 'Broken' } : e))));
  const note = page.getByTestId('live-note');
  await expect(note).toContainText('The latest version could not be read', { timeout: 12_000 });
  await expect(note).toContainText('events[2].start');
  await expect(note).toContainText('The last version that could be read is shown; trying again in 10 s');
  await expect(announcer(page)).toHaveText('The story could not be updated; the last version that could be read is shown.');
  // The last good chronology, as it was.
  await expect(mark(page, 'plan')).toHaveAttribute('aria-label', /^Ceasefire plan published/);
  await expect(page.locator('[data-live]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  server.publish(story(SECOND));
  await expect(mark(page, 'exchange')).toHaveAttribute('data-live', 'new', { timeout: 20_000 });
  await expect(note).toHaveCount(0);
});

test('no request while the page is hidden; one as soon as it is shown again', async ({ page }) => {
  const server = new StoryServer();
  await openLive(page, server);
  const setHidden = (hidden: boolean) =>
    page.evaluate((hidden) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    }, hidden);
  await setHidden(true);
  const asked = server.requests.length;
  // Not a wait for the app: nothing must happen while hidden, over more than one 5 s interval.
  await page.waitForTimeout(11_000); // a negative check: no request while hidden
  expect(server.requests.length).toBe(asked);
  await setHidden(false);
  await expect.poll(() => server.requests.length, { timeout: 3_000 }).toBe(asked + 1);
});

test('<source-line live> updates in a page that embeds it', async ({ page }) => {
  const server = new StoryServer();
  await server.route(page);
  await page.route('**/live/article.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Article</title><script type="module" src="/sourceline.js"></script></head><body><h1>Talks</h1><source-line src="${STORY}" live="5"></source-line></body></html>`,
    }),
  );
  await page.goto('/live/article.html');
  const host = page.locator('source-line');
  await expect(host.locator('[data-event-id="riyadh"]')).toBeVisible();
  server.publish(story(SECOND));
  await expect(host.locator('[data-event-id="exchange"]')).toHaveAttribute('data-live', 'new', { timeout: 12_000 });
  await expect(host.locator('[data-event-id="call"]')).toHaveAttribute('data-live', 'updated');
  await expect(announcer(host)).toHaveText(/^Story updated, 1 new event, 1 event updated/);
  expect(server.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 200 });
});

// Screenshots to look at, only when asked for (LIVE_SHOTS=folder): not tests counted as skipped otherwise.
const shots = process.env.LIVE_SHOTS ? test : () => {};

shots('screenshots of an update at phone, laptop and 1080p sizes', async ({ page }) => {
  const server = new StoryServer();
  await openLive(page, server);
  server.publish(story(SECOND));
  await expect(mark(page, 'exchange')).toHaveAttribute('data-live', 'new', { timeout: 12_000 });
  await page
    .getByTestId('live-updates')
    .getByRole('button', { name: /since you opened this/ })
    .click();
  for (const [width, height] of [
    [390, 844],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await chartAtRest(page);
    await page.screenshot({ path: `${process.env.LIVE_SHOTS}/live-${width}.png` });
  }
});

shots('screenshots of a live embed (iframe view) after an update, in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 420 });
  const server = new StoryServer();
  await server.route(page);
  await page.goto(`/?src=${STORY}&embed&live=5`);
  await expect(mark(page, 'riyadh')).toBeVisible();
  server.publish(story(FIRST.map((e) => (e.id === 'plan' ? { ...e, start: '2025-02-30' } : e))));
  await expect(page.getByTestId('live-note')).toBeVisible({ timeout: 12_000 });
  await page.screenshot({ path: `${process.env.LIVE_SHOTS}/embed-note.png` });
  server.publish(story(SECOND));
  await expect(mark(page, 'exchange')).toHaveAttribute('data-live', 'new', { timeout: 20_000 });
  await chartAtRest(page);
  await page.screenshot({ path: `${process.env.LIVE_SHOTS}/embed-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${process.env.LIVE_SHOTS}/embed-dark.png` });
});
