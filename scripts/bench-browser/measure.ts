/**
 * One measurement of one page: the extension run, the plain baseline, the mark.js
 * reference, the traced run for task lengths, hover latency and what got loaded.
 *
 * Main-thread time is the renderer's `TaskDuration` (CDP Performance.getMetrics) at the end
 * of a run; every run of a page waits in the same way (same polling, same duration), so
 * `extension − plain` is the extension's cost, including the style and paint work its
 * highlights cause.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { ROOT } from '../../tests/e2e/harness/chromium';
import { TOPIC_TERMS } from '../../tests/e2e/harness/pages';
import {
  evaluateInPage,
  highlightPointSource,
  highlightSnapshotSource,
  hoverTimer,
  popoverProbe,
  type HighlightSnapshot,
} from './probes';
import { LOAD_END_MARK, startTrace, type TracedTasks } from './trace';

const MARK_JS = resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const POLL_MS = 100;
/** Highlights must stay unchanged this long before a scan counts as finished. */
const STABLE_MS = 500;
/** Even a page with nothing to find gets this long (a scanner may start on idle). */
const MIN_SETTLE_MS = 1_500;
/** Upper bound of any wait for a scan. */
const MAX_SETTLE_MS = 30_000;

/** How a page is waited for. */
export interface SettleOptions {
  /** The page mutates itself and sets `window.__mutationsDone` when it stops. */
  mutating: boolean;
  /** Bound on the mutation phase, ms. */
  mutationMaxMs?: number;
  /** The page has planted mentions: wait for highlights to appear (bounded). */
  expectMentions: boolean;
  /**
   * How many mentions were planted: wait for at least as many highlights (bounded), so that a
   * scan that pauses for longer than STABLE_MS on a busy machine is not taken as finished.
   */
  planted?: number;
  /** Wait exactly this long instead (the baseline mirrors the extension run). */
  fixedMs?: number;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

async function highlightCount(page: Page): Promise<number> {
  return (await evaluateInPage<HighlightSnapshot>(page, highlightSnapshotSource(0))).count;
}

/**
 * Waits for the page to be done: mutations over (if any), then highlights unchanged for
 * {@link STABLE_MS}. Returns how long it waited and the final highlight count.
 */
export async function settle(
  page: Page,
  options: SettleOptions,
): Promise<{ ms: number; highlights: number }> {
  const started = Date.now();
  if (options.mutating) {
    const bound = started + (options.mutationMaxMs ?? 20_000);
    while (Date.now() < bound && !(await page.evaluate('Boolean(window.__mutationsDone)'))) {
      await sleep(POLL_MS);
    }
  }
  let count = await highlightCount(page);
  if (options.fixedMs !== undefined) {
    while (Date.now() - started < options.fixedMs) {
      await sleep(POLL_MS);
      count = await highlightCount(page);
    }
    return { ms: Date.now() - started, highlights: count };
  }
  let stableSince = Date.now();
  while (Date.now() - started < MAX_SETTLE_MS) {
    await sleep(POLL_MS);
    const next = await highlightCount(page);
    if (next !== count) {
      count = next;
      stableSince = Date.now();
      continue;
    }
    const waited = Date.now() - started;
    const stable = Date.now() - stableSince >= STABLE_MS;
    const found = (count > 0 || !options.expectMentions) && count >= (options.planted ?? 0);
    if (!found && waited <= MAX_SETTLE_MS / 2) continue;
    if (stable && waited >= MIN_SETTLE_MS) break;
  }
  return { ms: Date.now() - started, highlights: count };
}

interface Metrics {
  taskMs: number;
  scriptMs: number;
}

async function metrics(session: CDPSession): Promise<Metrics> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { taskMs: get('TaskDuration') * 1000, scriptMs: get('ScriptDuration') * 1000 };
}

async function heapAfterGc(session: CDPSession): Promise<number> {
  // Two passes: the first may only finalize what the second frees.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/** The result of loading a page in one browser and waiting for it to settle. */
export interface PageRun {
  taskMs: number;
  scriptMs: number;
  settleMs: number;
  highlights: number;
  /** JS heap of the renderer's isolate (all worlds) after GC, bytes. */
  heapBytes: number;
}

/**
 * Loads `url` in a new page of `context`, waits as `options` says and reads the counters.
 * `afterSettle` runs before the page closes (e.g. hover measurements), after the counters.
 */
export async function runPage(
  context: BrowserContext,
  url: string,
  options: SettleOptions,
  afterSettle?: (page: Page, session: CDPSession) => Promise<void>,
): Promise<PageRun> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const { ms, highlights } = await settle(page, options);
    const m = await metrics(session);
    const heapBytes = await heapAfterGc(session);
    await afterSettle?.(page, session);
    return { taskMs: m.taskMs, scriptMs: m.scriptMs, settleMs: ms, highlights, heapBytes };
  } finally {
    await page.close();
  }
}

/** What the traced run saw. */
export interface TracedRun {
  tasks: TracedTasks;
  /** Extension scripts parsed into the page's renderer, by path (content script, popover...). */
  scripts: string[];
}

/**
 * Loads `url` with tracing on, records which extension scripts get parsed into the page and
 * returns the extension's tasks. `afterSettle` (e.g. a hover) is part of the trace, after a
 * mark: the popover's own work counts towards the longest task, not towards the load's code.
 */
export async function tracedRun(
  context: BrowserContext,
  url: string,
  options: SettleOptions,
  afterSettle?: (page: Page, session: CDPSession) => Promise<void>,
): Promise<TracedRun> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  try {
    const session = await context.newCDPSession(page);
    session.on('Debugger.scriptParsed', (event) => {
      if (event.url.startsWith('chrome-extension://')) scripts.add(new URL(event.url).pathname);
    });
    await session.send('Debugger.enable');
    const trace = await startTrace(session, new URL(url).origin);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(page, options);
    if (afterSettle) {
      await page.evaluate(`console.timeStamp(${JSON.stringify(LOAD_END_MARK)})`);
      await afterSettle(page, session);
    }
    return { tasks: await trace.stop(), scripts: [...scripts].sort() };
  } finally {
    await page.close();
  }
}

/** The mark.js reference on one page. */
export interface MarkJsRun {
  /** Main-thread time of marking the vocabulary, incl. the rendering update it causes. */
  taskMs: number;
  /** Number of `<mark>` elements inserted. */
  marks: number;
}

/**
 * Loads `url` in a browser without the extension, injects mark.js and marks the topic
 * vocabulary with its default options (what a typical keyword highlighter does).
 */
export async function markJsRun(context: BrowserContext, url: string): Promise<MarkJsRun> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await sleep(300);
    const before = await metrics(session);
    await page.addScriptTag({ path: MARK_JS });
    const marks = (await page.evaluate(
      `new Promise((done) => {
        let marks = 0;
        new Mark(document.body).mark(${JSON.stringify(TOPIC_TERMS)}, {
          separateWordSearch: false,
          each: () => { marks++; },
          // Wait for the rendering update the new elements cause, as the extension's runs do.
          done: () => requestAnimationFrame(() => setTimeout(() => done(marks), 0)),
        });
      })`,
    )) as number;
    const after = await metrics(session);
    return { taskMs: after.taskMs - before.taskMs, marks };
  } finally {
    await page.close();
  }
}

/** How long after the hover delay a popover may take before a sample counts as failed. */
const HOVER_GIVE_UP_MS = 2_000;

/**
 * How long before the delay ends the harness starts watching for the popover: the watch reads
 * the page once per frame, so it starts late enough not to compete with the page during the
 * delay, and early enough to be running when the popover shows on a busy machine.
 */
const HOVER_WATCH_LEAD_MS = 80;

/**
 * Hover-to-visible latency for up to `samples` highlights of an open page, on the page's own
 * clock: from the pointer move's event time to the end of the first rendering update that
 * paints the popover visible, minus the configured hover delay. The harness's own latency
 * (sending the input, reading the page over CDP) is not counted. A null entry: the popover
 * never became visible; sampling stops there (later samples would only repeat the wait).
 */
export async function hoverLatencies(
  page: Page,
  session: CDPSession,
  hoverDelayMs: number,
  samples: number,
): Promise<Array<number | null>> {
  const out: Array<number | null> = [];
  const popover = await popoverProbe(session);
  const timer = await hoverTimer(session);
  for (let i = 0; i < samples; i++) {
    await page.mouse.move(1, 1);
    // Let an open popover close before the next sample (bounded).
    for (let t = 0; t < 30 && (await popover()).visible; t++) await sleep(100);
    const point = await evaluateInPage<{ x: number; y: number } | null>(
      page,
      highlightPointSource(i),
    );
    if (!point) break;
    await sleep(200);
    await timer.arm();
    const movedAt = performance.now();
    await page.mouse.move(point.x, point.y);
    await sleep(Math.max(0, hoverDelayMs - HOVER_WATCH_LEAD_MS - (performance.now() - movedAt)));
    const times = await timer.watch(HOVER_WATCH_LEAD_MS + HOVER_GIVE_UP_MS);
    const latency =
      times === null ? null : Math.max(0, times.paintedAt - times.eventAt - hoverDelayMs);
    out.push(latency);
    if (latency === null) break;
  }
  await page.mouse.move(1, 1);
  return out;
}
