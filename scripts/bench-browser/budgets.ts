/**
 * The content script's budgets (issue #14, and issue #6 where #14 leaves them): one source for
 * the numbers, for the benchmark's checks and for the statements the report prints. The
 * README's budget table copies the statements; a unit test keeps it in step.
 */

const KB = 1024;

export const BUDGETS = {
  /** Extension code on the page without mentions, ms: the median of its traced loads. */
  noneCodeMs: 1,
  /** Heap the extension adds to the page without mentions, bytes. */
  noneHeapBytes: 1024 * KB,
  /** Extension code on the big pages, as a multiple of the floor reference's on the same page. */
  floorRatio: 2,
  /** Main-thread time on the big pages, as a multiple of mark.js marking the same words. */
  markJsRatio: 0.5,
  /** The longest main-thread task that runs extension code, every page, ms (a 60 Hz frame). */
  longestTaskMs: 16,
  /** Hover to a visible popover, after the hover delay, ms. */
  hoverMs: 30,
  /** The probe with its largest detector stage, minified, bytes. */
  bundleBytes: 25 * KB,
} as const;

/** The pages with the floor, mark.js, hover and planted-mention checks. */
export const BIG_PAGES = ['0.8MB', '2MB'] as const;

/** Each budget as the report and the README state it, in the README's order. */
export const BUDGET_STATEMENTS = {
  noneCode: `page without mentions: extension code ≤ ${BUDGETS.noneCodeMs} ms (median of its loads)`,
  noneScripts: 'page without mentions: only the scanner loaded',
  noneHeap: `page without mentions: < ${BUDGETS.noneHeapBytes / (1024 * KB)} MB heap added`,
  floor: `0.8 MB / 2 MB pages: extension code ≤ ${BUDGETS.floorRatio} × the floor reference's`,
  markJs: `0.8 MB / 2 MB pages: main thread ≤ ${BUDGETS.markJsRatio} × mark.js`,
  planted: '0.8 MB / 2 MB pages: every planted mention highlighted',
  longestTask: `every page: no extension task > ${BUDGETS.longestTaskMs} ms`,
  hover: `0.8 MB / 2 MB pages: hover → visible popover ≤ ${BUDGETS.hoverMs} ms after the delay`,
  bundle: `content script ≤ ${BUDGETS.bundleBytes / KB} KB minified, with its largest detector stage`,
} as const;

export type BudgetId = keyof typeof BUDGET_STATEMENTS;
