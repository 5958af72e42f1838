// Not part of the bench: the parse worker's work on a large file, in Node (no browser), stage by stage.
// npx tsx bench/profile-parse-job.ts [--sizes 100000,300000,1000000] [--parquet 1000000] [--repeat 2] [--profile] [--days]
//
// Writes the synthetic chronology (synthetic.ts; its events dated 13 minutes apart as in
// e2e/million-events.spec.ts, or by day as `npm run bench` writes them with --days) once to
// node_modules/.cache/sourceline-bench/parse-job/, then runs parseJob over each file's bytes in a
// fresh Node process per run (so that one run's garbage and peak memory are its own), and prints per
// stage the wall-clock and CPU time (the process's, every thread: the garbage collector's helpers
// count) and the peak RSS. With --profile, one more run per file takes a CPU profile and prints the
// functions that took the time (self and inclusive); the profile is left beside the data.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { readProfile, topLines, type CpuProfile } from './cpu-profile.ts';
import type { RunResult } from './parse-job-run.ts';

const CACHE = resolve('node_modules/.cache/sourceline-bench/parse-job');
const SCRIPT = resolve(import.meta.dirname, 'profile-parse-job.ts');

/** The data file for a size, written once (a fresh process: generating a million events takes its own memory). */
function dataFile(kind: 'json' | 'parquet', events: number, days: boolean): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `synthetic-${events}${kind === 'json' && !days ? '-minutes' : ''}.${kind}`);
  if (!existsSync(file)) {
    console.error(`writing ${file}…`);
    execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, '--write', file, '--events', String(events), ...(days ? ['--days'] : [])], {
      stdio: 'inherit',
    });
  }
  return file;
}

async function write(file: string, events: number, days: boolean): Promise<void> {
  const { syntheticGraph } = await import('./synthetic.ts');
  const graph = syntheticGraph(events);
  if (file.endsWith('.parquet')) {
    const { flatParquet } = await import('./synthetic-parquet.ts');
    writeFileSync(file, new Uint8Array(flatParquet(graph)));
    return;
  }
  if (days) {
    writeFileSync(file, JSON.stringify(graph));
    return;
  }
  // As e2e/million-events.spec.ts writes it: events 13 minutes apart from 2000, no ends.
  const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  const events13 = graph.events.map(({ end: _end, ...event }, i) => ({ ...event, start: minute(Date.UTC(2000, 0, 1) + i * 13 * 60_000) }));
  writeFileSync(file, JSON.stringify({ ...graph, events: events13 }));
}

const f0 = (n: number) => n.toFixed(0);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

function report(file: string, runs: readonly RunResult[]): void {
  const sizeMb = readFileSync(file).length / 2 ** 20;
  console.log(`\n## ${file.split('/').pop()} (${sizeMb.toFixed(0)} MB): ${runs[0]!.outcome}`);
  console.log(`${runs[0]!.slices} slices, ${runs[0]!.sliceMb.toFixed(0)} MB of JSON text (UTF-16)`);
  const names = runs[0]!.stages.map((s) => s.stage);
  console.log(`| stage | wall ms (runs) | CPU ms (runs) |\n|---|---|---|`);
  for (const name of names) {
    const of = (key: 'wallMs' | 'cpuMs') => runs.map((r) => f0(r.stages.find((s) => s.stage === name)?.[key] ?? NaN)).join(' / ');
    console.log(`| ${name} | ${of('wallMs')} | ${of('cpuMs')} |`);
  }
  console.log(`| **total** | ${runs.map((r) => f0(r.totalWallMs)).join(' / ')} | ${runs.map((r) => f0(r.totalCpuMs)).join(' / ')} |`);
  console.log(
    `median total: ${f0(median(runs.map((r) => r.totalWallMs)))} ms wall, ${f0(median(runs.map((r) => r.totalCpuMs)))} ms CPU; peak RSS ${runs.map((r) => f0(r.peakRssMb)).join(' / ')} MB`,
  );
}

function printProfile(path: string, rows: number): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const { self, inclusive } = readProfile(profile).times();
  console.log(`--- self (ms), ${path}\n${topLines(self, rows)}`);
  console.log(`--- inclusive (ms)\n${topLines(inclusive, rows)}`);
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,300000,1000000' },
    parquet: { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '2' },
    profile: { type: 'boolean', default: false },
    days: { type: 'boolean', default: false },
    top: { type: 'string', default: '30' },
    // A runner bundled from another checkout, to compare with (see bench/README.md).
    runner: { type: 'string' },
    // Internal: one run, or writing a data file, in a child process.
    write: { type: 'string' },
    events: { type: 'string' },
  },
});

if (values.write) await write(values.write, Number(values.events), values.days);
else {
  console.log(`load: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  const files = [
    ...values.sizes
      .split(',')
      .filter(Boolean)
      .map((n) => dataFile('json', Number(n.replace(/_/g, '')), values.days)),
    ...(Number(values.parquet) > 0 ? [dataFile('parquet', Number(values.parquet), true)] : []),
  ];
  // parse-job-run.ts bundled as Vite bundles the worker (esbuild, which tsx runs on, is always installed with it).
  const runner = values.runner ?? join(CACHE, 'parse-job-run.mjs');
  if (!values.runner)
    await build({
      entryPoints: [resolve(import.meta.dirname, 'parse-job-run.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: runner,
      logLevel: 'warning',
    });
  for (const file of files) {
    const run = (profileTo?: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['--max-old-space-size=8192', runner, file, ...(profileTo ? [profileTo] : [])], {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
          stdio: ['ignore', 'pipe', 'inherit'],
        }),
      ) as RunResult;
    const runs = Array.from({ length: Number(values.repeat) }, () => run());
    report(file, runs);
    if (values.profile) {
      const to = `${file}.cpuprofile`;
      run(to);
      printProfile(to, Number(values.top));
    }
  }
  console.log(`load: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
}
