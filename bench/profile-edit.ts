// Not part of the bench: a CPU profile of edits to a large chronology (as bench/measure-edit.ts makes
// them), to find where an edit's main-thread time goes. Build with names kept:
//   npx vite build --minify false --outDir /tmp/dist && npx tsx bench/profile-edit.ts 10000 /tmp/dist [move|form] [count]
import { chromium } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
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

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
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
const trace = JSON.parse((await browser.stopTracing()).toString()) as {
  traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }[];
};
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number } };
console.log(kind, 'edits (ms):', times.map((t) => t.toFixed(0)).join(' '));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const name = (id: number) => {
  const f = byId.get(id)!.callFrame;
  return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
};
const incl = new Map<string, number>();
const self = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const k0 = name(id);
  if (!k0.startsWith('(idle)') && !k0.startsWith('(program)')) busy += dt;
  self.set(k0, (self.get(k0) ?? 0) + dt);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const k = name(n);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt);
  }
});
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / count).toFixed(1).padStart(7)} ${k}`)
    .join('\n');
console.log(`busy ${(busy / count).toFixed(1)} ms per edit (JS samples); per edit below`);
console.log('--- self\n' + top(self, 40));
console.log('--- inclusive\n' + top(incl, 90));
// Each main-thread task over 50 ms (from the trace), with the functions that took its time (the profile's samples in it).
{
  const main = trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = trace.traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 50_000 && main.some((m) => m.pid === e.pid && m.tid === e.tid),
  );
  let t = profile.startTime;
  const at = profile.timeDeltas.map((d) => (t += d));
  for (const task of tasks) {
    const m = new Map<string, number>();
    for (let i = 0; i < at.length; i++) {
      if (at[i]! < task.ts || at[i]! > task.ts + task.dur!) continue;
      const dt = ((at[i + 1] ?? at[i]!) - at[i]!) / 1000;
      const seen = new Set<string>();
      for (let n: number | undefined = profile.samples[i]!; n !== undefined; n = parent.get(n)) {
        const k = name(n);
        if (seen.has(k)) continue;
        seen.add(k);
        m.set(k, (m.get(k) ?? 0) + dt);
      }
    }
    console.log(`### task ${(task.dur! / 1000).toFixed(0)} ms at +${((task.ts - profile.startTime) / 1000).toFixed(0)} ms`);
    console.log(
      [...m]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 14)
        .map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`)
        .join('\n'),
    );
  }
}
writeFileSync('/tmp/sl-edit-profile.cpuprofile', JSON.stringify(profile));
await browser.close();
await server.close();
