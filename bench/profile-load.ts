// Not part of the bench: a CPU profile of one load, to find the main thread's long tasks.
// npx tsx bench/profile-load.ts EVENTS [DIST]     a synthetic file of EVENTS events, at ?src=
// npx tsx bench/profile-load.ts default [DIST]    the page itself (/: the default story; prerendered by npm run build)
// npx tsx bench/profile-load.ts FILE.json [DIST]  a file of your own, at ?src=
// GESTURE=pan npx tsx bench/profile-load.ts EVENTS  instead of the load, the bench's pan: zoomed in 20 wheel steps,
//                                                  then dragged 60 × 10 px left and 60 right, one step a frame
// TRACE_OUT=/tmp/trace.json …                       also writes the trace (with the collector's events on every thread)
import { chromium } from '@playwright/test';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { mainThreadTasks, readProfile, topLines, type CpuProfile, type TraceEvent } from './cpu-profile.ts';
import { startStaticServer } from './server.ts';
import { syntheticGraph } from './synthetic.ts';
import { fileURLToPath } from 'node:url';

const defaultStory = process.argv[2] === 'default';
const file = process.argv[2]?.endsWith('.json') ? process.argv[2] : undefined;
const events = defaultStory || file ? 0 : Number(process.argv[2] ?? 300000);
const dist = resolve(process.argv[3] ?? 'node_modules/.cache/sourceline-bench/dist');
const dataDir = mkdtempSync(join(tmpdir(), 'sl-prof-'));
if (file) copyFileSync(file, join(dataDir, 'd.json'));
else if (!defaultStory) writeFileSync(join(dataDir, 'd.json'), JSON.stringify(syntheticGraph(events)));
const server = await startStaticServer({ '/': dist, '/__bench/data/': dataDir });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => {
  const w = window as unknown as { __lt: { s: number; d: number }[] };
  w.__lt = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push({ s: e.startTime, d: e.duration }))).observe({ type: 'longtask', buffered: true });
});
const gesture = process.env.GESTURE === 'pan';
if (gesture) await page.addInitScript({ path: fileURLToPath(new URL('./probe.js', import.meta.url)) });
const drive = (kind: string, steps: number[]) =>
  page.evaluate(`window.__bench.drive(${JSON.stringify({ tool: 'sourceline', kind, steps, budgetMs: 120_000 })})`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const startProfiling = async () => {
  await cdp.send('Profiler.start');
  const categories = ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline', 'v8', 'blink'];
  await browser.startTracing(page, { categories: process.env.TRACE_OUT ? [...categories, 'disabled-by-default-v8.gc'] : categories });
};
if (!gesture) await startProfiling();
const t0 = Date.now();
await page.goto(defaultStory ? `${server.origin}/` : `${server.origin}/?src=__bench/data/d.json`);
await page.waitForFunction(() => performance.getEntriesByName('sourceline:rendered').length > 0, null, { timeout: 600_000, polling: 500 });
await page.waitForTimeout(3000);
if (gesture) {
  await drive('wheel', Array<number>(20).fill(-100));
  await page.waitForTimeout(2000);
  await startProfiling();
  const report = (await drive('drag', [...Array<number>(60).fill(-10), ...Array<number>(60).fill(10)])) as {
    samples: { frameMs: number; t0Ms: number; endMs: number }[];
  };
  await page.waitForTimeout(300);
  // Each step's frame interval and its main-thread time (dispatch → end of frame), the slow ones.
  const steps = report.samples.map((s, i) => ({ i, interval: i > 0 ? s.frameMs - report.samples[i - 1]!.frameMs : 0, busy: s.endMs - s.t0Ms }));
  const intervals = steps.map((s) => s.interval).sort((a, b) => a - b);
  console.log(`pan steps ${steps.length}; frame interval p95 ${intervals[Math.floor(0.95 * intervals.length)]?.toFixed(1)} ms`);
  console.log(
    'slow steps (interval > 20 ms or busy > 16 ms): ' +
      steps
        .filter((s) => s.interval > 20 || s.busy > 16)
        .map((s) => `#${s.i} ${s.interval.toFixed(0)}/${s.busy.toFixed(0)}`)
        .join(', '),
  );
}
const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
const lt = await page.evaluate(() => (window as unknown as { __lt: { s: number; d: number }[] }).__lt);
console.log('wall', Date.now() - t0, 'ms; marks', JSON.stringify(marks));
console.log('long tasks', JSON.stringify(lt.map((t) => [Math.round(t.s), Math.round(t.d)])));
// Time per function, self and inclusive.
const read = readProfile(profile);
const { byId } = read;
const all = read.times();
console.log('--- self\n' + topLines(all.self, 45));
console.log('--- inclusive\n' + topLines(all.inclusive, 45));
// Each main-thread task over 50 ms (from the trace), with what took its time (from the profile: the same clock).
{
  for (const task of mainThreadTasks(trace.traceEvents, Number(process.env.TASK_MS ?? 50))) {
    const { self: selfInTask, inclusive: m } = read.times(read.inTask(task));
    const skip =
      /^(\(root\)|\(anon\)|update_|run_|flush|#process|#traverse|create_effect|branch|block|ensure|execute_derived|is_dirty|get\$|set\$|internal_set|Boundary|boundary|#render|component_root|mount|_mount|if_block|consequent|update_branch|queue_micro|snippet|each|#commit|resume_)/;
    // The thread's own time in it (tdur) beside the wall clock: on a busy machine, the part of a long task that is this page's work.
    const cpu = task.tdur === undefined ? '' : ` (${(task.tdur / 1000).toFixed(0)} ms of CPU)`;
    console.log(`### task ${(task.dur! / 1000).toFixed(0)} ms${cpu} at +${((task.ts - profile.startTime) / 1000).toFixed(0)} ms`);
    // What the browser did in it (the trace's events inside the task, by name: parsing, compiling, evaluating, style, layout…).
    const inside = new Map<string, number>();
    for (const e of trace.traceEvents) {
      if (e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid || e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur!) continue;
      if ((e.dur ?? 0) >= 2000) inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
    }
    console.log(
      '  trace: ' +
        [...inside]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 12)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', '),
    );
    console.log(topLines(new Map([...m].filter(([k]) => !skip.test(k))), Number(process.env.TASK_ROWS ?? 18)));
    console.log(
      '  self: ' +
        [...selfInTask]
          .sort((x, y) => y[1] - x[1])
          .slice(0, Number(process.env.SELF_ROWS ?? 8))
          .map(([k, v]) => `${v.toFixed(0)} ${k}`)
          .join(', '),
    );
  }
}
if (process.env.BUSY_RUNS) {
  const times = read.at;
  const idle = (id: number) => ['(idle)', '(garbage collector)x'].includes(byId.get(id)!.callFrame.functionName);
  let start = -1;
  const runs: [number, number][] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    const busy = !idle(profile.samples[i]!);
    if (busy && start < 0) start = i;
    if (!busy && start >= 0) {
      if (times[i]! - times[start]! > 50_000) runs.push([start, i]);
      start = -1;
    }
  }
  for (const [a, b] of runs) {
    console.log(`=== busy run ${((times[b]! - times[a]!) / 1000).toFixed(0)} ms at +${((times[a]! - profile.startTime) / 1000).toFixed(0)} ms`);
    console.log(topLines(read.times((i) => i >= a && i < b).inclusive, 25));
  }
}
writeFileSync('/tmp/sl-profile.cpuprofile', JSON.stringify(profile));
// The trace too, when asked (TRACE_OUT=/tmp/trace.json): chrome://tracing or Perfetto reads it.
if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));
await browser.close();
await server.close();
