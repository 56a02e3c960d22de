/**
 * What the benchmark and the hostile-page tests read from a page: the extension's
 * highlights (through the page's shared `CSS.highlights` registry) and its popover host.
 *
 * Probes are plain JavaScript source, not TypeScript functions: they must run unchanged in
 * a fresh isolated world created over CDP (a hostile page may have patched every global of
 * its main world, and a transpiler may add helpers a page does not have).
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

/**
 * The popover's host element. Its tag name is drawn at random for each page load
 * (`lib/dom/popover-host.ts`), so it is found as the element shown in the top layer with the
 * Popover API (the fixture pages show no popover of their own).
 */
export const POPOVER_HOST_SELECTOR = ':popover-open';

/** Highlight names that mark mentions (not the transient `fact-context-flash`). */
export const MENTION_HIGHLIGHTS = [
  'fact-context-drones',
  'fact-context-syria',
  'fact-context-both',
];

/** One highlighted range as the page sees it. */
export interface HighlightedRange {
  highlight: string;
  text: string;
  /** Whether the range's start node is still in the document. */
  connected: boolean;
}

/** The extension's highlights in one document. */
export interface HighlightSnapshot {
  /** Sum of the sizes of the mention highlights. */
  count: number;
  /** Every `CSS.highlights` name, including any the page added itself. */
  names: string[];
  /** Up to `limit` ranges, in registry order. */
  ranges: HighlightedRange[];
}

/** Source of an expression returning a {@link HighlightSnapshot} (JSON-serialisable). */
export function highlightSnapshotSource(limit = 200): string {
  return `(() => {
    const registry = globalThis.CSS && CSS.highlights;
    const out = { count: 0, names: [], ranges: [] };
    if (!registry) return out;
    const wanted = ${JSON.stringify(MENTION_HIGHLIGHTS)};
    for (const [name, highlight] of registry) {
      out.names.push(name);
      if (wanted.indexOf(name) < 0) continue;
      out.count += highlight.size;
      for (const range of highlight) {
        if (out.ranges.length >= ${limit}) break;
        out.ranges.push({
          highlight: name,
          text: range.toString(),
          connected: range.startContainer.isConnected && range.endContainer.isConnected,
        });
      }
    }
    return out;
  })()`;
}

/**
 * Source of an expression that scrolls the `index`-th highlighted range into view and
 * returns the centre of its first line box in viewport coordinates, or null.
 */
export function highlightPointSource(index = 0): string {
  return `(() => {
    const registry = globalThis.CSS && CSS.highlights;
    if (!registry) return null;
    const wanted = ${JSON.stringify(MENTION_HIGHLIGHTS)};
    let seen = 0;
    for (const [name, highlight] of registry) {
      if (wanted.indexOf(name) < 0) continue;
      for (const range of highlight) {
        if (seen++ !== ${index}) continue;
        const el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
        if (el) el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rects = range.getClientRects();
        const r = rects.length > 0 ? rects[0] : range.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return null;
        return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2, text: range.toString() };
      }
    }
    return null;
  })()`;
}

/** Where the popover is and whether a user would see it. */
export interface PopoverState {
  /** The host element is in the document. */
  present: boolean;
  /** Something inside the popover has a size, is not hidden or transparent, and is in the viewport. */
  visible: boolean;
  /** Whether the popover is the topmost element at its own centre (not covered by page overlays). */
  onTop: boolean;
  /** The largest visible box inside the popover, viewport coordinates. */
  rect: { x: number; y: number; width: number; height: number } | null;
}

const NOT_PRESENT: PopoverState = { present: false, visible: false, onTop: false, rect: null };

/**
 * Runs on the popover's (closed) shadow root as `this`: the host is a zero-size element in
 * the top layer, so visibility is read from the boxes inside the root.
 */
const SHADOW_STATE_FUNCTION = `function () {
  const host = this.host;
  const out = { present: host.isConnected, visible: false, onTop: false, rect: null };
  if (!host.isConnected) return out;
  const view = host.ownerDocument.defaultView;
  const opacityOf = (el) => {
    let o = 1;
    for (let n = el; n && o > 0; n = n.parentElement) o *= Number(view.getComputedStyle(n).opacity);
    return o;
  };
  let best = null;
  for (const el of this.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width < 8 || r.height < 8) continue;
    if (r.bottom <= 0 || r.right <= 0 || r.top >= view.innerHeight || r.left >= view.innerWidth) continue;
    const style = view.getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none' || opacityOf(el) < 0.05) continue;
    if (!best || r.width * r.height > best.width * best.height) best = r;
  }
  if (!best) return out;
  out.visible = true;
  out.rect = { x: best.x, y: best.y, width: best.width, height: best.height };
  // Hit-test the middle of the part that is inside the viewport (a popover in a small
  // frame is partly cut off by the frame; that part cannot be covered by the page).
  const left = Math.max(best.left, 0), right = Math.min(best.right, view.innerWidth);
  const top = Math.max(best.top, 0), bottom = Math.min(best.bottom, view.innerHeight);
  out.onTop = host.ownerDocument.elementFromPoint((left + right) / 2, (top + bottom) / 2) === host;
  return out;
}`;

/**
 * The popover's shadow root as an object of the isolated world `executionContextId` (CDP
 * reaches into closed shadow roots), or null while its host is not on the page.
 */
async function popoverShadowRoot(
  session: CDPSession,
  executionContextId: number,
): Promise<string | null> {
  const { result } = await session.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(POPOVER_HOST_SELECTOR)})`,
    contextId: executionContextId,
  });
  if (!result.objectId) return null;
  const { node } = await session.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: 1,
    pierce: true,
  });
  const root = node.shadowRoots?.[0];
  if (!root) return null;
  const resolved = await session.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    executionContextId,
  });
  return resolved.object.objectId ?? null;
}

/**
 * Reads the popover's state over CDP, which reaches into closed shadow roots: finds the
 * host in a probe world of the frame, resolves its shadow root there and measures inside.
 * Returns a checker that re-finds the host when the popover was re-created.
 */
export async function popoverProbe(
  session: CDPSession,
  frameId?: string,
): Promise<() => Promise<PopoverState>> {
  const id = frameId ?? (await session.send('Page.getFrameTree')).frameTree.frame.id;
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: id,
    worldName: 'fact-context-probe',
  });
  let shadowRoot: string | null = null;
  const findShadowRoot = () => popoverShadowRoot(session, executionContextId);
  return async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      shadowRoot ??= await findShadowRoot();
      if (!shadowRoot) return NOT_PRESENT;
      const state = await session
        .send('Runtime.callFunctionOn', {
          objectId: shadowRoot,
          functionDeclaration: SHADOW_STATE_FUNCTION,
          returnByValue: true,
        })
        .then((r) => r.result.value as PopoverState)
        .catch(() => null);
      if (state?.present) return state;
      shadowRoot = null; // Host gone or replaced: look it up again once.
    }
    return NOT_PRESENT;
  };
}

/** Evaluates probe source in the page's main world (fine on pages that do not fight back). */
export async function evaluateInPage<T>(target: Page | Frame, source: string): Promise<T> {
  return (await target.evaluate(source)) as T;
}

/**
 * Evaluates probe source in a fresh isolated world of a frame, immune to whatever the page
 * did to its own globals. `frameId` defaults to the main frame of the session's page.
 */
export async function evaluateIsolated<T>(
  session: CDPSession,
  source: string,
  frameId?: string,
): Promise<T> {
  const id = frameId ?? (await session.send('Page.getFrameTree')).frameTree.frame.id;
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: id,
    worldName: 'fact-context-probe',
    grantUniveralAccess: false,
  });
  const result = await session.send('Runtime.evaluate', {
    expression: source,
    contextId: executionContextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) {
    throw new Error(
      `Probe failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
    );
  }
  return result.result.value as T;
}

/**
 * The text inside the popover's (closed) shadow root, read over CDP, which pierces closed
 * roots; '' when there is no popover host.
 */
export async function popoverText(session: CDPSession, frameId?: string): Promise<string> {
  const id = frameId ?? (await session.send('Page.getFrameTree')).frameTree.frame.id;
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: id,
    worldName: 'fact-context-probe',
  });
  const { result } = await session.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(POPOVER_HOST_SELECTOR)})`,
    contextId: executionContextId,
  });
  if (!result.objectId) return '';
  const { node } = await session.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: -1,
    pierce: true,
  });
  const texts: string[] = [];
  const visit = (
    n: {
      nodeType: number;
      nodeName: string;
      nodeValue: string;
      children?: unknown[];
      shadowRoots?: unknown[];
    },
    depth: number,
  ): void => {
    if (depth > 500) return;
    if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
    if (n.nodeType === 3) texts.push(n.nodeValue);
    for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])])
      visit(child as typeof n, depth + 1);
  };
  visit(node, 0);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** When a hover's popover reached the screen, on the page's own clock (`performance.now()`). */
export interface HoverTimes {
  /** The user's pointer move onto the mention: its event's `timeStamp`. */
  eventAt: number;
  /**
   * The end of the first rendering update that paints the popover visible: the task after the
   * animation frame that first sees it visible.
   */
  paintedAt: number;
}

/** Runs in a probe world: keeps the time of the first trusted pointer move after each `arm`. */
const POINTER_RECORDER = `(() => {
  const g = globalThis;
  if (!g.__fcPointer) {
    g.__fcPointer = { at: null };
    addEventListener('pointermove', (e) => {
      if (e.isTrusted && g.__fcPointer.at === null) g.__fcPointer.at = e.timeStamp;
    }, { capture: true, passive: true });
  }
  g.__fcPointer.at = null;
})()`;

/**
 * Runs on the popover's shadow root as `this`: resolves with the page clock at the end of the
 * first rendering update after which the popover is visible, or null after `timeoutMs`.
 *
 * The check runs in a task posted from each animation frame, so it runs after that frame's
 * rendering update: style and layout are clean, so it forces no work of its own inside the
 * frame it measures. It runs only after the popover's DOM changed, and not when it changed
 * again since the frame (that change is not painted yet: the next frame decides).
 */
const PAINT_WATCH_FUNCTION = `function (timeoutMs) {
  const root = this;
  const view = root.host.ownerDocument.defaultView;
  const visible = () => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width < 8 || r.height < 8) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= view.innerHeight || r.left >= view.innerWidth) continue;
      const style = view.getComputedStyle(el);
      if (style.visibility === 'visible' && style.display !== 'none' && opacityOf(el) >= 0.05) return true;
    }
    return false;
  };
  const opacityOf = (el) => {
    let o = 1;
    for (let n = el; n && o > 0; n = n.parentElement) o *= Number(view.getComputedStyle(n).opacity);
    return o;
  };
  const start = performance.now();
  let changed = true;
  const observer = new MutationObserver(() => { changed = true; });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return new Promise((done) => {
    const finish = (at) => { observer.disconnect(); done(at); };
    const frame = () => {
      const check = changed;
      changed = false;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.now();
        if (check && !changed && visible()) return finish(at);
        if (at - start > timeoutMs) return finish(null);
        requestAnimationFrame(frame);
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  });
}`;

/**
 * Times hovers on the page's clock, so that the harness's own latency (sending input and
 * polling over CDP) is not counted: `arm` before moving the pointer, then `watch` shortly
 * before the popover is due.
 */
export async function hoverTimer(session: CDPSession): Promise<{
  arm(): Promise<void>;
  watch(timeoutMs: number): Promise<HoverTimes | null>;
}> {
  const id = (await session.send('Page.getFrameTree')).frameTree.frame.id;
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: id,
    worldName: 'fact-context-hover-timer',
  });
  const evaluate = async (expression: string, awaitPromise = false): Promise<unknown> =>
    (
      await session.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
        awaitPromise,
      })
    ).result.value;
  /** The popover's shadow root in this world, once its host is on the page. */
  const shadowRoot = () => popoverShadowRoot(session, executionContextId);
  return {
    async arm() {
      await evaluate(POINTER_RECORDER);
    },
    async watch(timeoutMs) {
      const until = performance.now() + timeoutMs;
      // The host comes onto the page when the popover is prepared or opens.
      let root: string | null = null;
      while (!(root = await shadowRoot()) && performance.now() < until) await sleep(5);
      if (!root) return null;
      const painted = await session
        .send('Runtime.callFunctionOn', {
          objectId: root,
          functionDeclaration: PAINT_WATCH_FUNCTION,
          arguments: [{ value: Math.max(0, until - performance.now()) }],
          returnByValue: true,
          awaitPromise: true,
        })
        .then((r) => r.result.value as number | null)
        .catch(() => null);
      const eventAt = (await evaluate('globalThis.__fcPointer && globalThis.__fcPointer.at')) as
        number | null;
      return painted === null || eventAt === null ? null : { eventAt, paintedAt: painted };
    },
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
