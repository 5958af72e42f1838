// The network view: the default story's actors and links drawn, typed and directed; choosing NATO
// highlights its events here and on the timeline; choosing an event selects it; the window filters
// it; keyboard use; no axe violations in either theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { indexEdges, distinctEdges } from '../src/lib/model/chains.ts';
import { parseEventGraph } from '../src/lib/model/json-file.ts';
import { mark } from './helpers.ts';

const story = parseEventGraph(readFileSync(new URL('../data/ukraine-nato.json', import.meta.url), 'utf8')).graph;
const network = (page: Page) => page.locator('svg.network-chart');
const node = (page: Page, id: string) => page.locator(`[data-network-node="${id}"]`);

async function openNetwork(page: Page, search = '') {
  await page.goto(`/?view=network${search}`);
  await expect(network(page)).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
}

test('draws the default story’s actors, events and links, typed and directed', async ({ page }) => {
  await openNetwork(page);
  for (const actor of story.actors) await expect(node(page, `actor:${actor.id}`)).toHaveAttribute('aria-label', new RegExp(`^${actor.name}, actor`));
  await expect(page.locator('[data-network-node^="event:"]')).toHaveCount(story.events.length);
  // Every link between two events once per type and direction, as on the timeline.
  const links = distinctEdges(indexEdges(story), new Set()).filter((e) => e.from !== e.to);
  await expect(page.locator('.network-chart [data-link-type]')).toHaveCount(links.length);
  for (const type of new Set(links.map((l) => l.type))) expect(await page.locator(`.network-chart [data-link-type="${type}"]`).count()).toBeGreaterThan(0);
  // Each event is tied to its actors.
  const members = story.events.reduce((n, e) => n + new Set(e.actors ?? []).size, 0);
  await expect(page.locator('.network-chart line.member')).toHaveCount(members);
  // Directed: the arrowhead of Zakharova's statement → the Bucharest summit is at the summit's end.
  const edge = page
    .locator('[data-network-edge]')
    .filter({ has: page.locator('path.arrow') })
    .first();
  await expect(edge).toBeVisible();
  await expect(page.locator('.network-view [role="status"]')).toHaveText(`7 actors, 27 events and ${links.length} links`);
});

test('choosing NATO highlights its events on the network and on the timeline', async ({ page }) => {
  await openNetwork(page);
  await node(page, 'actor:nato').click();
  await expect(node(page, 'actor:nato')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('highlight-actor')).toBe('nato');
  const nato = story.events.filter((e) => e.actors?.includes('nato')).map((e) => e.id);
  const others = story.events.filter((e) => !e.actors?.includes('nato')).map((e) => e.id);
  for (const id of nato) {
    await expect(node(page, `event:${id}`)).not.toHaveAttribute('data-dimmed');
    await expect(mark(page, id)).not.toHaveAttribute('data-dimmed');
  }
  for (const id of others) {
    await expect(node(page, `event:${id}`)).toHaveAttribute('data-dimmed', '');
    await expect(mark(page, id)).toHaveAttribute('data-dimmed', '');
  }
  // Choosing an event instead selects it (the actor's highlight gives way), here and on the timeline.
  await node(page, 'event:bucharest-summit').click();
  await expect(mark(page, 'bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
  await expect(node(page, 'event:bucharest-summit')).toHaveAttribute('aria-pressed', 'true');
  await expect(node(page, 'actor:nato')).toHaveAttribute('aria-pressed', 'false');
  expect(new URL(page.url()).searchParams.get('highlight-actor')).toBeNull();
});

test('the network shows the events in the timeline’s window, with only their actors', async ({ page }) => {
  await openNetwork(page, '&t=2025-02-01..2025-03-01');
  await expect(node(page, 'event:riyadh-talks')).toHaveCount(1);
  await expect(node(page, 'event:bucharest-summit')).toHaveCount(0);
  await expect(node(page, 'actor:georgia')).toHaveCount(0);
});

test('keyboard: Tab reaches a node, arrows move between nodes, Enter chooses', async ({ page }) => {
  await openNetwork(page);
  await node(page, 'actor:nato').focus();
  await page.keyboard.press('Enter');
  await expect(node(page, 'actor:nato')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  const focused = page.locator('[data-network-node]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).not.toHaveAttribute('data-network-node', 'actor:nato');
  await page.keyboard.press('Escape');
  await expect(node(page, 'actor:nato')).toHaveAttribute('aria-pressed', 'false');
});

test('the network as a list says who acted on whom, and chooses as the diagram does', async ({ page }) => {
  await openNetwork(page);
  await page.getByText('The network as a list').click();
  const list = page.locator('.network-list');
  await expect(list.getByRole('table')).toContainText('Russia');
  await list.getByRole('button', { name: /^NATO \(\d+\)$/ }).click();
  await expect(node(page, 'actor:nato')).toHaveAttribute('aria-pressed', 'true');
});

test('axe finds no violations on the network, in light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openNetwork(page, '&highlight-actor=nato');
    await page.getByText('The network as a list').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
