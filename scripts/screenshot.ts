// Regenerates the README's screenshots from the production build: `npm run screenshot` builds,
// serves dist/ on a spare port, and shoots the default story, a dense synthetic chronology, the
// BCE sample, every step of the default story's presentation at 1920×1080 (docs/presentation/),
// and the embed in its snippet's 520 px at 320, 600 and 800 px wide (docs/embed/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { syntheticGraph } from '../bench/synthetic.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';

const PORT = 4190;
const SHOTS = [
  { file: 'docs/screenshot.png', search: '?event=zakharova-statement', width: 1440, height: 900 },
  { file: 'docs/screenshot-overview.png', search: '', width: 1440, height: 820 },
  { file: 'docs/screenshot-dense.png', search: '?src=synthetic-10000.json', width: 1440, height: 900 },
  { file: 'docs/screenshot-heat.png', search: '?src=synthetic-10000.json&density=heat', width: 1440, height: 900, colorScheme: 'dark' as const },
  { file: 'docs/screenshot-bce.png', search: '?src=data/classical-antiquity.json', width: 1440, height: 640 },
  { file: 'docs/screenshot-phone.png', search: '?event=russia-draft-treaties', width: 390, height: 844 },
];
const story = JSON.parse(readFileSync('data/ukraine-nato.json', 'utf8')) as { story: unknown[] };
const STEPS = story.story.map((_, i) => i + 1);
const EMBED_WIDTHS = [320, 600, 800];
mkdirSync('docs/presentation', { recursive: true });
mkdirSync('docs/embed', { recursive: true });

writeFileSync('dist/synthetic-10000.json', JSON.stringify(syntheticGraph(10_000)));

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      timezoneId: 'America/Los_Angeles',
      colorScheme: 'colorScheme' in shot ? shot.colorScheme : 'light',
    });
    await page.goto(`http://localhost:${PORT}/${shot.search}`);
    await page.locator('svg.chart').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  for (const step of STEPS) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, timezoneId: 'America/Los_Angeles' });
    await page.goto(`http://localhost:${PORT}/?present&step=${step}`);
    await page.locator('svg.chart[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(600);
    const file = `docs/presentation/step-${String(step).padStart(2, '0')}.jpg`;
    await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
    console.log(`wrote ${file}`);
    await page.close();
  }
  for (const width of EMBED_WIDTHS) {
    const page = await browser.newPage({ viewport: { width: width + 40, height: 560 }, timezoneId: 'America/Los_Angeles' });
    const src = `http://localhost:${PORT}/?embed&event=zakharova-statement`;
    await page.setContent(
      `<body style="margin:20px;background:#ddd"><iframe title="Sourceline" src="${src}" width="${width}" height="520" style="border:0;background:#fff"></iframe></body>`,
    );
    await page.frameLocator('iframe').locator('svg.chart[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(800);
    const file = `docs/embed/embed-${width}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
