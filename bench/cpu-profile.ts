// Reading a CPU profile (CDP Profiler) and a trace (browser.startTracing) taken together: time per
// function, self and inclusive, over all samples or those of one task, and the main thread's tasks
// over a given length. For the profiling scripts (profile-load.ts, profile-edit.ts), not the bench.

export interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
}

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string };
}

/** A profile made readable: each sample's time (µs, the trace's clock) and its length (ms), and frames by name. */
export function readProfile(profile: CpuProfile) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** "functionName file.js:line" */
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  let t = profile.startTime;
  const at = profile.timeDeltas.map((d) => (t += d));
  const lengthMs = (i: number) => ((at[i + 1] ?? at[i]!) - at[i]!) / 1000;

  /** Self and inclusive time (ms) per function, over the samples `keep` takes (all by default). */
  function times(keep: (i: number) => boolean = () => true) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (!keep(i)) return;
      const dt = lengthMs(i);
      self.set(name(id), (self.get(name(id)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const k = name(n);
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    });
    return { self, inclusive };
  }

  /** The samples inside a task of the trace. */
  const inTask = (task: TraceEvent) => (i: number) => at[i]! >= task.ts && at[i]! <= task.ts + task.dur!;

  return { name, at, times, inTask, byId };
}

/** The renderer's main-thread tasks longer than `minMs`. */
export function mainThreadTasks(trace: readonly TraceEvent[], minMs: number): TraceEvent[] {
  const main = trace.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return trace.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > minMs * 1000 && main.some((m) => m.pid === e.pid && m.tid === e.tid));
}

/** The `n` largest entries, one per line: "  12.3 name". */
export function topLines(times: ReadonlyMap<string, number>, n: number, format = (v: number) => v.toFixed(0).padStart(6)): string {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${format(v)} ${k}`)
    .join('\n');
}
