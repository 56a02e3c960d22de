/**
 * The probe's time slices (`TimeSlice`, as `lib/dom/slices.ts` makes them), timed with
 * `Date.now()` rather than `performance.now()`: the first use of `performance` in a frame builds
 * its bindings in the extension's world, a cost a page without mentions need not pay
 * (docs/architecture.md, "Measurements behind the design"). A millisecond clock is fine
 * enough for a budget of several.
 */
import { SLICE_BUDGET_MS, yieldToPage, type TimeSlice } from '../../lib/dom/slices';

/**
 * Whether more than `ms` passed since `since` on the wall clock. A clock stepped back (NTP, the
 * user) makes the difference negative: that counts as passed, or it would stay false until the
 * clock caught up again.
 */
export function elapsedOver(since: number, ms: number): boolean {
  const elapsed = Date.now() - since;
  return elapsed < 0 || elapsed > ms;
}

export function dateSlice(budgetMs = SLICE_BUDGET_MS): TimeSlice {
  let start = Date.now();
  return {
    due: () => elapsedOver(start, budgetMs),
    pause: async () => {
      await yieldToPage();
      start = Date.now();
    },
    restart: () => {
      start = Date.now();
    },
  };
}
