/**
 * Finds the mention under the pointer without touching the page: from the element under the
 * pointer (the event's composed path, which also reaches into open shadow roots) we climb to
 * the block containers that hold mentions and test the pointer against those mentions' line
 * rects (`Range.getClientRects`). This checks only the few mentions of the hovered block, and,
 * unlike caret-from-point APIs, needs no shadow-root hints and never reports a mention when the
 * pointer is in a margin next to it.
 */
import type { TrackedMention } from './scanner';
import { nodeTypeOf, parentNodeOf } from './node-access';

/** A mention and the line rect under the pointer. */
export interface Hit {
  mention: TrackedMention;
  rect: DOMRect;
}

/** Tolerance around line rects, px. */
const SLOP = 1;

/** The mention under (x, y), starting the search at `target`. */
export function hitTest(
  target: Node | null,
  x: number,
  y: number,
  inContainer: (node: Node) => readonly TrackedMention[] | undefined,
): Hit | null {
  for (let n: Node | null = target; n;) {
    const list = inContainer(n);
    if (list) {
      for (const mention of list) {
        for (const rect of mention.range.getClientRects()) {
          if (
            x >= rect.left - SLOP &&
            x <= rect.right + SLOP &&
            y >= rect.top - SLOP &&
            y <= rect.bottom + SLOP
          ) {
            return { mention, rect };
          }
        }
      }
    }
    n = parentNodeOf(n) ?? (nodeTypeOf(n) === 11 ? (n as ShadowRoot).host : null);
  }
  return null;
}

export interface HoverOptions {
  inContainer: (node: Node) => readonly TrackedMention[] | undefined;
  /** Whether the target is our popover (pointer moved into it). */
  isUi: (target: EventTarget | null) => boolean;
  /** `at`: when the pointer got there (the event's time, on the `performance.now()` clock). */
  onEnter: (hit: Hit, at: number) => void;
  onLeave: () => void;
  signal: AbortSignal;
}

/**
 * Reports when the pointer enters or leaves a mention. Pointer moves are coalesced to one
 * hit test per animation frame.
 */
export function watchHover(options: HoverOptions): void {
  const { signal } = options;
  let current: TrackedMention | null = null;
  let frame = 0;
  // The composed path is only readable while the event dispatches, so keep what we need.
  let last: { x: number; y: number; at: number; target: Node | null; onUi: boolean } | null = null;

  const update = () => {
    frame = 0;
    const e = last;
    if (!e || signal.aborted) return;
    try {
      if (e.onUi) return;
      const hit = hitTest(e.target, e.x, e.y, options.inContainer);
      if (hit?.mention === current) return;
      current = hit?.mention ?? null;
      if (hit) options.onEnter(hit, e.at);
      else options.onLeave();
    } catch {
      // Hostile DOMs must not break the page.
    }
  };

  // Only the user's pointer counts: a page dispatching fake pointer events must not open or
  // close the popover.
  window.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted) return;
      try {
        const target = (e.composedPath()[0] as Node | undefined) ?? null;
        last = {
          x: e.clientX,
          y: e.clientY,
          at: e.timeStamp,
          target,
          onUi: options.isUi(e.target),
        };
        frame ||= requestAnimationFrame(update);
      } catch {
        // Ignore: the next move retries.
      }
    },
    { capture: true, passive: true, signal },
  );
  // `pointerleave` does not bubble: listen on the root element, which it leaves last.
  document.documentElement.addEventListener(
    'pointerleave',
    (e) => {
      if (e.isTrusted && current) {
        current = null;
        options.onLeave();
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
