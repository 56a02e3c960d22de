/**
 * The popover's behaviour (implements `PopoverUi`): opening and closing, the hover grace
 * period, dismissal (Escape, click outside, the mention scrolled away — WCAG 1.4.13), and focus
 * in and back out for keyboard use. It does no I/O: the page side hands it the mention, its
 * passages and what "Full context" does (`lib/dom/popover-contract.ts`).
 *
 * What is rendered is kept: closing takes the host off the page but not the popover in it, and
 * the next one re-renders only what differs. A popover prepared during the hover delay is
 * attached hidden and built a card per frame, so that the browser lays it out before the delay
 * ends and opening only places and shows it; it leaves the page when the pointer leaves the
 * mention first.
 */
import { render } from 'preact';
import type {
  OpenRequest,
  PopoverActions,
  PopoverUi,
  ViewportRect,
} from '../../lib/dom/popover-contract';
import type { PopoverMount } from '../../lib/dom/popover-host';
import { keepClear } from '../../lib/dom/placement';
import { Popover } from './Popover';

/** How long the popover stays after the pointer leaves it or its mention, ms. */
const GRACE_MS = 300;

/** Creates the popover; nothing is added to the page until it first opens. */
export function createPopoverUi(actions: PopoverActions, mountPoint: PopoverMount): PopoverUi {
  /** What is rendered (on the page when `open`, else prepared or left from the last one). */
  let shown: OpenRequest | null = null;
  let open = false;
  /** A prepared popover is on the page, hidden (the hover delay runs). */
  let staged = false;
  /** The staged popover has been laid out by the browser: it may place itself, hidden. */
  let placeHidden = false;
  let placeFrame = 0;
  /** Cards rendered: all, except while a prepared popover is built a card per task. */
  let cards = Infinity;
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  /** The passages last rendered with all their cards. */
  let complete: OpenRequest['passages'] | null = null;
  let anchor: ViewportRect | null = null;
  let listeners: AbortController | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerInside = false;

  const current = (): OpenRequest | null => (open ? shown : null);
  const dialog = (): HTMLElement | null =>
    open ? mountPoint.body().querySelector<HTMLElement>('[role="dialog"]') : null;
  const focusInside = () => {
    const root = open ? mountPoint.body().getRootNode() : null;
    return root instanceof ShadowRoot && root.activeElement !== null;
  };

  const onClose = () => close(true);
  const onPointerInside = (inside: boolean) => {
    pointerInside = inside;
    if (inside) clearTimeout(closeTimer);
    else scheduleClose();
  };
  const onFullContext = () => {
    const request = current();
    if (!request) return;
    actions.fullContext(request.mention.id);
    close(true);
  };

  const paint = () => {
    if (!shown) return;
    complete = cards === Infinity ? shown.passages : null;
    render(
      <Popover
        request={shown}
        anchor={anchor ?? shown.anchor}
        shown={open}
        placeHidden={placeHidden}
        cards={cards}
        onClose={onClose}
        onFullContext={onFullContext}
        onPointerInside={onPointerInside}
      />,
      mountPoint.body(),
    );
  };

  /** Re-reads the mention's position; closes when it left the viewport or the page. */
  const follow = () => {
    const request = current();
    if (!request) return;
    const rects = actions.mentionRects(request.mention.id);
    const onScreen = rects.filter((r) => r.bottom > 0 && r.top < innerHeight);
    if (!onScreen.length) return close(false);
    // Keep to the same line (the one nearest the previous anchor) and clear of the mention.
    const prev = anchor ?? request.anchor;
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

  /**
   * Builds the prepared popover on the page, hidden: the header first (rendered, then
   * attached in a task of its own), then a card per frame, each step a task of its own after
   * the browser's rendering update. Its first layout on a
   * page loads the fonts it uses; in steps, no frame lays out (or renders) much at once, and
   * all of it happens during the delay, not when the popover opens. In a task after the last
   * update it places itself, still hidden (its layout is clean then, so measuring costs
   * nothing): opening then only shows it.
   */
  function prepareStep() {
    if (open) return;
    const passages = shown?.passages;
    const total = passages?.status === 'ready' ? passages.passages.length : 0;
    if (cards >= total) cards = Infinity;
    paint();
    const last = cards === Infinity;
    if (!last) cards++;
    const next = () => {
      placeFrame = requestAnimationFrame(() => {
        prepareTimer = setTimeout(last ? placeStaged : prepareStep, 0);
      });
    };
    if (staged) return next();
    // Rendered off the page first; attaching it (the host's style, the top layer) is a task
    // of its own: together they were the popover's longest task.
    staged = true;
    prepareTimer = setTimeout(() => {
      mountPoint.attach();
      next();
    }, 0);
  }

  /** Places the staged popover, still hidden, once the browser has laid it out. */
  function placeStaged() {
    if (open || !staged) return;
    placeHidden = true;
    paint();
  }

  /** Takes a prepared popover off the page (the pointer left before the delay ended). */
  function unstage() {
    clearTimeout(prepareTimer);
    cancelAnimationFrame(placeFrame);
    placeHidden = false;
    cards = Infinity;
    if (!staged) return;
    staged = false;
    mountPoint.detach();
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    if (!open) return unstage();
    if (pointerInside || focusInside()) return;
    closeTimer = setTimeout(() => {
      if (!pointerInside && !focusInside()) close(false);
    }, GRACE_MS);
  }

  function close(restoreFocus: boolean) {
    clearTimeout(closeTimer);
    if (!open || !shown) return;
    const returnTo = shown.returnFocus;
    const hadFocus = focusInside();
    open = false;
    // The rendered popover stays; the page element focus came from is not kept.
    shown = { ...shown, returnFocus: null };
    anchor = null;
    pointerInside = false;
    listeners?.abort();
    listeners = null;
    mountPoint.detach();
    if ((restoreFocus || hadFocus) && returnTo instanceof HTMLElement && returnTo.isConnected) {
      returnTo.focus({ preventScroll: true });
    }
  }

  const ui: PopoverUi = {
    prepare(request) {
      if (open) return;
      clearTimeout(prepareTimer);
      // What is already rendered in full (the same passages again) is not built again.
      const built = complete === request.passages;
      shown = request;
      anchor = null;
      cancelAnimationFrame(placeFrame);
      placeHidden = false;
      // The header first, then a card per frame; each step a task of its own, never the
      // animation frame that saw the pointer.
      if (!built) cards = 0;
      prepareTimer = setTimeout(prepareStep, 0);
    },
    open(request) {
      clearTimeout(closeTimer);
      const before = current();
      const same = before?.mention.id === request.mention.id;
      // The command pressed again while the popover has focus: the page's active element is
      // our own host, which goes away on close; keep the element focus came from.
      const prev = before?.returnFocus ?? null;
      const fromUs = ui.contains(request.returnFocus);
      if (before && !same) close(false);
      const returnFocus = fromUs ? prev : (request.returnFocus ?? (same ? prev : null));
      // Reopening the open mention keeps the passages it shows over a request still loading.
      const passages =
        same && before && request.passages.status === 'loading'
          ? before.passages
          : request.passages;
      shown = { ...request, returnFocus, passages };
      anchor = request.anchor;
      clearTimeout(prepareTimer);
      cancelAnimationFrame(placeFrame);
      placeHidden = false;
      cards = Infinity;
      if (!open) {
        // Attached before rendering (or already, prepared), so the popover measures itself
        // where it will show.
        mountPoint.attach();
        staged = false;
        open = true;
        listen();
      }
      paint();
      if (request.focus) dialog()?.focus();
    },
    update(mentionId, passages) {
      if (shown?.mention.id !== mentionId) return;
      shown = { ...shown, passages };
      paint();
    },
    hoverEnded: scheduleClose,
    hoverResumed() {
      clearTimeout(closeTimer);
    },
    close() {
      close(false);
    },
    openMentionId: () => current()?.mention.id ?? null,
    contains(target) {
      const host = mountPoint.host();
      return host !== null && target === host;
    },
    destroy() {
      close(false);
      unstage();
      if (shown) render(null, mountPoint.body());
      shown = null;
    },
  };
  return ui;
}
