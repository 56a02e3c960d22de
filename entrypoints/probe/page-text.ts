/**
 * The probe's reading of a frame's text without the detector: the whole text of a subtree
 * against the vocabulary gate, in steps, and the open shadow roots whose text `textContent`
 * leaves out.
 */
import { isBlockElement } from '../../lib/dom/text-blocks';
import type { TimeSlice } from '../../lib/dom/slices';

/** Whole-subtree text tested by the gate per step (a 2 MB page is not one regex task). */
const GATE_STEP = 100_000;

/** The text the gate is tested on: a text node's data, or a subtree's `textContent`. */
export const textOf = (root: Node): string =>
  root.nodeType === 3 ? (root as Text).data : (root.textContent ?? '');

/**
 * Where `gate` first passes in `text` (-1: nowhere), tested in steps between which the probe
 * may pause.
 */
export async function gateMatch(gate: RegExp, text: string, slice: TimeSlice): Promise<number> {
  for (let i = 0; i < text.length; i += GATE_STEP) {
    // Overlap by more than any gate word, so none is cut in two.
    const at = text.slice(i, i + GATE_STEP + 64).search(gate);
    if (at >= 0) return i + at;
    if (slice.due()) await slice.pause();
  }
  return -1;
}

/** The block container `node`'s text belongs to (as the page UI sees it). */
export function containerOf(node: Node): Node {
  let n: Node | null = node;
  while (n && !isBlockElement(n) && n.nodeType !== 11) n = n.parentNode;
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
  if (root.nodeType === 1 && root.isConnected) {
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
