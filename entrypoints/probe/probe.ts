/**
 * Looks for a first topic mention in the frame's text, without touching the DOM: the initial
 * text once the page is idle, then whatever DOM mutations add. On the first hit it reads the
 * settings and, unless paused or disabled here, loads the page UI and stops. It errs on the
 * side of loading: the page UI rescans precisely (visibility, editors, exact spans), so a
 * false hit here only costs a script load.
 *
 * On a page without mentions it costs one read of the page's text, one regex test of it
 * lower-cased (`gate.ts`) and one XPath query for shadow hosts, in one task: no message, and
 * the detector (`entrypoints/probe-detector/`) is not even loaded. (Measurements:
 * docs/architecture.md.)
 *
 * Size matters here (this runs on every page): no storage library, no helpers; of the
 * settings, only their pure validator.
 */
import { nativeBrowser, type Browser } from './native-browser';
import { stageOf, type Stage } from '../../engine/lexicon/stage-langs';
import type { HasMention } from '../probe-detector';
import { isBlockElement } from '../../lib/dom/text-blocks';
import { SKIP_TAGS } from '../../engine/page-tags';
import { yieldToPage, SLICE_BUDGET_MS } from '../../lib/dom/slices';
import { GATE_FLAGS, GATE_SOURCE } from './gate-pattern.generated';
import { SETTINGS_KEY, isActiveOn, validateActivity } from '../../lib/settings';

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
      else if (!SKIP_TAGS.has(el.tagName.toUpperCase())) {
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

/**
 * The text of the document's body (else of its root element), read without handing the page's
 * elements to this script: an XPath string value. The first touch of an element in a content
 * script's world builds the element interfaces' prototypes there, which costs more than
 * reading the text (docs/architecture.md, "Measurements behind the design").
 */
function documentText(): string {
  try {
    return document.evaluate(
      'string(/*/body | /*[not(body)])',
      document,
      null,
      XPathResult.STRING_TYPE,
      null,
    ).stringValue;
  } catch {
    return (document.body ?? document.documentElement)?.textContent ?? '';
  }
}

/** The text `root` holds (the document: its body's). */
function textOf(root: Node): string {
  if (root.nodeType === 3) return (root as Text).data;
  return root.nodeType === 9 ? documentText() : (root.textContent ?? '');
}

/** The block container `node`'s text belongs to (as the page UI sees it). */
function containerOf(node: Node): Node {
  let n: Node | null = node;
  while (n && !isBlockElement(n) && n.nodeType !== 11) n = n.parentNode;
  return n && n !== document.documentElement ? n : (document.body ?? document.documentElement);
}

/**
 * Custom elements under `root` (itself included): the elements that host open shadow roots in
 * practice (web components). A built-in element can host one too (`div.attachShadow`); that is
 * rare for article text and missed here until the page UI, loaded by any other mention in the
 * frame, walks every element.
 *
 * Why not read `shadowRoot` off every element: it costs about twice this XPath on a page
 * without mentions (docs/architecture.md, "Measurements behind the design").
 */
const HOSTS_XPATH = "descendant-or-self::*[contains(name(),'-')]";

interface ElementList {
  readonly length: number;
  item(i: number): Element | null;
}

function candidateHosts(root: Node): ElementList {
  // XPath takes no shadow root as context; shadow trees are small, so they are listed whole.
  if ((root.nodeType === 1 || root.nodeType === 9) && root.isConnected) {
    try {
      const r = document.evaluate(
        HOSTS_XPATH,
        root,
        null,
        XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
        null,
      );
      return { length: r.snapshotLength, item: (i) => r.snapshotItem(i) as Element | null };
    } catch {
      // Fall through: list every element.
    }
  }
  return 'querySelectorAll' in root
    ? (root as ParentNode).querySelectorAll('*')
    : { length: 0, item: () => null };
}

/**
 * Whether the extension runs on `hostname` (not paused, the site not disabled), read through
 * the same validator as every other reader: the probe never stays off on a site the options
 * page does not list. A storage error reads as the defaults, as it does for the page UI.
 */
export async function isActive(browser: Browser, hostname: string): Promise<boolean> {
  const stored: Record<string, unknown> = await browser.storage.sync
    .get(SETTINGS_KEY)
    .catch(() => ({}));
  return isActiveOn(validateActivity(stored[SETTINGS_KEY]), hostname);
}

/**
 * Imports one of the extension's own modules into this content script's world. A dynamic
 * import from a content script needs no host permission (see `web_accessible_resources` in
 * wxt.config.ts).
 */
function importOwn<T>(browser: Browser, path: DetectorStage | '/page-ui.js') {
  return import(/* @vite-ignore */ browser.runtime.getURL(path)) as Promise<T>;
}

type DetectorStage = '/probe-detector.js' | `/probe-detector-${Exclude<Stage, 1>}.js`;

/**
 * The detector stage this frame needs (`engine/lexicon/sets.ts`): by the language its
 * document declares, or by Hebrew, Devanagari or Kannada letters in the text; else the base stage.
 */
function detectorStage(blocks: readonly string[]): DetectorStage {
  const stage = stageOf(document.documentElement?.lang ?? '', blocks);
  return stage === 1 ? '/probe-detector.js' : `/probe-detector-${stage}.js`;
}

/**
 * How often, at most, a probe still watching mutations checks that its extension is still
 * there (reloaded or removed: it then stops). Not on every batch: the first look at the
 * extension API costs more than the probe's whole scan of a page (see `native-browser.ts`).
 */
const ALIVE_CHECK_MS = 60_000;

/** Starts watching this frame; runs until a first mention (or the extension is gone). */
export function startProbe(): void {
  /** Built when the page is idle, not while the script is evaluated during page load. */
  let gate = /$^/;
  /** Whether the gate passes `text` (its pattern is made for lower-cased text). */
  const passes = (text: string) => gate.test(text.toLowerCase());
  const pending = new Set<Node>();
  const observed = new WeakSet<Node>();
  let found = false;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start = 0;
  let stopped = false;
  let lastAliveCheck = performance.now();

  /**
   * Whether this slice's budget is spent; then `await pause()` gives the page its thread back.
   * Checked before awaiting, so a page without mentions is scanned in one task.
   */
  const due = () => performance.now() - start > SLICE_BUDGET_MS;
  const pause = async () => {
    await yieldToPage();
    start = performance.now();
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
    timer ??= setTimeout(() => {
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
      if (passes(text.slice(i, i + GATE_STEP + 64))) return true;
      if (due()) await pause();
    }
    return false;
  };

  /** Open shadow roots under `root` (their text is not in `textContent`). */
  const findShadows = async (root: Node) => {
    const hosts = candidateHosts(root);
    for (let i = 0; i < hosts.length; i++) {
      const shadow = hosts.item(i)?.shadowRoot;
      if (shadow) onShadow(shadow);
      if (i % 512 === 511 && due()) await pause();
    }
  };

  /** The detector, loaded on first use (`entrypoints/probe-detector/`). */
  let detector: Promise<HasMention> | undefined;
  const hasMention = (blocks: string[]) => {
    detector ??= (async () => {
      const browser = nativeBrowser();
      if (!browser) throw new Error('extension gone');
      return (await importOwn<{ default: HasMention }>(browser, detectorStage(blocks))).default;
    })();
    return detector.then((detect) => detect(blocks));
  };

  /** Walks `root`'s blocks and runs the detector on those the gate lets through. */
  const detectIn = async (root: Node) => {
    let batch: string[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length) found = await hasMention(batch);
      batch = [];
      size = 0;
      if (due()) await pause();
    };
    for (const text of blockTexts(root, onShadow)) {
      if (found) return;
      if (text === null) {
        if (due()) await pause();
        continue;
      }
      // Windows of a long block (one 10 MB text node is not one task), each gated.
      for (let i = 0; i < text.length && !found; i += CHUNK) {
        const win = i || text.length > CHUNK + OVERLAP ? text.slice(i, i + CHUNK + OVERLAP) : text;
        if (passes(win)) {
          batch.push(win);
          size += win.length;
          if (size >= CHUNK) await flush();
        }
        if (due()) await pause();
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
      if (await gated(textOf(root))) await detectIn(containerOf(root));
      else await findShadows(root);
    }
    if (found) await onHit();
  }

  function run() {
    if (busy || found || stopped) return;
    if (performance.now() - lastAliveCheck > ALIVE_CHECK_MS) {
      lastAliveCheck = performance.now();
      if (!nativeBrowser()) return stop();
    }
    busy = true;
    drain()
      .catch(() => {
        // The detector could not load (the extension is gone?), or the page broke a DOM
        // call: try again with the next mutations, unless the extension is gone.
        detector = undefined;
        if (!nativeBrowser()) stop();
      })
      .finally(() => {
        busy = false;
        if (pending.size && !found) run();
      });
  }

  /** Settings are read only now: pages without mentions send no message at all. */
  const load = async () => {
    const browser = nativeBrowser();
    if (!browser) return stop();
    if (stopped || loaded || !(await isActive(browser, location.hostname))) return;
    loaded = true;
    browser.storage.onChanged.removeListener(onStorage);
    await importOwn(browser, '/page-ui.js');
  };
  let loaded = false;
  // Paused or disabled here: resuming the extension or re-enabling this site loads it then.
  const onStorage = (changes: object, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) load().catch(() => {});
  };
  async function onHit() {
    observer.disconnect();
    clearTimeout(timer);
    nativeBrowser()?.storage.onChanged.addListener(onStorage);
    await load();
  }

  /**
   * The extension was reloaded or removed: let go of the page, quietly. (Its storage listener,
   * if any, went with the extension's API.)
   */
  function stop() {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
  }

  // Idle, so the probe does not compete with the page's own loading (bounded wait).
  const begin = () => {
    gate = new RegExp(GATE_SOURCE, GATE_FLAGS);
    observe(document);
    // The document itself, not its body: see `documentText`.
    pending.add(document);
    run();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 1_000 });
  else setTimeout(begin, 0);
}
