/**
 * The probe's time slices (`TimeSlice`, as `lib/dom/slices.ts` makes them), timed with
 * `Date.now()` rather than `performance.now()`: the first use of `performance` in a frame builds
 * its bindings in the extension's world, a cost a page without mentions need not pay
 * (docs/architecture.md, "Measurements behind the design"). A millisecond clock is fine
 * enough for a budget of several.
 */
import { SLICE_BUDGET_MS, yieldToPage, type TimeSlice } from '../../lib/dom/slices';

export function dateSlice(budgetMs = SLICE_BUDGET_MS): TimeSlice {
  let start = Date.now();
  return {
    due: () => Date.now() - start > budgetMs,
    pause: async () => {
      await yieldToPage();
      start = Date.now();
    },
    restart: () => {
      start = Date.now();
    },
  };
}
