// Regenerates the README's screenshot of the default story (docs/screenshot.png) from the
// production build: `npm run screenshot` builds, serves dist/ on a spare port, and shoots it.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';

const PORT = 4190;
const SHOTS = [
  { file: 'docs/screenshot.png', search: '?event=zakharova-statement', width: 1440, height: 900 },
];

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, timezoneId: 'America/Los_Angeles' });
    await page.goto(`http://localhost:${PORT}/${shot.search}`);
    await page.locator('[data-event-id]').first().waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
