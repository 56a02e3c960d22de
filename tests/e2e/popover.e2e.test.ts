/**
 * The hover popover: the right passages with dates and outlets, placement that never covers
 * the hovered text, dismissal (Escape, click outside), keyboard access, and the toolbar badge.
 * The popover is in a closed shadow root; the tests read it through the accessibility tree
 * (see helpers/dialog.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { boxOf, readDialog, waitForDialog, waitForNoDialog } from './helpers/dialog';
import { badgeText, sendToTab, storeSettings, storedTab, tabIdOf } from './helpers/extension';
import { highlightPoint, waitForHighlights } from './helpers/highlights';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { watchPopover } from './helpers/popover-watch';
import { popoverProbe } from '../../scripts/bench-browser/probes';

const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
const LEAD = 'Iran has supplied Russia with hundreds of Shahed-136 drones';
const ASTANA = 'Russia and Iran launched the Astana talks on Syria with Turkey.';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

/** Moves the pointer onto the highlighted text containing `text`; returns the point. */
async function hover(text: string): Promise<{ x: number; y: number }> {
  const point = await highlightPoint(page, text);
  if (!point) throw new Error(`no highlight containing ${text}`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return point;
}

/** A dialog with its passages loaded. */
const withPassages = (d: { articles: string[] }) => d.articles.length > 0;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.goto(server.url('/drones-article.html'));
  await waitForHighlights(page, (t) => t.length >= 5);
});

afterAll(async () => {
  expect(browser.externalRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

describe('hover popover', () => {
  it('shows the topic, why it matched, and passages with outlets and dates', async () => {
    await page.mouse.move(5, 5);
    await hover(LEAD);
    const dialog = await waitForDialog(page, withPassages);
    expect(dialog.name).toContain('Iranian drones for Russia');
    const text = dialog.texts.join(' ');
    expect(text).toMatch(/Highlighted because it names/);
    expect(text).toMatch(/shahed|iran|russia/i);
    // Every card names its outlet; the popover shows the publication date of each.
    expect(dialog.articles.every((a) => /^Passage from .+/.test(a))).toBe(true);
    expect(text).toMatch(/Published/);
    expect(text).toMatch(/\b20(1|2)\d\b/);
    expect(text).toMatch(/not verified/);
    expect(dialog.buttons).toEqual(expect.arrayContaining(['Close', 'Full context']));
    await page.waitForTimeout(200); // let the fade-in finish for the screenshot
    await page.screenshot({ path: join(ARTIFACTS, 'popover-drones.png') });
  });

  it('never covers the hovered line and stays inside the viewport', async () => {
    const dialog = (await readDialog(page))!;
    const box = await boxOf(page, dialog.nodeIds.dialog);
    const line = await page.evaluate((needle) => {
      for (const [, h] of CSS.highlights) {
        for (const r of h) {
          if (r instanceof Range && r.toString().includes(needle)) {
            const rect = r.getClientRects()[0]!;
            return { top: rect.top, bottom: rect.bottom };
          }
        }
      }
      return null;
    }, LEAD);
    expect(line).not.toBeNull();
    const below = box.y >= line!.bottom;
    const above = box.y + box.height <= line!.top;
    expect(below || above).toBe(true);
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  });

  it('stays open while the pointer moves into it', async () => {
    const dialog = (await readDialog(page))!;
    const box = await boxOf(page, dialog.nodeIds.dialog);
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 4 });
    // Longer than the close grace period: the popover must still be there.
    await page.waitForTimeout(800);
    expect(await readDialog(page)).not.toBeNull();
  });

  it('closes on Escape and leaves no trace in the page', async () => {
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    expect(await page.evaluate(() => document.querySelector('fact-context-popover'))).toBeNull();
  });

  it('closes on a click outside', async () => {
    await page.mouse.move(5, 5);
    await hover(LEAD);
    await waitForDialog(page);
    await page.mouse.click(5, 400);
    await waitForNoDialog(page);
  });

  it('shows the passages when it opens after the hover delay, with no "Finding passages" first', async () => {
    await page.mouse.move(5, 5);
    await hover(LEAD);
    await waitForDialog(page, withPassages);
    // Everything the popover holds from now on, however briefly.
    const watch = await watchPopover(page);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    await page.mouse.move(5, 5);
    // A mention not hovered before: its passages are there when the delay ends.
    await hover('Iranian instructors trained');
    await waitForDialog(page, withPassages);
    const texts = await watch.texts();
    expect(texts.join(' ')).toMatch(/Published/);
    expect(texts.filter((t) => /Finding passages/.test(t))).toEqual([]);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
  });

  it('names the matter it recognised, marks passages on it, and says when the corpus has nothing', async () => {
    await page.mouse.move(5, 5);
    await waitForNoDialog(page);
    await hover(LEAD);
    let text = (await waitForDialog(page, withPassages)).texts.join(' ');
    // Supplied by Iran, launched at cities: either matter is what it says; cards name theirs.
    const about =
      /About: (Iran supplying drones and arms to Russia|Shahed\/Geran strikes on Ukrainian cities and power) \(recognised from “/.exec(
        text,
      );
    expect(about).not.toBeNull();
    expect(text).toContain(`On: ${about![1]}`);
    expect(text).not.toMatch(/do not cover this/);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    await page.mouse.move(5, 5);
    // No bundled article covers drone production in Russia: the popover says so plainly and
    // shows the nearest context as context.
    await hover('Russia has begun producing');
    text = (await waitForDialog(page, withPassages)).texts.join(' ');
    expect(text).toMatch(/About: Making the drones in Russia \(Alabuga\)/);
    expect(text).toMatch(/The bundled articles do not cover this/);
    expect(text).toMatch(/Context on the topic, not on this matter/);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
  });

  it('asks the side panel to open at this mention from "Full context"', async () => {
    await page.mouse.move(5, 5);
    await hover(LEAD);
    const dialog = await waitForDialog(page, withPassages);
    const button = await boxOf(page, dialog.nodeIds.buttons['Full context']);
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await waitForNoDialog(page);
    const tabId = await tabIdOf(browser, '/drones-article.html');
    type Stored = { focus: { mentionId: string } | null } | null;
    let stored: Stored = null;
    for (let i = 0; i < 50 && !stored?.focus; i++) {
      stored = (await storedTab(browser, tabId)) as Stored;
      if (!stored?.focus) await page.waitForTimeout(100);
    }
    expect(stored?.focus?.mentionId).toMatch(/^m\d+$/);
  });

  it('shows the mention count on the toolbar badge', async () => {
    const tabId = await tabIdOf(browser, '/drones-article.html');
    expect(await badgeText(browser, tabId)).toBe('5');
  });

  it('keeps the badge after in-page navigations (a #link, pushState)', async () => {
    const tabId = await tabIdOf(browser, '/drones-article.html');
    const badgeAfter = async (navigate: () => void) => {
      await page.evaluate(navigate);
      await page.waitForTimeout(1000);
      return badgeText(browser, tabId);
    };
    expect(await badgeAfter(() => (location.hash = 'p-weather'))).toBe('5');
    expect(await badgeAfter(() => history.pushState({}, '', '?page=2'))).toBe('5');
    expect(await badgeAfter(() => history.back())).toBe('5');
  });

  it('opens from the keyboard command with focus inside, and gives focus back on close', async () => {
    await page.mouse.move(5, 5);
    const tabId = await tabIdOf(browser, '/drones-article.html');
    await page.bringToFront();
    await sendToTab(browser, tabId, { type: 'popover/open-nearest' });
    const dialog = await waitForDialog(page);
    expect(dialog.focused).toBe(true);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('opens from the keyboard with the passages of a mention found on load, never loading', async () => {
    // A page of its own: nothing hovered or opened there yet.
    const fresh = await browser.newPage();
    try {
      await fresh.goto(server.url('/drones-article.html?keyboard'));
      await waitForHighlights(fresh, (t) => t.length >= 5);
      // One popover to watch from: the last mention (its passages asked for on hover). Its answer
      // coming means the background also answered what the page asked before it.
      const point = await highlightPoint(fresh, 'Iranian instructors trained');
      await fresh.mouse.move(point!.x, point!.y, { steps: 2 });
      await waitForDialog(fresh, withPassages);
      const watch = await watchPopover(fresh);
      await fresh.keyboard.press('Escape');
      await waitForNoDialog(fresh);
      await fresh.mouse.move(5, 5);
      // The caret before the payment sentence, never hovered: the command opens that one.
      await fresh.evaluate(() => {
        const text = document.getElementById('p-payment')!.firstChild!;
        getSelection()!.collapse(text, 0);
      });
      await fresh.bringToFront();
      const tabId = await tabIdOf(browser, '/drones-article.html?keyboard');
      await sendToTab(browser, tabId, { type: 'popover/open-nearest' });
      const dialog = await waitForDialog(fresh, withPassages);
      expect(dialog.focused).toBe(true);
      const texts = await watch.texts();
      expect(texts.join(' ')).toMatch(/What Russia paid Iran/);
      expect(texts.filter((t) => /Finding passages/.test(t))).toEqual([]);
    } finally {
      await fresh.close();
      await page.bringToFront();
    }
  });

  it('gives focus back to the page element when the command is pressed twice', async () => {
    await page.mouse.move(5, 5);
    const tabId = await tabIdOf(browser, '/drones-article.html');
    await page.bringToFront();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'fc-test-focus';
      button.textContent = 'Share';
      document.body.append(button);
      button.focus({ preventScroll: true });
    });
    await sendToTab(browser, tabId, { type: 'popover/open-nearest' });
    expect((await waitForDialog(page)).focused).toBe(true);
    // Again, with focus now inside the popover.
    await sendToTab(browser, tabId, { type: 'popover/open-nearest' });
    expect((await waitForDialog(page)).focused).toBe(true);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fc-test-focus');
    await page.evaluate(() => document.getElementById('fc-test-focus')?.remove());
  });

  it('does not open for a mention whose text left the page during the hover delay', async () => {
    const settings = { ...DEFAULT_SETTINGS, hoverDelayMs: 1500 };
    await storeSettings(browser, settings);
    try {
      await page.waitForTimeout(300);
      await page.mouse.move(5, 5);
      await hover(LEAD);
      await page.waitForTimeout(100); // the hover is seen (one animation frame), the delay runs
      await page.evaluate(() => {
        const text = document.getElementById('p-lead')!.firstChild as Text;
        text.data =
          'The weather in Odesa was warm and bright on Tuesday, and the ferries ran on time.';
      });
      await waitForHighlights(page, (t) => !t.some((x) => x.includes('Shahed-136 drones that')));
      await page.waitForTimeout(2000);
      expect(await readDialog(page)).toBeNull();
    } finally {
      await storeSettings(browser, { ...settings, hoverDelayMs: 300 });
    }
  });

  it('shows nothing before the hover delay ends, also when a popover was shown before', async () => {
    const settings = { ...DEFAULT_SETTINGS, hoverDelayMs: 1500 };
    await storeSettings(browser, settings);
    try {
      await page.waitForTimeout(300);
      await page.mouse.move(5, 5);
      await hover('Iranian instructors trained');
      await waitForDialog(page, withPassages);
      await page.keyboard.press('Escape');
      await waitForNoDialog(page);
      await page.mouse.move(5, 5);
      // Its passages come and the popover is built during the delay; it must not show yet.
      await hover('Alabuga');
      await page.waitForTimeout(800);
      expect(await readDialog(page)).toBeNull();
      const dialog = await waitForDialog(page, withPassages);
      expect(dialog.articles.length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await waitForNoDialog(page);
    } finally {
      await storeSettings(browser, { ...settings, hoverDelayMs: 300 });
    }
  });

  it('keeps a popover prepared during the delay out of sight and out of reach until it opens', async () => {
    const session = await page.context().newCDPSession(page);
    const popover = await popoverProbe(session);
    const popoverAt = (at: { x: number; y: number }) =>
      page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.matches(':popover-open') ?? false,
        at,
      );
    // Where the popover of this mention shows: it is prepared at the same place next time.
    await page.mouse.move(5, 5);
    await hover('Alabuga');
    await waitForDialog(page, withPassages);
    const { rect } = await popover();
    const inside = { x: rect!.x + rect!.width / 2, y: rect!.y + rect!.height / 2 };
    expect(await popoverAt(inside)).toBe(true);
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
    const settings = { ...DEFAULT_SETTINGS, hoverDelayMs: 1500 };
    await storeSettings(browser, settings);
    try {
      await page.waitForTimeout(300);
      await page.mouse.move(5, 5);
      await hover('Alabuga');
      await page.waitForTimeout(800);
      // Prepared and placed on the page, in the top layer: not seen, not hit, not focused.
      const staged = await popover();
      expect(staged.present).toBe(true);
      expect(staged.visible).toBe(false);
      expect(await popoverAt(inside)).toBe(false);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.matches(':popover-open'))).toBe(
        false,
      );
      expect(await readDialog(page)).toBeNull();
      // Open: seen there, on top, and the pointer reaches it.
      await waitForDialog(page, withPassages);
      const shown = await popover();
      expect(shown.visible && shown.onTop).toBe(true);
      expect(await popoverAt(inside)).toBe(true);
      await page.keyboard.press('Escape');
      await waitForNoDialog(page);
    } finally {
      await session.detach();
      await storeSettings(browser, { ...settings, hoverDelayMs: 300 });
    }
  });

  it('closes by itself when its mention leaves the page', async () => {
    await page.mouse.move(5, 5);
    await hover('Alabuga');
    await waitForDialog(page, withPassages);
    // The pointer stays where it is: the page replaces the paragraph under it.
    await page.evaluate(() => {
      document.getElementById('p-factory')!.textContent =
        'The harbour in Odesa reopened to ferries on Tuesday after a week of storms.';
    });
    await waitForNoDialog(page, 3_000);
  });
});

describe('a plain-http news site (not a secure context)', () => {
  it('highlights, counts and shows passages there too', async () => {
    // 127.0.0.1 counts as a secure context; a named host over http does not, and some web
    // APIs (crypto.randomUUID, for one) are missing there.
    const http = await launchWithExtension({
      extraArgs: ['--host-resolver-rules=MAP news.test 127.0.0.1'],
    });
    try {
      const p = await http.newPage();
      const url = server.url('/drones-article.html').replace('127.0.0.1', 'news.test');
      await p.goto(url);
      expect(await p.evaluate(() => isSecureContext)).toBe(false);
      await waitForHighlights(p, (t) => t.length >= 5);
      const tabId = await tabIdOf(http, 'news.test');
      expect(await badgeText(http, tabId)).toBe('5');
      const point = await highlightPoint(p, LEAD);
      await p.mouse.move(point!.x, point!.y, { steps: 2 });
      await waitForDialog(p, withPassages);
      expect(http.errors).toEqual([]);
      expect(http.externalRequests).toEqual([]);
    } finally {
      await http.close();
    }
  });
});

describe('other pages', () => {
  it('shows Syria passages for a Syria mention', async () => {
    await page.goto(server.url('/syria-article.html'));
    await waitForHighlights(page, (t) => t.length >= 3);
    await page.mouse.move(5, 5);
    await hover(ASTANA);
    const dialog = await waitForDialog(page, withPassages);
    expect(dialog.name).toContain('Russia–Iran alliance in Syria');
    expect(dialog.texts.join(' ')).toMatch(/Published/);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ARTIFACTS, 'popover-syria.png') });
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
  });

  it('shows passages on the matter a Russian-language mention names, first', async () => {
    await page.goto(server.url('/ru-article.html'));
    await waitForHighlights(page, (t) => t.length >= 2);
    const cases = [
      ['астанинского формата', 'The Astana talks (Russia, Iran, Turkey)'],
      ['заплатила Ирану', 'What Russia paid Iran: cash, captured weapons, gold'],
    ] as const;
    for (const [words, label] of cases) {
      await page.mouse.move(5, 5);
      await waitForNoDialog(page);
      await hover(words);
      const texts = (await waitForDialog(page, withPassages)).texts;
      expect(texts.join(' ')).toContain(`About: ${label}`);
      // The first card is on that matter, not general context.
      expect(texts.find((t) => /^(On: |Context on the topic)/.test(t))).toBe(`On: ${label}`);
      await page.keyboard.press('Escape');
      await waitForNoDialog(page);
    }
  });

  it('drops a frame’s mentions from the badge when the frame navigates to a page without them', async () => {
    server.route(
      '/top-and-frame.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>Top and frame</title></head><body>
      <p>Russia and Iran launched the Astana talks on Syria with Turkey.</p>
      <iframe id="partner" src="/frame-content.html" width="700" height="200" title="Partner"></iframe>
      </body></html>`,
    );
    const p = await browser.newPage();
    await p.goto(server.url('/top-and-frame.html'));
    const tabId = await tabIdOf(browser, '/top-and-frame.html');
    const frames = async () =>
      Object.keys(((await storedTab(browser, tabId)) as { frames?: object } | null)?.frames ?? {});
    for (let i = 0; i < 100 && (await frames()).length < 2; i++) await p.waitForTimeout(100);
    expect(await frames()).toHaveLength(2);
    expect(await badgeText(browser, tabId)).toBe('2');
    // The frame goes elsewhere; the top page stays.
    await p.evaluate(() => {
      (document.getElementById('partner') as HTMLIFrameElement).src = '/off-topic.html';
    });
    for (let i = 0; i < 50 && (await frames()).length > 1; i++) await p.waitForTimeout(100);
    expect(await frames()).toEqual(['0']);
    expect(await badgeText(browser, tabId)).toBe('1');
    // And the whole tab to a page without mentions: nothing left on the badge.
    await p.goto(server.url('/off-topic.html'));
    for (let i = 0; i < 50 && (await frames()).length > 0; i++) await p.waitForTimeout(100);
    expect(await frames()).toEqual([]);
    expect(await badgeText(browser, tabId)).toBe('');
    await p.close();
  });

  it('is unaffected by hostile page CSS', async () => {
    await page.goto(server.url('/hostile-css.html'));
    await waitForHighlights(page, (t) => t.length >= 1);
    await page.mouse.move(5, 5);
    await hover('Western officials say');
    const dialog = await waitForDialog(page, withPassages);
    const box = await boxOf(page, dialog.nodeIds.dialog);
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ARTIFACTS, 'popover-hostile-css.png') });
    await page.keyboard.press('Escape');
    await waitForNoDialog(page);
  });

  it('logs no errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
