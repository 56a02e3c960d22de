/**
 * The contract between the page side (session, hover, commands, the passages controller) and
 * the popover view, so the page side needs no Preact and the view does no I/O: it gets the
 * mention, its passages and callbacks, and renders.
 */
import type { MentionMatter, RetrievedPassage, Topic } from '../../engine/types';
import type { MentionFraming, MentionSummary } from '../messages';

/** A rectangle in viewport coordinates (a plain copy of a DOMRect). */
export interface ViewportRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Passages for a mention, as far as they are known. */
export type PassagesState =
  | { status: 'loading' }
  | { status: 'error' }
  | {
      status: 'ready';
      matters: MentionMatter[];
      passages: RetrievedPassage[];
      /** How the page frames the mention; null when not known. */
      framing: MentionFraming | null;
    };

/** What the page side asks the popover to show. */
export interface OpenRequest {
  mention: MentionSummary;
  /** The hovered line of the mention: the popover must not cover it. */
  anchor: ViewportRect;
  /** Move focus into the popover (keyboard command); focus returns to `returnFocus` on close. */
  focus: boolean;
  returnFocus: Element | null;
  colors: Record<Topic, string>;
  passages: PassagesState;
}

/** The popover, as the page side sees it. */
export interface PopoverUi {
  /**
   * Builds the popover for `request` (the pointer rests on a mention and the hover delay
   * runs) and attaches it hidden, so that opening it only places and shows what is already
   * built and laid out. Ignored while a popover is open.
   */
  prepare(request: OpenRequest): void;
  open(request: OpenRequest): void;
  /** The passages of a mention came; shown if that mention is open or prepared. */
  update(mentionId: string, passages: PassagesState): void;
  /**
   * The pointer left the mention: close soon, unless it moves into the popover or has focus;
   * a prepared popover not yet open leaves the page at once.
   */
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

/** What the popover may ask of the page side. */
export interface PopoverActions {
  /** Current viewport rects of a mention; empty when it left the page. */
  mentionRects(id: string): ViewportRect[];
  /**
   * "Full context": open the side panel at this mention. Called synchronously from the click,
   * as the side panel may only open in a user gesture.
   */
  fullContext(mentionId: string): void;
}

/** Copies a DOMRect into a plain rect. */
export function toViewportRect(r: DOMRectReadOnly): ViewportRect {
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}
