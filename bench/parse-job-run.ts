// One run of the parse worker's work in Node, for bench/profile-parse-job.ts, which bundles this file
// with esbuild as Vite bundles the worker (one module, calls between modules direct: under tsx every
// imported function is read through a getter, a tenth of the time in hot loops) and runs it in a fresh
// process: node parse-job-run.mjs FILE [PROFILE_TO]. Prints the result as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { CpuProfile } from './cpu-profile.ts';
import { parseJob } from '../src/lib/data/parse-job.ts';
import '../src/lib/data/import/columnar-input.ts';

/** Bytes per chunk, as a browser reads a file (the worker joins them: a copy it makes for real). */
const CHUNK = 1 << 20;

interface StageTime {
  readonly stage: string;
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface RunResult {
  readonly stages: readonly StageTime[];
  readonly totalWallMs: number;
  readonly totalCpuMs: number;
  readonly peakRssMb: number;
  readonly slices: number;
  readonly sliceMb: number;
  readonly outcome: string;
}

/** One run, in this process: the file's bytes through parseJob, timed at each reply. */
async function measure(file: string, profileTo: string | null): Promise<RunResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(bytes.slice(at, at + CHUNK));
  let session: Session | null = null;
  if (profileTo) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
  }
  const stages: StageTime[] = [];
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const t0 = performance.now();
  const c0 = cpuNow();
  let stage = 'start';
  let wallAt = t0;
  let cpuAt = c0;
  const close = (next: string) => {
    const wall = performance.now();
    const cpu = cpuNow();
    stages.push({ stage, wallMs: wall - wallAt, cpuMs: cpu - cpuAt });
    stage = next;
    wallAt = wall;
    cpuAt = cpu;
  };
  let slices = 0;
  let sliceBytes = 0;
  let outcome = '?';
  for await (const reply of parseJob(chunks, 'synthetic')) {
    if (reply.type === 'stage') close(reply.stage);
    else if (reply.type === 'slice' || reply.type === 'event-slice') {
      if (slices === 0) close('sending');
      slices++;
      sliceBytes += reply.json.length * 2 + (reply.type === 'event-slice' ? reply.columns.byteLength : 0);
    } else if (reply.type === 'head')
      outcome = `ok (${Object.entries(reply.counts)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${n} ${c}`)
        .join(', ')})`;
    else if (reply.type === 'problems') outcome = `problems: ${reply.summary}`;
    else if (reply.type === 'problem-slice' && stage === 'indexing') close('sending');
  }
  close('end');
  const totalWallMs = performance.now() - t0;
  const totalCpuMs = cpuNow() - c0;
  if (session && profileTo) {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    writeFileSync(profileTo, JSON.stringify(profile));
    session.disconnect();
  }
  return {
    stages: stages.filter((s) => s.stage !== 'start' || s.wallMs > 1),
    totalWallMs,
    totalCpuMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    slices,
    sliceMb: sliceBytes / 2 ** 20,
    outcome,
  };
}

const [file, profileTo] = process.argv.slice(2);
if (file) process.stdout.write(JSON.stringify(await measure(file, profileTo ?? null)));
