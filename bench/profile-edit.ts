// Not part of the bench: a CPU profile of edits to a large chronology (as bench/measure-edit.ts makes
// them), to find where an edit's main-thread time goes. Build with names kept:
//   npx vite build --minify false --outDir /tmp/dist && npx tsx bench/profile-edit.ts 10000 /tmp/dist [move|form] [count]
import { chromium } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { mainThreadTasks, readProfile, topLines, type CpuProfile, type TraceEvent } from './cpu-profile.ts';
import { VIEWPORT } from './measure-page.ts';
import { startStaticServer } from './server.ts';
import { syntheticGraph } from './synthetic.ts';

const events = Number(process.argv[2] ?? 10000);
const dist = resolve(process.argv[3] ?? 'node_modules/.cache/sourceline-bench/dist');
const kind = process.argv[4] === 'form' ? 'form' : 'move';
const count = Number(process.argv[5] ?? 10);
const dataDir = mkdtempSync(join(tmpdir(), 'sl-prof-edit-'));
writeFileSync(join(dataDir, 'd.json'), JSON.stringify(syntheticGraph(events)));
const server = await startStaticServer({ '/': dist, '/__bench/data/': dataDir });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: VIEWPORT, timezoneId: 'UTC' });
await page.addInitScript({ path: fileURLToPath(new URL('./edit-probe.js', import.meta.url)) });
await page.addInitScript(() => {
  const w = window as unknown as { __lt: [number, number][] };
  w.__lt = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' });
});
await page.goto(`${server.origin}/?src=__bench/data/d.json&edit`);
await page.getByRole('region', { name: 'Editing' }).waitFor({ timeout: 120_000 });
await page.locator('svg.chart').waitFor({ timeout: 120_000 });
for (let i = 0; i < 40 && (await page.locator('svg.chart [data-event-id]').count()) < 20; i++) {
  await page.locator('svg.chart').focus();
  await page.keyboard.press('+');
  await page.waitForTimeout(400);
}
const ids = await page.locator('svg.chart [data-event-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
const id = ids[Math.floor(ids.length / 2)]!;
await page.evaluate((markId) => ((window as unknown as { __editMark: string }).__editMark = markId), id);
await page.locator(`[data-event-id="${id}"]`).focus();
await page.keyboard.press('Enter');
await page.getByRole('form', { name: 'Edit event' }).waitFor();
await page.locator(`[data-event-id="${id}"]`).focus();
const t0 = await page.evaluate(() => Math.round(performance.now()));
console.log('edits begin at', t0);
// A few edits first: the profile is of edits once the code is warm, as a person's tenth keystroke.
await page.evaluate(([k]) => (window as unknown as { __timeEdits: (k: string, n: number, o: number) => Promise<number[]> }).__timeEdits(k, 4, 0), [
  kind,
] as const);
await page.waitForTimeout(1500);

const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline'] });
const times = await page.evaluate(([k, n]) => (window as unknown as { __timeEdits: (k: string, n: number) => Promise<number[]> }).__timeEdits(k, n), [
  kind,
  count,
] as const);
await page.waitForTimeout(1200); // the draft's save, within a second
console.log(
  'long tasks since edit mode opened [start, ms]:',
  JSON.stringify(await page.evaluate(() => (window as unknown as { __lt: [number, number][] }).__lt)),
);
const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
console.log(kind, 'edits (ms):', times.map((t) => t.toFixed(0)).join(' '));
const read = readProfile(profile);
const { self, inclusive } = read.times();
const busy = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).reduce((sum, [, v]) => sum + v, 0);
const perEdit = (v: number) => (v / count).toFixed(1).padStart(7);
console.log(`busy ${(busy / count).toFixed(1)} ms per edit (JS samples); per edit below`);
console.log('--- self\n' + topLines(self, 40, perEdit));
console.log('--- inclusive\n' + topLines(inclusive, 90, perEdit));
// Each main-thread task over 50 ms (from the trace), with the functions that took its time (the profile's samples in it).
for (const task of mainThreadTasks(trace.traceEvents, 50)) {
  console.log(`### task ${(task.dur! / 1000).toFixed(0)} ms at +${((task.ts - profile.startTime) / 1000).toFixed(0)} ms`);
  console.log(topLines(read.times(read.inTask(task)).inclusive, 14, (v) => v.toFixed(1).padStart(7)));
}
writeFileSync('/tmp/sl-edit-profile.cpuprofile', JSON.stringify(profile));
await browser.close();
await server.close();
