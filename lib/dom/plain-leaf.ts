/**
 * Blocks whose whole text the scanner can judge from one `textContent` read instead of a walk
 * of their nodes: a block element with no nested block, line break, left-out content or
 * possible shadow host inside. Its `textContent` is then exactly the text `walkBlocks` would
 * build for it (its Text nodes in order, nothing between, nothing left out), so a gate that
 * rejects the one rejects the other, and the block can be passed over unwalked while no
 * context is in force (docs/architecture.md, "Where a big page's time goes").
 */
import { BLOCK_TAGS, SKIP_TAGS } from '../../engine/page-tags';
import {
  elementsByTagOf,
  ownerDocumentOf,
  parentNodeOf,
  querySelectorOf,
  shadowRootOf,
  tagNameOf,
  textContentOf,
} from './node-access';

/**
 * What makes a block's walked text differ from its `textContent`: a nested block or a `<br>`
 * (a line break between two texts, which the gate's hyphen-before-a-line-break pattern reads),
 * and elements the walk leaves out (`isSkipped` in `text-blocks.ts`), whose text would join
 * the texts around them. Attribute tests are wider than the walk's (any `hidden`,
 * `aria-hidden`, `contenteditable`; `role` in any case): such a block is only walked as before.
 */
const NOT_PLAIN = [...BLOCK_TAGS, 'BR', ...SKIP_TAGS]
  .map((tag) => tag.toLowerCase())
  .concat(['[hidden]', '[aria-hidden]', '[contenteditable]', '[role="textbox" i]'])
  .join(',');

/** Custom elements: the elements besides the built-in ones that can host a shadow root. */
const CUSTOM_XPATH = ".//*[contains(name(),'-')]";

/**
 * The elements under `root` that hold a custom element (found by one query, when the scan
 * starts): a block among them may hold a shadow root, now or once the element is defined.
 */
export function customElementHolders(root: Element): WeakSet<Node> {
  const holders = new WeakSet<Node>();
  const mark = (el: Element) => {
    let n = parentNodeOf(el);
    for (; n && n !== root && !holders.has(n); n = parentNodeOf(n)) holders.add(n);
  };
  try {
    // Through `Document.prototype`: a page's named element can shadow the document's methods.
    const evaluate = Object.getOwnPropertyDescriptor(Document.prototype, 'evaluate')!
      .value as Document['evaluate'];
    const found = evaluate.call(
      ownerDocumentOf(root) ?? document,
      CUSTOM_XPATH,
      root,
      null,
      XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    );
    for (let i = 0; i < found.snapshotLength; i++) mark(found.snapshotItem(i) as Element);
  } catch {
    // No XPath (a DOM without it): every element, by its name. (The root, the body, has no
    // named properties to shadow `querySelectorAll`.)
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) if (tagNameOf(all[i]!).includes('-')) mark(all[i]!);
  }
  return holders;
}

/**
 * The text `walkBlocks` would build for the block element `el` from its `textContent`, or null
 * when the walk must see its nodes: it holds a nested block, a line break, content the walk
 * leaves out, a custom element (`holders`), or a `<span>` hosting a shadow root (the only
 * other element that can host one inside a block without nested blocks).
 */
export function plainLeafText(el: Element, holders: WeakSet<Node>): string | null {
  if (holders.has(el) || querySelectorOf(el, NOT_PLAIN)) return null;
  const spans = elementsByTagOf(el, 'span');
  for (let i = 0; i < spans.length; i++) if (shadowRootOf(spans[i]!)) return null;
  return textContentOf(el) ?? '';
}
