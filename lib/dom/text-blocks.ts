/**
 * Reads a page's text as blocks (paragraphs, headings, list items, cells...) and keeps, for
 * every block, where each character came from, so detector offsets become DOM Ranges.
 *
 * The walk never writes to the DOM and reads no style or geometry: what it leaves out, it
 * knows from tags and attributes. Whether text is rendered (CSS `display`, `visibility`) is
 * asked only of the text a mention covers (`rendered.ts`). It is a generator so the caller can
 * run it in time slices: it yields every few hundred nodes and when a block is complete.
 */
import { BLOCK_TAGS, SHADOW_HOST_TAGS, SKIP_TAGS } from '../../engine/page-tags';
import { isOwnUiHost } from './own-ui';
import {
  firstChildOf,
  getAttributeOf,
  hasAttributeOf,
  hasAttributesOf,
  nextSiblingOf,
  nodeTypeOf,
  ownerDocumentOf,
  parentNodeOf,
  shadowRootOf,
  tagNameOf,
} from './node-access';

/** A Text node's place in its block's text. */
export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
  /** The node's length when the block was read. */
  length: number;
}

/** The text of one block container (a block element, a shadow root or the body). */
export interface BlockText {
  readonly container: Node;
  readonly text: string;
  /** Each Text node read, in order (made when first asked: most blocks hold no mention). */
  readonly segments: readonly Segment[];
}

/** `contenteditable` values that make an element an editing host (any case). */
const EDITING_HOST = new Set(['', 'true', 'plaintext-only']);

/**
 * Whether an element is an editor: an editing host (`contenteditable`) or an ARIA textbox.
 * Read from its own attributes, not `isContentEditable`, which climbs towards the root in
 * Firefox (and in Chromium through `display: contents` ancestors), per element walked. A walk
 * skips an editor with everything under it, so what it reaches cannot inherit editing from
 * inside the walk; a walk's root inside an editor is the caller's to rule out (the scanner
 * does, once per mutation batch).
 */
function isEditor(el: Element): boolean {
  const editable = getAttributeOf(el, 'contenteditable');
  if (editable !== null && EDITING_HOST.has(editable.toLowerCase())) return true;
  return getAttributeOf(el, 'role') === 'textbox';
}

/**
 * Whether an element (and everything under it) is left out of scanning: non-text elements,
 * form fields, editors, `hidden`, `aria-hidden="true"` (content the page declares decorative
 * or duplicated, e.g. marquee copies) and our own UI. From its tag and attributes only, read
 * through `node-access.ts`; an element whose reads fail is skipped.
 */
export function isSkipped(el: Element): boolean {
  try {
    return skippedAs(el, tagNameOf(el).toUpperCase());
  } catch {
    return true;
  }
}

/** `isSkipped` for an element whose upper-case tag the caller has read already. */
function skippedAs(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag) || isOwnUiHost(el)) return true;
  // Most elements of a page have no attribute: one call instead of four reads.
  if (!hasAttributesOf(el)) return false;
  if (hasAttributeOf(el, 'hidden') || getAttributeOf(el, 'aria-hidden') === 'true') return true;
  return isEditor(el);
}

/** Whether an element starts its own text block. */
export function isBlockElement(node: Node): node is Element {
  return nodeTypeOf(node) === 1 && BLOCK_TAGS.has(tagNameOf(node as Element).toUpperCase());
}

/**
 * Whether an element of this tag can host a shadow root: other elements' `shadowRoot` is never
 * read (a binding call per element walked).
 */
const canHostShadow = (tag: string) => SHADOW_HOST_TAGS.has(tag) || tag.includes('-');

/** Whether a string has any character `trim` would keep. */
const HAS_TEXT = /\S/;

/** A block's text as the walk builds it; handed out as its `BlockText` when complete. */
class Builder implements BlockText {
  text = '';
  /** The Text nodes read, and each one's start and length in `text` (pairs). */
  private readonly nodes: Text[] = [];
  private readonly spans: number[] = [];
  private built: Segment[] | undefined;
  /** A block or line boundary was seen since the last text: separate the next text. */
  pendingBreak = false;
  constructor(readonly container: Node) {}

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreak && this.text.length > 0) this.text += '\n';
    this.pendingBreak = false;
    this.nodes.push(node);
    this.spans.push(this.text.length, data.length);
    // Most blocks are one Text node: its string is the block's text, with no copy.
    this.text = this.text.length === 0 ? data : this.text + data;
  }

  get segments(): readonly Segment[] {
    if (!this.built) {
      const { nodes, spans } = this;
      this.built = nodes.map((node, i) => ({
        node,
        start: spans[2 * i]!,
        length: spans[2 * i + 1]!,
      }));
    }
    return this.built;
  }

  /** Whether the block holds text worth reading (not only white space). */
  hasText(): boolean {
    return HAS_TEXT.test(this.text);
  }
}

/** Options of one walk. */
export interface WalkOptions {
  /** Read only `root`'s own text: nested blocks are left to their own walks. */
  ownTextOnly?: boolean;
  /** Called for each open shadow root met (deep walks only), so the caller can walk it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Nodes visited between two yields. */
const NODES_PER_YIELD = 200;

/**
 * Walks `root` (a block container) and yields each block's text when complete; yields
 * `null` every few hundred nodes so a caller can pause. Blocks without text are skipped.
 */
export function* walkBlocks(root: Node, options: WalkOptions = {}): Generator<BlockText | null> {
  const { ownTextOnly = false, onShadowRoot } = options;
  // A document in design mode is one big editor.
  if ((ownerDocumentOf(root) ?? (root as Document)).designMode === 'on') return;
  const stack: Builder[] = [new Builder(root)];
  let node: Node | null = firstChildOf(root);
  let visited = 0;
  const top = () => stack[stack.length - 1]!;
  /** Handles an element met; the first child to walk into, or null to pass over it. */
  const enter = (el: Element): Node | null => {
    // Read once per element: each DOM read from an isolated world is a binding call.
    const tag = tagNameOf(el).toUpperCase();
    if (tag === 'BR') {
      top().pendingBreak = true;
      return null;
    }
    if (skippedAs(el, tag)) return null;
    if (!ownTextOnly && onShadowRoot && canHostShadow(tag)) {
      const shadow = shadowRootOf(el);
      if (shadow) onShadowRoot(shadow);
    }
    if (!BLOCK_TAGS.has(tag)) return firstChildOf(el);
    top().pendingBreak = true;
    if (ownTextOnly) return null;
    const child = firstChildOf(el);
    if (child) stack.push(new Builder(el));
    return child;
  };
  while (node) {
    let child: Node | null = null;
    const type = nodeTypeOf(node);
    if (type === 3) top().add(node as Text);
    else if (type === 1) {
      try {
        child = enter(node as Element);
      } catch {
        // An element whose reads fail is left out with its subtree; the walk goes on.
        child = null;
      }
    }
    if (child) node = child;
    else {
      // Climb until a next sibling exists, closing the blocks we leave.
      let next: Node | null = null;
      while (node !== root && node && !(next = nextSiblingOf(node))) {
        node = parentNodeOf(node);
        if (stack.length > 1 && node === top().container) {
          const block = stack.pop()!;
          top().pendingBreak = true;
          if (block.hasText()) yield block;
        }
      }
      node = node === root || !node ? null : next;
    }
    if (++visited % NODES_PER_YIELD === 0) yield null;
  }
  // Blocks left open (the page removed nodes mid-walk) and the root itself.
  while (stack.length) {
    const block = stack.pop()!;
    if (block.hasText()) yield block;
  }
}

/** DOM boundary points of a span of block text. */
export interface SpanLocation {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Index of the first segment (in text order) that starts at or after `pos`. */
function firstStartingAt(segs: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first segment that ends after `pos` (the one holding it, or the next one when
 * `pos` is in a separator); the segments' length when none does. A block may hold thousands of
 * Text nodes: searched, not scanned.
 */
export function segmentAt(segs: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = segs[mid]!;
    if (s.start + s.length <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where `[start, end)` of a block's text lies in the DOM, or null when the text moved away.
 * Offsets inside a separator snap to the neighbouring text.
 */
export function locate(block: BlockText, start: number, end: number): SpanLocation | null {
  const segs = block.segments;
  const first = segs[segmentAt(segs, start)];
  const last = segs[firstStartingAt(segs, end) - 1];
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const startOffset = Math.max(0, start - first.start);
  const endOffset = Math.min(last.length, end - last.start);
  if (startOffset > first.node.length || endOffset > last.node.length) return null;
  return { startNode: first.node, startOffset, endNode: last.node, endOffset };
}

/** The live DOM Range for `[start, end)` of a block's text, or null (see `locate`). */
export function rangeOf(block: BlockText, start: number, end: number): Range | null {
  const at = locate(block, start, end);
  if (!at) return null;
  const range = (at.startNode.ownerDocument ?? document).createRange();
  range.setStart(at.startNode, at.startOffset);
  range.setEnd(at.endNode, at.endOffset);
  return range;
}
