/**
 * `npm run bench:browser [-- --quick] [-- --json]`: the built extension in Debian's Chromium on
 * generated news pages, against a plain load, mark.js and a floor reference on the same pages,
 * with the budgets (`scripts/bench-browser/budgets.ts`) checked and printed, pass or MISS.
 *
 * A benchmark, not a test: it exits 0 when a budget is missed (printed as MISS) and non-zero
 * only when it cannot run (no build, no browser). The extension under test is
 * `$FACT_CONTEXT_OUT_DIR/chrome-mv3` (default `.output/chrome-mv3`); build it first.
 *
 * --quick   CI smoke mode: the no-mention and 0.8 MB pages, one repetition, mutations for 1 s.
 * --json    print the report as JSON instead of a table: the same figures and budget checks.
 * --reps=N  repetitions per page (default 3, at least 15 for the page without mentions;
 *           medians are reported).
 *
 * Each repetition is a plain load and an extension load (main-thread time, highlights, heap,
 * hover), and a traced extension load (the extension's own code and its tasks). Reference
 * extensions run in the same run: the floor (`bench-browser/floor.ts`: one walk of the text
 * nodes and the gate), against which our code is read as a multiple on the big pages (and,
 * unbudgeted, on the page without mentions); on the page without mentions an empty content
 * script (the cost of having any content script) and the same with the extension's highlight
 * stylesheet, both unbudgeted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, platform } from 'node:os';
import { join } from 'node:path';
import {
  DETECTOR_STAGE_ENTRYPOINTS,
  HIGHLIGHTS_CSS_FILE,
  PROBE_ENTRYPOINT,
  WORLD_AT_START_FILE,
  scriptOf,
} from '../lib/manifest-names';
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
import { BIG_PAGES } from './bench-browser/budgets';
import { hoverFloorPage } from './bench-browser/hover-floor';
import {
  launchEmptyContentScript,
  launchExtension,
  launchFloorReference,
  launchPlain,
} from './bench-browser/browsers';
import {
  hoverLatencies,
  markJsRun,
  runPage,
  tracedRun,
  type PageRun,
  type SettleOptions,
  type TracedRun,
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
const CONTENT_SCRIPT = `/${scriptOf(PROBE_ENTRYPOINT)}`;
/** The empty script that makes the content-script world at document_start (wxt.config.ts). */
const WORLD_AT_START = `/${WORLD_AT_START_FILE}`;
/** The default highlight colours, injected by the manifest with the probe. */
const HIGHLIGHT_CSS = `/${HIGHLIGHTS_CSS_FILE}`;
/** The detector stages; a page loads one of them (base, or the stage for its language). */
const DETECTOR_STAGES = DETECTOR_STAGE_ENTRYPOINTS.map((stage) => `/${scriptOf(stage)}`);
/** A page that needs no wait for a scan (the hover floor). */
const NO_SETTLE: SettleOptions = { mutating: false, expectMentions: false, fixedMs: 300 };
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
  /**
   * Run the floor reference here: our code is read against it on the big pages (budgeted) and
   * on the page without mentions (for reference).
   */
  floor: boolean;
}

function cases(quick: boolean): BenchCase[] {
  const staticPages: BenchPageName[] = quick
    ? ['none', '0.8MB']
    : (Object.keys(BENCH_PAGE_SIZES) as BenchPageName[]);
  const out: BenchCase[] = staticPages.map((name) => {
    const page = benchPage(name);
    return {
      name,
      page,
      settle: { mutating: false, expectMentions: name !== 'none', planted: page.planted.length },
      markJs: true,
      hover: (BIG_PAGES as readonly string[]).includes(name),
      floor: name === 'none' || (BIG_PAGES as readonly string[]).includes(name),
    };
  });
  const durationMs = quick ? 1_000 : 10_000;
  out.push({
    name: `mutating-${durationMs / 1000}s`,
    page: mutatingPage({ seed: 5, durationMs }),
    settle: { mutating: true, mutationMaxMs: durationMs + 15_000, expectMentions: true },
    markJs: false,
    hover: false,
    floor: false,
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

/**
 * Whether a traced load caught extension code. Every load runs some (the content script always
 * does), but now and then a renderer's CPU profile names no script at all: such a trace cannot
 * attribute anything, and the load is done again (`retraced`).
 */
function tracedCode(run: TracedRun): boolean {
  return run.tasks.all.count > 0;
}

/**
 * A traced load, done again (twice at most) when its trace caught no extension code; `again`
 * counts the loads done again.
 */
async function retraced(load: () => Promise<TracedRun>, again: { count: number }) {
  let run = await load();
  for (let attempt = 0; attempt < 2 && !tracedCode(run); attempt++) {
    again.count++;
    run = await load();
  }
  return run;
}

/** The element of `items` whose `key` is the median (the lower middle one for even lengths). */
function medianItem<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const log = (quiet: boolean, message: string) => {
  if (!quiet) process.stderr.write(`${message}\n`);
};

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const loadAtStart = loadavg();
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
  const floor = await launchFloorReference();
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
      const traced: TracedRun[] = [];
      const floorTraced: TracedRun[] = [];
      const again = { count: 0 };
      // The page without mentions has the tightest budget (1 ms of code, where one load's
      // sampling varies by about as much) and is cheap: more runs.
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
        // The hover (after the load's mark) counts towards the longest task, not the load's code.
        traced.push(
          await retraced(
            () =>
              tracedRun(ext.context, url, c.settle, async (page, session) => {
                if (c.hover) await hoverLatencies(page, session, hoverDelayMs, 1);
              }),
            again,
          ),
        );
        if (c.floor) {
          floorTraced.push(
            await retraced(
              () => tracedRun(floor.context, url, { ...c.settle, fixedMs: extRun.settleMs }),
              { count: 0 },
            ),
          );
        }
      }
      if (c.name === 'none') scriptsOnPlainPage = traced[0]?.scripts ?? [];
      if (c.hover && scriptsAfterHover.length === 0) scriptsAfterHover = traced[0]?.scripts ?? [];
      const measuredHovers = hovers.filter((h): h is number => h !== null);
      const plainMs = median(plainRuns.map((r) => r.taskMs));
      const [emptyScriptOverPlainMs = null, emptyScriptCssOverPlainMs = null] = referenceRuns.map(
        (runs) => (runs.length ? medianOver(runs, plainRuns) : null),
      );
      const counted = traced.filter(tracedCode);
      const floorCounted = floorTraced.filter(tracedCode);
      const longest = medianItem(counted, (t) => t.tasks.all.longestMs)?.tasks.all;
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
        tracedLoads: counted.length,
        tracedLoadsRedone: again.count,
        extCodeMs: median(counted.map((t) => t.tasks.load.extMs)),
        extCodeCpuMs: median(counted.map((t) => t.tasks.load.extCpuMs)),
        extTasks: median(counted.map((t) => t.tasks.all.count)),
        floorCodeMs: c.floor ? median(floorCounted.map((t) => t.tasks.all.extMs)) : null,
        floorCodeCpuMs: c.floor ? median(floorCounted.map((t) => t.tasks.all.extCpuMs)) : null,
        longestTaskMs: longest?.longestMs ?? Number.NaN,
        longestTaskExtMs: longest?.longestExtMs ?? Number.NaN,
        longestTaskBreakdown: longest?.longestBreakdown ?? '',
        highlights: median(extRuns.map((r) => r.highlights)),
        planted: c.settle.mutating ? null : c.page.planted.length,
        heapDeltaBytes:
          median(extRuns.map((r) => r.heapBytes)) - median(plainRuns.map((r) => r.heapBytes)),
        hoverMs: measuredHovers.length ? median(measuredHovers) : null,
        hoverSamples: hovers.length,
        hoverFailures: hovers.length - measuredHovers.length,
      });
    }
    // The hover floor: a page's own popover, no extension, timed the same way.
    server.route('/bench/hover-floor.html', hoverFloorPage(hoverDelayMs));
    const floorHovers: number[] = [];
    for (let rep = 0; rep < options.reps; rep++) {
      await runPage(
        plain.context,
        server.url('/bench/hover-floor.html'),
        NO_SETTLE,
        async (page, session) => {
          const samples = await hoverLatencies(page, session, hoverDelayMs, HOVER_SAMPLES);
          floorHovers.push(...samples.filter((h): h is number => h !== null));
        },
      );
    }
    const cpuList = cpus();
    const partial: Omit<BenchReport, 'budgets'> = {
      chromium: `Chromium ${ext.context.browser()?.version() ?? '?'}`,
      machine: {
        platform: platform(),
        cpus: cpuList.length,
        cpuModel: cpuList[0]?.model.trim() ?? '?',
        loadAtStart,
        loadAtEnd: loadavg(),
      },
      quick: options.quick,
      repetitions: options.reps,
      hoverDelayMs,
      hoverFloorMs: floorHovers.length ? median(floorHovers) : null,
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
    await floor.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:browser could not run: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
