// Turns benchmark results into the printed tables: one per dataset size with Sourceline beside
// vis-timeline, their ratio and the targets, then the bundle and the verdicts at 100,000 events.
import type { BundleSize } from './bundle-size.ts';
import type { RunResult } from './measure-page.ts';
import { percentile } from './stats.ts';

export const FRAME_MS = 16.7;
/** A 60 Hz frame is 16.7 ms; headless Chromium's rAF timestamps jitter by a few tenths of a ms. */
export const FRAME_JITTER_MS = 1;
export const TARGET_SIZE = 100_000;
export const BUNDLE_BUDGET_BYTES = 120_000;

interface Target {
  readonly text: string;
  readonly pass: (value: number) => boolean;
}

interface Row {
  readonly label: string;
  readonly value: (run: RunResult) => number | null;
  readonly format: (value: number) => string;
  /** Ratios make no sense for counts that are often zero. */
  readonly ratio?: boolean;
  readonly target?: Target;
  /** For gesture figures: which gesture, series and percentile, to flag a gesture that stopped early
   *  and to compare two tools over the steps both completed. */
  readonly gesture?: { readonly name: 'zoom' | 'pan'; readonly series: 'intervalsMs' | 'stepsMs'; readonly p: 50 | 95 };
  /** Needs the app's marks: "no mark" when the build sets none. */
  readonly mark?: 'parsed' | 'ready';
}

const ms = (value: number) =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${Math.round(value).toLocaleString('en')} ms` : `${value.toFixed(1)} ms`;
const count = (value: number) => Math.round(value).toLocaleString('en');
const mb = (value: number) => `${value.toFixed(1)} MB`;

/** A figure of one gesture: a percentile of one of its per-step series. */
function gestureRow(name: 'zoom' | 'pan', series: 'intervalsMs' | 'stepsMs', p: 50 | 95, target?: Target): Row {
  const what = series === 'intervalsMs' ? 'frame interval' : 'main-thread time per step';
  return {
    label: `${name}: ${what}, ${p === 50 ? 'median' : 'p95'}`,
    gesture: { name, series, p },
    value: (run) => {
      const g = run[name];
      return g && g.stepsDone > 0 ? percentile(g.raw[series], p) : null;
    },
    format: ms,
    ...(target ? { target } : {}),
  };
}

const frameTarget: Target = { text: `≤ ${FRAME_MS} ms (+${FRAME_JITTER_MS} jitter)`, pass: (v) => v <= FRAME_MS + FRAME_JITTER_MS };
const stepTarget: Target = { text: `< ${FRAME_MS} ms`, pass: (v) => v < FRAME_MS };

/** No main-thread task over this while loading or using any file (issue 18): the longtask observer's own threshold. */
export const TASK_MS = 50;

/** The longest task that started during a gesture (or just after it); 0 when there was none, null when it did not run. */
const longestIn = (gesture: RunResult['zoom']): number | null =>
  gesture && gesture.stepsDone > 0 ? Math.max(0, ...gesture.longTasks.map((t) => t.durationMs)) : null;

export const ROWS: readonly Row[] = [
  { label: 'parse: navigation → parsed mark', mark: 'parsed', value: (r) => r.load?.parseMs ?? null, format: ms },
  { label: "  of it, navigation → worker's check done", mark: 'parsed', value: (r) => r.load?.checkedMs ?? null, format: ms },
  { label: '    of it, the worker decoding', mark: 'parsed', value: (r) => r.load?.workerStagesMs?.decode ?? null, format: ms },
  { label: '    of it, the worker parsing JSON', mark: 'parsed', value: (r) => r.load?.workerStagesMs?.parse ?? null, format: ms },
  { label: '    of it, the worker checking', mark: 'parsed', value: (r) => r.load?.workerStagesMs?.check ?? null, format: ms },
  { label: '    of it, the worker ordering, writing slices', mark: 'parsed', value: (r) => r.load?.workerStagesMs?.write ?? null, format: ms },
  { label: '  of it, slices received on the page', mark: 'parsed', value: (r) => r.load?.receivingMs ?? null, format: ms },
  { label: "bytes read → rendered mark (worker's fetch done)", mark: 'parsed', value: (r) => r.load?.bytesToRenderedMs ?? null, format: ms },
  {
    label: 'first render: parsed → rendered mark',
    mark: 'parsed',
    value: (r) => r.load?.firstRenderMs ?? null,
    format: ms,
    target: { text: '< 1.5 s', pass: (v) => v < 1500 },
  },
  { label: 'on screen: navigation → rendered frame done', mark: 'ready', value: (r) => r.load?.onScreenMs ?? null, format: ms },
  {
    label: 'longest main-thread task while loading',
    value: (r) => r.load?.longestTaskMs ?? null,
    format: ms,
    target: { text: `≤ ${TASK_MS} ms`, pass: (v) => v <= TASK_MS },
  },
  {
    label: 'tasks over 200 ms while loading',
    value: (r) => r.load?.tasksOver200 ?? null,
    format: count,
    ratio: false,
    target: { text: '0', pass: (v) => v === 0 },
  },
  gestureRow('zoom', 'intervalsMs', 50),
  gestureRow('zoom', 'intervalsMs', 95, frameTarget),
  gestureRow('zoom', 'stepsMs', 50),
  gestureRow('zoom', 'stepsMs', 95, stepTarget),
  gestureRow('pan', 'intervalsMs', 50),
  gestureRow('pan', 'intervalsMs', 95, frameTarget),
  gestureRow('pan', 'stepsMs', 50),
  gestureRow('pan', 'stepsMs', 95, stepTarget),
  { label: 'zoom: longest main-thread task', value: (r) => longestIn(r.zoom), format: ms, target: { text: `≤ ${TASK_MS} ms`, pass: (v) => v <= TASK_MS } },
  { label: 'pan: longest main-thread task', value: (r) => longestIn(r.pan), format: ms, target: { text: `≤ ${TASK_MS} ms`, pass: (v) => v <= TASK_MS } },
  { label: 'DOM elements after first render', value: (r) => r.load?.domAfterRender ?? null, format: count, target: { text: '< 3,000', pass: (v) => v < 3000 } },
  {
    label: 'DOM elements, max during gestures',
    value: (r) => {
      const counts = [r.zoom?.maxDom, r.pan?.maxDom].filter((n): n is number => typeof n === 'number');
      return counts.length > 0 ? Math.max(...counts) : null;
    },
    format: count,
    target: { text: '< 3,000', pass: (v) => v < 3000 },
  },
  { label: 'JS heap after load (after GC)', value: (r) => r.heapMb, format: mb },
];

function pad(text: string, width: number, right = false): string {
  const length = [...text].length;
  return length >= width ? text : right ? ' '.repeat(width - length) + text : text + ' '.repeat(width - length);
}

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, rightAligned[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A cell: the value, "—" when missing, and a dagger when its gesture stopped early. */
function cell(run: RunResult | undefined, row: Row): string {
  if (!run) return 'not run';
  const value = row.value(run);
  const noMark = row.mark !== undefined && run.marks[row.mark] === null;
  if (value === null) return noMark && run.load ? 'no mark' : run.status === 'ok' ? 'n/a' : '—';
  const partial = row.gesture ? run[row.gesture.name] : null;
  return (
    row.format(value) + (noMark ? ' *' : '') + (partial && partial.stepsDone < partial.stepsPlanned ? ` † ${partial.stepsDone}/${partial.stepsPlanned}` : '')
  );
}

const times = (r: number) => `${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;

/** Sourceline ÷ vis-timeline. A gesture that stopped early is compared over the steps both tools
 *  completed (the same zoom levels), marked ‡; when vis-timeline timed out loading, a bound. */
function ratio(app: RunResult | undefined, vis: RunResult | undefined, row: Row, loadTimeoutMs: number): string {
  if (!app || !vis || row.ratio === false) return '';
  const a = row.value(app);
  const v = row.value(vis);
  if (row.gesture && a !== null && v !== null) {
    const ga = app[row.gesture.name]!;
    const gv = vis[row.gesture.name]!;
    const common = Math.min(ga.stepsDone, gv.stepsDone);
    if (common < Math.max(ga.stepsDone, gv.stepsDone)) {
      const ca = percentile(ga.raw[row.gesture.series].slice(0, common), row.gesture.p);
      const cv = percentile(gv.raw[row.gesture.series].slice(0, common), row.gesture.p);
      return ca !== null && cv !== null && cv > 0 ? `${times(ca / cv)} ‡${common}` : '';
    }
  }
  if (a !== null && v !== null && v > 0) return times(a / v);
  if (a !== null && v === null && vis.status === 'timeout' && vis.load === null && row.label.startsWith('on screen'))
    return `< ${(a / loadTimeoutMs).toFixed(2)}×`;
  return '';
}

export function sizeTable(events: number, app: RunResult | undefined, vis: RunResult | undefined, loadTimeoutMs: number, what = ''): string {
  const header = ['', 'Sourceline', 'vis-timeline', 'SL ÷ vis', `target${events === TARGET_SIZE ? '' : ' (at 100k)'}`, 'Sourceline'];
  const rows = ROWS.map((row) => {
    const value = app ? row.value(app) : null;
    const verdict = row.target && value !== null ? (row.target.pass(value) ? 'PASS' : 'FAIL') : '';
    const visCell = vis && vis.status === 'timeout' && vis.load === null && row.label.startsWith('on screen') ? `> ${ms(loadTimeoutMs)}` : cell(vis, row);
    return [row.label, cell(app, row), visCell, ratio(app, vis, row, loadTimeoutMs), row.target?.text ?? '', verdict];
  });
  const lines = [
    `── ${events.toLocaleString('en')} events${what ? ` ${what}` : ''} ${'─'.repeat(70)}`,
    table(header, rows, [false, true, true, true, false, false]),
  ];
  for (const run of [app, vis]) {
    if (!run) continue;
    const name = run.tool === 'sourceline' ? 'Sourceline' : 'vis-timeline';
    const status = run.status === 'ok' ? '' : run.status === 'timeout' ? 'TIMED OUT: ' : 'ERROR: ';
    if (run.message) lines.push(`  ${name}: ${status}${run.message}`);
    if (run.pageErrors.length > 0) lines.push(`  ${name}: ${run.pageErrors.length} page error(s), first: ${run.pageErrors[0]!.slice(0, 200)}`);
    if (run.pan?.driver && run.tool === 'vis' && run.pan.driver.startsWith('timeline.setWindow')) lines.push(`  vis-timeline pan driver: ${run.pan.driver}`);
    if (run.panZoom !== null && Math.abs(run.panZoom / 16 - 1) > 0.1)
      lines.push(`  ${name}: panned at ×${run.panZoom.toFixed(1)} of the fitted view (planned ×16: zooming there ran out of time)`);
    if (run.otherCores !== null && run.otherCores > 0.25)
      lines.push(`  ${name}: other processes used ${run.otherCores.toFixed(1)} cores on average during this run: its figures are inflated`);
    if (run.idle && run.idle.stepsDone > 0)
      lines.push(
        `  ${name}: idle frames (no input) interval median ${ms(run.idle.interval.medianMs!)}, p95 ${ms(run.idle.interval.p95Ms!)}; harness overhead per step ${ms(run.idle.step.medianMs!)}; run took ${(run.wallMs / 1000).toFixed(0)} s`,
      );
    else lines.push(`  ${name}: run took ${(run.wallMs / 1000).toFixed(0)} s`);
  }
  return lines.join('\n');
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function bundleTable(bundle: BundleSize, visBytes: { rawBytes: number; gzipBytes: number } | null, fetched: ReadonlySet<string> | null): string {
  const rows = bundle.files.map((f) => {
    const atStart = bundle.startup.files.includes(f.file) ? ', at start' : f.kind === 'css' ? '' : ', lazy';
    const seen =
      fetched === null || f.kind === 'css' ? '' : fetched.has(f.file.slice(f.file.lastIndexOf('/') + 1)) ? ', fetched' : ', not fetched in these runs';
    return [`${f.file} (${f.kind}${atStart}${seen})`, kb(f.rawBytes), kb(f.gzipBytes), '', ''];
  });
  const startup = bundle.startup;
  const pass = startup.gzipBytes < BUNDLE_BUDGET_BYTES;
  rows.push([
    'JS loaded before the first drawing (entry, worker, their static imports)',
    kb(startup.rawBytes),
    kb(startup.gzipBytes),
    `< ${kb(BUNDLE_BUDGET_BYTES)} gz`,
    pass ? 'PASS' : 'FAIL',
  ]);
  rows.push(['JS total (entry + workers + every lazy chunk)', kb(bundle.jsRawBytes), kb(bundle.jsGzipBytes), '', '']);
  if (fetched !== null) {
    const loaded = bundle.files.filter((f) => f.kind !== 'css' && fetched.has(f.file.slice(f.file.lastIndexOf('/') + 1)));
    const gz = loaded.reduce((sum, f) => sum + f.gzipBytes, 0);
    const raw = loaded.reduce((sum, f) => sum + f.rawBytes, 0);
    rows.push(['JS the page fetched in these runs (lazy chunks included)', kb(raw), kb(gz), '', '']);
  }
  rows.push(['CSS total', '', kb(bundle.cssGzipBytes), '', '']);
  if (visBytes) rows.push(['vis-timeline standalone min.js (JS + CSS), for reference', kb(visBytes.rawBytes), kb(visBytes.gzipBytes), '', '']);
  return [
    '── Production bundle (kB = 1,000 bytes; gzip level 9; source maps not counted) ' + '─'.repeat(10),
    table(['file', 'raw', 'gzip', 'target', ''], rows, [false, true, true, false, false]),
  ].join('\n');
}

export interface Verdict {
  readonly target: string;
  readonly value: string;
  readonly pass: boolean | null;
}

export function verdicts(app100k: RunResult | undefined, bundle: BundleSize | null): Verdict[] {
  const pick = (label: string) => ROWS.find((r) => r.label === label)!;
  const check = (target: string, rows: Row[]): Verdict => {
    if (!app100k) return { target, value: `${TARGET_SIZE.toLocaleString('en')} events not run`, pass: null };
    const values = rows.map((r) => ({ r, v: r.value(app100k) }));
    if (rows.some((r) => r.mark !== undefined && app100k.marks[r.mark] === null) && values.some(({ v }) => v === null)) {
      const onScreen = app100k.load?.onScreenMs;
      const bound = onScreen == null ? '' : `; navigation → first event drawn took ${ms(onScreen)}`;
      return { target, value: `needs the 'sourceline:parsed' and 'sourceline:rendered' marks, not in this build${bound}`, pass: null };
    }
    if (values.some(({ v }) => v === null))
      return { target, value: `not measured (${app100k.status}${app100k.message ? `: ${app100k.message}` : ''})`, pass: false };
    return {
      target,
      value: values.map(({ r, v }) => `${r.label.replace(/^(zoom|pan): /, '$1 ')} ${r.format(v!)}`).join('; '),
      pass: values.every(({ r, v }) => r.target!.pass(v!)),
    };
  };
  return [
    check('first render < 1.5 s after parse', [pick('first render: parsed → rendered mark')]),
    check(`p95 frame ≤ ${FRAME_MS} ms (+${FRAME_JITTER_MS} ms jitter) zooming and panning`, [
      pick('zoom: frame interval, p95'),
      pick('pan: frame interval, p95'),
    ]),
    check(`p95 main-thread time per step < ${FRAME_MS} ms zooming and panning`, [
      pick('zoom: main-thread time per step, p95'),
      pick('pan: main-thread time per step, p95'),
    ]),
    check('< 3,000 DOM elements', [pick('DOM elements after first render'), pick('DOM elements, max during gestures')]),
    check(`no main-thread task over ${TASK_MS} ms while loading, zooming or panning`, [
      pick('longest main-thread task while loading'),
      pick('zoom: longest main-thread task'),
      pick('pan: longest main-thread task'),
    ]),
    bundle
      ? {
          target: `bundle JS < ${kb(BUNDLE_BUDGET_BYTES)} gzipped`,
          value: `${kb(bundle.startup.gzipBytes)} before the first drawing (${kb(bundle.jsGzipBytes)} with every lazy chunk)`,
          pass: bundle.startup.gzipBytes < BUNDLE_BUDGET_BYTES,
        }
      : { target: `bundle JS < ${kb(BUNDLE_BUDGET_BYTES)} gzipped`, value: 'not measured', pass: null },
  ];
}

export function verdictTable(list: readonly Verdict[]): string {
  const rows = list.map((v) => [v.target, v.value, v.pass === null ? '—' : v.pass ? 'PASS' : 'FAIL']);
  return [
    `── Targets for Sourceline at ${TARGET_SIZE.toLocaleString('en')} events ` + '─'.repeat(40),
    table(['target', 'measured', ''], rows, [false, false, false]),
  ].join('\n');
}

export const LEGEND = `How to read this (bench/README.md has the details):
  parse         navigation start → performance.mark('sourceline:parsed') (vis: 'vis:parsed' = fetched, JSON.parse'd, DataSets built)
                of it: the worker's fetch, parse and check ('sourceline:checked'), then its slices received on the page ('sourceline:received');
                the worker's stages from the marks of their replies ('sourceline:decoding', …parsing, …checking, …indexing)
  bytes read    the worker's fetch has read the body's last byte ('sourceline:fetched') → 'sourceline:rendered'
  first render  'sourceline:parsed' → 'sourceline:rendered' (vis: 'vis:parsed' → onInitialDrawComplete)
  on screen     navigation start → end of the first frame after the rendered mark (rAF, then a MessageChannel task)
  long tasks    PerformanceObserver('longtask') from before the first script, up to "on screen"
  frame interval  rAF timestamp → next rAF timestamp while one synthetic event is dispatched per frame
                  (16.7 ms = every frame made it; 33.3 ms = one frame dropped)
  main-thread time per step  dispatch (at the start of the frame, as Chromium dispatches real input) → end of
                  that frame's style/layout/paint, plus rAF work the tool deferred to the next frame
  zoom          60 wheel steps in (×1.149 each, ×4,096 in all) then 60 out, at the chart's centre
  pan           after zooming in 20 steps (~16×): drag 60 × 10 px left then 60 × 10 px right
  SL ÷ vis      Sourceline's figure divided by vis-timeline's (below 1: Sourceline is lower)
  † n/m         the gesture ran out of its time budget after n of m steps (its figures cover those steps)
  ‡k            ratio over the first k steps both tools completed, so both are compared at the same zoom levels
  *             the app set no 'sourceline:rendered' mark: the moment its first [data-event-id] element was added`;

/** The map's steps may take this many times the idle frame interval (the floor of this harness). */
export const MAP_FLOOR_FACTOR = 1.3;
/** No main-thread task longer than this while the map is zoomed or panned. */
export const MAP_TASK_MS = 50;

/** The map at 100,000 placed events: frame intervals beside the idle floor, long tasks, DOM. */
export function mapTable(run: RunResult): { text: string; verdicts: Verdict[] } {
  const idle = run.idle;
  const floor = (p: 50 | 95) => (idle && idle.stepsDone > 0 ? percentile(idle.raw.intervalsMs, p) : null);
  const of = (name: 'zoom' | 'pan', series: 'intervalsMs' | 'stepsMs', p: 50 | 95) => {
    const g = run[name];
    return g && g.stepsDone > 0 ? percentile(g.raw[series], p) : null;
  };
  const longest = (name: 'zoom' | 'pan') => {
    const g = run[name];
    return g ? Math.max(0, ...g.longTasks.map((t) => t.durationMs)) : null;
  };
  const show = (v: number | null) => (v === null ? 'n/a' : ms(v));
  const ratio = (v: number | null, f: number | null) => (v !== null && f !== null && f > 0 ? times(v / f) : '');
  const rows: string[][] = [
    ['idle frames (the floor): frame interval, median / p95', `${show(floor(50))} / ${show(floor(95))}`, '', ''],
    ...(['zoom', 'pan'] as const).flatMap((name) => [
      [
        `${name}: frame interval, median / p95`,
        `${show(of(name, 'intervalsMs', 50))} / ${show(of(name, 'intervalsMs', 95))}`,
        `${ratio(of(name, 'intervalsMs', 50), floor(50))} / ${ratio(of(name, 'intervalsMs', 95), floor(95))}`,
        `≤ ${MAP_FLOOR_FACTOR}× the floor`,
      ],
      [`${name}: main-thread time per step, median / p95`, `${show(of(name, 'stepsMs', 50))} / ${show(of(name, 'stepsMs', 95))}`, '', ''],
      [`${name}: longest main-thread task`, show(longest(name)), '', `≤ ${MAP_TASK_MS} ms`],
    ]),
    ['on screen: navigation → map drawn with its markers', show(run.load?.onScreenMs ?? null), '', ''],
    ['longest main-thread task while loading (page, timeline and map)', show(run.load?.longestTaskMs ?? null), '', ''],
    [
      'DOM elements, map drawn / most while zooming and panning',
      `${run.load?.domAfterRender ?? 'n/a'} / ${Math.max(run.zoom?.maxDom ?? 0, run.pan?.maxDom ?? 0) || 'n/a'}`,
      '',
      '< 3,000',
    ],
  ];
  const zoomP95 = of('zoom', 'intervalsMs', 95);
  const panP95 = of('pan', 'intervalsMs', 95);
  const f95 = floor(95);
  const tasks = [longest('zoom'), longest('pan')];
  const dom = Math.max(run.load?.domAfterRender ?? 0, run.zoom?.maxDom ?? 0, run.pan?.maxDom ?? 0);
  const verdicts: Verdict[] = [
    {
      target: `map: p95 frame interval zooming and panning ≤ ${MAP_FLOOR_FACTOR}× the idle floor`,
      value: `zoom ${show(zoomP95)}, pan ${show(panP95)}; floor ${show(f95)}`,
      pass: zoomP95 === null || panP95 === null || f95 === null ? false : zoomP95 <= MAP_FLOOR_FACTOR * f95 && panP95 <= MAP_FLOOR_FACTOR * f95,
    },
    {
      target: `map: no main-thread task over ${MAP_TASK_MS} ms while zooming and panning`,
      value: `longest ${show(tasks[0] ?? null)} zooming, ${show(tasks[1] ?? null)} panning`,
      pass: tasks.every((t) => t !== null && t <= MAP_TASK_MS),
    },
    { target: 'map: < 3,000 DOM elements', value: String(dom), pass: dom > 0 && dom < 3000 },
  ];
  const notes: string[] = [];
  if (run.message) notes.push(`  map: ${run.status === 'ok' ? '' : `${run.status.toUpperCase()}: `}${run.message}`);
  if (run.pageErrors.length > 0) notes.push(`  map: ${run.pageErrors.length} page error(s), first: ${run.pageErrors[0]!.slice(0, 200)}`);
  if (run.otherCores !== null && run.otherCores > 0.25)
    notes.push(`  map: other processes used ${run.otherCores.toFixed(1)} cores on average during this run: its figures are inflated`);
  const text = [
    `── The map, ${run.events.toLocaleString('en')} events with coordinates (?view=map) ${'─'.repeat(30)}`,
    table(['', 'Sourceline', '÷ floor', 'target'], rows, [false, true, true, false]),
    ...notes,
  ].join('\n');
  return { text, verdicts };
}
