/**
 * The side panel, popup and options pages in Chromium with the built extension: real corpus
 * content, keyboard-only use, accessibility (axe-core) and settings that survive corruption.
 *
 * Extension pages are opened in tabs here, where "the active tab" would be the page itself,
 * so the panel and popup are given the fixture page's tab with `?tabId=N`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { waitForDialog } from './helpers/dialog';
import { storeSettings, storedSettings } from './helpers/extension';
import { createRng, DRONES_SENTENCE, escapeHtml, fillerText, htmlDocument } from './harness/pages';
import type { browser as extensionApi } from 'wxt/browser';

/** The extension API inside extension pages and the service worker (typed for `evaluate`). */
declare const chrome: typeof extensionApi;

interface SourceMeta {
  title: string;
  outlet: string;
}
const SOURCES = JSON.parse(
  readFileSync(resolve(ROOT, 'data/sources.json'), 'utf8'),
) as SourceMeta[];
const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let ext: ExtensionBrowser;
let server: FixtureServer;
let article: Page;
let articleTabId: number;

const extUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

/** The id of the active tab (the page opened last), read in the service worker. */
async function activeTabId(): Promise<number> {
  return ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Serious or critical axe-core violations on a page, as readable strings. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so evaluate axe's source through the
  // debugging protocol instead of adding a <script>.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }>;
    }
    const r = await axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Clicks a button inside the popover's closed shadow root like a user would: finds it through
 * the DevTools protocol (which sees closed shadow roots) and clicks its centre with the mouse.
 */
async function clickInClosedShadow(page: Page, label: string): Promise<void> {
  interface DomNode {
    nodeId: number;
    nodeName: string;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const cdp = await ext.context.newCDPSession(page);
  const textOf = (n: DomNode): string =>
    (n.nodeValue ?? '') + (n.children ?? []).map(textOf).join('');
  const find = (n: DomNode): DomNode | null => {
    if (n.nodeName === 'BUTTON' && textOf(n).trim() === label) return n;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(c);
      if (hit) return hit;
    }
    return null;
  };
  let button: DomNode | null = null;
  await expect
    .poll(async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
        root: DomNode;
      };
      button = find(root);
      return button !== null;
    })
    .toBe(true);
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button!.nodeId })) as {
    model: { content: number[] };
  };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  await cdp.detach();
}

const extensionErrors = () => ext.errors.filter((e) => e.startsWith('chrome-extension://'));

beforeAll(async () => {
  ext = await launchWithExtension();
  server = await startServer();
  article = await ext.newPage();
  await article.goto(server.url('/panel/article.html'));
  await article.waitForFunction(() => CSS.highlights.size >= 2, null, { polling: 100 });
  articleTabId = await activeTabId();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('side panel', () => {
  let panel: Page;

  beforeAll(async () => {
    panel = await ext.newPage();
    await panel.goto(extUrl(`sidepanel.html?tabId=${articleTabId}`));
  });

  it('lists the page’s mentions by topic; Enter chooses one', async () => {
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).allInnerTexts())
      .toEqual(['Iranian drones for Russia (1)', 'Russia–Iran alliance in Syria (1)']);
    // Under each topic, the mentions are grouped by the matter they are about.
    const matters = await panel.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(matters).toContain('Soleimani’s 2015 visits to Moscow (1)');
    expect(matters).toHaveLength(2);
    // Keyboard only: Tab to the drones mention, Enter.
    await panel.locator('body').focus();
    await tabTo(panel, 'button.fc-mention');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.textContent))
      .toMatch(/Shahed-136/);
    await panel.keyboard.press('Enter');
    await expect(
      panel.locator('button.fc-mention').first().getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('shows the chosen mention’s passages inside their articles, with provenance', async () => {
    const context = panel.locator('.fc-context');
    await expect.poll(() => context.locator('.fc-passage').count()).toBeGreaterThan(0);
    const text = await context.innerText();
    expect(text).toContain('Context from the corpus');
    expect(text).toMatch(/About: .+\(recognised from “/);
    expect(text).toMatch(/On: /);
    expect(SOURCES.some((s) => text.includes(s.title))).toBe(true);
    expect(text).toMatch(/Published by /);
    expect(text).toMatch(/Published (about )?\w+ \d{4} \((inferred|stated)\)/);
    expect(text).toContain('About this source:');
    expect(text).toMatch(/Passage (before|after):/);
    expect(await context.locator('mark').count()).toBeGreaterThan(0);
  });

  it('moves between views with the arrow keys and shows a timeline of dated events', async () => {
    await panel.getByRole('tab', { name: /On this page/ }).focus();
    await panel.keyboard.press('ArrowRight');
    const timelineTab = panel.getByRole('tab', { name: 'Timeline' });
    await expect(timelineTab.getAttribute('aria-selected')).resolves.toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Timeline');
    const tabpanel = panel.getByRole('tabpanel', { name: 'Timeline' });
    // The drones mention was chosen last, so the timeline shows the drones topic.
    const years = await tabpanel.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(years).toContain('2022');
    expect(years).toContain('The 1990s'); // a period, kept apart from dated years
    const dated = years.filter((y) => /^\d{4}$/.test(y));
    expect([...dated].sort()).toEqual(dated);
    expect(await tabpanel.innerText()).toMatch(/August 2022/);
    // Keyboard: Tab into the panel to the first event, Enter opens its passage in the article.
    await tabTo(panel, '.fc-event > button');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.locator('.fc-event > button[aria-expanded="true"]').count())
      .toBe(1);
    await expect(tabpanel.locator('.fc-in-article .fc-passage').count()).resolves.toBe(1);
    // Switching to the Syria topic with the keyboard (radio group, arrow keys).
    await panel.getByRole('radio', { name: /Iranian drones/ }).focus();
    await panel.keyboard.press('ArrowDown');
    await expect
      .poll(() => tabpanel.getByRole('heading', { level: 2 }).allInnerTexts())
      .toContain('2015');
  });

  it('places the page’s mentions on the timeline', async () => {
    const linked = panel.locator('.fc-event--linked');
    await expect.poll(() => linked.count()).toBeGreaterThan(0);
    expect(await linked.first().innerText()).toMatch(/On this page: “/);
  });

  it('searches the whole corpus, with dates and sources on each result', async () => {
    await panel.getByRole('tab', { name: 'Search' }).click();
    await panel.getByRole('searchbox', { name: 'Search the corpus' }).fill('Soleimani Moscow');
    await expect.poll(() => panel.locator('.fc-results .fc-passage').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('status').first().innerText()).toMatch(/\d+ passage\(s\) match/);
    const first = await panel.locator('.fc-results .fc-passage').first().innerText();
    expect(first).toMatch(/Soleimani|Suleimani|Soleymani/);
    expect(first).toMatch(/Published by .+/);
    expect(first).toMatch(/\d{4}/);
  });

  it('explains the sources: titles, outlets, dates with basis, not a live feed', async () => {
    await panel.getByRole('tab', { name: 'Sources' }).click();
    const about = await panel.getByRole('tabpanel', { name: 'Sources' }).innerText();
    for (const s of SOURCES) {
      expect(about).toContain(s.title);
      expect(about).toContain(s.outlet);
    }
    expect(about).toMatch(/2015 to 2022/);
    expect(about).toMatch(/not a live feed/);
    expect(about).toMatch(/not as verified facts/);
    expect(about).toMatch(/\(inferred\)/);
  });

  it('reveals the chosen mention in the page (scroll and flash)', async () => {
    await panel.getByRole('tab', { name: /On this page/ }).click();
    await panel.locator('button.fc-mention').first().click();
    // Poll on a timer: the fixture tab is in the background, where animation frames stop.
    // (Needs the background to accept 'mention/reveal' from an extension page in a tab.)
    await article.waitForFunction(
      () => [...CSS.highlights.keys()].some((k) => /flash/.test(k)),
      null,
      { polling: 50, timeout: 10_000 },
    );
  });

  it('searches for text handed over by the "Find fact context for selection" menu', async () => {
    // The menu click stores the selection in storage.session, then opens the panel; browser
    // menus cannot be clicked headless, so store it as the click handler does.
    await ext.serviceWorker.evaluate(() =>
      chrome.storage.session.set({
        panelRequest: { text: 'Soleimani visit to Moscow', tabId: null, at: Date.now() },
      }),
    );
    await expect
      .poll(() => panel.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(await panel.getByRole('searchbox', { name: 'Search the corpus' }).inputValue()).toBe(
      'Soleimani visit to Moscow',
    );
    await expect.poll(() => panel.locator('.fc-results .fc-passage').count()).toBeGreaterThan(0);
  });

  it('has no serious accessibility violations in any view', async () => {
    for (const name of ['On this page', 'Timeline', 'Search', 'Sources']) {
      await panel.getByRole('tab', { name: new RegExp(name) }).click();
      expect(await seriousViolations(panel), name).toEqual([]);
    }
  });

  it('opens on the mention chosen with the popover’s "Full context"', async () => {
    // Hover the Syria sentence, wait for the popover, click "Full context".
    await article.bringToFront();
    const box = await article.locator('#syria').boundingBox();
    await article.mouse.move(box!.x + 40, box!.y + 8);
    // The popover is on the page, hidden, during the hover delay: click once a reader sees it.
    await waitForDialog(article);
    await clickInClosedShadow(article, 'Full context');
    const fresh = await ext.newPage();
    await fresh.goto(extUrl(`sidepanel.html?tabId=${articleTabId}`));
    await expect
      .poll(() => fresh.locator('button.fc-mention[aria-pressed="true"]').count())
      .toBe(1);
    expect(await fresh.locator('button.fc-mention[aria-pressed="true"]').innerText()).toMatch(
      /Soleimani/,
    );
    // Focus lands on the context of that mention, ready to read on.
    await expect
      .poll(() => fresh.evaluate(() => document.activeElement?.id))
      .toBe('fc-context-heading');
    expect(await fresh.locator('.fc-context .fc-passage').count()).toBeGreaterThan(0);
    await fresh.close();
  });
});

describe('popup', () => {
  it('counts what was found, switches the site off and on, and passes axe', async () => {
    const popup = await ext.newPage();
    await popup.goto(extUrl(`popup.html?tabId=${articleTabId}`));
    await expect
      .poll(() => popup.locator('.fc-counts').innerText())
      .toMatch(/drones for Russia: 1 mention/);
    expect(await popup.locator('.fc-counts').innerText()).toMatch(/alliance in Syria: 1 mention/);
    const siteSwitch = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
    expect(await siteSwitch.isChecked()).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    // Keyboard: Tab to the switch, Space turns the extension off for this site.
    await tabTo(popup, '#site-switch');
    await popup.keyboard.press('Space');
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    // The switch flips at once; the write to storage.sync lands a moment later.
    await expect
      .poll(async () => {
        const stored = (await storedSettings(ext)) as { disabledSites?: string[] } | undefined;
        return stored?.disabledSites;
      })
      .toEqual(['127.0.0.1']);
    // Open tabs follow at once: the page's highlights go.
    await article.waitForFunction(() => CSS.highlights.size === 0, null, {
      polling: 100,
      timeout: 10_000,
    });
    await popup.keyboard.press('Space');
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await article.waitForFunction(() => CSS.highlights.size >= 2, null, {
      polling: 100,
      timeout: 10_000,
    });
    await tabTo(popup, 'button.fc-primary');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Open side panel');
    await popup.close();
  });
});

describe('a page with more mentions than a tab keeps', () => {
  it('stores at most 256 KB for the tab and says how many mentions are not listed', async () => {
    const rng = createRng(3);
    const paragraphs = Array.from(
      { length: 600 },
      (_, i) =>
        `<p>${escapeHtml(`${fillerText(rng, 300)} ${DRONES_SENTENCE} ${fillerText(rng, 300)}`)} (${i})</p>`,
    );
    server.route('/panel/many.html', htmlDocument(paragraphs.join(''), '', 'Many mentions'));
    const page = await ext.newPage();
    await page.goto(server.url('/panel/many.html'));
    await page.waitForFunction(() => CSS.highlights.size >= 1, null, { polling: 100 });
    const tabId = await activeTabId();
    const panel = await ext.newPage();
    await panel.goto(extUrl(`sidepanel.html?tabId=${tabId}`));
    // The badge's count: every mention the page reported, listed or not.
    await expect
      .poll(() => panel.getByRole('tab', { name: /On this page/ }).innerText(), { timeout: 20_000 })
      .toBe('On this page (600)');
    // (A search handed over by an earlier test may have opened the panel on Search.)
    await panel.getByRole('tab', { name: /On this page/ }).click();
    const note = await panel.getByText(/more mentions on this page are not listed/).innerText();
    const notListed = Number(/(\d+) more mentions/.exec(note)?.[1]);
    const listed = await panel.locator('button.fc-mention').count();
    expect(listed).toBeGreaterThan(0);
    expect(listed + notListed).toBe(600);
    // What the browser holds for the tab in storage.session, as UTF-8 JSON.
    const bytes = await ext.serviceWorker.evaluate(async (key) => {
      const stored = (await chrome.storage.session.get(key))[key];
      return new TextEncoder().encode(JSON.stringify(stored)).length;
    }, `fc-tab:${tabId}`);
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThanOrEqual(256 * 1024);
    console.log(`600 mentions: ${listed} listed, ${notListed} not, ${bytes} bytes stored`);
    await panel.close();
    await page.close();
  });
});

describe('options', () => {
  let options: Page;

  beforeAll(async () => {
    await ext.serviceWorker.evaluate(() => chrome.storage.sync.clear());
    options = await ext.newPage();
    await options.goto(extUrl('options.html'));
    await options.getByRole('heading', { name: 'Fact Context settings' }).waitFor();
  });

  it('works by keyboard: topics, hover delay, sites (validated), reset with confirmation', async () => {
    await tabTo(options, 'input[type="checkbox"]:not([role="switch"])');
    await options.keyboard.press('Space'); // drones off
    await tabTo(options, '#hover-delay');
    await options.keyboard.press('Control+A');
    await options.keyboard.type('750');
    await options.keyboard.press('Tab'); // commit
    await tabTo(options, '#site-input');
    await options.keyboard.type('not a host');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByRole('alert').innerText()).toMatch(/not a hostname/);
    await options.keyboard.press('Control+A');
    await options.keyboard.type('https://News.Example.com/story');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByRole('list', { name: /Sites where/ }).innerText())
      .toMatch(/news\.example\.com/);
    const read = () => storedSettings(ext);
    await expect.poll(read).toMatchObject({
      topics: { drones: false, syria: true },
      hoverDelayMs: 750,
      disabledSites: ['news.example.com'],
    });
    expect(await seriousViolations(options)).toEqual([]);

    // Reset: asks first (focus on Cancel), Escape cancels, then confirm.
    await tabTo(options, 'button.fc-danger[aria-expanded]');
    await options.keyboard.press('Enter');
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await options.keyboard.press('Escape');
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe(
      'Reset all settings…',
    );
    await options.keyboard.press('Enter');
    await options.keyboard.press('Shift+Tab'); // from Cancel to "Yes, reset"
    await options.keyboard.press('Enter');
    await expect.poll(read).toMatchObject({ topics: { drones: true }, disabledSites: [] });
    await expect.poll(() => options.getByRole('status').last().innerText()).toMatch(/defaults/);
  });

  it('keeps the user’s other settings when one stored value is corrupt', async () => {
    await storeSettings(ext, {
      version: 1,
      paused: false,
      topics: { drones: true, syria: false },
      highlightStyle: 'underline',
      colors: 'garbage',
      hoverDelayMs: { nope: true },
      disabledSites: ['keep.example', 42],
      unknown: 'x',
    });
    await options.reload();
    await options.getByRole('heading', { name: 'Fact Context settings' }).waitFor();
    expect(await options.locator('#color-drones').inputValue()).toBe('#f5b942');
    expect(await options.locator('#color-syria').inputValue()).toBe('#6fb7ff');
    expect(await options.locator('#hover-delay').inputValue()).toBe('300');
    expect(await options.getByRole('radio', { name: 'Underline' }).isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: /alliance in Syria/ }).isChecked()).toBe(
      false,
    );
    expect(await options.getByRole('list', { name: /Sites where/ }).innerText()).toMatch(
      /keep\.example/,
    );
  });

  it('sent nothing anywhere and logged no errors on extension pages', () => {
    expect(ext.externalRequests).toEqual([]);
    expect(extensionErrors()).toEqual([]);
  });
});
