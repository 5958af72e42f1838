import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const dist = process.argv[2]; const data = process.argv[3]; const q = process.argv[4] ?? '?src=__data.json';
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  const file = p === '/__data.json' ? data : join(dist, p === '/' ? 'index.html' : p);
  if (!existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
  const body = readFileSync(file);
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-store' }).end(body);
}).listen(0);
await new Promise((r) => server.once('listening', r));
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 2; i++) {
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await page.goto(`http://127.0.0.1:${port}/${q}`);
await page.waitForFunction(() => performance.getEntriesByName('sourceline:rendered').length > 0, undefined, { timeout: 20000 });
await page.waitForTimeout(600);
console.log(await page.evaluate(() => JSON.stringify({ lt: window.__lt, marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]), res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop().slice(0, 30), Math.round(r.startTime), Math.round(r.responseEnd)]) })));
await page.close();
}
await browser.close(); server.close();
