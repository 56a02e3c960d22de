/**
 * Cooperative time slicing: long work runs as a generator and gives the page its main thread
 * back every few milliseconds, so no task of ours is long (> 50 ms) even on huge pages.
 */

/** Work per slice before yielding, ms. Well below the 50 ms long-task threshold. */
export const SLICE_BUDGET_MS = 8;

/**
 * Resolves on a later task, queued behind the page's own timers. Deliberately a plain
 * timeout: `scheduler.yield()` continuations and `postTask` tasks are run ahead of the page's
 * timers, so back-to-back slices starved pages for seconds (measured on a 200k-element page).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` step by step, yielding to the page whenever the budget is spent. Calls
 * `onSliceEnd` after each slice (e.g. to paint partial results). Stops when aborted.
 */
export async function runSliced<T>(
  work: Iterator<T>,
  onItem: (item: T) => void,
  signal: AbortSignal,
  onSliceEnd?: () => void,
): Promise<void> {
  for (;;) {
    const sliceStart = performance.now();
    while (performance.now() - sliceStart < SLICE_BUDGET_MS) {
      if (signal.aborted) return;
      const step = work.next();
      if (step.done) {
        onSliceEnd?.();
        return;
      }
      onItem(step.value);
    }
    onSliceEnd?.();
    await yieldToPage();
  }
}
