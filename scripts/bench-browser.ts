/**
 * `npm run bench:browser [-- --quick] [-- --json]`: the built extension in Debian's Chromium on
 * generated news pages, against a plain load and mark.js on the same pages, with the
 * budgets of issue #6 checked and printed.
 *
 * A benchmark, not a test: it exits 0 when a budget is missed (printed as MISS) and non-zero
 * only when it cannot run (no build, no browser). The extension under test is
 * `$FACT_CONTEXT_OUT_DIR/chrome-mv3` (default `.output/chrome-mv3`); build it first.
 *
 * --quick   CI smoke mode: the no-mention and 0.8 MB pages, one repetition, mutations for 1 s.
 * --json    print the report as JSON instead of a table.
 * --reps=N  repetitions per page (default 3, at least 15 for the page without mentions;
 *           medians are reported).
 *
 * On the page without mentions, two reference extensions run too: an empty content script
 * (the cost of having any content script at all) and the same with the extension's highlight
 * stylesheet, against which the probe's own share is read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { buildDir } from '../tests/e2e/harness/chromium';
import { startServer } from '../tests/e2e/harness/server';
import {
  benchPage,
  BENCH_PAGE_SIZES,
  mutatingPage,
  type BenchPageName,
  type GeneratedPage,
} from '../tests/e2e/harness/pages';
import { launchEmptyContentScript, launchExtension, launchPlain } from './bench-browser/browsers';
import {
  hoverLatencies,
  markJsRun,
  runPage,
  tracedRun,
  type PageRun,
  type SettleOptions,
} from './bench-browser/measure';
import {
  checkBudgets,
  formatReport,
  median,
  spread,
  type BenchReport,
  type PageResult,
} from './bench-browser/report';

/** The always-on content script, relative to the extension folder. */
const CONTENT_SCRIPT = '/probe.js';
/** The empty script that makes the content-script world at document_start (wxt.config.ts). */
const WORLD_AT_START = '/world-at-start.js';
/** The default highlight colours, injected by the manifest with the probe. */
const HIGHLIGHT_CSS = '/highlights.css';
/** Its detector stage, imported once the vocabulary gate passes some text. */
/** The detector stages; a page loads one of them (base, or the stage for its language). */
const DETECTOR_STAGES = ['/probe-detector.js', '/probe-detector-2.js', '/probe-detector-3.js'];
/** Hover samples per page per repetition. */
const HOVER_SAMPLES = 3;

interface Options {
  quick: boolean;
  json: boolean;
  reps: number;
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const repsArg = argv.find((a) => a.startsWith('--reps='));
  const reps = repsArg ? Math.max(1, Math.min(20, Number(repsArg.slice(7)) || 1)) : quick ? 1 : 3;
  return { quick, json: argv.includes('--json'), reps };
}

/** A page of the run: its generated HTML and how to wait for it. */
interface BenchCase {
  name: string;
  page: GeneratedPage;
  settle: SettleOptions;
  markJs: boolean;
  hover: boolean;
}

function cases(quick: boolean): BenchCase[] {
  const staticPages: BenchPageName[] = quick
    ? ['none', '0.8MB']
    : (Object.keys(BENCH_PAGE_SIZES) as BenchPageName[]);
  const out: BenchCase[] = staticPages.map((name) => ({
    name,
    page: benchPage(name),
    settle: { mutating: false, expectMentions: name !== 'none' },
    markJs: true,
    hover: name === '0.8MB' || name === '2MB',
  }));
  const durationMs = quick ? 1_000 : 10_000;
  out.push({
    name: `mutating-${durationMs / 1000}s`,
    page: mutatingPage({ seed: 5, durationMs }),
    settle: { mutating: true, mutationMaxMs: durationMs + 15_000, expectMentions: true },
    markJs: false,
    hover: false,
  });
  return out;
}

/**
 * Median of the per-repetition differences (run i against plain run i, loaded one after the
 * other): steadier than a difference of medians when the machine's speed drifts during a run.
 */
function medianOver(runs: readonly PageRun[], plainRuns: readonly PageRun[]): number {
  return median(runs.map((r, i) => r.taskMs - (plainRuns[i]?.taskMs ?? Number.NaN)));
}

const log = (quiet: boolean, message: string) => {
  if (!quiet) process.stderr.write(`${message}\n`);
};

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const extensionDir = buildDir('chrome-mv3');
  const contentScript = join(extensionDir, CONTENT_SCRIPT);
  if (!existsSync(contentScript)) {
    throw new Error(`No built content script at ${contentScript}: build first (npx wxt build).`);
  }
  const hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;
  const server = await startServer();
  const ext = await launchExtension(extensionDir);
  const plain = await launchPlain();
  // Run on the page without mentions only: an empty content script, then with our CSS.
  const references = [
    await launchEmptyContentScript(),
    await launchEmptyContentScript(readFileSync(join(extensionDir, HIGHLIGHT_CSS), 'utf8')),
  ];
  try {
    const results: PageResult[] = [];
    let scriptsOnPlainPage: string[] = [];
    let scriptsAfterHover: string[] = [];
    for (const c of cases(options.quick)) {
      const path = `/bench/${c.name}.html`;
      server.route(path, c.page.html);
      const url = server.url(path);
      log(options.json, `bench: ${c.name} (${c.page.nodes} nodes, ${c.page.textChars} chars)`);
      const extRuns: PageRun[] = [];
      const plainRuns: PageRun[] = [];
      const markRuns: Array<{ taskMs: number; marks: number }> = [];
      const hovers: Array<number | null> = [];
      const referenceRuns: PageRun[][] = references.map(() => []);
      // The page without mentions has the tightest budget (2 ms, where run-to-run noise is
      // ±2 ms) and is cheap: more runs.
      const reps = c.name === 'none' && !options.quick ? Math.max(options.reps, 15) : options.reps;
      for (let rep = 0; rep < reps; rep++) {
        const extRun = await runPage(ext.context, url, c.settle, async (page, session) => {
          if (c.hover) {
            hovers.push(...(await hoverLatencies(page, session, hoverDelayMs, HOVER_SAMPLES)));
          }
        });
        extRuns.push(extRun);
        // The baseline waits exactly as long, with the same polling, as the extension run.
        plainRuns.push(
          await runPage(plain.context, url, { ...c.settle, fixedMs: extRun.settleMs }),
        );
        for (const [i, reference] of c.name === 'none' ? references.entries() : []) {
          referenceRuns[i]!.push(
            await runPage(reference.context, url, { ...c.settle, fixedMs: extRun.settleMs }),
          );
        }
        if (c.markJs) markRuns.push(await markJsRun(plain.context, url));
      }
      const traced = await tracedRun(ext.context, url, c.settle, async (page, session) => {
        if (c.hover) await hoverLatencies(page, session, hoverDelayMs, 1);
      });
      if (c.name === 'none') scriptsOnPlainPage = traced.scripts;
      if (c.hover && scriptsAfterHover.length === 0) scriptsAfterHover = traced.scripts;
      const measuredHovers = hovers.filter((h): h is number => h !== null);
      const plainMs = median(plainRuns.map((r) => r.taskMs));
      const [emptyScriptOverPlainMs = null, emptyScriptCssOverPlainMs = null] = referenceRuns.map(
        (runs) => (runs.length ? medianOver(runs, plainRuns) : null),
      );
      results.push({
        page: c.name,
        nodes: c.page.nodes,
        textChars: c.page.textChars,
        plainMs,
        extOverPlainMs: medianOver(extRuns, plainRuns),
        emptyScriptOverPlainMs,
        emptyScriptCssOverPlainMs,
        plainSpreadMs: spread(plainRuns.map((r) => r.taskMs)),
        markJsMs: c.markJs ? median(markRuns.map((r) => r.taskMs)) : null,
        markJsMarks: c.markJs ? median(markRuns.map((r) => r.marks)) : null,
        longestTaskMs: traced.tasks.longestMs,
        longestTaskExtMs: traced.tasks.longestExtMs,
        longestTaskBreakdown: traced.tasks.longestBreakdown,
        extTasks: traced.tasks.count,
        extCodeMs: traced.tasks.extMs,
        highlights: median(extRuns.map((r) => r.highlights)),
        planted: c.settle.mutating ? null : c.page.planted.length,
        heapDeltaBytes:
          median(extRuns.map((r) => r.heapBytes)) - median(plainRuns.map((r) => r.heapBytes)),
        hoverMs: measuredHovers.length ? median(measuredHovers) : null,
        hoverSamples: hovers.length,
        hoverFailures: hovers.length - measuredHovers.length,
      });
    }
    const partial: Omit<BenchReport, 'budgets'> = {
      chromium: `Chromium ${ext.context.browser()?.version() ?? '?'}`,
      quick: options.quick,
      repetitions: options.reps,
      hoverDelayMs,
      probeBytes: statSync(contentScript).size,
      bundleBytes:
        statSync(contentScript).size +
        Math.max(...DETECTOR_STAGES.map((s) => statSync(join(extensionDir, s)).size)),
      scriptsOnPlainPage,
      scriptsAfterHover,
      pages: results,
    };
    const report: BenchReport = {
      ...partial,
      budgets: checkBudgets(partial, [CONTENT_SCRIPT, WORLD_AT_START]),
    };
    process.stdout.write(
      options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`,
    );
    if (ext.errors.length) {
      log(
        options.json,
        `\nPage console errors seen during the run:\n${ext.errors.slice(0, 20).join('\n')}`,
      );
    }
  } finally {
    await ext.close();
    await plain.close();
    for (const reference of references) await reference.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:browser could not run: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
