// `npm run bench`: builds the app, serves it with seeded synthetic datasets and a vis-timeline page
// on 127.0.0.1, measures both in headless Chromium at each size, prints the tables and writes
// bench/results/latest.json. Options: --sizes 1000,10000  --skip-vis  --skip-build  --dist DIR
// --timeout S (load, per tool per size)  --gesture-timeout S (per gesture)  --seed N
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { bundleMentions, gzipBytes, measureBundle, type BundleSize } from './bundle-size.ts';
import { cpuSnapshot, otherCores } from './machine-load.ts';
import { measureEditing, type EditResult } from './measure-edit.ts';
import { measureRun, VIEWPORT, type RunResult, type RunSpec } from './measure-page.ts';
import { measureStartup, startupTable, type StartupResult } from './measure-startup.ts';
import { bundleTable, LEGEND, mapTable, sizeTable, TARGET_SIZE, verdicts, verdictTable, type Verdict } from './report.ts';
import { startStaticServer } from './server.ts';
import { syntheticGraph } from './synthetic.ts';
import { flatParquet } from './synthetic-parquet.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
/** The bench builds into its own folder, so a concurrent `npm run build` or e2e run never shares dist/ with it. */
const BENCH_DIST = join(ROOT, 'node_modules', '.cache', 'sourceline-bench', 'dist');
const VIS_BUILD = join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd');
const VIS_SCRIPT = 'vis-timeline-graph2d.min.js';
const MARKS = { parsed: 'sourceline:parsed', rendered: 'sourceline:rendered', mapDrawn: 'sourceline:map-drawn' } as const;

const USAGE = `usage: npm run bench -- [--sizes 1000,10000,100000,300000,1000000] [--skip-vis] [--vis-max-size 100000] [--skip-map] [--map-size 100000]
                          [--parquet-size 1000000] [--skip-build] [--dist DIR] [--timeout 120] [--gesture-timeout 30] [--seed 20250218] [--query lens=2014-01..2014-03] [--minute-dates]
  --sizes            dataset sizes (events), comma-separated
  --skip-vis         measure Sourceline only
  --vis-max-size N   measure vis-timeline only up to N events (100,000: beyond, it cannot load within the timeout)
  --parquet-size N   events in the Parquet run (the same chronology as flat Parquet columns); 0 leaves it out
  --skip-map         leave out the map run (?view=map on synthetic events with coordinates)
  --map-size N       events in the map run (100,000)
  --skip-build       reuse the bench's last build (${BENCH_DIST})
  --dist DIR         measure an existing build instead of building (e.g. --dist dist)
  --timeout S        seconds a page may take to load, per tool per size; past it the run is "timed out"
  --gesture-timeout S  seconds each gesture (zoom, pan) may run; past it, it stops and reports the steps done
  --skip-edit        do not measure editing (measured at every size up to 10,000 events)
  --query Q          more settings for Sourceline's timeline runs, as a link writes them (e.g. lens=2014-01..2014-03)
  --skip-startup     do not measure start-up (the default story, 1,000 events and an empty page, cold)
  --startup-only     measure start-up only
  --startup-runs N   cold loads per start-up figure (3)
  --minute-dates     date the timeline runs' events to the minute, not the day (no two share a date)`;

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000,300000,1000000' },
      'skip-vis': { type: 'boolean', default: false },
      'vis-max-size': { type: 'string', default: '100000' },
      'parquet-size': { type: 'string', default: '1000000' },
      'skip-map': { type: 'boolean', default: false },
      'map-size': { type: 'string', default: String(TARGET_SIZE) },
      'skip-build': { type: 'boolean', default: false },
      dist: { type: 'string' },
      timeout: { type: 'string', default: '120' },
      'gesture-timeout': { type: 'string', default: '30' },
      seed: { type: 'string', default: '20250218' },
      'skip-edit': { type: 'boolean', default: false },
      query: { type: 'string', default: '' },
      'skip-startup': { type: 'boolean', default: false },
      'minute-dates': { type: 'boolean', default: false },
      'startup-only': { type: 'boolean', default: false },
      'startup-runs': { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"\n${USAGE}`);
    return n;
  };
  return {
    sizes: values.sizes.split(',').map((s) => number('sizes', s.trim().replace(/_/g, ''), 1)),
    skipVis: values['skip-vis'],
    visMaxSize: number('vis-max-size', values['vis-max-size'].replace(/_/g, ''), 0),
    parquetSize: number('parquet-size', values['parquet-size'].replace(/_/g, ''), 0),
    skipMap: values['skip-map'],
    mapSize: number('map-size', values['map-size'].replace(/_/g, ''), 1),
    skipBuild: values['skip-build'] || values.dist !== undefined,
    dist: values.dist === undefined ? BENCH_DIST : resolve(values.dist),
    loadTimeoutMs: number('timeout', values.timeout, 1) * 1000,
    gestureBudgetMs: number('gesture-timeout', values['gesture-timeout'], 1) * 1000,
    seed: number('seed', values.seed, 0),
    skipEdit: values['skip-edit'],
    query: values.query.replace(/^[?&]/, ''),
    skipStartup: values['skip-startup'],
    minuteDates: values['minute-dates'],
    startupOnly: values['startup-only'],
    startupRuns: number('startup-runs', values['startup-runs'], 1),
  };
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} + uncommitted changes in src/` : commit;
  } catch {
    return null;
  }
}

/** A load may take longer the larger the file: at least `base`, and 0.3 ms an event (300 s for a million). */
const loadTimeoutFor = (events: number, base: number) => Math.max(base, events * 0.3);

const ms = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(0)} ms`);

/** Edit → the frame that shows it, per size: median / p95 (target: p95 < 50 ms at 10,000 events). */
function editTable(edits: readonly EditResult[]): string {
  const rows = edits.map((e) =>
    e.status === 'ok'
      ? `| ${e.events.toLocaleString('en')} | ${ms(e.move?.medianMs)} / ${ms(e.move?.p95Ms)} | ${ms(e.moveCpu?.medianMs)} / ${ms(e.moveCpu?.p95Ms)} | ${ms(e.form?.medianMs)} / ${ms(e.form?.p95Ms)} | ${ms(e.formCpu?.medianMs)} / ${ms(e.formCpu?.p95Ms)} | ${ms(e.longestTaskMs)} |`
      : `| ${e.events.toLocaleString('en')} | failed: ${e.message ?? ''} | | | | |`,
  );
  return [
    'Editing: an edit applied, checked and redrawn (input → end of the frame showing it), median / p95; CPU: the main thread’s CPU time around each edit',
    '',
    '| events | move a mark (Alt+→) | its main-thread CPU | change a title (form) | its main-thread CPU | longest task |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

async function main() {
  const started = Date.now();
  const opts = options();
  const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

  if (!opts.skipBuild) {
    log(`building the app (vite build → ${BENCH_DIST})`);
    try {
      await build({ root: ROOT, logLevel: 'error', build: { outDir: BENCH_DIST, emptyOutDir: true } });
      // As npm run build does: the default story's first drawing into index.html (server rendering).
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'site.ts'), '--default', BENCH_DIST], { cwd: ROOT, stdio: 'inherit' });
    } catch (error) {
      throw new Error(`vite build failed (above). Fix the source, or measure an existing build: --skip-build (the bench's last one) or --dist dist`, {
        cause: error,
      });
    }
  }
  if (!existsSync(join(opts.dist, 'index.html')))
    throw new Error(`no build at ${opts.dist}: run without --skip-build, or give --dist a folder with index.html (npm run build makes dist/)`);
  const bundle: BundleSize = measureBundle(opts.dist);
  const found = bundleMentions(opts.dist, [MARKS.parsed, MARKS.rendered, MARKS.mapDrawn]);
  const visScript = join(VIS_BUILD, VIS_SCRIPT);
  if (!opts.skipVis && !existsSync(visScript)) throw new Error(`${visScript} is missing: run npm install (vis-timeline is a devDependency)`);
  const visBytes = existsSync(visScript) ? readFileSync(visScript) : null;

  const browserVersion = await (async () => {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    const version = browser.version();
    await browser.close();
    return version;
  })();

  const dataDir = mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
  const server = await startStaticServer({ '/': opts.dist, '/__bench/data/': dataDir, '/__bench/vendor/': VIS_BUILD, '/__bench/': BENCH });
  const runs: RunResult[] = [];
  const edits: EditResult[] = [];
  const tables: string[] = [];
  const mapVerdicts: Verdict[] = [];
  const startup: StartupResult[] = [];
  try {
    log(
      `Chromium ${browserVersion} (${chromiumExecutable()}), ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), serving on ${server.origin}`,
    );
    log(
      found[MARKS.parsed] && found[MARKS.rendered]
        ? `the build sets '${MARKS.parsed}' and '${MARKS.rendered}': parse and first render come from those marks`
        : `the build does NOT set ${[MARKS.parsed, MARKS.rendered]
            .filter((m) => !found[m])
            .map((m) => `'${m}'`)
            .join(' or ')}: ` + `${found[MARKS.parsed] ? '' : 'parse is n/a; '}the rendered moment is the first [data-event-id] element in the DOM (fallback)`,
    );
    if (!opts.skipStartup) {
      // Start-up, cold, beside an empty page served by the same server.
      const file = 'synthetic-1000.json';
      writeFileSync(join(dataDir, file), JSON.stringify(syntheticGraph(1000, opts.seed)));
      const cases = [
        { name: 'empty page (no app)', url: `${server.origin}/__bench/empty.html`, app: false },
        { name: 'default story (25 events)', url: `${server.origin}/`, app: true },
        { name: '1,000 events (?src=)', url: `${server.origin}/?src=__bench/data/${file}`, app: true },
      ];
      for (const spec of cases) {
        log(`start-up: ${spec.name}, ${opts.startupRuns} cold loads…`);
        const result = await measureStartup(spec, opts.startupRuns);
        log(`  first drawing ${result.median.firstDrawingMs?.toFixed(0) ?? 'n/a'} ms, ready ${result.median.readyMs?.toFixed(0) ?? 'n/a'} ms`);
        startup.push(result);
      }
    }
    for (const events of opts.startupOnly ? [] : opts.sizes) {
      const file = `synthetic-${events}.json`;
      writeFileSync(join(dataDir, file), JSON.stringify(syntheticGraph(events, opts.seed, { minutes: opts.minuteDates })));
      const common = { events, loadTimeoutMs: loadTimeoutFor(events, opts.loadTimeoutMs), gestureBudgetMs: opts.gestureBudgetMs };
      const specs: RunSpec[] = [
        {
          ...common,
          tool: 'sourceline',
          url: `${server.origin}/?src=__bench/data/${file}${opts.query ? `&${opts.query}` : ''}`,
          parsedMark: found[MARKS.parsed] ? MARKS.parsed : null,
          readyMark: found[MARKS.rendered] ? MARKS.rendered : null,
        },
      ];
      if (!opts.skipVis && events <= opts.visMaxSize)
        specs.push({ ...common, tool: 'vis', url: `${server.origin}/__bench/vis.html?src=data/${file}`, parsedMark: 'vis:parsed', readyMark: 'vis:rendered' });
      const results: Partial<Record<RunSpec['tool'], RunResult>> = {};
      for (const spec of specs) {
        log(`${spec.tool === 'vis' ? 'vis-timeline' : 'Sourceline'}, ${events.toLocaleString('en')} events…`);
        const cpuBefore = cpuSnapshot();
        let cpuAfter = cpuBefore;
        const measured = await measureRun({ ...spec, beforeClose: () => (cpuAfter = cpuSnapshot()) });
        const result: RunResult = { ...measured, otherCores: otherCores(cpuBefore, cpuAfter) };
        log(`  ${result.status}${result.message ? ` (${result.message})` : ''} in ${(result.wallMs / 1000).toFixed(0)} s`);
        results[spec.tool] = result;
        runs.push(result);
      }
      tables.push(sizeTable(events, results.sourceline, results.vis, common.loadTimeoutMs));
      if (!opts.skipEdit && events <= 10_000) {
        log(`Sourceline, editing ${events.toLocaleString('en')} events…`);
        const edit = await measureEditing(`${server.origin}/?src=__bench/data/${file}&edit`, events);
        log(`  ${edit.status}${edit.message ? ` (${edit.message})` : ''}`);
        edits.push(edit);
      }
      rmSync(join(dataDir, file), { force: true });
    }
    if (opts.parquetSize > 0 && !opts.startupOnly) {
      // The same chronology as Parquet (flat columns, one row per event), read in the worker with hyparquet.
      const events = opts.parquetSize;
      const file = `synthetic-${events}.parquet`;
      writeFileSync(join(dataDir, file), new Uint8Array(flatParquet(syntheticGraph(events, opts.seed))));
      log(`Sourceline, ${events.toLocaleString('en')} events from Parquet…`);
      const cpuBefore = cpuSnapshot();
      let cpuAfter = cpuBefore;
      const measured = await measureRun({
        tool: 'sourceline',
        events,
        url: `${server.origin}/?src=__bench/data/${file}`,
        parsedMark: found[MARKS.parsed] ? MARKS.parsed : null,
        readyMark: found[MARKS.rendered] ? MARKS.rendered : null,
        loadTimeoutMs: loadTimeoutFor(events, opts.loadTimeoutMs),
        gestureBudgetMs: opts.gestureBudgetMs,
        beforeClose: () => (cpuAfter = cpuSnapshot()),
      });
      const result: RunResult = { ...measured, format: 'parquet', otherCores: otherCores(cpuBefore, cpuAfter) };
      log(`  ${result.status}${result.message ? ` (${result.message})` : ''} in ${(result.wallMs / 1000).toFixed(0)} s`);
      runs.push(result);
      tables.push(
        sizeTable(events, result, undefined, result.status === 'timeout' ? loadTimeoutFor(events, opts.loadTimeoutMs) : opts.loadTimeoutMs, 'from Parquet'),
      );
      rmSync(join(dataDir, file), { force: true });
    }
    if (!opts.skipMap && !opts.startupOnly) {
      // The map: the same gestures on ?view=map, every event placed near one of 60 cities.
      const events = opts.mapSize;
      const file = `synthetic-map-${events}.json`;
      writeFileSync(join(dataDir, file), JSON.stringify(syntheticGraph(events, opts.seed, { coordinates: true })));
      log(`Sourceline's map, ${events.toLocaleString('en')} events with coordinates…`);
      const cpuBefore = cpuSnapshot();
      let cpuAfter = cpuBefore;
      const measured = await measureRun({
        tool: 'sourceline-map',
        events,
        url: `${server.origin}/?src=__bench/data/${file}&view=map`,
        parsedMark: found[MARKS.parsed] ? MARKS.parsed : null,
        readyMark: found[MARKS.mapDrawn] ? MARKS.mapDrawn : null,
        loadTimeoutMs: opts.loadTimeoutMs,
        gestureBudgetMs: opts.gestureBudgetMs,
        beforeClose: () => (cpuAfter = cpuSnapshot()),
      });
      const result: RunResult = { ...measured, otherCores: otherCores(cpuBefore, cpuAfter) };
      log(`  ${result.status}${result.message ? ` (${result.message})` : ''} in ${(result.wallMs / 1000).toFixed(0)} s`);
      runs.push(result);
      const map = mapTable(result);
      tables.push(map.text);
      mapVerdicts.push(...map.verdicts);
      rmSync(join(dataDir, file), { force: true });
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const app100k = runs.find((r) => r.tool === 'sourceline' && r.events === TARGET_SIZE && r.format === undefined);
  const verdictList = [...verdicts(app100k, bundle), ...mapVerdicts];
  const visGzip = visBytes ? { rawBytes: visBytes.length, gzipBytes: gzipBytes(visBytes) } : null;
  const wallMs = Date.now() - started;

  console.log('');
  console.log(
    `Sourceline benchmark — ${new Date(started).toISOString()}, commit ${gitCommit() ?? 'unknown'}, Chromium ${browserVersion} headless, ` +
      `${VIEWPORT.width}×${VIEWPORT.height}, ${availableParallelism()} cores, one run per figure, seed ${opts.seed}`,
  );
  console.log(`Marks: ${found[MARKS.parsed] && found[MARKS.rendered] ? 'from the app' : "fallback ('sourceline:*' marks not in this build)"}.`);
  const busy = runs.filter((r) => r.otherCores !== null && r.otherCores > 0.25);
  if (busy.length > 0)
    console.log(
      `Other processes were using the CPU during ${busy.length} of ${runs.length} runs (up to ${Math.max(...busy.map((r) => r.otherCores!)).toFixed(1)} of ${availableParallelism()} cores): those figures are inflated; see each table's notes.`,
    );
  console.log('');
  if (startup.length > 0) console.log(startupTable(startup, opts.startupRuns) + '\n');
  for (const t of tables) console.log(t + '\n');
  if (edits.length > 0) console.log(editTable(edits) + '\n');
  const appRuns = runs.filter((r) => r.tool === 'sourceline' && r.load !== null);
  console.log(bundleTable(bundle, visGzip, appRuns.length > 0 ? new Set(appRuns.flatMap((r) => r.scriptsFetched)) : null) + '\n');
  console.log(verdictTable(verdictList) + '\n');
  console.log(LEGEND + '\n');
  console.log(`Total ${(wallMs / 1000).toFixed(0)} s.`);

  const out = join(BENCH, 'results', 'latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        startedAt: new Date(started).toISOString(),
        wallMs,
        commit: gitCommit(),
        environment: { chromium: browserVersion, node: process.version, cores: availableParallelism(), cpu: cpus()[0]?.model ?? null, viewport: VIEWPORT },
        options: opts,
        marks: { ...found, mode: found[MARKS.parsed] && found[MARKS.rendered] ? 'marks' : 'fallback: first [data-event-id]' },
        bundle,
        visBundle: visGzip,
        runs,
        edits,
        startup,
        verdicts: verdictList,
      },
      null,
      2,
    ),
  );
  console.log(`Wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
