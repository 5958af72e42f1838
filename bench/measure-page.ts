// One benchmark run: one tool, one dataset, in a fresh headless Chromium at 1440×900. Loads the
// page, reads the load marks and long tasks, the JS heap, then drives wheel zoom and drag pan
// (bench/probe.js) and returns every figure. Never throws: a slow or broken page is a result.
import { chromium, type Browser, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { frameFigures, summarize, type FrameFigures, type Summary } from './stats.ts';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
export const VIEWPORT = { width: 1440, height: 900 } as const;

export type Tool = 'sourceline' | 'sourceline-map' | 'vis';

export interface RunSpec {
  readonly tool: Tool;
  readonly events: number;
  readonly url: string;
  /** Mark set when the data is parsed, or null when the page sets none. */
  readonly parsedMark: string | null;
  /** Mark set after the first complete render, or null: then the first [data-event-id] element. */
  readonly readyMark: string | null;
  readonly loadTimeoutMs: number;
  /** In-page budget per gesture; a gesture that runs out stops early and says how far it got. */
  readonly gestureBudgetMs: number;
  /** Called at the end of the run, before Chromium is closed. */
  readonly beforeClose?: () => void;
}

export interface GestureResult {
  readonly driver: string;
  readonly stepsPlanned: number;
  readonly stepsDone: number;
  readonly timedOut: boolean;
  readonly interval: Summary;
  readonly step: Summary;
  readonly handler: Summary;
  readonly maxDom: number | null;
  /** What the gesture did to the view (d3 transform or vis window), to show it really zoomed or panned. */
  readonly viewBefore: unknown;
  readonly viewHalf: unknown;
  readonly viewAfter: unknown;
  readonly raw: Pick<FrameFigures, 'intervalsMs' | 'stepsMs'>;
  /** Main-thread tasks over 50 ms from the gesture's first step to its end. */
  readonly longTasks: { startMs: number; durationMs: number }[];
}

export interface RunResult {
  readonly tool: Tool;
  readonly events: number;
  /** The file's format when it is not Sourceline JSON (the Parquet run). */
  readonly format?: 'parquet';
  readonly status: 'ok' | 'timeout' | 'error';
  readonly message: string | null;
  readonly wallMs: number;
  readonly load: {
    readonly parseMs: number | null;
    /** Of the parse: navigation → the worker's check done; the check → every slice received on the page. */
    readonly checkedMs: number | null;
    /** Of the worker's part: decoding, parsing, checking, then ordering and writing the slices (each stage's start → the next's, as the page marked them). */
    readonly workerStagesMs: { readonly decode: number; readonly parse: number; readonly check: number; readonly write: number } | null;
    /** The body's last byte read by the worker → the first drawing (issue 18: a million events drawn ≤ 10 s after the bytes arrive). */
    readonly bytesToRenderedMs: number | null;
    readonly receivingMs: number | null;
    readonly firstRenderMs: number | null;
    readonly renderedMs: number | null;
    readonly onScreenMs: number | null;
    readonly longestTaskMs: number | null;
    readonly tasksOver200: number | null;
    readonly longTaskTotalMs: number | null;
    readonly domAfterRender: number | null;
    /** Every long task that started before "on screen", in ms from navigation start. */
    readonly longTasks: { startMs: number; durationMs: number }[];
  } | null;
  readonly heapMb: number | null;
  readonly heapBeforeGcMb: number | null;
  readonly idle: GestureResult | null;
  readonly zoom: GestureResult | null;
  readonly pan: GestureResult | null;
  /** How far in the view was zoomed, relative to the fitted view, when the pan began (planned: ×16). */
  readonly panZoom: number | null;
  readonly marks: { readonly parsed: string | null; readonly ready: string | null };
  /** Cores' worth of CPU other processes on the machine used during the run (set by run.ts). */
  readonly otherCores: number | null;
  /** File names of the scripts the page (and its workers) fetched. */
  readonly scriptsFetched: string[];
  readonly pageErrors: string[];
}

const LoadReport = z.object({
  parsedMs: z.number().nullable(),
  fetchedMs: z.number().nullable().optional(),
  checkedMs: z.number().nullable(),
  stagesMs: z
    .object({ decoding: z.number().nullable(), parsing: z.number().nullable(), checking: z.number().nullable(), indexing: z.number().nullable() })
    .optional(),
  receivedMs: z.number().nullable(),
  renderedMs: z.number().nullable(),
  paintedMs: z.number().nullable(),
  domAtPaint: z.number().nullable(),
  longTasks: z.array(z.object({ startMs: z.number(), durationMs: z.number() })).nullable(),
  error: z.string().nullable(),
});

/** Each worker stage's length, from the marks of their starts (and the check's end); null unless every one was marked. */
function workerStages(stages: z.infer<typeof LoadReport>['stagesMs'], checkedMs: number | null): NonNullable<RunResult['load']>['workerStagesMs'] {
  if (!stages || checkedMs === null) return null;
  const { decoding, parsing, checking, indexing } = stages;
  if (decoding === null || parsing === null || checking === null || indexing === null) return null;
  return { decode: parsing - decoding, parse: checking - parsing, check: indexing - checking, write: checkedMs - indexing };
}

const Sample = z.object({ frameMs: z.number(), t0Ms: z.number(), t1Ms: z.number(), endMs: z.number(), dom: z.number() });
const DriveReport = z.union([
  z.object({ error: z.string() }),
  z.object({
    samples: z.array(Sample),
    tail: z.object({ frameMs: z.number(), t0Ms: z.number() }),
    timedOut: z.boolean(),
    viewBefore: z.unknown(),
    viewHalf: z.unknown(),
    viewAfter: z.unknown(),
    longTasks: z.array(z.object({ startMs: z.number(), durationMs: z.number() })).optional(),
  }),
]);

class Timeout extends Error {}

/** Races a promise against a deadline; a page stuck in a long task never answers on its own. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what} (timed out after ${Math.round(ms / 1000)} s)`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

const WHEEL_IN = -100;
const WHEEL_OUT = 100;
const ZOOM_STEPS = [...Array<number>(60).fill(WHEEL_IN), ...Array<number>(60).fill(WHEEL_OUT)];
/** Pan at ×1.149^20 ≈ ×16 of the fitted view, however far the zoom gesture got. */
const PAN_ZOOM_STEPS = 20;
const PAN_STEPS = [...Array<number>(60).fill(-10), ...Array<number>(60).fill(10)];
const IDLE_STEPS = Array<number>(60).fill(0);

export async function measureRun(spec: RunSpec): Promise<RunResult> {
  const started = Date.now();
  const pageErrors: string[] = [];
  const scripts = new Set<string>();
  let browser: Browser | null = null;
  const result: { -readonly [K in keyof RunResult]: RunResult[K] } = {
    tool: spec.tool,
    events: spec.events,
    status: 'ok',
    message: null,
    wallMs: 0,
    load: null,
    heapMb: null,
    heapBeforeGcMb: null,
    idle: null,
    zoom: null,
    pan: null,
    panZoom: null,
    marks: { parsed: spec.parsedMark, ready: spec.readyMark },
    otherCores: null,
    scriptsFetched: [],
    pageErrors,
  };
  try {
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    // The harness polls with page.waitForFunction, which evaluates strings: the built page's CSP would refuse them.
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, timezoneId: 'UTC', locale: 'en-GB', bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path.slice(path.lastIndexOf('/') + 1));
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.addInitScript({ path: PROBE });

    // Load: navigation start → the ready mark's frame has been drawn (or an error is shown).
    await page.goto(spec.url, { waitUntil: 'commit', timeout: spec.loadTimeoutMs });
    const readiness = await within(
      page
        .waitForFunction(`window.__bench && window.__bench.readiness(${JSON.stringify(spec.readyMark)})`, undefined, {
          timeout: spec.loadTimeoutMs,
          polling: 250,
        })
        .then((handle) => handle.jsonValue()),
      spec.loadTimeoutMs + 5_000,
      'load',
    ).catch((error: unknown) => {
      if (error instanceof Error && (error instanceof Timeout || error.name === 'TimeoutError'))
        throw new Timeout(`timed out after ${Math.round(spec.loadTimeoutMs / 1000)} s while loading`);
      throw error;
    });
    await page.waitForTimeout(500); // long-task entries arrive a task after the task ends
    const report = LoadReport.parse(
      await within(
        page.evaluate(`window.__bench.loadReport(${JSON.stringify(spec.parsedMark)}, ${JSON.stringify(spec.readyMark)})`),
        30_000,
        'reading the load figures',
      ),
    );
    if (readiness === 'error') {
      result.status = 'error';
      result.message = report.error ?? 'the page showed an error';
      return result;
    }
    const loading = (report.longTasks ?? []).filter((t) => report.paintedMs === null || t.startMs < report.paintedMs);
    result.load = {
      parseMs: report.parsedMs,
      checkedMs: report.checkedMs,
      workerStagesMs: workerStages(report.stagesMs, report.checkedMs),
      bytesToRenderedMs: report.fetchedMs != null && report.renderedMs !== null ? report.renderedMs - report.fetchedMs : null,
      receivingMs: report.checkedMs !== null && report.receivedMs !== null ? report.receivedMs - report.checkedMs : null,
      firstRenderMs: report.parsedMs !== null && report.renderedMs !== null ? report.renderedMs - report.parsedMs : null,
      renderedMs: report.renderedMs,
      onScreenMs: report.paintedMs,
      longestTaskMs: report.longTasks === null ? null : Math.max(0, ...loading.map((t) => t.durationMs)),
      tasksOver200: report.longTasks === null ? null : loading.filter((t) => t.durationMs > 200).length,
      longTaskTotalMs: report.longTasks === null ? null : loading.reduce((sum, t) => sum + t.durationMs, 0),
      domAfterRender: report.domAtPaint,
      longTasks: loading.slice(0, 200).map((t) => ({ startMs: Math.round(t.startMs), durationMs: Math.round(t.durationMs) })),
    };

    // JS heap after load, after a full garbage collection (and before it, for reference).
    const cdp = await page.context().newCDPSession(page);
    await within(cdp.send('Performance.enable'), 30_000, 'CDP Performance.enable');
    const heapUsed = async () => {
      const { metrics } = await within(cdp.send('Performance.getMetrics'), 30_000, 'CDP Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
      return used === undefined ? null : used / 1024 / 1024;
    };
    result.heapBeforeGcMb = await heapUsed();
    await within(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'CDP HeapProfiler.collectGarbage');
    result.heapMb = await heapUsed();

    // Gestures: idle frames (the harness's floor), wheel zoom in then out, then drag pan while zoomed in.
    const drive = (kind: string, steps: number[], label = kind) => driveGesture(page, spec, kind, steps, label);
    result.idle = await drive('idle', IDLE_STEPS);
    result.zoom = await drive('wheel', ZOOM_STEPS, 'zoom');
    // Wheel steps done so far in minus out: the zoom gesture may have stopped early, anywhere.
    const doneSteps = ZOOM_STEPS.slice(0, result.zoom.stepsDone);
    const stepsToPanZoom = PAN_ZOOM_STEPS - (doneSteps.filter((d) => d === WHEEL_IN).length - doneSteps.filter((d) => d === WHEEL_OUT).length);
    await drive('wheel', Array<number>(Math.abs(stepsToPanZoom)).fill(stepsToPanZoom > 0 ? WHEEL_IN : WHEEL_OUT), 'zoom to ×16 before the pan');
    let pan = await drive('drag', PAN_STEPS, 'pan');
    if (spec.tool === 'vis' && !moved(pan)) {
      // Hammer.js did not take the synthetic pointer events: pan through the API instead, and say so.
      pan = { ...(await drive('api-pan', PAN_STEPS, 'pan')), driver: 'timeline.setWindow per frame (synthetic pointer drag had no effect)' };
    }
    result.pan = pan;
    result.panZoom = zoomFactor(result.idle.viewBefore, pan.viewBefore);
    if (!moved(pan)) result.message = appendMessage(result.message, 'the pan gesture did not move the view');
    if (!zoomed(result.zoom)) result.message = appendMessage(result.message, 'the wheel gesture did not zoom the view');
    for (const [name, g] of [
      ['zoom', result.zoom],
      ['pan', pan],
    ] as const) {
      if (!g.timedOut) continue;
      result.status = 'timeout';
      result.message = appendMessage(
        result.message,
        `${name} stopped at its ${Math.round(spec.gestureBudgetMs / 1000)} s budget after ${g.stepsDone} of ${g.stepsPlanned} steps`,
      );
    }
    return result;
  } catch (error) {
    result.status = error instanceof Timeout || (error instanceof Error && error.name === 'TimeoutError') ? 'timeout' : 'error';
    result.message = appendMessage(result.message, error instanceof Error ? error.message : String(error));
    return result;
  } finally {
    result.wallMs = Date.now() - started;
    result.scriptsFetched = [...scripts].sort();
    spec.beforeClose?.();
    if (browser) await within(browser.close(), 30_000, 'closing Chromium').catch(() => undefined);
  }
}

function appendMessage(message: string | null, more: string): string {
  return message ? `${message}; ${more}` : more;
}

const DRIVERS: Record<string, Record<Tool, string>> = {
  idle: { sourceline: 'no input (idle frames)', 'sourceline-map': 'no input (idle frames)', vis: 'no input (idle frames)' },
  wheel: {
    sourceline: 'WheelEvent on the <svg>, deltaY ∓100 (×1.149 per step)',
    'sourceline-map': "WheelEvent on the map's <svg>, deltaY ∓100 (×1.149 per step)",
    vis: 'WheelEvent on .vis-center, wheelDelta ±89 (×1.149 per step)',
  },
  drag: {
    sourceline: 'mousedown on the <svg>, mousemove ∓10 px on window',
    'sourceline-map': "mousedown on the map's <svg>, mousemove ∓10 px on window",
    vis: 'pointerdown on .vis-center, pointermove ∓10 px on window (Hammer.js)',
  },
  'api-pan': { sourceline: 'n/a', 'sourceline-map': 'n/a', vis: 'timeline.setWindow per frame' },
};

/** A frame may overrun the in-page budget by this much before the page counts as unresponsive. */
const FRAME_OVERRUN_MS = 30_000;

async function driveGesture(page: Page, spec: RunSpec, kind: string, steps: number[], label: string): Promise<GestureResult> {
  const plan = { tool: spec.tool, kind, steps, budgetMs: spec.gestureBudgetMs };
  // The in-page driver stops itself at its budget, but only between frames.
  const waitMs = spec.gestureBudgetMs + FRAME_OVERRUN_MS;
  const raw = DriveReport.parse(
    await within(
      page.evaluate(`window.__bench.drive(${JSON.stringify(plan)})`),
      waitMs,
      `${label}: the page did not answer (one frame ran longer than ${Math.round(FRAME_OVERRUN_MS / 1000)} s past the gesture's budget); stopped`,
    ),
  );
  if ('error' in raw) throw new Error(raw.error);
  const figures = frameFigures(raw.samples, raw.tail);
  return {
    driver: DRIVERS[kind]![spec.tool],
    stepsPlanned: steps.length,
    stepsDone: raw.samples.length,
    timedOut: raw.timedOut,
    interval: summarize(figures.intervalsMs),
    step: summarize(figures.stepsMs),
    handler: summarize(figures.handlersMs),
    maxDom: figures.maxDom,
    viewBefore: raw.viewBefore,
    viewHalf: raw.viewHalf,
    viewAfter: raw.viewAfter,
    raw: { intervalsMs: figures.intervalsMs.map(round1), stepsMs: figures.stepsMs.map(round1) },
    longTasks: (raw.longTasks ?? []).map((t) => ({ startMs: round1(t.startMs), durationMs: round1(t.durationMs) })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The view halfway through the gesture differs from the view before it. */
function moved(gesture: GestureResult | null): boolean {
  return !!gesture && gesture.stepsDone > 0 && JSON.stringify(gesture.viewBefore) !== JSON.stringify(gesture.viewHalf ?? gesture.viewAfter);
}
const zoomed = moved;

const D3View = z.object({ k: z.number() });
const VisView = z.object({ startMs: z.number(), endMs: z.number() });

/** The zoom of a view relative to the fitted one: d3's k, or the ratio of vis-timeline's window spans. */
function zoomFactor(fitted: unknown, view: unknown): number | null {
  const d3 = D3View.safeParse(view);
  if (d3.success) return d3.data.k;
  const a = VisView.safeParse(fitted);
  const b = VisView.safeParse(view);
  return a.success && b.success ? (a.data.endMs - a.data.startMs) / (b.data.endMs - b.data.startMs) : null;
}
