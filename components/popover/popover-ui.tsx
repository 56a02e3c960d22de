/**
 * The popover's behaviour (implements the scanner's `PopoverUi`): opening and closing, the
 * hover grace period, dismissal (Escape, click outside, the mention scrolled away — WCAG
 * 1.4.13), focus in and back out for keyboard use, and fetching passages from the background.
 * The page's DOM gains the popover's host element only while the popover is open.
 */
import { render } from 'preact';
import type { MentionContext } from '../../engine/types';
import { sendMessage, type MentionSummary } from '../../lib/messages';
import type {
  MentionLocator,
  OpenRequest,
  PopoverUi,
  ViewportRect,
} from '../../lib/dom/popover-contract';
import type { PopoverMount } from '../../lib/dom/popover-host';
import { Popover, type PassagesState } from './Popover';
import { keepClear } from './placement';

/** How long the popover stays after the pointer leaves it or its mention, ms. */
const GRACE_MS = 300;
const PASSAGE_LIMIT = 4;

/** Creates the popover; nothing is added to the page until it first opens. */
export function createPopoverUi(locator: MentionLocator, mountPoint: PopoverMount): PopoverUi {
  const cache = new Map<string, Promise<MentionContext>>();
  let current: OpenRequest | null = null;
  let anchor: ViewportRect | null = null;
  let passages: PassagesState = { status: 'loading' };
  let container: HTMLElement | null = null;
  let listeners: AbortController | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerInside = false;

  const keyOf = (m: MentionSummary) => `${m.id}\u0000${m.text}`;

  const fetchPassages = (m: MentionSummary): Promise<MentionContext> => {
    const key = keyOf(m);
    let p = cache.get(key);
    if (!p) {
      p = sendMessage<'passages/for-mention'>({
        type: 'passages/for-mention',
        mention: m,
        limit: PASSAGE_LIMIT,
      }).then((r) => ({
        matters: Array.isArray(r?.matters) ? r.matters : [],
        passages: Array.isArray(r?.passages) ? r.passages : [],
      }));
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  };

  const dialog = (): HTMLElement | null =>
    container?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const focusInside = () => {
    const root = container?.getRootNode();
    return root instanceof ShadowRoot && root.activeElement !== null;
  };

  const paint = () => {
    if (!current || !container || !anchor) return;
    render(
      <Popover
        request={current}
        anchor={anchor}
        passages={passages}
        onClose={() => close(true)}
        onFullContext={fullContext}
        onPointerInside={(inside) => {
          pointerInside = inside;
          if (inside) clearTimeout(closeTimer);
          else scheduleClose();
        }}
      />,
      container,
    );
  };

  function fullContext() {
    if (!current) return;
    // Sent synchronously from the click: the side panel may only open in a user gesture.
    sendMessage<'panel/open'>({ type: 'panel/open', mentionId: current.mention.id }).catch(
      () => {},
    );
    close(true);
  }

  /** Re-reads the mention's position; closes when it left the viewport or the page. */
  const follow = () => {
    if (!current) return;
    const rects = locator.mentionRects(current.mention.id);
    const onScreen = rects.filter((r) => r.bottom > 0 && r.top < innerHeight);
    if (!onScreen.length) return close(false);
    // Keep to the same line (the one nearest the previous anchor) and clear of the mention.
    const prev = anchor!;
    const line = onScreen.reduce((a, b) =>
      Math.abs(b.top - prev.top) < Math.abs(a.top - prev.top) ? b : a,
    );
    anchor = keepClear(onScreen, line, innerHeight);
    paint();
  };

  /** Dismissal follows the user's own input only (`isTrusted`), never events the page fakes. */
  const listen = () => {
    listeners = new AbortController();
    const { signal } = listeners;
    const opts = { capture: true, signal };
    document.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted || e.key !== 'Escape') return;
        e.stopPropagation();
        close(true);
      },
      opts,
    );
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (e.isTrusted && !ui.contains(e.target)) close(false);
      },
      opts,
    );
    document.addEventListener(
      'focusin',
      (e) => {
        if (e.isTrusted && !ui.contains(e.target) && !pointerInside) close(false);
      },
      opts,
    );
    addEventListener('scroll', follow, { ...opts, passive: true });
    addEventListener('resize', follow, { passive: true, signal });
  };

  function scheduleClose() {
    clearTimeout(closeTimer);
    if (!current || pointerInside || focusInside()) return;
    closeTimer = setTimeout(() => {
      if (!pointerInside && !focusInside()) close(false);
    }, GRACE_MS);
  }

  function close(restoreFocus: boolean) {
    clearTimeout(closeTimer);
    if (!current) return;
    const returnTo = current.returnFocus;
    const hadFocus = focusInside();
    current = null;
    anchor = null;
    pointerInside = false;
    listeners?.abort();
    listeners = null;
    if (container) render(null, container);
    container = null;
    mountPoint.unmount();
    if ((restoreFocus || hadFocus) && returnTo instanceof HTMLElement && returnTo.isConnected) {
      returnTo.focus({ preventScroll: true });
    }
  }

  const ui: PopoverUi = {
    prefetch(mention) {
      fetchPassages(mention).catch(() => {});
    },
    open(request) {
      clearTimeout(closeTimer);
      const same = current?.mention.id === request.mention.id;
      // The command pressed again while the popover has focus: the page's active element is
      // our own host, which goes away on close; keep the element focus came from.
      const prev = current?.returnFocus ?? null;
      const fromUs = ui.contains(request.returnFocus);
      if (current && !same) close(false);
      const returnFocus = fromUs ? prev : (request.returnFocus ?? (same ? prev : null));
      current = { ...request, returnFocus };
      anchor = request.anchor;
      if (!container) {
        container = mountPoint.mount();
        listen();
      }
      if (!same) {
        passages = { status: 'loading' };
        const mention = request.mention;
        fetchPassages(mention).then(
          (found) => {
            if (current?.mention.id !== mention.id) return;
            passages = { status: 'ready', ...found };
            paint();
          },
          () => {
            if (current?.mention.id !== mention.id) return;
            passages = { status: 'error' };
            paint();
          },
        );
      }
      paint();
      if (request.focus) dialog()?.focus();
    },
    hoverEnded: scheduleClose,
    hoverResumed() {
      clearTimeout(closeTimer);
    },
    close() {
      close(false);
    },
    openMentionId: () => current?.mention.id ?? null,
    contains(target) {
      const host = mountPoint.host();
      return host !== null && target === host;
    },
    destroy() {
      close(false);
      cache.clear();
    },
  };
  return ui;
}
