// Lets the page handle input and paint between pieces of work, so that loading a large file never
// makes one long task.

/**
 * Resolves in a later task, after the browser has had the chance to handle input and paint. Uses
 * scheduler.yield() where there is one: unlike a chain of timers, it is not slowed to one step a
 * second while the reader looks at another tab.
 */
export function yieldToPage(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve));
}

/**
 * A checkpoint for a loop of small steps: it yields to the page once `budgetMs` of work has passed
 * since the last yield, and otherwise returns at once (awaiting an already-read stream chunk does not
 * leave the task, so a fast body would otherwise be read in one long task).
 */
export function yieldEvery(budgetMs: number): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToPage();
    since = performance.now();
  };
}

/**
 * Runs `work` when the page is next idle (within `timeoutMs` at the latest), for what a later
 * gesture will need but the first drawing does not. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, Math.min(timeoutMs, 200));
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(work, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
