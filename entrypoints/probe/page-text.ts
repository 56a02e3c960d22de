/**
 * The probe's reading of a frame's text without the detector: the whole text of a subtree
 * against the vocabulary gate, in steps, and the open shadow roots whose text `textContent`
 * leaves out.
 */
import { isBlockElement } from '../../lib/dom/text-blocks';
import type { TimeSlice } from '../../lib/dom/slices';
import type { GateSearch } from './gate-search';
import { firstChildOf, nextSiblingOf, nodeTypeOf, parentNodeOf } from '../../lib/dom/node-access';

/** Whole-subtree text tested by the gate per step (a 2 MB page is not one regex task). */
const GATE_STEP = 100_000;
/** Text kept on either side of the first gate word, for the letters that choose a stage. */
const SAMPLE_CHARS = 2_000;
/**
 * A page whose HTML, as loaded, is larger than this (bytes) has its text read in pieces: one
 * read of a page of hundreds of kilobytes of text is itself a long task, and in pieces the
 * gate stops reading where it first passes.
 */
const LARGE_HTML = 256_000;
/** A page with at most this many elements is read whole, whatever the size of its HTML. */
const FEW_ELEMENTS = 8_192;
/** Levels of elements read child by child before a subtree is read whole. */
const PIECE_DEPTH = 4;

/**
 * The text of the document's body (else of its root element), read without handing the page's
 * elements to this script: an XPath string value. The first touch of an element in a content
 * script's world builds the element interfaces' prototypes there, which costs more than
 * reading the text (docs/architecture.md, "Measurements behind the design").
 */
function documentText(): string {
  try {
    return document.evaluate(
      'string(/*/body | /*[not(body)])',
      document,
      null,
      XPathResult.STRING_TYPE,
      null,
    ).stringValue;
  } catch {
    return (document.body ?? document.documentElement)?.textContent ?? '';
  }
}

/**
 * The text the gate is tested on: a text node's data, the document's body text, or a subtree's
 * `textContent`.
 */
export function textOf(root: Node): string {
  if (root.nodeType === 3) return (root as Text).data;
  return root.nodeType === 9 ? documentText() : (root.textContent ?? '');
}

/**
 * Whether the page was loaded from large HTML (read in pieces; see LARGE_HTML) and has more
 * than FEW_ELEMENTS elements: pieces are cut at elements, so a page of few elements gains
 * little from them, and counting its elements spares a page without mentions the bindings of
 * `performance` (see `date-slice.ts`).
 */
export function isLargePage(): boolean {
  if (!hasManyElements()) return false;
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return (nav?.decodedBodySize ?? 0) > LARGE_HTML;
}

/**
 * Whether the document has more than FEW_ELEMENTS elements. The live collection's `item` walks
 * only as far as the index asked, where a full count walks every element in one task; only
 * on a large page is an element (that one) handed to this script (see `documentText`). Called
 * through `Document.prototype`: a page's named element can shadow the document's methods.
 */
function hasManyElements(): boolean {
  try {
    const byTagName = Object.getOwnPropertyDescriptor(Document.prototype, 'getElementsByTagName')!
      .value as (this: Document, name: string) => HTMLCollection;
    return byTagName.call(document, '*').item(FEW_ELEMENTS) !== null;
  } catch {
    return true;
  }
}

/**
 * The text of `root` in document order, in pieces: its text nodes and, below PIECE_DEPTH
 * levels of elements, the `textContent` of whole subtrees. Joined, they are `textContent`.
 */
export function* textPieces(root: Node, depth = PIECE_DEPTH): Generator<string> {
  if (nodeTypeOf(root) !== 1 || depth === 0) {
    yield textOf(root);
    return;
  }
  for (let n = firstChildOf(root); n; n = nextSiblingOf(n)) {
    const type = nodeTypeOf(n);
    if (type === 3) yield (n as Text).data;
    else if (type === 1) yield* textPieces(n, depth - 1);
  }
}

/**
 * The text around the first place `gate` (a search of lower-cased text, `gate-search.ts`) passes in
 * `pieces` (read in order, as one text), or null when it passes nowhere. Tested in steps
 * between which the probe may pause.
 */
export async function gatePass(
  gate: GateSearch,
  pieces: Iterable<string>,
  slice: TimeSlice,
): Promise<string | null> {
  // The end of the text tested before: longer than any gate word, so none is cut in two.
  let carry = '';
  let chunk = '';
  const test = () => {
    const text = carry + chunk;
    const at = gate(text.toLowerCase());
    carry = text.slice(-64);
    chunk = '';
    return at < 0 ? null : text.slice(Math.max(0, at - SAMPLE_CHARS), at + SAMPLE_CHARS);
  };
  for (const piece of pieces) {
    // Asked before every piece: one piece can be a whole subtree's `textContent`, and many
    // small ones (a page of short text nodes) add up too.
    if (slice.due()) await slice.pause();
    for (let i = 0; i < piece.length; i += GATE_STEP) {
      chunk += i === 0 && piece.length <= GATE_STEP ? piece : piece.slice(i, i + GATE_STEP);
      if (chunk.length < GATE_STEP) continue;
      const hit = test();
      if (hit !== null) return hit;
      if (slice.due()) await slice.pause();
    }
  }
  return chunk ? test() : null;
}

/** The block container `node`'s text belongs to (as the page UI sees it). */
export function containerOf(node: Node): Node {
  let n: Node | null = node;
  while (n && !isBlockElement(n) && nodeTypeOf(n) !== 11) n = parentNodeOf(n);
  return n && n !== document.documentElement ? n : (document.body ?? document.documentElement);
}

/**
 * Custom elements under `root` (itself included): the elements that host open shadow roots in
 * practice (web components). A built-in element can host one too (`div.attachShadow`); that is
 * rare for article text and missed here until the page UI, loaded by any other mention in the
 * frame, walks every element.
 *
 * Why not read `shadowRoot` off every element: it costs about twice this XPath on a page
 * without mentions (docs/architecture.md, "Measurements behind the design").
 */
const HOSTS_XPATH = "descendant-or-self::*[contains(name(),'-')]";

interface ElementList {
  readonly length: number;
  item(i: number): Element | null;
}

function candidateHosts(root: Node): ElementList {
  // XPath takes no shadow root as context; shadow trees are small, so they are listed whole.
  if ((root.nodeType === 1 || root.nodeType === 9) && root.isConnected) {
    try {
      const r = document.evaluate(
        HOSTS_XPATH,
        root,
        null,
        XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
        null,
      );
      return { length: r.snapshotLength, item: (i) => r.snapshotItem(i) as Element | null };
    } catch {
      // Fall through: list every element.
    }
  }
  return 'querySelectorAll' in root
    ? (root as ParentNode).querySelectorAll('*')
    : { length: 0, item: () => null };
}

/** Calls `onShadow` for the open shadow roots under `root` (their text is not in `textContent`). */
export async function findShadows(
  root: Node,
  onShadow: (shadow: ShadowRoot) => void,
  slice: TimeSlice,
): Promise<void> {
  const hosts = candidateHosts(root);
  for (let i = 0; i < hosts.length; i++) {
    const shadow = hosts.item(i)?.shadowRoot;
    if (shadow) onShadow(shadow);
    if (i % 512 === 511 && slice.due()) await slice.pause();
  }
}
