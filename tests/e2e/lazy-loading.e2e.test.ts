/**
 * What a page pays for: the always-on probe is the only extension script in a page without
 * topic words; the detector stage loads only once the vocabulary gate passes some text; the
 * page UI only once there is a mention. A page without mentions also gets no message, no DOM
 * change and no highlight from the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { benchPage } from './harness/pages';
import { allHighlightTexts, RECORD_MUTATIONS, waitForHighlights } from './helpers/highlights';

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Records `message` events the page's window receives (WXT's wrapper used to post one). */
const RECORD_MESSAGES = `
  window.__messages = [];
  addEventListener('message', (e) => window.__messages.push(String(e.data && e.data.type || e.data)), true);
`;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  server.route('/plain-news.html', benchPage('none').html);
  browser = await launchWithExtension();
});

afterAll(async () => {
  expect(browser.externalRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  session: CDPSession;
  /** Extension scripts parsed in the page's renderer so far, by path. */
  scripts: Set<string>;
}

/** Opens `path` with script parsing recorded from before the first byte. */
async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  await page.addInitScript(RECORD_MUTATIONS);
  await page.addInitScript(RECORD_MESSAGES);
  const session = await page.context().newCDPSession(page);
  const scripts = new Set<string>();
  session.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) scripts.add(new URL(e.url).pathname);
  });
  await session.send('Debugger.enable');
  await page.goto(server.url(path));
  return { page, session, scripts };
}

describe('what a page loads', () => {
  it('a page without topic words runs the probe only (and the empty world-at-start), untouched', async () => {
    const { page, scripts } = await visit('/plain-news.html');
    // The probe starts at idle (bounded at 1 s) and finishes in one task on this page.
    await sleep(2_500);
    expect([...scripts].sort()).toEqual(['/probe.js', '/world-at-start.js']);
    expect(await allHighlightTexts(page)).toEqual([]);
    // The DOM is exactly what the page's parser built.
    expect(
      await page.evaluate(
        () =>
          new XMLSerializer().serializeToString(document.documentElement) ===
          (window as unknown as { __fcInitialHtml: string }).__fcInitialHtml,
      ),
    ).toBe(true);
    expect(await page.evaluate('window.__messages')).toEqual([]);
    await page.close();
  });

  it('a page naming Iran off topic loads the detector stage, not the page UI', async () => {
    const { page, scripts } = await visit('/off-topic.html');
    for (let i = 0; i < 50 && !scripts.has('/probe-detector.js'); i++) await sleep(100);
    await sleep(1_500);
    expect([...scripts].sort()).toEqual(['/probe-detector.js', '/probe.js', '/world-at-start.js']);
    expect(await allHighlightTexts(page)).toEqual([]);
    await page.close();
  });

  it('a page with a mention loads the page UI and highlights it', async () => {
    const { page, scripts } = await visit('/drones-article.html');
    await waitForHighlights(page, (t) => t.length > 0);
    expect([...scripts].sort()).toEqual([
      '/page-ui.js',
      '/probe-detector.js',
      '/probe.js',
      '/world-at-start.js',
    ]);
    await page.close();
  });

  it('a page in another language loads that language’s detector stage instead', async () => {
    // Turkish, declared by the page's lang attribute.
    const tr = await visit('/tr-article.html');
    await waitForHighlights(tr.page, (t) => t.length > 0);
    expect([...tr.scripts].sort()).toEqual([
      '/page-ui.js',
      '/probe-detector-2.js',
      '/probe.js',
      '/world-at-start.js',
    ]);
    await tr.page.close();
    // Hindi, told by its letters where the page declares no language.
    const hi = await visit('/hi-article.html');
    expect(await waitForHighlights(hi.page, (t) => t.length > 0)).toEqual([
      'पश्चिमी अधिकारियों के अनुसार ईरान ने रूस को सैकड़ों शाहेद ड्रोन भेजे।',
    ]);
    expect([...hi.scripts].sort()).toEqual([
      '/page-ui.js',
      '/probe-detector-6.js',
      '/probe.js',
      '/world-at-start.js',
    ]);
    await hi.page.close();
    // French, declared by the page's lang attribute, with words only the French lexicon knows.
    const fr = await visit('/fr-article.html');
    expect(await waitForHighlights(fr.page, (t) => t.length > 0)).toEqual([
      'Selon Kyiv, Téhéran a livré de nouvelles armes à Moscou pour sa guerre en Ukraine.',
    ]);
    expect([...fr.scripts].sort()).toEqual([
      '/page-ui.js',
      '/probe-detector-4.js',
      '/probe.js',
      '/world-at-start.js',
    ]);
    await fr.page.close();
  });

  it('finds a mention that arrives later inside a web component’s shadow root', async () => {
    const { page } = await visit('/plain-news.html');
    await sleep(1_500);
    await page.evaluate(() => {
      customElements.define(
        'late-card',
        class extends HTMLElement {
          connectedCallback() {
            const p = document.createElement('p');
            p.textContent =
              'Russia has begun producing the Iranian-designed Shahed drones, renamed Geran-2, at a plant in Alabuga with help from Iran.';
            this.attachShadow({ mode: 'open' }).append(p);
          }
        },
      );
      document.querySelector('article, main, body')!.append(document.createElement('late-card'));
    });
    const texts = await waitForHighlights(page, (t) => t.length > 0);
    expect(texts.join(' ')).toMatch(/Shahed|Geran|Alabuga|Iranian/);
    await page.close();
  });
});
