import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chartAtRest, openTimeline } from './helpers.ts';

const broken = readFileSync(new URL('./fixtures/broken.json', import.meta.url), 'utf8');

// Every problem in the broken fixture, by path: all are reported at once.
const EXPECTED = [
  ['sources[0].url', /javascript:/],
  ['events[1].start', /February 2025 has 28 days/],
  ['events[2].title', /missing/],
  ['events[2].actors[0]', /natoo/],
  ['events[3].end', /before|start/],
  ['quotes[0].event', /zz/],
  ['links[0].to', /missing/],
] as const;

async function expectProblems(page: Page) {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  for (const [path, message] of EXPECTED) {
    const item = alert.locator('li', { has: page.locator('code', { hasText: new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}$`) }) });
    await expect(item, path).toHaveCount(1);
    await expect(item).toContainText(message);
    await expect(item.locator('.fix')).not.toBeEmpty();
  }
  // Nothing is drawn half-way, and no text from the file became markup.
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
  await expect(page.locator('img')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: script from a data file ran');
  });
});

test('a broken file named in ?src= shows every error, with where and how to fix it', async ({ page }) => {
  await page.route('**/broken.json', (route) => route.fulfill({ body: broken, contentType: 'application/json' }));
  await page.goto('/?src=broken.json');
  await expectProblems(page);
  await expect(page.getByRole('alert')).toContainText('broken.json could not be shown: 7 problems');
});

test('a broken file opened with the button shows the errors and offers the way back', async ({ page }) => {
  await openTimeline(page);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expectProblems(page);
  await page.getByRole('button', { name: 'Back to the previous dataset' }).click();
  await expect(page.locator('[data-event-id="bucharest-summit"]')).toHaveCount(1);
});

async function drop(page: Page, files: { name: string; type: string; text: string }[]) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, cancelable: true, bubbles: true }));
  }, files);
}

test('a file dropped on the page is opened; an image or two files are refused clearly', async ({ page }) => {
  await openTimeline(page);
  await drop(page, [{ name: 'photo.png', type: 'image/png', text: 'PNG' }]);
  await expect(page.getByRole('alert')).toContainText('photo.png is image (image/png), not a data file');
  // The story on screen stays.
  await expect(page.locator('[data-event-id="bucharest-summit"]')).toHaveCount(1);

  await drop(page, [
    { name: 'a.json', type: 'application/json', text: '{}' },
    { name: 'b.json', type: 'application/json', text: '{}' },
  ]);
  await expect(page.getByRole('alert')).toContainText('2 files were dropped');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const good = JSON.stringify({ version: 1, title: 'Dropped story', events: [{ id: 'x', title: 'Something happened', start: '1999-12-31' }] });
  await drop(page, [{ name: 'good.json', type: 'application/json', text: good }]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped story');
  await expect(page.locator('[data-event-id="x"]')).toHaveAttribute('aria-label', 'Something happened, 31 December 1999');
});

test.describe('loading failures each get their own message', () => {
  test('HTML instead of JSON', async ({ page }) => {
    await page.route('**/story.json', (route) => route.fulfill({ status: 404, body: '<!doctype html><h1>Not found</h1>', contentType: 'text/html' }));
    await page.goto('/?src=story.json');
    await expect(page.getByRole('alert')).toContainText('expected JSON, got text/html (HTTP 404)');
  });

  test('syntax errors with line and column', async ({ page }) => {
    await page.route('**/story.json', (route) =>
      route.fulfill({ body: '{\n  "version": 1,\n  "title": "x",\n  "events": [,]\n}', contentType: 'application/json' }),
    );
    await page.goto('/?src=story.json');
    await expect(page.getByRole('alert')).toContainText('line 4, column');
    await expect(page.getByRole('alert')).not.toContainText(/Unexpected token|SyntaxError/);
  });

  test('another host is named, and a refused cross-origin request says CORS', async ({ page }) => {
    const story = JSON.stringify({ version: 1, title: 'Remote story', events: [{ id: 'r', title: 'Remote', start: '2001' }] });
    await page.route('https://data.example.org/story.json', (route) =>
      route.fulfill({ body: story, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } }),
    );
    await page.goto('/?src=https://data.example.org/story.json');
    await expect(page.getByTestId('data-origin')).toHaveText('Data from data.example.org, not from this site');
    await expect(page.locator('[data-event-id="r"]')).toHaveCount(1);

    // Playwright's fulfilled responses skip CORS checks, so the refusal is simulated as the browser reports it: a failed fetch.
    await page.route('https://closed.example.org/story.json', (route) => route.abort('accessdenied'));
    await page.goto('/?src=https://closed.example.org/story.json');
    await expect(page.getByRole('alert')).toContainText('closed.example.org could not be reached, or it does not let other sites read its files (CORS)');
  });

  test('a ?src= with another scheme is refused and the default story shown', async ({ page }) => {
    await page.goto('/?src=javascript:alert(1)');
    await expect(page.getByRole('alert')).toContainText('?src= must be an http: or https: address, not javascript:');
    await expect(page.locator('[data-event-id="bucharest-summit"]')).toHaveCount(1);
  });
});

test('warnings are listed, out of the way: a file with 250 unsourced events opens, and lists them once, with a count, a page at a time', async ({ page }) => {
  const events = Array.from({ length: 250 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2001-01-${String((i % 28) + 1).padStart(2, '0')}` }));
  await page.route('**/unsourced.json', (route) =>
    route.fulfill({ body: JSON.stringify({ version: 1, title: 'Unsourced', events }), contentType: 'application/json' }),
  );
  await page.goto('/?src=unsourced.json');
  const warnings = page.getByRole('status').filter({ hasText: '250 warnings about this file' });
  await expect(warnings).toBeVisible();
  await expect(warnings.locator('li')).toHaveCount(0);
  await warnings.getByText('250 warnings about this file').click();
  // The same warning 250 times: listed once, "and 249 more like it", which lists them when opened.
  await expect(warnings.locator('ol.problems > li')).toHaveCount(1);
  await expect(warnings.locator('ol.problems > li').first()).toContainText('events[0].sources');
  await warnings.getByText('and 249 more like it').click();
  await expect(warnings.locator('.alike li')).toHaveCount(50);
  await expect(warnings.locator('.alike li').first()).toContainText('events[1].sources');
  await warnings.getByRole('button', { name: 'Show 50 more of 199' }).click();
  await expect(warnings.locator('.alike li')).toHaveCount(100);
});

test('a fault while drawing shows what went wrong and still lets the reader download the data', async ({ page }) => {
  // Break the one browser call the label layout depends on: the drawing fails, the data does not.
  await page.addInitScript(() => {
    CanvasRenderingContext2D.prototype.measureText = () => {
      throw new Error('measureText is broken in this browser');
    };
  });
  await page.goto('/');
  const failure = page.getByRole('alert').filter({ hasText: 'The timeline could not be drawn' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Ukraine, NATO and the Bucharest promise');
  await expect(failure).toContainText('What went wrong: Error: measureText is broken in this browser');
  // The header stays, so the reader can still open another file.
  await expect(page.getByRole('button', { name: 'Open file…' })).toBeVisible();
  const download = page.waitForEvent('download');
  await failure.getByRole('button', { name: 'Download the data (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as { events: { id: string }[] };
  expect(saved.events.map((e) => e.id)).toContain('zakharova-statement');
});

test('after a bad file, going back restores the whole view, and the history stays coherent', async ({ page }) => {
  const view = '?src=data%2Fukraine-nato.json&event=zakharova-statement&t=2008-01-01..2025-12-31&q=NATO&tag=diplomacy';
  await page.goto(`/${view}`);
  await expect(page.locator('[data-details-for="zakharova-statement"]')).toBeVisible();
  await chartAtRest(page);
  // The default story's address may be left out of the app's own links (view-links.ts): no src is that story.
  const viewOf = (url: string) => {
    const params = new URL(url).searchParams;
    return (key: string) => (key === 'src' ? (params.get('src') ?? 'data/ukraine-nato.json') : params.get(key));
  };
  // The view as the app wrote it: the window asked for ends after the data's last day (2025-12-31), and
  // the app writes the window it shows (ending with the data) once the view rests, 250 ms after.
  let url = '';
  const unchanged = () => {
    const previous = url;
    url = page.url();
    return url === previous;
  };
  await expect.poll(unchanged, { intervals: [400] }).toBe(true);
  const before = viewOf(url);

  await page.getByTestId('open-file-input').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expectProblems(page);
  await page.getByRole('button', { name: 'Back to the previous dataset' }).click();
  await expect(page.locator('[data-details-for="zakharova-statement"]')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search events, quotes and sources' })).toHaveValue('NATO');
  await chartAtRest(page);
  // The URL is written once the view rests (a busy machine may take a moment longer): polled.
  for (const key of ['src', 'event', 't', 'q', 'tag']) await expect.poll(() => viewOf(page.url())(key), key).toBe(before(key));

  // The browser's Back steps through what was shown: the bad file (kept in this tab), then the view before it, which a reload keeps.
  await page.goBack();
  await expect(page.locator('.error-panel')).toContainText('mine.json could not be shown');
  await page.goBack();
  await expect(page.locator('[data-details-for="zakharova-statement"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-details-for="zakharova-statement"]')).toBeVisible();
  const reloaded = viewOf(page.url());
  for (const key of ['src', 'event', 'q', 'tag']) expect(reloaded(key), key).toBe(before(key));
});

test('a file from this computer is opened again on reload; one this tab could not keep is said so', async ({ page }) => {
  const mine = JSON.stringify({
    version: 1,
    title: 'My own chronology',
    sources: [{ id: 'notes', title: 'My notes' }],
    events: [{ id: 'mine', title: 'Something of mine', start: '2020-05-01', sources: ['notes'] }],
  });
  await openTimeline(page);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(mine) });
  await expect(page.locator('[data-event-id="mine"]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('file')).toBe('mine.json');
  await page.reload();
  await expect(page.locator('[data-event-id="mine"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('My own chronology');

  // Back to the story it replaced, Forward to the file again.
  await page.goBack();
  await expect(page.locator('[data-event-id="bucharest-summit"]')).toHaveCount(1);
  await page.goForward();
  await expect(page.locator('[data-event-id="mine"]')).toBeVisible();

  // In a new tab nothing was kept: the link says which file, and what to do.
  const other = await page.context().newPage();
  await other.goto('/?file=mine.json');
  await expect(other.getByRole('alert')).toContainText('mine.json was opened from this computer');
  await expect(other.getByRole('alert')).toContainText('open it again with Open file');
  await expect(other.locator('[data-event-id="bucharest-summit"]')).toHaveCount(1);
});
