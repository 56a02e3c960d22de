/**
 * The benchmark's results, its budgets (from issue #6) and how they are printed.
 */

/** Medians of one benchmark page. Null = not measured on this page. */
export interface PageResult {
  page: string;
  /** Generated size: nodes and text characters. */
  nodes: number;
  textChars: number;
  /** Main-thread time of a plain load (no extension), ms. */
  plainMs: number;
  /** Main-thread time with the extension minus the plain load, ms. */
  extOverPlainMs: number;
  /**
   * The same for a reference extension whose content script is empty (what any content script
   * costs), ms; measured on the page without mentions only, else null.
   */
  emptyScriptOverPlainMs: number | null;
  /** The same with the extension's highlight stylesheet injected too, ms (none page only). */
  emptyScriptCssOverPlainMs: number | null;
  /** Half the interquartile range of the plain loads, ms: the run-to-run noise. */
  plainSpreadMs: number;
  /** mark.js marking the topic vocabulary on the same page, ms. */
  markJsMs: number | null;
  markJsMarks: number | null;
  /** Longest main-thread task that ran extension code (traced run), ms. */
  longestTaskMs: number;
  /** Sampled extension code inside that task, ms. */
  longestTaskExtMs: number;
  /** The biggest trace events inside that task (what it spent its time on). */
  longestTaskBreakdown: string;
  /** Extension tasks in the traced run: how many, and sampled extension code in them, ms. */
  extTasks: number;
  extCodeMs: number;
  /** Highlighted ranges when the scan settled. */
  highlights: number;
  /** Planted mentions in the page as generated (null for the mutating page). */
  planted: number | null;
  /** JS heap (after GC) with the extension minus without, bytes. */
  heapDeltaBytes: number;
  /** Median hover-to-visible latency beyond the hover delay, ms; null = not measured/never. */
  hoverMs: number | null;
  hoverSamples: number;
  hoverFailures: number;
}

/** Everything a run measured. */
export interface BenchReport {
  chromium: string;
  quick: boolean;
  repetitions: number;
  hoverDelayMs: number;
  /** The always-on probe, bytes. */
  probeBytes: number;
  /** The probe with its detector stage (what a page with topic words loads), bytes. */
  bundleBytes: number;
  /** Extension scripts loaded into a page with no mention. */
  scriptsOnPlainPage: string[];
  /** Extension scripts loaded into a page with mentions after a hover. */
  scriptsAfterHover: string[];
  pages: PageResult[];
  budgets: BudgetCheck[];
}

export interface BudgetCheck {
  budget: string;
  measured: string;
  pass: boolean;
}

/** Median of a non-empty list (the mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Half the interquartile range: how far typical runs stray from the median. */
export function spread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))]!;
  return (at(0.75) - at(0.25)) / 2;
}

const KB = 1024;
const MB = 1024 * 1024;

/** The content script bundle budget, bytes (25 KB). */
export const BUNDLE_BUDGET_BYTES = 25 * KB;

/** Checks the budgets against a report's pages. */
export function checkBudgets(
  report: Omit<BenchReport, 'budgets'>,
  contentScriptFiles: readonly string[],
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const byName = new Map(report.pages.map((p) => [p.page, p]));
  const none = byName.get('none');
  if (none) {
    checks.push({
      budget: 'none: main thread < 2 ms over a plain load',
      measured:
        `${fmt(none.extOverPlainMs)} ms (noise ±${fmt(none.plainSpreadMs)} ms; for reference, ` +
        `an empty content script: ${fmt(none.emptyScriptOverPlainMs ?? Number.NaN)} ms, with ` +
        `the highlight CSS: ${fmt(none.emptyScriptCssOverPlainMs ?? Number.NaN)} ms)`,
      pass: none.extOverPlainMs < 2,
    });
    const extra = report.scriptsOnPlainPage.filter((s) => !contentScriptFiles.includes(s));
    checks.push({
      budget: 'none: only the scanner loaded (no popover, no corpus)',
      measured: report.scriptsOnPlainPage.join(', ') || '(nothing)',
      pass: extra.length === 0,
    });
    checks.push({
      budget: 'none: heap added < 1 MB',
      measured: `${fmt(none.heapDeltaBytes / KB)} KB`,
      pass: none.heapDeltaBytes < MB,
    });
  }
  for (const name of ['0.8MB', '2MB']) {
    const p = byName.get(name);
    if (!p) continue;
    const ratio = p.markJsMs ? p.extOverPlainMs / p.markJsMs : Number.NaN;
    checks.push({
      budget: `${name}: ≤ 0.5 × mark.js main-thread time`,
      measured: `${fmt(p.extOverPlainMs)} / ${fmt(p.markJsMs ?? Number.NaN)} ms = ${fmt(ratio, 2)}`,
      pass: ratio <= 0.5,
    });
    checks.push({
      budget: `${name}: no extension task > 50 ms`,
      measured:
        `longest ${fmt(p.longestTaskMs)} ms (extension code in it ${fmt(p.longestTaskExtMs)} ms;` +
        ` ${p.longestTaskBreakdown || 'no breakdown'})`,
      pass: p.longestTaskMs <= 50,
    });
    checks.push({
      budget: `${name}: hover → visible popover < 50 ms after the delay`,
      measured:
        p.hoverMs === null
          ? `never visible (${p.hoverFailures}/${p.hoverSamples} failed)`
          : `${fmt(p.hoverMs)} ms (${p.hoverFailures}/${p.hoverSamples} failed)`,
      pass: p.hoverMs !== null && p.hoverMs < 50 && p.hoverFailures === 0,
    });
    checks.push({
      budget: `${name}: every planted mention highlighted`,
      measured: `${p.highlights} highlights / ${p.planted} planted`,
      pass: p.planted !== null && p.highlights >= p.planted,
    });
  }
  checks.push({
    budget: 'content script ≤ 25 KB minified',
    measured:
      `${fmt(report.bundleBytes / KB, 1)} KB (${report.bundleBytes} B): the probe, ` +
      `${report.probeBytes} B on every page, with its largest detector stage`,
    pass: report.bundleBytes <= BUNDLE_BUDGET_BYTES,
  });
  return checks;
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r, i) => {
      const line = r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** The human-readable report. */
export function formatReport(report: BenchReport): string {
  const header = [
    'page',
    'nodes',
    'plain ms',
    'ext ms over plain',
    'mark.js ms',
    'ext/mark.js',
    'longest ext task',
    'ext tasks / code',
    'highlights',
    'heap delta',
    'hover ms',
  ];
  const rows = report.pages.map((p) => [
    p.page,
    String(p.nodes),
    fmt(p.plainMs),
    fmt(p.extOverPlainMs),
    p.markJsMs === null ? '-' : `${fmt(p.markJsMs)} (${p.markJsMarks} marks)`,
    p.markJsMs === null ? '-' : fmt(p.extOverPlainMs / p.markJsMs, 2),
    `${fmt(p.longestTaskMs)} (ext ${fmt(p.longestTaskExtMs)})`,
    `${p.extTasks} / ${fmt(p.extCodeMs)} ms`,
    p.planted === null ? String(p.highlights) : `${p.highlights}/${p.planted}`,
    `${fmt(p.heapDeltaBytes / KB)} KB`,
    p.hoverSamples === 0 ? '-' : p.hoverMs === null ? 'never' : fmt(p.hoverMs),
  ]);
  const budgets = report.budgets.map(
    (b) => `${b.pass ? 'pass' : 'MISS'}  ${b.budget}: ${b.measured}`,
  );
  return [
    `Fact Context browser benchmark — ${report.chromium}, ${report.repetitions} repetition(s), medians` +
      `${report.quick ? ' (quick)' : ''}; hover delay ${report.hoverDelayMs} ms`,
    '',
    table([header, ...rows]),
    '',
    `Extension scripts on a page without mentions: ${report.scriptsOnPlainPage.join(', ') || '(none)'}`,
    `Extension scripts on a page with mentions, after a hover: ${report.scriptsAfterHover.join(', ') || '(none)'}`,
    'Longest extension task per page, self time by trace event (ms):',
    ...report.pages.map(
      (p) => `  ${p.page}: ${fmt(p.longestTaskMs)} = ${p.longestTaskBreakdown || '-'}`,
    ),
    '',
    report.quick
      ? 'Budgets (quick smoke run, one load per page: a check that it runs, not a measurement):'
      : 'Budgets:',
    ...budgets,
  ].join('\n');
}
