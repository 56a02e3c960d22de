/**
 * Looks for a first topic mention in the frame's text, without touching the DOM: the initial
 * text once the page is idle, then whatever DOM mutations add. On the first hit it reads the
 * settings and, unless paused or disabled here, loads the page UI and stops. It errs on the
 * side of loading: the page UI rescans precisely (visibility, editors, exact spans), so a
 * false hit here only costs a script load.
 *
 * Cost on a page without mentions (bench page "none", 2.5k nodes, 60k chars; Chromium 156):
 * the former probe joined all text and ran the detector over it, ~30 ms in five timer tasks,
 * and read the settings first (~11 ms of extension messaging). Now: one `textContent` read and
 * one regex test (`gate.ts`, precomputed at build time: the lexicons are not even decoded), a
 * scan for open shadow roots, no message, no detector.
 *
 * Size matters here (this runs on every page): no settings or storage library, no helpers.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectMentions } from '../../engine/detect';
import type { TextBlock } from '../../engine/types';
import { isBlockElement } from '../../lib/dom/text-blocks';
import { yieldToPage, SLICE_BUDGET_MS } from '../../lib/dom/slices';
import { GATE_FLAGS, GATE_SOURCE } from './gate-pattern.generated';

/** Text handed to the detector at once; a longer block is cut into overlapping windows. */
const CHUNK = 8_000;
const OVERLAP = 400;
/** Whole-subtree text tested by the gate per step (a 2 MB page is not one regex task). */
const GATE_STEP = 100_000;
/** Pending mutation roots kept one by one; beyond this a root's whole tree is rechecked. */
const MAX_PENDING = 256;
/** Mutations are collected this long before being checked (a throttle, not a debounce: a
 * page mutating every millisecond would postpone a debounce forever). */
const MUTATION_DELAY_MS = 300;
/** Content that is not page text (the page UI's walker skips these and more). */
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|OPTION|IFRAME|OBJECT|svg|math)$/i;

/**
 * The text blocks of `root` as the page UI's walker (`lib/dom/text-blocks.ts`) builds them: a
 * block element's text is its own block (a mention never spans two), a line break or nested
 * block inside it becomes "\n". Yields each block when it closes, and null every few hundred
 * nodes so the caller can pause. Calls `onShadow` for open shadow roots met.
 */
export function* blockTexts(
  root: Node,
  onShadow: (shadow: ShadowRoot) => void,
): Generator<string | null> {
  const els: Node[] = [root];
  const texts = [''];
  let brk = false;
  let n: Node | null = root.firstChild;
  let visited = 0;
  while (n) {
    let down = false;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data) {
        const t = texts.length - 1;
        texts[t] += brk && texts[t] ? `\n${data}` : data;
        brk = false;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'BR') brk = true;
      else if (!SKIP.test(el.tagName)) {
        if (el.shadowRoot) onShadow(el.shadowRoot);
        if (isBlockElement(el)) {
          brk = true;
          if (el.firstChild) {
            els.push(el);
            texts.push('');
            brk = false;
          }
        }
        down = true;
      }
    }
    if (down && n.firstChild) n = n.firstChild;
    else {
      // Climb until a next sibling exists, closing the blocks we leave.
      while (n && n !== root && !n.nextSibling) {
        n = n.parentNode;
        if (els.length > 1 && n === els[els.length - 1]) {
          els.pop();
          const text = texts.pop()!;
          if (text.trim()) yield text;
          brk = true;
        }
      }
      n = n && n !== root ? n.nextSibling : null;
    }
    if (++visited % 256 === 0) yield null;
  }
  // Blocks left open (nodes removed mid-walk) and the root's own text.
  while (texts.length) {
    const text = texts.pop()!;
    if (text.trim()) yield text;
  }
}

/** The block container `node`'s text belongs to (as the page UI sees it). */
function containerOf(node: Node): Node {
  let n: Node | null = node;
  while (n && !isBlockElement(n) && n.nodeType !== 11) n = n.parentNode;
  return n && n !== document.documentElement ? n : (document.body ?? document.documentElement);
}

/** Paused, or this site disabled? Mirrors `isActiveOn` on the raw stored settings. */
async function isActive(): Promise<boolean> {
  const s = (await browser.storage.sync.get('settings')).settings as
    { paused?: unknown; disabledSites?: unknown } | undefined;
  const host = location.hostname.toLowerCase();
  const sites = Array.isArray(s?.disabledSites) ? (s.disabledSites as unknown[]) : [];
  return s?.paused !== true && !sites.some((d) => host === d || host.endsWith(`.${d}`));
}

export function startProbe(ctx: ContentScriptContext): void {
  /** Built when the page is idle, not while the script is evaluated during page load. */
  let gate = /$^/;
  const pending = new Set<Node>();
  const observed = new WeakSet<Node>();
  let found = false;
  let busy = false;
  let timer: number | undefined;
  let start = 0;

  /** Gives the page its thread back once this slice's budget is spent. */
  const pace = async () => {
    if (performance.now() - start > SLICE_BUDGET_MS) {
      await yieldToPage();
      start = performance.now();
    }
  };

  const add = (node: Node) => {
    if (pending.size < MAX_PENDING) pending.add(node);
    else {
      const top = node.getRootNode();
      pending.add(top.nodeType === 9 ? containerOf(top) : top);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') add(r.target);
      else r.addedNodes.forEach(add);
    }
    timer ??= ctx.setTimeout(() => {
      timer = undefined;
      run();
    }, MUTATION_DELAY_MS);
  });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  };
  const onShadow = (shadow: ShadowRoot) => {
    observe(shadow);
    pending.add(shadow);
  };

  /** Whether the gate passes anywhere in `text`, tested in steps. */
  const gated = async (text: string) => {
    for (let i = 0; i < text.length; i += GATE_STEP) {
      // Overlap by more than any gate word, so none is cut in two.
      if (gate.test(text.slice(i, i + GATE_STEP + 64))) return true;
      await pace();
    }
    return false;
  };

  /** Open shadow roots under `root` (their text is not in `textContent`). */
  const findShadows = async (root: Node) => {
    if (!('querySelectorAll' in root)) return;
    const all = (root as ParentNode).querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const shadow = all[i]!.shadowRoot;
      if (shadow) onShadow(shadow);
      if (i % 512 === 511) await pace();
    }
  };

  /** Walks `root`'s blocks and runs the detector on those the gate lets through. */
  const detectIn = async (root: Node) => {
    let batch: TextBlock[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length) found = detectMentions(batch).length > 0;
      batch = [];
      size = 0;
      await pace();
    };
    for (const text of blockTexts(root, onShadow)) {
      if (found) return;
      // Windows of a long block (one 10 MB text node is not one task), each gated.
      for (let i = 0; text && i < text.length && !found; i += CHUNK) {
        const win = i || text.length > CHUNK + OVERLAP ? text.slice(i, i + CHUNK + OVERLAP) : text;
        if (gate.test(win)) {
          batch.push({ text: win });
          size += win.length;
          if (size >= CHUNK) await flush();
        }
        await pace();
      }
    }
    await flush();
  };

  async function drain() {
    start = performance.now();
    while (pending.size && !found) {
      const root = pending.values().next().value!;
      pending.delete(root);
      if (!root.isConnected) continue;
      const text = root.nodeType === 3 ? (root as Text).data : (root.textContent ?? '');
      if (await gated(text)) await detectIn(containerOf(root));
      else await findShadows(root);
    }
    if (found) await onHit();
  }

  function run() {
    if (busy || found || ctx.isInvalid) return;
    busy = true;
    drain()
      .catch(() => {})
      .finally(() => {
        busy = false;
        if (pending.size && !found) run();
      });
  }

  /** Settings are read only now: pages without mentions send no message at all. */
  const load = async () => {
    if (ctx.isInvalid || loaded || !(await isActive())) return;
    loaded = true;
    browser.storage.onChanged.removeListener(onStorage);
    // A dynamic import from a content script runs in the same isolated world and needs no
    // host permission (see `web_accessible_resources` in wxt.config.ts).
    await import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/page-ui.js'));
  };
  let loaded = false;
  // Paused or disabled here: resuming the extension or re-enabling this site loads it then.
  const onStorage = (changes: object, area: string) => {
    if (area === 'sync' && 'settings' in changes) load().catch(() => {});
  };
  async function onHit() {
    observer.disconnect();
    clearTimeout(timer);
    browser.storage.onChanged.addListener(onStorage);
    await load();
  }

  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    try {
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension is gone: nothing to unregister.
    }
  });
  // Idle, so the probe does not compete with the page's own loading (bounded wait).
  ctx.requestIdleCallback(
    () => {
      gate = new RegExp(GATE_SOURCE, GATE_FLAGS);
      observe(document);
      pending.add(document.body ?? document.documentElement);
      run();
    },
    { timeout: 1_000 },
  );
}
