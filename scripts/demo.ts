/**
 * `npm run demo`: builds the extension and opens Chromium with it on a bundled sample news
 * article served from 127.0.0.1.
 *
 * - With a display: a normal browser window; the script waits until you close it.
 * - Without one (no $DISPLAY, or CI): headless; saves screenshots of the highlighted page and
 *   of the open popover to artifacts/demo/, prints their paths and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../tests/e2e/harness/server';
import { launchDemoBrowser, shouldRunHeadless } from './demo/browser';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = '.output-demo';
const EXTENSION_DIR = join(ROOT, OUT_DIR, 'chrome-mv3');
const ARTIFACTS = join(ROOT, 'artifacts', 'demo');
const PAGES = join(ROOT, 'scripts', 'demo');

function build(): void {
  console.log('Building the extension…');
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, FACT_CONTEXT_OUT_DIR: OUT_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('wxt build failed');
}

/** Polls the page's own highlight registry until the extension has highlighted something. */
async function waitForHighlights(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('fact-context-')) n += h.size;
      return n > 0 ? n : false;
    },
    undefined,
    { timeout: 15_000, polling: 100 },
  );
  // Let the scan settle (it runs in short slices).
  await page.waitForTimeout(500);
  return (await handle.jsonValue()) as number;
}

/** Hovers the first highlighted sentence and waits for the popover's dialog to appear. */
async function openPopover(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('fact-context-')) continue;
      for (const range of h) {
        const rect = range instanceof Range ? range.getClientRects()[0] : undefined;
        if (rect && rect.top > 80) return { x: rect.left + 40, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!point) throw new Error('nothing highlighted to hover');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  // The popover is in a closed shadow root: wait for it in the accessibility tree.
  const cdp = await page.context().newCDPSession(page);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: unknown }; name?: { value?: unknown } }>;
    };
    const dialog = nodes.some((n) => n.role?.value === 'dialog');
    const passages = nodes.some((n) => String(n.name?.value ?? '').startsWith('Passage from'));
    if (dialog && passages) return void (await page.waitForTimeout(300));
    await page.waitForTimeout(100);
  }
  throw new Error('the popover did not open');
}

async function main(): Promise<void> {
  build();
  const server = await startServer(PAGES);
  const headless = shouldRunHeadless();
  const context = await launchDemoBrowser(EXTENSION_DIR, headless);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = server.url('/article.html');
    await page.goto(url);
    if (!headless) {
      console.log(`Opened ${url} with Fact Context. Hover a highlight; close the browser to exit.`);
      await new Promise<void>((done) => context.on('close', () => done()));
      return;
    }
    const count = await waitForHighlights(page);
    await mkdir(ARTIFACTS, { recursive: true });
    const highlighted = join(ARTIFACTS, 'highlighted-page.png');
    await page.screenshot({ path: highlighted });
    await openPopover(page);
    const popover = join(ARTIFACTS, 'popover.png');
    await page.screenshot({ path: popover });
    console.log(`No display: ran headless. ${count} mentions highlighted on ${url}`);
    console.log(`Screenshots:\n  ${highlighted}\n  ${popover}`);
  } finally {
    await context.close().catch(() => {});
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
