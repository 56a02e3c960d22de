/**
 * Whether text is rendered, asked only of the text a mention covers, never of every block the
 * walk reads: a style question per element walked made the scan restyle the page (forced style
 * recalculation) in the middle of its slices. Text the page hides with CSS (`display: none`
 * itself or on an ancestor, a closed `<details>`, `content-visibility: hidden`,
 * `visibility: hidden`) is not highlighted or reported; attributes (`hidden`, `aria-hidden`)
 * already keep the walk out (`text-blocks.ts`).
 */
import { segmentAt, type BlockText } from './text-blocks';
import { parentElementOf } from './node-access';

/** Whether an element's own text is rendered. */
export type RenderedTest = (el: Element) => boolean;

/**
 * The browser's answer (`checkVisibility`, which needs the page's style but no layout). An
 * element without a box of its own (`display: contents`) shows its children through its
 * parent's box, so its parent is asked instead.
 */
export const isRendered: RenderedTest = (el) => {
  for (let e: Element | null = el; e; e = parentElementOf(e)) {
    // Browsers without it also lack the highlight API: nothing is painted there anyway.
    if (typeof e.checkVisibility !== 'function') return true;
    if (e.checkVisibility({ visibilityProperty: true })) return true;
    if (getComputedStyle(e).display !== 'contents') return false;
  }
  return false;
};

/**
 * Whether every text node `[start, end)` of a block covers is rendered. `known` caches the
 * answer per element for the block's other mentions.
 */
export function spanRendered(
  block: BlockText,
  start: number,
  end: number,
  rendered: RenderedTest,
  known: Map<Element, boolean>,
): boolean {
  const segs = block.segments;
  for (let i = segmentAt(segs, start); i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg.start >= end) break;
    const parent = seg.node.parentElement;
    if (!parent) continue;
    let shown = known.get(parent);
    if (shown === undefined) {
      shown = rendered(parent);
      known.set(parent, shown);
    }
    if (!shown) return false;
  }
  return true;
}
