/**
 * Where the popover goes: below or above the hovered line (never over it), flipped to the side
 * with room, kept inside the viewport, and capped in height (it scrolls) when neither side fits.
 */
import type { ViewportRect } from './popover-contract';

export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

/** Distance from the hovered line and from the viewport edges, px. */
export const GAP = 6;
export const MARGIN = 8;

/**
 * The area the popover must keep clear: the whole mention (all its lines), so a two-line
 * headline is not half covered (seen in the demo screenshot), unless the mention is so tall
 * that keeping all of it clear would push the popover away from the pointer (more than a third
 * of the viewport); then just the hovered line.
 */
export function keepClear(
  lines: readonly ViewportRect[],
  hovered: ViewportRect,
  vh: number,
): ViewportRect {
  if (lines.length === 0) return hovered;
  const top = Math.min(hovered.top, ...lines.map((r) => r.top));
  const bottom = Math.max(hovered.bottom, ...lines.map((r) => r.bottom));
  if (bottom - top > vh / 3) return hovered;
  return { top, bottom, left: hovered.left, right: hovered.right };
}

/**
 * Places a popover of `width` × `height` (its natural size) next to `anchor` within a
 * `viewport` of `vw` × `vh` (CSS px of the layout viewport, so page zoom is followed).
 */
export function placePopover(
  anchor: ViewportRect,
  width: number,
  height: number,
  vw: number,
  vh: number,
): Placement {
  const below = vh - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const shown = Math.min(height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - shown;
  const maxLeft = Math.max(MARGIN, vw - width - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  return { top, left, maxHeight: room, side };
}

/** What a placement depends on besides the popover's content: the anchor and the viewport. */
export interface PlacementInput {
  anchor: ViewportRect;
  vw: number;
  vh: number;
}

/**
 * Whether a placement made for `before` still holds for `now` (the same content): the same
 * anchor and viewport. A popover placed while hidden during the hover delay then opens without
 * measuring itself again.
 */
export function samePlacementInput(before: PlacementInput | null, now: PlacementInput): boolean {
  if (!before) return false;
  const a = before.anchor;
  const b = now.anchor;
  return (
    before.vw === now.vw &&
    before.vh === now.vh &&
    a.top === b.top &&
    a.left === b.left &&
    a.bottom === b.bottom &&
    a.right === b.right
  );
}
