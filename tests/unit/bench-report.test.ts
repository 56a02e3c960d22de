/**
 * The browser benchmark's budget logic: which figures pass and which miss, on made-up
 * figures (the benchmark itself measures; this checks how it judges). And the README's budget
 * table states the same budgets as the benchmark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, BUDGET_STATEMENTS, type BudgetId } from '../../scripts/bench-browser/budgets';
import {
  checkBudgets,
  formatCheck,
  formatReport,
  type BenchReport,
  type PageResult,
} from '../../scripts/bench-browser/report';

const SCANNER = ['/probe.js', '/world-at-start.js'];

/** A page whose every figure is within budget. */
function page(name: string, overrides: Partial<PageResult> = {}): PageResult {
  const big = name === '0.8MB' || name === '2MB';
  return {
    page: name,
    nodes: 1000,
    textChars: 60_000,
    plainMs: 100,
    extOverPlainMs: 5,
    emptyScriptOverPlainMs: name === 'none' ? 1 : null,
    emptyScriptCssOverPlainMs: name === 'none' ? 2 : null,
    plainSpreadMs: 2,
    markJsMs: big ? 100 : null,
    markJsMarks: big ? 50 : null,
    tracedLoads: name === 'none' ? 15 : 3,
    tracedLoadsRedone: 0,
    extCodeMs: name === 'none' ? 0.8 : 150,
    extCodeCpuMs: name === 'none' ? 0.6 : 120,
    extTasks: 2,
    floorCodeMs: big ? 100 : null,
    floorCodeCpuMs: big ? 80 : null,
    longestTaskMs: 12,
    longestTaskExtMs: 8,
    longestTaskBreakdown: 'FunctionCall 8.0',
    highlights: big ? 12 : 0,
    planted: name.startsWith('mutating') ? null : big ? 12 : 0,
    heapDeltaBytes: 200 * 1024,
    hoverMs: big ? 20 : null,
    hoverSamples: big ? 9 : 0,
    hoverFailures: 0,
    ...overrides,
  };
}

function report(
  pages: PageResult[],
  overrides: Partial<Omit<BenchReport, 'budgets' | 'pages'>> = {},
): Omit<BenchReport, 'budgets'> {
  return {
    chromium: 'Chromium 1',
    machine: {
      platform: 'linux',
      cpus: 2,
      cpuModel: 'test',
      loadAtStart: [0.5, 0.4, 0.3],
      loadAtEnd: [0.6, 0.4, 0.3],
    },
    quick: false,
    repetitions: 3,
    hoverDelayMs: 300,
    hoverFloorMs: 17,
    probeBytes: 8_000,
    bundleBytes: 20_000,
    scriptsOnPlainPage: SCANNER,
    scriptsAfterHover: [...SCANNER, '/page-ui.js'],
    pages,
    ...overrides,
  };
}

const FULL = ['none', '0.8MB', '2MB', '200k-nodes', 'mutating-10s'];

/** The checks of one budget, by page ('' for a budget of the whole run). */
function byPage(pages: PageResult[], id: BudgetId, overrides = {}): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const c of checkBudgets(report(pages, overrides), SCANNER)) {
    if (c.id === id) out[c.page ?? ''] = c.pass;
  }
  return out;
}

describe('browser benchmark budgets', () => {
  it('pass when every figure is within budget, each budget checked where it applies', () => {
    const checks = checkBudgets(report(FULL.map((n) => page(n))), SCANNER);
    expect(checks.filter((c) => !c.pass)).toEqual([]);
    expect(new Set(checks.map((c) => c.id))).toEqual(new Set(Object.keys(BUDGET_STATEMENTS)));
    const pagesOf = (id: BudgetId) => checks.filter((c) => c.id === id).map((c) => c.page);
    expect(pagesOf('longestTask')).toEqual(FULL);
    for (const id of ['floor', 'markJs', 'planted', 'hover'] as const) {
      expect(pagesOf(id)).toEqual(['0.8MB', '2MB']);
    }
    for (const id of ['noneCode', 'noneScripts', 'noneHeap', 'bundle'] as const) {
      expect(pagesOf(id)).toEqual([null]);
    }
    for (const c of checks) expect(c.budget).toBe(BUDGET_STATEMENTS[c.id]);
  });

  it('judge extension code on the page without mentions by its median, the limit included', () => {
    const at = (extCodeMs: number) => byPage([page('none', { extCodeMs })], 'noneCode')[''];
    expect(at(BUDGETS.noneCodeMs)).toBe(true);
    expect(at(BUDGETS.noneCodeMs + 0.01)).toBe(false);
    expect(at(8.2)).toBe(false);
    expect(at(Number.NaN)).toBe(false);
  });

  it('read the big pages against the floor reference, and miss where it did not run', () => {
    const at = (extCodeMs: number, floorCodeMs: number | null) =>
      byPage([page('0.8MB', { extCodeMs, floorCodeMs }), page('2MB')], 'floor');
    expect(at(200, 100)).toEqual({ '0.8MB': true, '2MB': true });
    expect(at(201, 100)).toEqual({ '0.8MB': false, '2MB': true });
    expect(at(318, 100)).toEqual({ '0.8MB': false, '2MB': true });
    expect(at(10, null)).toEqual({ '0.8MB': false, '2MB': true });
    expect(at(10, 0)).toEqual({ '0.8MB': false, '2MB': true });
    const measured = checkBudgets(report([page('2MB', { floorCodeMs: null })]), SCANNER).find(
      (c) => c.id === 'floor',
    )!.measured;
    expect(measured).toMatch(/not run/);
  });

  it('hold every page, the mutating one included, to the longest-task budget', () => {
    const pages = FULL.map((n) =>
      page(n, n === 'mutating-10s' ? { longestTaskMs: BUDGETS.longestTaskMs + 0.1 } : {}),
    );
    const result = byPage(pages, 'longestTask');
    expect(result['mutating-10s']).toBe(false);
    expect(Object.entries(result).filter(([, pass]) => !pass)).toHaveLength(1);
    expect(byPage([page('none', { longestTaskMs: BUDGETS.longestTaskMs })], 'longestTask')).toEqual(
      { none: true },
    );
  });

  it('miss the hover budget when the popover was late, never shown or failed once', () => {
    const at = (o: Partial<PageResult>) => byPage([page('0.8MB', o)], 'hover')['0.8MB'];
    expect(at({ hoverMs: BUDGETS.hoverMs })).toBe(true);
    expect(at({ hoverMs: 68 })).toBe(false);
    expect(at({ hoverMs: null, hoverFailures: 9 })).toBe(false);
    expect(at({ hoverMs: 10, hoverFailures: 1 })).toBe(false);
  });

  it('keep the budgets of issue #6 that issue #14 leaves', () => {
    const none = (o: Partial<PageResult>, id: BudgetId) => byPage([page('none', o)], id)[''];
    expect(none({ heapDeltaBytes: BUDGETS.noneHeapBytes - 1 }, 'noneHeap')).toBe(true);
    expect(none({ heapDeltaBytes: BUDGETS.noneHeapBytes }, 'noneHeap')).toBe(false);
    expect(byPage([page('none')], 'noneScripts', {})['']).toBe(true);
    expect(
      byPage([page('none')], 'noneScripts', {
        scriptsOnPlainPage: [...SCANNER, '/page-ui.js'],
      })[''],
    ).toBe(false);
    const big = (o: Partial<PageResult>, id: BudgetId) => byPage([page('2MB', o)], id)['2MB'];
    expect(big({ extOverPlainMs: 50, markJsMs: 100 }, 'markJs')).toBe(true);
    expect(big({ extOverPlainMs: 51, markJsMs: 100 }, 'markJs')).toBe(false);
    expect(big({ highlights: 11, planted: 12 }, 'planted')).toBe(false);
    expect(big({ highlights: 12, planted: null }, 'planted')).toBe(false);
    expect(byPage([], 'bundle', { bundleBytes: BUDGETS.bundleBytes })['']).toBe(true);
    expect(byPage([], 'bundle', { bundleBytes: BUDGETS.bundleBytes + 1 })['']).toBe(false);
  });

  it('check only the pages a run measured (a quick run has no 2 MB page)', () => {
    const checks = checkBudgets(report([page('none'), page('0.8MB')], { quick: true }), SCANNER);
    expect(checks.some((c) => c.page === '2MB')).toBe(false);
    expect(checks.filter((c) => c.id === 'floor').map((c) => c.page)).toEqual(['0.8MB']);
  });

  it('print every check with pass or MISS, as --json carries them', () => {
    const partial = report([page('none', { extCodeMs: 3 }), page('0.8MB')]);
    const full: BenchReport = { ...partial, budgets: checkBudgets(partial, SCANNER) };
    const text = formatReport(full);
    for (const check of full.budgets) expect(text).toContain(formatCheck(check));
    expect(formatCheck(full.budgets.find((c) => c.id === 'noneCode')!)).toMatch(
      /^MISS {2}page without mentions: extension code ≤ 1 ms/,
    );
    expect(formatCheck(full.budgets.find((c) => c.id === 'floor')!)).toMatch(/^pass .*\[0\.8MB\]/);
    expect(text).toContain('load average');
  });
});

describe("the README's budget table", () => {
  it('states the benchmark budgets, in order', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Tests and budgets'));
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\|\s*-+\s*\|/.test(line))
      .map((line) => line.split('|')[1]!.trim());
    // The header row, then one row per budget.
    expect(rows.slice(1)).toEqual(Object.values(BUDGET_STATEMENTS));
  });
});
