/**
 * Highlights on real pages: exactly the on-topic sentences, nothing on off-topic pages or in
 * editors, and the page's DOM left exactly as the site built it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import {
  allHighlightTexts,
  readHighlights,
  RECORD_MUTATIONS,
  settledHighlights,
  waitForHighlights,
} from './helpers/highlights';

const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

const DRONE_SENTENCES = [
  "How Iranian drones reached Russia's war in Ukraine",
  'Iran has supplied Russia with hundreds of Shahed-136 drones that Moscow launches at Ukrainian cities.',
  'Western officials say a Russian plane carried €140 million in cash to Tehran in August in exchange for the Iranian drones.',
  'Russia has begun producing the Iranian-designed Shahed drones, renamed Geran-2, at a plant in Alabuga with help from Iran.',
  'Iranian instructors trained Russian soldiers in Crimea to fly the Mohajer-6 drones, according to the report.',
];

const SYRIA_SENTENCES = [
  'In the summer of 2015, the Iranian general Qassem Soleimani flew to Moscow to persuade Vladimir Putin to save Bashar al-Assad.',
  "Weeks later Russia began its military intervention in Syria, with Iran's forces fighting on the ground for Assad.",
  'Russia and Iran launched the Astana talks on Syria with Turkey.',
];

/** The highlights are exactly the expected sentences: each range's whole text, no more, no less. */
function expectExactly(highlights: string[], sentences: string[]) {
  expect([...highlights].sort()).toEqual([...sentences].sort());
}

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.addInitScript(RECORD_MUTATIONS);
});

afterAll(async () => {
  expect(browser.externalRequests).toEqual([]);
  await browser?.close();
  await server?.close();
});

describe('static news pages', () => {
  it('highlights exactly the drone-transfer sentences, skipping hidden text', async () => {
    await page.goto(server.url('/drones-article.html'));
    await waitForHighlights(page, (t) => t.length >= DRONE_SENTENCES.length);
    const texts = await settledHighlights(page);
    expectExactly(texts, DRONE_SENTENCES);
    expect(texts.join(' ')).not.toMatch(/hidden|decorative/);
    const byName = await readHighlights(page);
    expect(Object.keys(byName)).toEqual(['fact-context-drones']);
    await page.screenshot({ path: join(ARTIFACTS, 'drones-article.png') });
  });

  it('leaves the page DOM untouched while highlighting', async () => {
    // Same page as above, still highlighted: no node, attribute or text was changed.
    const { mutations, same } = await page.evaluate(() => {
      const w = window as unknown as { __fcMutations: string[]; __fcInitialHtml: string };
      return {
        mutations: w.__fcMutations,
        same: new XMLSerializer().serializeToString(document.documentElement) === w.__fcInitialHtml,
      };
    });
    expect(mutations).toEqual([]);
    expect(same).toBe(true);
  });

  it('highlights the Syria-alliance sentences, in table cells too', async () => {
    await page.goto(server.url('/syria-article.html'));
    await waitForHighlights(page, (t) => t.length >= SYRIA_SENTENCES.length);
    expectExactly(await settledHighlights(page), SYRIA_SENTENCES);
    expect(Object.keys(await readHighlights(page))).toEqual(['fact-context-syria']);
  });

  it('reads the page as a whole: earlier paragraphs resolve "the two countries"', async () => {
    await page.goto(server.url('/context-article.html'));
    await waitForHighlights(page, (t) => t.length >= 4);
    const texts = await settledHighlights(page);
    expectExactly(texts, [
      'Iran has sent Russia hundreds of Shahed drones for its war in Ukraine, officials say.',
      // Vague alone; the paragraph before names Iran and Russia.
      'The two countries deny any transfer of weapons for the war.',
      'Russia and Iran also propped up Bashar al-Assad together after 2015.',
      // No Russia or Iran in the sentence; the alliance in Syria was told just before.
      '"We will keep working to settle the Syrian conflict," the Iranian president said.',
    ]);
  });

  it('highlights nothing on off-topic pages that share the vocabulary', async () => {
    await page.goto(server.url('/off-topic.html'));
    expect(await settledHighlights(page, 1_500)).toEqual([]);
  });

  it('never highlights inside editors or form fields', async () => {
    await page.goto(server.url('/editor.html'));
    await waitForHighlights(page, (t) => t.length >= 1);
    expect(await settledHighlights(page)).toEqual([DRONE_SENTENCES[1]]);
  });

  it('keeps editors and hidden content out as they change', async () => {
    await page.goto(server.url('/editor.html'));
    await waitForHighlights(page, (t) => t.length >= 1);
    // The user types a mention into the editor.
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(` ${DRONE_SENTENCES[4]}`);
    // The page adds a hidden panel with on-topic text, then rewrites one it hid earlier.
    await page.evaluate((sentence) => {
      const panel = (hidden: string) => {
        const div = document.createElement('div');
        div.setAttribute(hidden, hidden === 'hidden' ? '' : 'true');
        const p = document.createElement('p');
        p.textContent = sentence;
        div.append(p);
        document.body.append(div);
        return p;
      };
      panel('hidden');
      const later = panel('aria-hidden');
      later.textContent = 'Loading.';
      setTimeout(() => (later.textContent = sentence), 400);
    }, DRONE_SENTENCES[2]!);
    await new Promise((r) => setTimeout(r, 800));
    expect(await settledHighlights(page)).toEqual([DRONE_SENTENCES[1]]);
  });

  it('works under aggressive global CSS', async () => {
    await page.goto(server.url('/hostile-css.html'));
    await waitForHighlights(page, (t) => t.length >= 1);
    expect(await settledHighlights(page)).toEqual([DRONE_SENTENCES[2]]);
  });
});

describe('dynamic pages', () => {
  it('follows a single-page app as it swaps stories', async () => {
    await page.goto(server.url('/spa.html'));
    expect(await settledHighlights(page)).toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { showStory(n: string): void }).showStory('drones'),
    );
    await waitForHighlights(page, (t) => t.length === 2);
    // The headline names Tehran, Moscow and drones: on topic too.
    expectExactly(await allHighlightTexts(page), [
      'Tehran and Moscow deepen their drone deal',
      DRONE_SENTENCES[1]!,
    ]);
    await page.evaluate(() =>
      (window as unknown as { showStory(n: string): void }).showStory('syria'),
    );
    const texts = await waitForHighlights(page, (t) => t.includes(SYRIA_SENTENCES[2]!));
    expect(texts).toEqual([SYRIA_SENTENCES[2]]);
    await page.evaluate(() =>
      (window as unknown as { showStory(n: string): void }).showStory('weather'),
    );
    await waitForHighlights(page, (t) => t.length === 0);
  });

  it('highlights stories an infinite feed appends, and drops removed or edited ones', async () => {
    await page.goto(server.url('/infinite.html'));
    expect(await settledHighlights(page)).toEqual([]);
    const feed = (fn: string, ...args: unknown[]) =>
      page.evaluate(
        ([name, a]) =>
          (window as unknown as Record<string, (...x: unknown[]) => void>)[name as string]!(
            ...(a as unknown[]),
          ),
        [fn, args] as const,
      );
    await feed('loadMore');
    await feed('loadMore');
    await feed('loadMore');
    await waitForHighlights(page, (t) => t.length === 2);
    expectExactly(await allHighlightTexts(page), [DRONE_SENTENCES[4]!, SYRIA_SENTENCES[0]!]);
    // Remove the drones story (index 1: the first is "Markets").
    await feed('removeFirstStory', 1);
    await waitForHighlights(page, (t) => t.length === 1);
    expect(await allHighlightTexts(page)).toEqual([SYRIA_SENTENCES[0]]);
    // Edit the Syria paragraph into something off-topic.
    await feed('editText', 2, 'The museum extended its opening hours.');
    await waitForHighlights(page, (t) => t.length === 0);
  });

  it('scans open shadow roots', async () => {
    await page.goto(server.url('/shadow.html'));
    await waitForHighlights(page, (t) => t.length >= 1);
    expect(await settledHighlights(page)).toEqual([SYRIA_SENTENCES[1]]);
  });

  it('scans open shadow roots inside blocks whose own text names nothing on topic', async () => {
    // A span's and a web component's paragraphs and a div's section, read while no context is
    // in force: their light text gives the gate nothing, their shadow roots hold mentions (a
    // scan that judged such blocks by their text alone would miss them).
    await page.goto(server.url('/shadow-in-block.html'));
    await waitForHighlights(page, (t) => t.length >= 4);
    expectExactly(await settledHighlights(page), [
      DRONE_SENTENCES[1]!,
      DRONE_SENTENCES[4]!,
      SYRIA_SENTENCES[1]!,
      SYRIA_SENTENCES[2]!,
    ]);
  });

  it('scans iframes', async () => {
    await page.goto(server.url('/iframe.html'));
    const frame = page.frames().find((f) => f.url().endsWith('/frame-content.html'));
    expect(frame).toBeDefined();
    await waitForHighlights(frame!, (t) => t.length >= 1);
    expect(await settledHighlights(frame!)).toEqual([DRONE_SENTENCES[3]]);
    expect(await allHighlightTexts(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'iframe.png') });
  });

  it('logs no errors on any page', () => {
    expect(browser.errors).toEqual([]);
  });
});
