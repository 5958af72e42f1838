// Editing a large chronology: opens it in edit mode in a fresh headless Chromium and times edits from
// the input event to the end of the frame that shows them (applied to the draft, checked, the graph
// rebuilt, the timeline laid out and painted). Two kinds: a keyboard move of a mark (Alt+→ / Alt+←,
// alternately, as a drag's drop makes the same edit) and a form change (typing into the event's
// title, which its label shows). Never throws: a page that does not answer is a result.
import { chromium, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { VIEWPORT } from './measure-page.ts';
import { summarize, type Summary } from './stats.ts';

export interface EditResult {
  readonly events: number;
  readonly status: 'ok' | 'failed';
  readonly message?: string;
  /** Input event → end of the frame that shows the change, per edit (wall clock: inflated on a busy machine). */
  readonly move: Summary | null;
  readonly form: Summary | null;
  /** The page's main-thread CPU time per edit (Chromium's ThreadTime): what the edit costs, whatever else runs. */
  readonly moveCpu: Summary | null;
  readonly formCpu: Summary | null;
  readonly longestTaskMs: number | null;
}

const PROBE = fileURLToPath(new URL('./edit-probe.js', import.meta.url));

type Probe = { __timeEdits: (kind: string, count: number, offset: number) => Promise<number[]> };

/** Edits one at a time, each timed in the page (wall) and by the main thread's CPU time around it. */
async function timeEdits(page: Page, kind: 'move' | 'form', count: number): Promise<{ wall: number[]; cpu: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = await threadTime();
    const [ms] = await page.evaluate(([k, n]) => (window as unknown as Probe).__timeEdits(k, 1, n), [kind, i] as const);
    cpu.push((await threadTime()) - before);
    wall.push(ms!);
  }
  return { wall, cpu };
}

export async function measureEditing(url: string, events: number, count = 40): Promise<EditResult> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, timezoneId: 'UTC' });
    await page.addInitScript({ path: PROBE });
    await page.goto(url);
    await page.getByRole('region', { name: 'Editing' }).waitFor({ timeout: 120_000 });
    await page.locator('svg.chart').waitFor({ timeout: 120_000 });
    // Zoomed in until single marks are drawn (a lane too dense to draw shows a band).
    for (let i = 0; i < 40 && (await page.locator('svg.chart [data-event-id]').count()) < 20; i++) {
      await page.locator('svg.chart').focus();
      await page.keyboard.press('+');
      await page.waitForTimeout(400);
    }
    await page.locator('svg.chart [data-event-id]').first().waitFor({ timeout: 10_000 });
    // A drawn mark near the middle of the view; its form open.
    const ids = await page.locator('svg.chart [data-event-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
    const id = ids[Math.floor(ids.length / 2)]!;
    await page.evaluate((markId) => ((window as unknown as { __editMark: string }).__editMark = markId), id);
    await page.locator(`[data-event-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'Edit event' }).waitFor();
    await page.locator(`[data-event-id="${id}"]`).focus();
    await page.waitForTimeout(1000);
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0), undefined);
    const move = await timeEdits(page, 'move', count);
    const form = await timeEdits(page, 'form', count);
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    return {
      events,
      status: 'ok',
      move: summarize(move.wall),
      form: summarize(form.wall),
      moveCpu: summarize(move.cpu),
      formCpu: summarize(form.cpu),
      longestTaskMs,
    };
  } catch (error) {
    return {
      events,
      status: 'failed',
      message: error instanceof Error ? error.message.split('\n')[0] : String(error),
      move: null,
      form: null,
      moveCpu: null,
      formCpu: null,
      longestTaskMs: null,
    };
  } finally {
    await browser.close();
  }
}
