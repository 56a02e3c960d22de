/**
 * Looks for a first topic mention in the frame's text, without touching the DOM: the initial
 * text once the page is idle, then whatever DOM mutations add. On the first hit it reads the
 * settings and, unless paused or disabled here, loads the page UI, hands it what it read
 * (`first-mention.ts`), and stops.
 *
 * On a page without mentions it costs one read of the page's text, the gate's search of it
 * lower-cased (`gate-search.ts`) and one XPath query for shadow hosts (`page-text.ts`), in one
 * task: no message, and the detector (`entrypoints/probe-detector/`) is not even loaded.
 * (Measurements: docs/architecture.md.) A page of many elements loaded from large HTML is read
 * in pieces, in steps between which it may pause.
 *
 * Size matters here (this runs on every page): no storage library, no helpers; of the
 * settings, only their pure validator.
 */
import { nativeBrowser } from './native-browser';
import { dateSlice, elapsedOver } from './date-slice';
import { gateSearch, type GateSearch } from './gate-search';
import type { TextGate } from '../../engine/detect-core';
import { SETTINGS_KEY } from '../../lib/settings';
import { isActive, loadPageUi, loadStage } from './own-modules';
import type { FirstMention } from '../probe-detector/stage';
import { containerOf, findShadows, gatePass, isLargePage, textOf, textPieces } from './page-text';

/** Pending mutation roots kept one by one; beyond this a root's whole tree is rechecked. */
const MAX_PENDING = 256;
/** Mutations are collected this long before being checked (a throttle, not a debounce: a
 * page mutating every millisecond would postpone a debounce forever). */
const MUTATION_DELAY_MS = 300;

/**
 * How often, at most, a probe still watching mutations checks that its extension is still
 * there (reloaded or removed: it then stops). Not on every batch: the first look at the
 * extension API costs more than the probe's whole scan of a page (see `native-browser.ts`).
 */
const ALIVE_CHECK_MS = 60_000;

/** Starts watching this frame; runs until a first mention (or the extension is gone). */
export function startProbe(): void {
  /** Made when the page is idle, not while the script is evaluated during page load. */
  let gate: GateSearch = () => -1;
  /** The gate as the detector stage tests a text (its search is made for lower-cased text). */
  const textGate: TextGate = { test: (text) => gate(text.toLowerCase()) >= 0 };
  const pending = new Set<Node>();
  const observed = new WeakSet<Node>();
  let found = false;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastAliveCheck = Date.now();
  const slice = dateSlice();
  let first: FirstMention | undefined;
  /** The root read first: the page's body as loaded. */
  let initial: Node | undefined;

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

  /** Loads the detector stage (its language told by `sample`) and starts its reading. */
  const startReading = async (sample: string): Promise<FirstMention> => {
    const browser = nativeBrowser();
    if (!browser) throw new Error('extension gone');
    // The frame's first read of the extension API builds its bindings: a task's worth alone.
    if (slice.due()) await slice.pause();
    const stage = await loadStage(browser, [document.title, sample]);
    slice.restart();
    return stage.firstMention({ gate: textGate, slice, onShadowRoot: onShadow });
  };

  async function drain() {
    slice.restart();
    while (pending.size && !found) {
      const root = pending.values().next().value!;
      pending.delete(root);
      if (!root.isConnected) continue;
      // The page's own HTML was large: its body is read in pieces (`isLargePage`).
      const pieces =
        root === initial && isLargePage()
          ? textPieces(document.body ?? document.documentElement)
          : [textOf(root)];
      const sample = await gatePass(gate, pieces, slice);
      if (sample === null) {
        await findShadows(root, onShadow, slice);
        continue;
      }
      if (!first) {
        if (slice.due()) await slice.pause();
        first = await startReading(sample);
      }
      found = await first.readUntilMention(containerOf(root));
    }
    if (found) await onHit();
  }

  function run() {
    if (busy || found || stopped) return;
    if (elapsedOver(lastAliveCheck, ALIVE_CHECK_MS)) {
      lastAliveCheck = Date.now();
      if (!nativeBrowser()) return stop();
    }
    busy = true;
    drain()
      .catch(() => {
        // The detector could not load (the extension is gone?), or the page broke a DOM
        // call: try again with the next mutations, unless the extension is gone.
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
    const reading = first?.reading();
    if (stopped || loaded || !reading || !(await isActive(browser, location.hostname))) return;
    loaded = true;
    browser.storage.onChanged.removeListener(onStorage);
    await loadPageUi(browser, reading);
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
    gate = gateSearch();
    observe(document);
    // The document itself, not its body: see `documentText` in page-text.ts.
    initial = document;
    pending.add(initial);
    run();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 1_000 });
  else setTimeout(begin, 0);
}
