/**
 * Settings reach open tabs at once: pause, per-site off, topics, highlight style and colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { badgeText, sendToTab, storeSettings, tabIdOf } from './helpers/extension';
import { readHighlights, waitForHighlights } from './helpers/highlights';

const DEFAULTS = {
  version: 1,
  paused: false,
  topics: { drones: true, syria: true },
  highlightStyle: 'background',
  colors: { drones: '#f5b942', syria: '#6fb7ff' },
  hoverDelayMs: 300,
  disabledSites: [],
};

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.goto(server.url('/drones-article.html'));
  await waitForHighlights(page, (t) => t.length >= 5);
});

afterAll(async () => {
  expect(browser.errors).toEqual([]);
  expect(browser.externalRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

describe('settings applied to open tabs', () => {
  it('pausing removes highlights and the badge; resuming brings them back', async () => {
    const tabId = await tabIdOf(browser, '/drones-article.html');
    await storeSettings(browser, { ...DEFAULTS, paused: true });
    await waitForHighlights(page, (t) => t.length === 0);
    await expect.poll(() => badgeText(browser, tabId)).toBe('');
    await storeSettings(browser, DEFAULTS);
    await waitForHighlights(page, (t) => t.length >= 5);
    await expect.poll(() => badgeText(browser, tabId)).toBe('5');
  });

  it('turning the extension off for this site removes highlights', async () => {
    await storeSettings(browser, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    await waitForHighlights(page, (t) => t.length === 0);
    await storeSettings(browser, DEFAULTS);
    await waitForHighlights(page, (t) => t.length >= 5);
  });

  it('a switched-off topic is not highlighted', async () => {
    await storeSettings(browser, { ...DEFAULTS, topics: { drones: false, syria: true } });
    await waitForHighlights(page, (t) => t.length === 0);
    await storeSettings(browser, DEFAULTS);
    await waitForHighlights(page, (t) => t.length >= 5);
  });

  it('applies the underline style and custom colours without touching the DOM', async () => {
    await storeSettings(browser, {
      ...DEFAULTS,
      highlightStyle: 'underline',
      colors: { drones: '#123456', syria: '#abcdef' },
    });
    // What the reader sees: the effective style of each highlight, read the way the page can
    // (its names are enumerable from the shared registry).
    const looks = () =>
      page.evaluate(() =>
        [...CSS.highlights]
          .filter(([name]) => name !== 'fact-context-flash')
          .map(([name, highlight]) => {
            const range = [...highlight][0] as Range;
            const s = getComputedStyle(range.startContainer.parentElement!, `::highlight(${name})`);
            return `${s.backgroundColor} ${s.textDecorationLine} ${s.textDecorationColor}`;
          })
          .sort(),
      );
    await expect.poll(looks).toContain('rgba(0, 0, 0, 0) underline rgb(18, 52, 86)');
    // Underlined only: the default look's background does not show through.
    for (const look of await looks()) expect(look).toMatch(/^rgba\(0, 0, 0, 0\) underline /);
    await storeSettings(browser, DEFAULTS);
    await waitForHighlights(page, (t) => t.length >= 5);
  });

  it('starts on a page loaded while paused once resumed', async () => {
    await storeSettings(browser, { ...DEFAULTS, paused: true });
    await page.goto(server.url('/syria-article.html'));
    await page.waitForTimeout(1_000);
    expect(Object.keys(await readHighlights(page))).toEqual([]);
    await storeSettings(browser, DEFAULTS);
    await waitForHighlights(page, (t) => t.length >= 3);
  });

  it('reveals a mention the side panel asks for with a flash highlight', async () => {
    const tabId = await tabIdOf(browser, '/syria-article.html');
    const reply = await sendToTab(browser, tabId, {
      type: 'mention/reveal',
      tabId,
      frameId: 0,
      mentionId: 'm1',
    });
    expect(reply).toEqual({ ok: true });
    const flash = await readHighlights(page);
    expect(flash['fact-context-flash']).toHaveLength(1);
  });
});
