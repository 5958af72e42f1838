// Regenerates the README's screenshots from the production build: `npm run screenshot` builds,
// serves dist/ on a spare port, and shoots the default story, a dense synthetic chronology and
// the BCE sample.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { syntheticGraph } from '../bench/synthetic.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';

const PORT = 4190;
const SHOTS = [
  { file: 'docs/screenshot.png', search: '?event=zakharova-statement', width: 1440, height: 900 },
  { file: 'docs/screenshot-overview.png', search: '', width: 1440, height: 820 },
  { file: 'docs/screenshot-dense.png', search: '?src=synthetic-10000.json', width: 1440, height: 900 },
  { file: 'docs/screenshot-bce.png', search: '?src=data/classical-antiquity.json', width: 1440, height: 640 },
];

writeFileSync('dist/synthetic-10000.json', JSON.stringify(syntheticGraph(10_000)));

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, timezoneId: 'America/Los_Angeles' });
    await page.goto(`http://localhost:${PORT}/${shot.search}`);
    await page.locator('svg.chart').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
