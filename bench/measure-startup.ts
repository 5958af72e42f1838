// Start-up: how soon after navigation a page first shows its drawing, and when the app is ready, for
// the default story, a 1,000-event file and an empty page (the floor), each in a fresh headless
// Chromium (cold cache), medians of a few runs. Never throws: a page that fails is a result.
import { chromium, type Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { VIEWPORT } from './measure-page.ts';

const PROBE = fileURLToPath(new URL('./startup-probe.js', import.meta.url));

export interface StartupCase {
  readonly name: string;
  readonly url: string;
  /** False for the empty page: its first drawing is its first contentful paint, and it has no app to wait for. */
  readonly app: boolean;
}

export interface StartupRun {
  /** Navigation start → the end of the first frame showing the timeline's marks and labels (the empty page: first contentful paint). */
  readonly firstDrawingMs: number | null;
  readonly fcpMs: number | null;
  /** → the end of the frame after `sourceline:rendered`: the app's own chart is drawn and answers input. */
  readonly readyMs: number | null;
  /** → `sourceline:hydrated`, when the app took over a prerendered page. */
  readonly hydratedMs: number | null;
  /** The longest main-thread task of the take-over (`sourceline:hydrating` → `…hydrated`), 0 when none was long; null without a take-over. */
  readonly takeOverTaskMs: number | null;
  /** The longest main-thread task that started before the app was ready. */
  readonly longestTaskMs: number | null;
  readonly error: string | null;
}

export interface StartupResult {
  readonly name: string;
  readonly url: string;
  readonly runs: readonly StartupRun[];
  readonly median: {
    readonly firstDrawingMs: number | null;
    readonly readyMs: number | null;
    readonly longestTaskMs: number | null;
    readonly takeOverTaskMs: number | null;
    readonly fcpMs: number | null;
  };
}

const Report = z.object({
  firstDrawingMs: z.number().nullable(),
  fcpMs: z.number().nullable(),
  readyMs: z.number().nullable(),
  hydratingMs: z.number().nullable(),
  hydratedMs: z.number().nullable(),
  longTasks: z.array(z.object({ startMs: z.number(), durationMs: z.number() })).nullable(),
});

const median = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 === 1 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
};

/** The longest task that overlaps the take-over (the page's hydrate() and then its parts', each a task: separate-root.ts). */
function takeOverTask(report: z.infer<typeof Report>): number | null {
  const { hydratingMs: from, hydratedMs: to, longTasks } = report;
  if (from === null || to === null || longTasks === null) return null;
  return Math.max(0, ...longTasks.filter((t) => t.startMs <= to && t.startMs + t.durationMs >= from).map((t) => t.durationMs));
}

async function runOnce(spec: StartupCase, timeoutMs: number): Promise<StartupRun> {
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, timezoneId: 'UTC', locale: 'en-GB', bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript({ path: PROBE });
    await page.goto(spec.url, { waitUntil: 'commit', timeout: timeoutMs });
    const done = spec.app ? 'window.__startup && window.__startup.readyMs !== null' : 'window.__startup && window.__startup.fcpMs !== null';
    await page.waitForFunction(done, undefined, { timeout: timeoutMs, polling: 50 });
    await page.waitForTimeout(400); // long-task entries arrive a task after the task ends
    const report = Report.parse(await page.evaluate('window.__startup'));
    const end = spec.app ? report.readyMs : report.fcpMs;
    const tasks = (report.longTasks ?? []).filter((t) => end === null || t.startMs < end);
    return {
      firstDrawingMs: spec.app ? report.firstDrawingMs : report.fcpMs,
      fcpMs: report.fcpMs,
      readyMs: report.readyMs,
      hydratedMs: report.hydratedMs,
      longestTaskMs: report.longTasks === null ? null : Math.max(0, ...tasks.map((t) => t.durationMs)),
      takeOverTaskMs: takeOverTask(report),
      error: null,
    };
  } catch (error) {
    return {
      firstDrawingMs: null,
      fcpMs: null,
      readyMs: null,
      hydratedMs: null,
      longestTaskMs: null,
      takeOverTaskMs: null,
      error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    };
  } finally {
    await browser?.close();
  }
}

export async function measureStartup(spec: StartupCase, runs: number, timeoutMs = 30_000): Promise<StartupResult> {
  const results: StartupRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(spec, timeoutMs));
  return {
    name: spec.name,
    url: spec.url,
    runs: results,
    median: {
      firstDrawingMs: median(results.map((r) => r.firstDrawingMs)),
      readyMs: median(results.map((r) => r.readyMs)),
      longestTaskMs: median(results.map((r) => r.longestTaskMs)),
      takeOverTaskMs: median(results.map((r) => r.takeOverTaskMs)),
      fcpMs: median(results.map((r) => r.fcpMs)),
    },
  };
}

const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`);

/** The start-up table: medians, with each run's figures beside them. */
export function startupTable(results: readonly StartupResult[], runs: number): string {
  const rows = results.map((r) => {
    const errors = r.runs.filter((run) => run.error !== null);
    const each = r.runs.map((run) => (run.error ? 'failed' : `${ms(run.firstDrawingMs)}/${ms(run.readyMs)}`)).join(', ');
    return `| ${r.name} | ${ms(r.median.firstDrawingMs)} | ${ms(r.median.readyMs)} | ${ms(r.median.longestTaskMs)} | ${ms(r.median.takeOverTaskMs)} | ${each}${errors.length ? ` (${errors[0]!.error})` : ''} |`;
  });
  return [
    `Start-up (navigation start →; medians of ${runs} cold loads, each in a fresh Chromium; targets: default story drawn ≤ 400 ms, 1,000 events ready ≤ 600 ms, no task over 50 ms)`,
    '',
    '| page | first drawing | app ready | longest task | longest task taking a drawn page over | each run (drawing/ready) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
