/**
 * The framing lines in Firefox ESR with the firefox-mv3 build, on the same news page served
 * from 127.0.0.1 as stance.e2e.test.ts. The popover's closed shadow root cannot be read from
 * Firefox's WebDriver BiDi (no accessibility tree), so this checks that the popover opens on
 * the denial, that Firefox's background answers it with the page's framing (what the popover
 * renders, the same view as in Chromium), and the sidebar's lines: each mention's framing and
 * its cards' source framing. Needs `npx wxt build -b firefox --mv3` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { startServer, type FixtureServer } from './harness/server';
import type { browser as extensionApi } from 'wxt/browser';
import { ATTRIBUTED, DENIAL, HEDGED, RIVALRY, STANCE_PAGE } from './helpers/stance-page';

/** The extension API inside extension pages (typed for `evaluate`). */
declare const chrome: typeof extensionApi;

let ff: FirefoxWithExtension;
let server: FixtureServer;
let article: Page;

/** A point inside the highlight containing `text`, or null. */
const highlightPoint = (text: string) =>
  article.evaluate((needle) => {
    for (const [, h] of CSS.highlights) {
      for (const r of h) {
        if (r instanceof Range && r.toString().includes(needle)) {
          const b = r.getClientRects()[0]!;
          return { x: b.left + 20, y: (b.top + b.bottom) / 2 };
        }
      }
    }
    return null;
  }, text);

beforeAll(async () => {
  ff = await launchFirefoxWithExtension();
  server = await startServer();
  article = await ff.newPage();
  await article.goto(server.url(STANCE_PAGE));
  // Every mention highlighted (the page UI paints in slices).
  await article.waitForFunction(
    (needles) =>
      needles.every((n) =>
        [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString().includes(n))),
      ),
    { timeout: 20_000, polling: 100 },
    [DENIAL, ATTRIBUTED, HEDGED, RIVALRY],
  );
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('framing lines (Firefox)', () => {
  it('opens the popover on the denial, and the background gives it the page’s framing', async () => {
    await article.bringToFront();
    const point = (await highlightPoint(DENIAL))!;
    await article.mouse.move(5, 5);
    await article.mouse.move(point.x, point.y, { steps: 2 });
    await article.waitForFunction(() => document.querySelector(':popover-open') !== null, {
      timeout: 10_000,
      polling: 100,
    });
    await article.mouse.move(5, 5);

    // What the page UI asks when the pointer rests on the mention, asked of Firefox's background.
    const page = await ff.openExtensionPage('options.html');
    const text = `${DENIAL} to Russia for use in the war in Ukraine.`;
    const answer = (await page.evaluate(
      (t) =>
        chrome.runtime.sendMessage({
          type: 'passages/for-mention',
          mention: { id: 'm1', topics: ['drones'], text: t, context: t, terms: ['iran'], score: 1 },
        }),
      text,
    )) as { framing: unknown; passages: unknown[] };
    await page.close();
    expect(answer.framing).toEqual({
      stance: 'denied',
      speaker: "Iran's foreign ministry",
      hedge: null,
    });
    expect(answer.passages.length).toBeGreaterThan(0);
  });

  it('the sidebar lists each mention with the page’s framing, and cards their source’s', async () => {
    const probe = await ff.openExtensionPage('sidepanel.html');
    const tabId = await probe.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, article.url());
    await probe.close();
    expect(tabId).toBeGreaterThanOrEqual(0);

    const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.waitForFunction(() => document.querySelectorAll('button.fc-mention').length >= 5, {
      timeout: 20_000,
      polling: 100,
    });
    const lines = await panel.evaluate(() =>
      [...document.querySelectorAll('.fc-mention-list li')].map((li) => [
        li.querySelector('button')!.textContent ?? '',
        li.querySelector('.fc-mention__framing')?.textContent ?? null,
      ]),
    );
    const lineOf = (needle: string) => lines.find(([t]) => t!.includes(needle))?.[1];
    expect(lineOf(DENIAL)).toBe("The page reports a denial by Iran's foreign ministry");
    expect(lineOf(ATTRIBUTED)).toBe('The page attributes this to US officials');
    expect(lineOf(HEDGED)).toBe('The page hedges this (“reportedly”)');
    expect(lineOf(RIVALRY)).toBeNull();

    // The rivalry's context: the corpus's own denial among its cards.
    const index = lines.findIndex(([t]) => t!.includes(RIVALRY));
    const buttons = await panel.$$('.fc-mention-list li button.fc-mention');
    await buttons[index]!.click();
    await panel.waitForSelector('.fc-context .fc-passage__framing', { timeout: 20_000 });
    const cards = await panel.$$eval('.fc-context .fc-passage__framing', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(cards).toContain('SyrianFreePress network denies this');
    await panel.close();
  });
});
