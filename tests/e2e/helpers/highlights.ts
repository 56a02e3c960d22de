/**
 * Reading the extension's highlights the way the page itself could: the document's
 * `CSS.highlights` registry holds the ranges the content script registered.
 */
import type { Frame, Page } from 'playwright-core';

/** Highlight name → texts of its ranges (in registration order). */
export type HighlightTexts = Record<string, string[]>;

/** Our highlights in a page or frame, with whitespace collapsed. */
export function readHighlights(target: Page | Frame): Promise<HighlightTexts> {
  return target.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('fact-context-')) continue;
      out[name] = [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/** All highlighted texts, sorted, regardless of topic. */
export async function allHighlightTexts(target: Page | Frame): Promise<string[]> {
  const h = await readHighlights(target);
  return Object.entries(h)
    .filter(([name]) => name !== 'fact-context-flash')
    .flatMap(([, texts]) => texts)
    .sort();
}

/** Waits until the page's highlights satisfy `done` (polling the registry). */
export async function waitForHighlights(
  target: Page | Frame,
  done: (texts: string[]) => boolean,
  timeoutMs = 10_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = await allHighlightTexts(target);
    if (done(texts)) return texts;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Highlights did not settle; last seen: ${JSON.stringify(texts)}`);
}

/** Waits until the highlights stop changing for `quietMs` and returns them. */
export async function settledHighlights(target: Page | Frame, quietMs = 1_000): Promise<string[]> {
  let last = JSON.stringify(await allHighlightTexts(target));
  let stableSince = Date.now();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    const now = JSON.stringify(await allHighlightTexts(target));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) break;
  }
  return JSON.parse(last) as string[];
}

/** The viewport centre of the first line of the highlighted range containing `text`. */
export async function highlightPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((needle) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('fact-context-')) continue;
      for (const range of highlight) {
        if (!(range instanceof Range) || !range.toString().includes(needle)) continue;
        const rect = range.getClientRects()[0];
        if (rect)
          return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
}

/**
 * Records every DOM mutation from document start (an init script), so a test can prove the
 * extension changed nothing: read `window.__fcMutations` later.
 */
export const RECORD_MUTATIONS = `
  window.__fcMutations = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      window.__fcMutations.push(r.type + ':' + (r.target.nodeName || '') + ':' +
        [...r.addedNodes].map((n) => n.nodeName).join(','));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.__fcInitialHtml = new XMLSerializer().serializeToString(document.documentElement);
    // The parser's own insertions may not have been delivered yet (Chromium can parse a
    // small document and fire DOMContentLoaded in one task): drop them too.
    observer.takeRecords();
    window.__fcMutations.length = 0;
  });
`;
