/**
 * The Firefox build in real Firefox ESR: highlights on a fixture page, and the sidebar page
 * with real corpus content for that page. Needs the firefox-mv3 build:
 * `FACT_CONTEXT_OUT_DIR=… npx wxt build -b firefox --mv3` before running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './harness/chromium';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import * as attack from './harness/attack-pages';
import { startServer, type FixtureServer } from './harness/server';
import {
  DRONES_SENTENCE,
  htmlDocument,
  plantedParagraphs,
  PLANTED_SENTENCES,
} from './harness/pages';
import type { browser as extensionApi } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings';

/** The extension API inside extension pages and the service worker (typed for `evaluate`). */
declare const chrome: typeof extensionApi;

const SOURCES = JSON.parse(readFileSync(resolve(ROOT, 'data/sources.json'), 'utf8')) as Array<{
  title: string;
  outlet: string;
}>;

let ff: FirefoxWithExtension;
let server: FixtureServer;
let article: Page;
let articleTabId = -1;

const text = (page: Page) => page.evaluate(() => document.body.innerText);

/** Stores raw settings from an extension page, as the options page would. */
const storeSettingsFrom = (page: Page, settings: unknown) =>
  page.evaluate((key, s) => chrome.storage.sync.set({ [key]: s }), SETTINGS_KEY, settings);

beforeAll(async () => {
  ff = await launchFirefoxWithExtension();
  server = await startServer();
  article = await ff.newPage();
  await article.goto(server.url('/panel/article.html'));
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('highlights the on-topic sentences (CSS Custom Highlight API)', async () => {
    await article.waitForFunction(() => CSS.highlights.size >= 2, {
      timeout: 20_000,
      polling: 100,
    });
    const highlighted = await article.evaluate(() =>
      [...CSS.highlights.values()].flatMap((h) =>
        [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()),
      ),
    );
    // Exactly the two on-topic sentences, whole.
    expect(highlighted.sort()).toEqual([
      'In 2015 Qassem Soleimani travelled to Moscow, and Russia and Iran then joined forces to keep Bashar al-Assad in power in Syria.',
      'Officials said Iran has supplied Russia with Shahed-136 drones that were launched at Ukrainian cities this autumn.',
    ]);
  });

  it('opens the hover popover over a highlighted sentence', async () => {
    await article.bringToFront();
    await article.hover('#syria');
    // The popover's host is shown in the top layer with the Popover API.
    await article.waitForFunction(() => document.querySelector(':popover-open') !== null, {
      timeout: 10_000,
      polling: 100,
    });
    await article.mouse.move(0, 0);
  });

  it('renders real corpus content in the sidebar page, by keyboard', async () => {
    const panel = await ff.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('[role="tab"][aria-selected="true"]');
    // Keyboard: arrow keys and End move between views.
    await panel.focus('[role="tab"][aria-selected="true"]');
    await panel.keyboard.press('End');
    await panel.waitForFunction(() =>
      /Sources/.test(
        document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '',
      ),
    );
    const about = await text(panel);
    for (const s of SOURCES) {
      expect(about).toContain(s.title);
      expect(about).toContain(s.outlet);
    }
    expect(about).toMatch(/not a live feed/);

    await panel.keyboard.press('ArrowLeft');
    await panel.type('#fc-search-input', 'Astana');
    await panel.waitForSelector('.fc-results .fc-passage');
    expect(await text(panel)).toMatch(/\d+ passage\(s\) match “Astana”/);

    await panel.click('#panel-tab-timeline');
    await panel.waitForSelector('.fc-event');
    expect(await text(panel)).toMatch(/August 2022/);
    await panel.close();
  });

  it('lists the page’s mentions in the sidebar with their corpus passages', async () => {
    // Firefox gives an extension with host permissions the URLs of tabs: find the fixture tab.
    const probe = await ff.openExtensionPage('sidepanel.html');
    articleTabId = await probe.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, article.url());
    expect(articleTabId).toBeGreaterThanOrEqual(0);
    await probe.close();

    const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${articleTabId}`);
    await panel.waitForFunction(() => document.querySelectorAll('button.fc-mention').length >= 2, {
      timeout: 20_000,
    });
    expect(await text(panel)).toMatch(/Iranian drones for Russia \(1\)/);
    await panel.click('button.fc-mention');
    await panel.waitForSelector('.fc-context .fc-passage', { timeout: 20_000 });
    const context = await panel.$eval('.fc-context', (el) => (el as HTMLElement).innerText);
    expect(SOURCES.some((s) => context.includes(s.title))).toBe(true);
    expect(context).toMatch(/Published by /);
    expect(context).toContain('About this source:');
    await panel.close();
  });

  it('reveals the mention chosen in the panel by flashing it in the page', async () => {
    // Needs the background to accept 'mention/reveal' from an extension page opened in a tab
    // (there `sender.tab` is the panel's own tab, not the page's).
    const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${articleTabId}`);
    await panel.waitForSelector('button.fc-mention', { timeout: 20_000 });
    await panel.click('button.fc-mention');
    // Poll on a timer: the fixture tab is in the background, where animation frames stop.
    await article.waitForFunction(() => [...CSS.highlights.keys()].some((k) => /flash/.test(k)), {
      timeout: 10_000,
      polling: 50,
    });
    await panel.close();
  });

  it('saves options to storage.sync and survives a corrupt stored value', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#hover-delay');
    await storeSettingsFrom(options, {
      highlightStyle: 'underline',
      colors: 42,
      disabledSites: ['keep.example'],
    });
    await options.close();
    const fresh = await ff.openExtensionPage('options.html');
    await fresh.waitForSelector('#hover-delay');
    const shown = await fresh.evaluate(() => ({
      drones: document.querySelector<HTMLInputElement>('#color-drones')?.value,
      underline: document.querySelector<HTMLInputElement>('input[value="underline"]')?.checked,
      sites: document.querySelector('.fc-site-list')?.textContent ?? '',
    }));
    expect(shown).toEqual({
      drones: '#f5b942',
      underline: true,
      sites: expect.stringMatching(/keep\.example/),
    });
    // A change made on the page is stored at once.
    await fresh.click('#paused');
    await fresh.waitForFunction(
      (key) =>
        chrome.storage.sync.get(key).then((r) => (r[key] as { paused?: boolean }).paused === true),
      {},
      SETTINGS_KEY,
    );
    await fresh.click('#paused');
    await fresh.close();
  });

  it('highlights in open shadow roots and repaints when a topic is switched off and on', async () => {
    // Repainting edits our existing Highlight objects, which Firefox only lets a content
    // script reach through Xray wrappers (iterating one through them throws).
    const page = await ff.newPage();
    await page.goto(server.url('/shadow.html'));
    const painted = () =>
      page.evaluate(() =>
        [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())),
      );
    await page.waitForFunction(() => CSS.highlights.size >= 1, { timeout: 20_000, polling: 100 });
    expect((await painted()).join(' ')).toMatch(/military intervention in Syria/);
    const options = await ff.openExtensionPage('options.html');
    const setSyria = (syria: boolean) =>
      storeSettingsFrom(options, { topics: { drones: true, syria } });
    await setSyria(false);
    await page.bringToFront();
    await page.waitForFunction(() => CSS.highlights.size === 0, { timeout: 10_000, polling: 100 });
    await setSyria(true);
    await page.bringToFront();
    await page.waitForFunction(() => CSS.highlights.size >= 1, { timeout: 10_000, polling: 100 });
    expect((await painted()).join(' ')).toMatch(/military intervention in Syria/);
    await options.close();
    await page.close();
  });

  it('highlights in open shadow roots inside blocks whose own text names nothing on topic', async () => {
    // A span's and a web component's paragraphs and a div's section, read while no context is
    // in force: their light text gives the gate nothing, their shadow roots hold mentions.
    const page = await ff.newPage();
    await page.goto(server.url('/shadow-in-block.html'));
    const painted = () =>
      page.evaluate(() =>
        [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())),
      );
    await page.waitForFunction(
      () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 4,
      { timeout: 20_000, polling: 100 },
    );
    const texts = (await painted()).join(' ');
    expect(texts).toMatch(/launched the Astana talks on Syria/);
    expect(texts).toMatch(/military intervention in Syria/);
    expect(texts).toMatch(/hundreds of Shahed-136 drones/);
    expect(texts).toMatch(/to fly the Mohajer-6 drones/);
    await page.close();
  });

  it('logged no errors on extension pages', () => {
    expect(ff.errors.filter((e) => e.startsWith('moz-extension://'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Pages that try to switch the extension off or read what it shows (issue #12), in Firefox.

/** The texts our highlights cover on a page, sorted. */
const highlightedTexts = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('fact-context-') && name !== 'fact-context-flash')
      .flatMap(([, h]) => [...h].map((r) => r.toString()))
      .sort(),
  );

/** Polls until the page's highlights are exactly `want` (bounded); returns the last seen. */
async function waitForExactHighlights(page: Page, want: readonly string[]): Promise<string[]> {
  const sorted = JSON.stringify([...want].sort());
  const until = Date.now() + 15_000;
  let seen = await highlightedTexts(page);
  while (Date.now() < until && JSON.stringify(seen) !== sorted) {
    await new Promise((ok) => setTimeout(ok, 150));
    seen = await highlightedTexts(page);
  }
  return seen;
}

/** How many mentions the background holds for the tab showing `url` (-1: no such tab). */
async function reportedMentions(url: string): Promise<number> {
  const probe = await ff.openExtensionPage('options.html');
  try {
    return await probe.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.split('#')[0] === u);
      if (tab?.id === undefined) return -1;
      const r = (await chrome.runtime.sendMessage({ type: 'tab/state', tabId: tab.id })) as {
        state: { mentions: unknown[] } | null;
      };
      return r.state?.mentions.length ?? 0;
    }, url);
  } finally {
    await probe.close();
  }
}

/** Reads `reportedMentions` until it is `want` (bounded); returns the last count. */
async function waitForReported(url: string, want: number, timeoutMs = 8_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let n = await reportedMentions(url);
  while (Date.now() < until && n !== want) {
    await new Promise((ok) => setTimeout(ok, 250));
    n = await reportedMentions(url);
  }
  return n;
}

describe('Firefox: pages that fight back', () => {
  const errorsBefore = () => ff.errors.length;

  it('keeps working on pages with elements named after the extension API globals', async () => {
    const other = server.origin.replace('127.0.0.1', 'localhost');
    server.route('/ff-hostile/other-site.html', htmlDocument('<p>Another site.</p>'));
    const otherSite = `${other}/ff-hostile/other-site.html`;
    const markups = [
      attack.NAMED_ELEMENTS.formsBoth(),
      attack.NAMED_ELEMENTS.iframeBrowser(otherSite) +
        attack.NAMED_ELEMENTS.iframeChrome(otherSite),
    ];
    const before = errorsBefore();
    for (const [i, markup] of markups.entries()) {
      server.route(`/ff-hostile/named-${i}.html`, htmlDocument(markup + plantedParagraphs()));
      const page = await ff.newPage();
      await page.goto(server.url(`/ff-hostile/named-${i}.html`));
      expect(await waitForExactHighlights(page, PLANTED_SENTENCES)).toEqual(
        [...PLANTED_SENTENCES].sort(),
      );
      await page.close();
    }
    expect(ff.errors.slice(before)).toEqual([]);
  });

  it('posts nothing to the page and ignores the event names it replays or guesses', async () => {
    server.route(
      '/ff-hostile/event-names.html',
      htmlDocument(plantedParagraphs(), attack.REPLAY_EVENT_NAMES),
    );
    const page = await ff.newPage();
    await page.goto(server.url('/ff-hostile/event-names.html'));
    expect(await waitForExactHighlights(page, PLANTED_SENTENCES)).toEqual(
      [...PLANTED_SENTENCES].sort(),
    );
    await page.evaluate((names) => {
      const replay = (window as unknown as { __replay: (t: string) => void }).__replay;
      for (const name of names) replay(name);
    }, attack.guessedEventNames(ff.addonId));
    await new Promise((ok) => setTimeout(ok, 1_500));
    expect(await page.evaluate('window.__heard')).toEqual([]);
    // Still on: new text is highlighted.
    await page.evaluate((s) => {
      const para = document.createElement('p');
      para.textContent = s;
      document.body.append(para);
    }, DRONES_SENTENCE);
    const want = [...PLANTED_SENTENCES, DRONES_SENTENCE];
    expect(await waitForExactHighlights(page, want)).toEqual(want.sort());
    await page.close();
  });

  it('keeps reporting through a synthetic pagehide and endless navigations and events', async () => {
    server.route('/ff-hostile/events.html', htmlDocument(plantedParagraphs(), attack.EVENT_STREAM));
    const page = await ff.newPage();
    const url = server.url('/ff-hostile/events.html');
    await page.goto(url);
    // The tab's URL changes with every navigation: look it up without the fragment.
    expect(await waitForExactHighlights(page, PLANTED_SENTENCES)).toHaveLength(2);
    expect(await waitForReported(url, 2)).toBe(2);
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    await new Promise((ok) => setTimeout(ok, 1_000));
    expect(await reportedMentions(url)).toBe(2);
    await page.close();
  });
  it('lets a page learn what the README says it can, and no more', async () => {
    const setColours = async (colors: { drones: string; syria: string }) => {
      const options = await ff.openExtensionPage('options.html');
      await storeSettingsFrom(options, { colors });
      await options.close();
    };
    await setColours({ drones: '#123456', syria: '#654321' });
    try {
      server.route(
        '/ff-hostile/learn-plain.html',
        htmlDocument(attack.PLAIN_PARAGRAPH, attack.LISTEN),
      );
      const plain = await ff.newPage();
      await plain.goto(server.url('/ff-hostile/learn-plain.html'));
      await new Promise((ok) => setTimeout(ok, 2_500));
      expect(await plain.evaluate(attack.READ_WHAT_A_PAGE_CAN)).toEqual({
        guessed: ['rgb(245, 185, 66)', 'rgb(111, 183, 255)'],
        registry: [],
        sheets: [],
        heard: [],
        unknownElements: 0,
      });
      await plain.close();
      server.route(
        '/ff-hostile/learn-mentions.html',
        htmlDocument(plantedParagraphs(), attack.LISTEN),
      );
      const page = await ff.newPage();
      await page.goto(server.url('/ff-hostile/learn-mentions.html'));
      // The user's own look uses names drawn for this page load: wait for two of any name.
      await page.waitForFunction(() => CSS.highlights.size >= 2, { timeout: 20_000, polling: 100 });
      expect(await page.evaluate(attack.READ_WHAT_A_PAGE_CAN)).toEqual({
        // Guessing the published names gives the defaults only.
        guessed: ['rgb(245, 185, 66)', 'rgb(111, 183, 255)'],
        registry: [
          `${DRONES_SENTENCE} | rgb(18, 52, 86) | other name`,
          `${PLANTED_SENTENCES[1]} | rgb(101, 67, 33) | other name`,
        ],
        sheets: [3],
        heard: [],
        unknownElements: 0,
      });
      await page.close();
    } finally {
      await setColours(DEFAULT_SETTINGS.colors);
    }
  });
});
