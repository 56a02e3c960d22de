/**
 * The framing lines in Chromium with the built extension, on a news page served from
 * 127.0.0.1 that reports a denial, an attribution, a hedge and a rivalry the corpus both
 * claims and denies: the popover says how the page frames the hovered sentence (announced
 * with the dialog), each card how its source frames the matter, a claim sits beside its
 * denial, and the side panel lists each mention with its framing. The popover is read
 * through the accessibility tree (helpers/dialog.ts), as a screen reader gets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { waitForDialog, waitForNoDialog, type DialogSnapshot } from './helpers/dialog';
import { tabIdOf } from './helpers/extension';
import { highlightPoint, waitForHighlights } from './helpers/highlights';
import { ATTRIBUTED, DENIAL, HEDGED, RIVALRY, STANCE_PAGE } from './helpers/stance-page';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

/** Hovers the highlight containing `text` and waits for its popover with its passages. */
async function popoverOf(text: string): Promise<DialogSnapshot> {
  await page.mouse.move(5, 5);
  await waitForNoDialog(page);
  const point = await highlightPoint(page, text);
  if (!point) throw new Error(`no highlight containing ${text}`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return waitForDialog(page, (d) => d.articles.length > 0);
}

/** The text right after the dialog's title, before "Highlighted because…" (the line's place). */
const lineUnderHeader = (d: DialogSnapshot): string[] => {
  const why = d.texts.findIndex((t) => t.startsWith('Highlighted because'));
  const close = d.texts.indexOf('×');
  return d.texts.slice(close + 1, why);
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.goto(server.url(STANCE_PAGE));
  await waitForHighlights(page, (t) => t.length >= 5);
});

afterAll(async () => {
  expect(browser.externalRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

describe('framing lines (Chromium)', () => {
  it('the popover says under its header who the page credits a denial to, announced with it', async () => {
    const dialog = await popoverOf(DENIAL);
    const line = "The page reports a denial by Iran's foreign ministry";
    expect(lineUnderHeader(dialog)).toEqual([line]);
    expect(dialog.description).toBe(line);
  });

  it('names the source of an attribution and quotes a hedge', async () => {
    expect(lineUnderHeader(await popoverOf(ATTRIBUTED))).toEqual([
      'The page attributes this to US officials',
    ]);
    expect(lineUnderHeader(await popoverOf(HEDGED))).toEqual([
      'The page hedges this (“reportedly”)',
    ]);
  });

  it('says nothing of the page’s framing for a plain assertion; the cards say their source’s, a claim beside its denial', async () => {
    const dialog = await popoverOf(RIVALRY);
    expect(lineUnderHeader(dialog)).toEqual([]);
    expect(dialog.description).toBe('');
    const text = dialog.texts.join('\n');
    // Every card's provenance says how its source frames the matter.
    const lines = dialog.texts.filter((t) =>
      / (states this|attributes this to .+|reports a denial( by .+)?|denies this|hedges this)$/.test(
        t,
      ),
    );
    expect(lines.length).toBe(dialog.articles.length);
    expect(text).toMatch(/SyrianFreePress network denies this/);
    // The pair's label comes first, then the claim's card, then the denial's.
    const label = dialog.texts.findIndex((t) => t.startsWith('A claim and a denial on: '));
    expect(label).toBeGreaterThanOrEqual(0);
    const after = dialog.texts.slice(label);
    const claim = after.findIndex((t) =>
      / (states this|attributes this to .+|hedges this)$/.test(t),
    );
    const denial = after.findIndex((t) => /denies this$/.test(t));
    expect(claim).toBeGreaterThan(0);
    expect(denial).toBeGreaterThan(claim);
  });

  it('the side panel lists each mention with the page’s framing', async () => {
    await page.mouse.move(5, 5);
    const tabId = await tabIdOf(browser, STANCE_PAGE);
    const panel = await browser.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    const item = (text: string) => panel.locator('.fc-mention-list li', { hasText: text });
    await expect.poll(() => item(DENIAL).count()).toBe(1);
    expect(await item(DENIAL).locator('.fc-mention__framing').innerText()).toBe(
      "The page reports a denial by Iran's foreign ministry",
    );
    expect(await item(ATTRIBUTED).locator('.fc-mention__framing').innerText()).toBe(
      'The page attributes this to US officials',
    );
    expect(await item(HEDGED).locator('.fc-mention__framing').innerText()).toBe(
      'The page hedges this (“reportedly”)',
    );
    expect(await item(RIVALRY).locator('.fc-mention__framing').count()).toBe(0);
    // The chosen mention's context repeats it, and its cards carry their source's framing.
    await item(DENIAL).locator('button.fc-mention').click();
    await expect.poll(() => panel.locator('.fc-context .fc-passage').count()).toBeGreaterThan(0);
    expect(await panel.locator('.fc-context__framing').innerText()).toBe(
      "The page reports a denial by Iran's foreign ministry",
    );
    expect(await panel.locator('.fc-context .fc-passage__framing').count()).toBeGreaterThan(0);
    await panel.close();
  });
});
