/**
 * The contract between the page session (scanner, hover, commands) and the popover UI, so the
 * session needs no Preact and the popover no scanner internals.
 */
import type { MentionSummary } from '../messages';
import type { Topic } from '../../engine/types';

/** A rectangle in viewport coordinates (a plain copy of a DOMRect). */
export interface ViewportRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What the scanner asks the popover to show. */
export interface OpenRequest {
  mention: MentionSummary;
  /** The hovered line of the mention: the popover must not cover it. */
  anchor: ViewportRect;
  /** Move focus into the popover (keyboard command); focus returns to `returnFocus` on close. */
  focus: boolean;
  returnFocus: Element | null;
  colors: Record<Topic, string>;
}

/** The popover, as the scanner sees it. */
export interface PopoverUi {
  /** Start fetching passages (hover began; the delay is running). */
  prefetch(mention: MentionSummary): void;
  open(request: OpenRequest): void;
  /** The pointer left the mention: close soon, unless it moves into the popover or has focus. */
  hoverEnded(): void;
  /** The pointer came back to the open mention: stay open. */
  hoverResumed(): void;
  close(): void;
  /** Id of the mention shown, or null when closed. */
  openMentionId(): string | null;
  /** Whether a page-side event target is the popover (its host element). */
  contains(target: EventTarget | null): boolean;
  /** Remove everything (scanner stopped or extension invalidated). */
  destroy(): void;
}

/** What the popover may ask of the session. */
export interface MentionLocator {
  /** Current viewport rects of a mention; empty when it left the page. */
  mentionRects(id: string): ViewportRect[];
}

/** Copies a DOMRect into a plain rect. */
export function toViewportRect(r: DOMRectReadOnly): ViewportRect {
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}
