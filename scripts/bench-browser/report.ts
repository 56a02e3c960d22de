/**
 * The benchmark's results, its budgets (`budgets.ts`) checked against them, and how they are
 * printed. Pure: the unit tests check the budget logic on made-up figures.
 */
import { BIG_PAGES, BUDGETS, BUDGET_STATEMENTS, type BudgetId } from './budgets';

/** Medians of one benchmark page. Null = not measured on this page. */
export interface PageResult {
  page: string;
  /** Generated size: nodes and text characters. */
  nodes: number;
  textChars: number;
  /** Main-thread time of a plain load (no extension), ms. */
  plainMs: number;
  /** Main-thread time with the extension minus the plain load, ms (unbudgeted: noise). */
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
  /** How many traced loads the figures below are medians of. */
  tracedLoads: number;
  /**
   * Traced loads done again because their trace caught no extension code at all: the content
   * script always runs, but now and then a renderer's CPU profile names no script.
   */
  tracedLoadsRedone: number;
  /**
   * Extension code while the page loads and is scanned, before any hover, ms: CPU samples in
   * extension scripts, each counting the wall time to the next sample.
   */
  extCodeMs: number;
  /** The same as thread time: what the OS gave this thread, unlike sample gaps (see trace.ts). */
  extCodeCpuMs: number;
  /** Main-thread tasks that ran extension code, hover included. */
  extTasks: number;
  /** The floor reference's code on this page, ms, sampled and as thread time; null = not run. */
  floorCodeMs: number | null;
  floorCodeCpuMs: number | null;
  /** Longest main-thread task that ran extension code, hover included, ms. */
  longestTaskMs: number;
  /** Sampled extension code inside that task, ms. */
  longestTaskExtMs: number;
  /** The biggest trace events inside that task (what it spent its time on). */
  longestTaskBreakdown: string;
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

/** The machine a run measured on: figures vary between machines, ratios much less. */
export interface MachineInfo {
  platform: string;
  cpus: number;
  cpuModel: string;
  /** The OS load averages (1, 5, 15 min) when the run started and ended. */
  loadAtStart: readonly number[];
  loadAtEnd: readonly number[];
}

/** Everything a run measured. */
export interface BenchReport {
  chromium: string;
  machine: MachineInfo;
  quick: boolean;
  repetitions: number;
  hoverDelayMs: number;
  /**
   * The hover floor, unbudgeted: the same hover measurement on a page without the extension
   * whose own script shows a box after the delay (median, ms); null = never shown.
   */
  hoverFloorMs: number | null;
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
  id: BudgetId;
  /** The budget as `BUDGET_STATEMENTS` says it. */
  budget: string;
  /** The page checked, for a budget that holds page by page. */
  page: string | null;
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

/** Checks the budgets against a report's figures. */
export function checkBudgets(
  report: Omit<BenchReport, 'budgets'>,
  contentScriptFiles: readonly string[],
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (id: BudgetId, page: string | null, measured: string, pass: boolean) =>
    checks.push({ id, budget: BUDGET_STATEMENTS[id], page, measured, pass });
  const byName = new Map(report.pages.map((p) => [p.page, p]));
  const none = byName.get('none');
  if (none) {
    check(
      'noneCode',
      null,
      `${fmt(none.extCodeMs, 2)} ms (median of ${none.tracedLoads} loads` +
        (none.tracedLoadsRedone ? `, ${none.tracedLoadsRedone} done again: no code traced` : '') +
        `; as thread time ${fmt(none.extCodeCpuMs, 2)} ms; ${none.extTasks} task(s))`,
      none.extCodeMs <= BUDGETS.noneCodeMs,
    );
    const extra = report.scriptsOnPlainPage.filter((s) => !contentScriptFiles.includes(s));
    check(
      'noneScripts',
      null,
      report.scriptsOnPlainPage.join(', ') || '(nothing)',
      extra.length === 0,
    );
    check(
      'noneHeap',
      null,
      `${fmt(none.heapDeltaBytes / KB)} KB`,
      none.heapDeltaBytes < BUDGETS.noneHeapBytes,
    );
  }
  const big = BIG_PAGES.flatMap((name) => byName.get(name) ?? []);
  for (const p of big) {
    const ratio = p.floorCodeMs ? p.extCodeMs / p.floorCodeMs : Number.NaN;
    check(
      'floor',
      p.page,
      p.floorCodeMs === null
        ? 'floor reference not run'
        : `${fmt(p.extCodeMs)} / ${fmt(p.floorCodeMs)} ms = ${fmt(ratio, 2)} × (thread time ` +
            `${fmt(p.extCodeCpuMs)} / ${fmt(p.floorCodeCpuMs ?? Number.NaN)} ms)`,
      ratio <= BUDGETS.floorRatio,
    );
  }
  for (const p of big) {
    const ratio = p.markJsMs ? p.extOverPlainMs / p.markJsMs : Number.NaN;
    check(
      'markJs',
      p.page,
      `${fmt(p.extOverPlainMs)} / ${fmt(p.markJsMs ?? Number.NaN)} ms = ${fmt(ratio, 2)}`,
      ratio <= BUDGETS.markJsRatio,
    );
  }
  for (const p of big) {
    check(
      'planted',
      p.page,
      `${p.highlights} highlights / ${p.planted ?? '?'} planted`,
      p.planted !== null && p.highlights >= p.planted,
    );
  }
  for (const p of report.pages) {
    check(
      'longestTask',
      p.page,
      `${fmt(p.longestTaskMs)} ms (extension code in it ${fmt(p.longestTaskExtMs)} ms; ` +
        `${p.longestTaskBreakdown || 'no breakdown'})`,
      p.longestTaskMs <= BUDGETS.longestTaskMs,
    );
  }
  for (const p of big) {
    check(
      'hover',
      p.page,
      p.hoverMs === null
        ? `never visible (${p.hoverFailures}/${p.hoverSamples} failed)`
        : `${fmt(p.hoverMs)} ms (${p.hoverFailures}/${p.hoverSamples} failed)`,
      p.hoverMs !== null && p.hoverMs <= BUDGETS.hoverMs && p.hoverFailures === 0,
    );
  }
  check(
    'bundle',
    null,
    `${fmt(report.bundleBytes / KB, 1)} KB (${report.bundleBytes} B): the probe, ` +
      `${report.probeBytes} B on every page, with its largest detector stage`,
    report.bundleBytes <= BUDGETS.bundleBytes,
  );
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

/** A budget check as one line: pass or MISS, the budget, the page, what was measured. */
export function formatCheck(check: BudgetCheck): string {
  const page = check.page === null ? '' : ` [${check.page}]`;
  return `${check.pass ? 'pass' : 'MISS'}  ${check.budget}${page}: ${check.measured}`;
}

function loads(values: readonly number[]): string {
  return values.map((v) => v.toFixed(1)).join(' / ');
}

/** The human-readable report. */
export function formatReport(report: BenchReport): string {
  const header = [
    'page',
    'nodes',
    'ext code ms',
    'floor ms',
    'ext/floor',
    'tasks',
    'longest task',
    'highlights',
    'heap delta',
    'hover ms',
    'plain ms',
    'ext over plain',
    'mark.js ms',
  ];
  const rows = report.pages.map((p) => [
    p.page,
    String(p.nodes),
    `${fmt(p.extCodeMs, 2)} (cpu ${fmt(p.extCodeCpuMs, 2)})`,
    p.floorCodeMs === null
      ? '-'
      : `${fmt(p.floorCodeMs, 2)} (cpu ${fmt(p.floorCodeCpuMs ?? Number.NaN, 2)})`,
    p.floorCodeMs ? fmt(p.extCodeMs / p.floorCodeMs, 2) : '-',
    String(p.extTasks),
    `${fmt(p.longestTaskMs)} (ext ${fmt(p.longestTaskExtMs)})`,
    p.planted === null ? String(p.highlights) : `${p.highlights}/${p.planted}`,
    `${fmt(p.heapDeltaBytes / KB)} KB`,
    p.hoverSamples === 0 ? '-' : p.hoverMs === null ? 'never' : fmt(p.hoverMs),
    fmt(p.plainMs),
    `${fmt(p.extOverPlainMs)} ±${fmt(p.plainSpreadMs)}`,
    p.markJsMs === null ? '-' : `${fmt(p.markJsMs)} (${p.markJsMarks} marks)`,
  ]);
  const none = report.pages.find((p) => p.page === 'none');
  const { machine } = report;
  return [
    `Fact Context browser benchmark — ${report.chromium}, ${report.repetitions} repetition(s), ` +
      `medians${report.quick ? ' (quick)' : ''}; hover delay ${report.hoverDelayMs} ms`,
    `Machine: ${machine.platform}, ${machine.cpus} × ${machine.cpuModel}; load average ` +
      `(1/5/15 min) ${loads(machine.loadAtStart)} at the start, ${loads(machine.loadAtEnd)} at the end`,
    '',
    table([header, ...rows]),
    '',
    'ext code: CPU samples in extension scripts while the page loads and is scanned (no hover),',
    'each counting the wall time to the next sample; cpu: the same as thread time (a busy machine',
    'inflates the first, not the second). floor: a reference extension that walks every text node',
    'once, reads it and runs the gate. tasks and longest task include the hover.',
    '',
    `Extension scripts on a page without mentions: ${report.scriptsOnPlainPage.join(', ') || '(none)'}`,
    `Extension scripts on a page with mentions, after a hover: ${report.scriptsAfterHover.join(', ') || '(none)'}`,
    'Longest extension task per page, self time by trace event (ms):',
    ...report.pages.map(
      (p) => `  ${p.page}: ${fmt(p.longestTaskMs)} = ${p.longestTaskBreakdown || '-'}`,
    ),
    '',
    'hover ms: from the pointer move (its event time) to the end of the rendering update that',
    'paints the popover, on the page clock, minus the hover delay. For reference, unbudgeted,',
    `the hover floor (a page's own box shown after the same delay, no extension): ${
      report.hoverFloorMs === null ? 'never shown' : `${fmt(report.hoverFloorMs)} ms`
    }.`,
    '',
    'For reference, unbudgeted: main-thread time over a plain load ("ext over plain" above,',
    'noise ±: half the interquartile range of the plain loads)' +
      (none
        ? `; on the page without mentions, an empty content script adds ` +
          `${fmt(none.emptyScriptOverPlainMs ?? Number.NaN)} ms and the same with the highlight ` +
          `CSS ${fmt(none.emptyScriptCssOverPlainMs ?? Number.NaN)} ms.`
        : '.'),
    '',
    report.quick
      ? 'Budgets (quick smoke run, one load per page: a check that it runs, not a measurement):'
      : 'Budgets:',
    ...report.budgets.map(formatCheck),
  ].join('\n');
}
