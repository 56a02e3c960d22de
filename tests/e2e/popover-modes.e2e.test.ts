/**
 * The popover in the display modes a reader may be in: a fullscreen article, a dark colour
 * scheme with reduced motion, and a zoomed page. The popover sits in a closed shadow root, so
 * its styles are read over CDP (which pierces closed roots) and its visibility by hit-testing
 * the page: the top-most element at the popover's centre must be the popover's own host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { POPOVER_HOST_SELECTOR } from '../../scripts/bench-browser/probes';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { boxOf, waitForDialog, waitForNoDialog, type Box } from './helpers/dialog';
import { highlightPoint, waitForHighlights } from './helpers/highlights';

const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
const LEAD = 'Iran has supplied Russia with hundreds of Shahed-136 drones';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  expect(browser.errors).toEqual([]);
  expect(browser.externalRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

async function openArticle(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url('/drones-article.html'));
  await waitForHighlights(page, (t) => t.length >= 5);
  return page;
}

/** Hovers the lead sentence and returns the open popover's box. */
async function hoverLead(page: Page): Promise<Box> {
  await page.mouse.move(2, 2);
  const point = await highlightPoint(page, LEAD);
  if (!point) throw new Error('the lead sentence is not highlighted');
  await page.mouse.move(point.x, point.y, { steps: 2 });
  const dialog = await waitForDialog(page, (d) => d.articles.length > 0);
  return boxOf(page, dialog.nodeIds.dialog);
}

/** The tag of the top-most element at the centre of `box`, as the page sees it. */
/** Whether the popover's host is the topmost element inside `box`. */
function popoverOnTopAt(page: Page, box: Box): Promise<boolean> {
  return page.evaluate(
    ({ x, y, host }) => document.elementFromPoint(x, y)?.matches(host) ?? false,
    {
      x: box.x + box.width / 2,
      y: box.y + Math.min(40, box.height / 2),
      host: POPOVER_HOST_SELECTOR,
    },
  );
}

/** Computed style properties of the popover's dialog element (inside the closed root). */
async function dialogStyle(page: Page, names: string[]): Promise<Record<string, string>> {
  const dialog = await waitForDialog(page);
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('DOM.getDocument', { depth: -1, pierce: true });
  await session.send('CSS.enable');
  const { nodeIds } = (await session.send('DOM.pushNodesByBackendIdsToFrontend', {
    backendNodeIds: [dialog.nodeIds.dialog!],
  })) as { nodeIds: number[] };
  const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', {
    nodeId: nodeIds[0]!,
  })) as { computedStyle: Array<{ name: string; value: string }> };
  await session.detach();
  return Object.fromEntries(
    computedStyle.filter((p) => names.includes(p.name)).map((p) => [p.name, p.value]),
  );
}

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('popover display modes', () => {
  it('shows above a fullscreen article', async () => {
    const page = await openArticle();
    await page.evaluate(() => document.querySelector('article')!.requestFullscreen());
    await page.waitForFunction(() => document.fullscreenElement?.tagName === 'ARTICLE');
    const box = await hoverLead(page);
    expect(await popoverOnTopAt(page, box)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'popover-fullscreen.png') });
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('follows a dark colour scheme and drops its entrance animation for reduced motion', async () => {
    const page = await openArticle();
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await hoverLead(page);
    const style = await dialogStyle(page, ['background-color', 'animation-name']);
    expect(luminance(style['background-color'] ?? '')).toBeLessThan(0.2);
    expect(style['animation-name']).toBe('none');
    await page.screenshot({ path: join(ARTIFACTS, 'popover-dark.png') });

    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    await hoverLead(page);
    const light = await dialogStyle(page, ['background-color', 'animation-name']);
    expect(luminance(light['background-color'] ?? '')).toBeGreaterThan(0.8);
    expect(light['animation-name']).not.toBe('none');
    await page.close();
  });

  it('stays inside the viewport and clear of the hovered line when the page is zoomed', async () => {
    const page = await openArticle();
    // Browser zoom at 175% in a 1280×900 window: the layout viewport shrinks to 731×514 CSS px
    // and devicePixelRatio grows to 1.75 (what Ctrl/Cmd + plus does).
    const session = await page.context().newCDPSession(page);
    await session.send('Emulation.setDeviceMetricsOverride', {
      width: 731,
      height: 514,
      deviceScaleFactor: 1.75,
      mobile: false,
    });
    expect(await page.evaluate(() => devicePixelRatio)).toBe(1.75);
    await waitForHighlights(page, (t) => t.length >= 5);
    const point = await highlightPoint(page, LEAD);
    const box = await hoverLead(page);
    const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(w);
    expect(box.y + box.height).toBeLessThanOrEqual(h);
    // The hovered point is not under the popover.
    const covers =
      point!.x >= box.x &&
      point!.x <= box.x + box.width &&
      point!.y >= box.y &&
      point!.y <= box.y + box.height;
    expect(covers).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'popover-zoomed.png') });
    await session.detach();
    await page.close();
  });
});
