/**
 * Cooperative time slicing: long work runs as a generator and gives the page its main thread
 * back every few milliseconds, so no task of ours takes a frame (16 ms at 60 Hz) even on huge
 * pages.
 */

/**
 * Work per slice before yielding, ms: with the step under way when it runs out and the paint
 * after it, a slice stays well inside a frame.
 */
export const SLICE_BUDGET_MS = 5;

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
 * `onSliceEnd` after each slice (e.g. to paint partial results) and once at the end. Stops when
 * aborted.
 *
 * A spent slice's `onSliceEnd` runs at the top of the next task, inside that slice's budget: a
 * paint of many changes after a full slice would make one task of two slices' work.
 */
export async function runSliced<T>(
  work: Iterator<T>,
  onItem: (item: T) => void,
  signal: AbortSignal,
  onSliceEnd?: () => void,
): Promise<void> {
  let sliceStart = performance.now();
  const spent = () => performance.now() - sliceStart >= SLICE_BUDGET_MS;
  const nextSlice = async () => {
    await yieldToPage();
    sliceStart = performance.now();
  };
  for (;;) {
    while (!spent()) {
      if (signal.aborted) return;
      const step = work.next();
      if (step.done) {
        if (spent()) await nextSlice();
        if (!signal.aborted) onSliceEnd?.();
        return;
      }
      onItem(step.value);
    }
    await nextSlice();
    if (signal.aborted) return;
    onSliceEnd?.();
  }
}

/**
 * One async loop's time budget: `due()` says the current slice is spent, `await pause()` gives
 * the page its thread back and starts the next one. Checked before awaiting, so work that fits
 * in one slice stays in one task.
 */
export interface TimeSlice {
  due(): boolean;
  pause(): Promise<void>;
  /** Starts a slice now (at the top of a task the loop did not pause for). */
  restart(): void;
}

export function timeSlice(budgetMs = SLICE_BUDGET_MS): TimeSlice {
  let start = performance.now();
  return {
    due: () => performance.now() - start > budgetMs,
    pause: async () => {
      await yieldToPage();
      start = performance.now();
    },
    restart: () => {
      start = performance.now();
    },
  };
}

/** Runs `work` to its end inside an async loop's slices; resolves to what it returns. */
export async function runWithin<T>(work: Iterator<unknown, T>, slice: TimeSlice): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (slice.due()) await slice.pause();
  }
}
