// Running a computation written as a generator of bounded steps (a yield between steps): at once, or
// with a pause between steps so that a large file never holds the page for one long task. Pure.

/** Runs a steppable computation to its end at once. */
export function runSteps<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a steppable computation with `pause()` between its steps (a checkpoint such as yieldEvery decides whether to yield). */
export async function runStepsWith<T>(steps: Generator<void, T, void>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Runs a steppable computation to its end at once, counting its steps (tests hold step sizes with it). */
export function runCountingSteps<T>(steps: Generator<unknown, T, void>): { readonly value: T; readonly steps: number } {
  for (let count = 0; ; count++) {
    const step = steps.next();
    if (step.done) return { value: step.value, steps: count };
  }
}
