// Summary statistics for the benchmark: nearest-rank percentiles, and per-step frame figures from
// the samples the in-page driver records (bench/probe.js). Pure functions.

/** Nearest-rank percentile (p in 0..100) of the values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Summary {
  readonly medianMs: number | null;
  readonly p95Ms: number | null;
  readonly maxMs: number | null;
  readonly count: number;
}

export function summarize(values: readonly number[]): Summary {
  return { medianMs: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: percentile(values, 100), count: values.length };
}

export interface StepSample {
  /** The frame's rAF timestamp. */
  readonly frameMs: number;
  /** performance.now() just before and after the synthetic event was dispatched. */
  readonly t0Ms: number;
  readonly t1Ms: number;
  /** performance.now() when the frame's rendering (style, layout, paint) had finished. */
  readonly endMs: number;
  readonly dom: number;
}

export interface FrameFigures {
  /** rAF timestamp to the next rAF timestamp, per step: the frame time the reader sees. */
  readonly intervalsMs: number[];
  /** Main-thread time per step: dispatch → end of that frame's rendering, plus rAF work the tool
   *  deferred to the next frame (the time from that frame's start to the driver's callback). */
  readonly stepsMs: number[];
  /** Dispatch alone: the synchronous event handlers. */
  readonly handlersMs: number[];
  readonly maxDom: number | null;
}

export function frameFigures(samples: readonly StepSample[], tail: { frameMs: number; t0Ms: number }): FrameFigures {
  const next = (i: number) => samples[i + 1] ?? tail;
  return {
    intervalsMs: samples.map((s, i) => next(i).frameMs - s.frameMs),
    stepsMs: samples.map((s, i) => s.endMs - s.t0Ms + Math.max(0, next(i).t0Ms - next(i).frameMs)),
    handlersMs: samples.map((s) => s.t1Ms - s.t0Ms),
    maxDom: samples.length > 0 ? Math.max(...samples.map((s) => s.dom)) : null,
  };
}
