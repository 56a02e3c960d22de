/**
 * Looks for a first topic mention in the frame's text, without touching the DOM: the initial
 * text in slices of a few milliseconds, then whatever DOM mutations add. On the first hit it
 * loads the page UI and stops. It errs on the side of loading: the page UI rescans precisely
 * (visibility, editors, exact spans), so a false hit here only costs a script load.
 *
 * Size matters here (this runs on every page): no settings or storage library, no helpers.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectMentions } from '../../engine/detect';
import { yieldToPage, SLICE_BUDGET_MS } from '../../lib/dom/slices';

/** Text handed to the detector at once; consecutive chunks overlap so no sentence is cut. */
const CHUNK = 8_000;
const OVERLAP = 400;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|svg)$/;

/** Paused, or this site disabled? Mirrors `isActiveOn` on the raw stored settings. */
async function isActive(): Promise<boolean> {
  const s = (await browser.storage.sync.get('settings')).settings as
    { paused?: unknown; disabledSites?: unknown } | undefined;
  const host = location.hostname.toLowerCase();
  const sites = Array.isArray(s?.disabledSites) ? (s.disabledSites as unknown[]) : [];
  return s?.paused !== true && !sites.some((d) => host === d || host.endsWith(`.${d}`));
}

export async function startProbe(ctx: ContentScriptContext): Promise<void> {
  const queue: Node[] = [];
  let found = false;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') queue.push(r.target);
      else queue.push(...r.addedNodes);
    }
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  const observe = (root: Node) =>
    observer.observe(root, { subtree: true, childList: true, characterData: true });

  /** Reads queued subtrees (and open shadow roots met) as text and detects, slice by slice. */
  async function drain() {
    let text = '';
    let start = performance.now();
    /** Detects in the collected text, CHUNK by CHUNK (a 10 MB text node is not one task). */
    const detect = async (all: boolean) => {
      while (!found && (text.length > CHUNK + OVERLAP || (all && text.trim()))) {
        found = detectMentions([{ text: text.slice(0, CHUNK + OVERLAP) }]).length > 0;
        text = text.length > CHUNK ? text.slice(CHUNK) : '';
        if (performance.now() - start > SLICE_BUDGET_MS) {
          await yieldToPage();
          start = performance.now();
        }
      }
    };
    while (queue.length && !found) {
      const walker = document.createTreeWalker(queue.shift()!, 5, (n) =>
        SKIP.test((n as Element).tagName) ? 2 : 1,
      );
      for (let n: Node | null = walker.currentNode; n && !found; n = walker.nextNode()) {
        const shadow = (n as Element).shadowRoot;
        if (shadow) {
          queue.push(shadow);
          observe(shadow);
        }
        if (n.nodeType === 3) text += ` ${(n as Text).data}`;
        if (text.length > CHUNK + OVERLAP) await detect(false);
        if (performance.now() - start > SLICE_BUDGET_MS) {
          await yieldToPage();
          start = performance.now();
        }
      }
    }
    await detect(true);
    if (found && !ctx.isInvalid) {
      observer.disconnect();
      // A dynamic import from a content script runs in the same isolated world and needs no
      // host permission (see `web_accessible_resources` in wxt.config.ts).
      await import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/page-ui.js'));
    }
  }

  function run() {
    if (!busy && !found && !ctx.isInvalid) {
      busy = true;
      drain().finally(() => (busy = false));
    }
  }

  const begin = async () => {
    if (!found && (await isActive())) {
      observe(document);
      queue.push(document.body ?? document.documentElement);
      run();
    }
  };
  // Resuming the extension or re-enabling this site starts the probe on open pages.
  const onStorage = (changes: object, area: string) => {
    if (area === 'sync' && 'settings' in changes) begin().catch(() => {});
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onStorage);
  });
  await begin();
}
