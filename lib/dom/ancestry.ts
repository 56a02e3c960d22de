/**
 * Ancestor questions about many nodes of one mutation batch, each ancestor climbed at most
 * once per batch: a page thousands of levels deep whose text changes everywhere would
 * otherwise cost depth × targets steps (seconds) in a single task.
 *
 * The lookups are generators: they yield every CLIMB_STEP ancestors climbed, so the caller
 * can run them in time slices (`runSliced`). A lookup lives for one batch only: the page may
 * move nodes between slices, and the next batch's records say so.
 */
import { isBlockElement } from './text-blocks';
import { nodeTypeOf, ownerDocumentOf, parentNodeOf } from './node-access';

/**
 * Ancestors climbed (over all questions of a batch) between two yields. Few: the slice's clock
 * is read only at a yield, and an ancestor's skip test reads its attributes.
 */
export const CLIMB_STEP = 32;

export interface BatchAncestry {
  /** The block container owning `node`'s text: nearest block ancestor, or the shadow root. */
  blockContainerOf(node: Node): Generator<null, Node>;
  /**
   * A test of whether a strict ancestor of a node is in `set`. `set` must not change while
   * the test is used.
   */
  underAnyOf(set: ReadonlySet<Node>): (node: Node) => Generator<null, boolean>;
  /**
   * Whether `node` or an ancestor, across shadow hosts, is an element the walk skips (an
   * editor, hidden content...): text there is not read, whatever its own block looks like.
   */
  inSkipped(node: Node): Generator<null, boolean>;
}

const parentAcrossShadow = (n: Node): Node | null =>
  parentNodeOf(n) ?? (nodeTypeOf(n) === 11 ? (n as ShadowRoot).host : null);

/** Fresh lookups for one batch; `isSkipped` tells an element the walk leaves out. */
export function batchAncestry(isSkipped: (el: Element) => boolean): BatchAncestry {
  let climbed = 0;
  /** Whether to pause after one more ancestor. */
  const tick = () => ++climbed % CLIMB_STEP === 0;
  const containers = new Map<Node, Node>();

  function* blockContainerOf(node: Node): Generator<null, Node> {
    const path: Node[] = [];
    let found: Node | undefined;
    for (
      let n: Node | null = nodeTypeOf(node) === 1 ? node : parentNodeOf(node);
      n;
      n = parentNodeOf(n)
    ) {
      found = containers.get(n);
      if (found) break;
      if (isBlockElement(n) || nodeTypeOf(n) === 11) {
        found = n;
        break;
      }
      path.push(n);
      if (tick()) yield null;
    }
    // Off the top of a detached tree: as a plain climb would, every node on the way says body.
    found ??= ownerDocumentOf(node)?.body ?? node;
    for (const n of path) containers.set(n, found);
    return found;
  }

  function underAnyOf(set: ReadonlySet<Node>): (node: Node) => Generator<null, boolean> {
    /** Per node: whether it or one of its ancestors is in `set`. */
    const covered = new Map<Node, boolean>();
    return function* (node) {
      const path: Node[] = [];
      let hit = false;
      for (let p = parentNodeOf(node); p; p = parentNodeOf(p)) {
        const known = covered.get(p);
        if (known !== undefined) {
          hit = known;
          break;
        }
        if (set.has(p)) {
          hit = true;
          break;
        }
        path.push(p);
        if (tick()) yield null;
      }
      for (const p of path) covered.set(p, hit);
      return hit;
    };
  }

  /** Per node: whether it or an ancestor is skipped. */
  const skipped = new Map<Node, boolean>();
  function* inSkipped(node: Node): Generator<null, boolean> {
    const path: Node[] = [];
    let hit = false;
    for (let n: Node | null = node; n; n = parentAcrossShadow(n)) {
      const known = skipped.get(n);
      if (known !== undefined) {
        hit = known;
        break;
      }
      if (nodeTypeOf(n) === 1 && isSkipped(n as Element)) {
        hit = true;
        skipped.set(n, true);
        break;
      }
      path.push(n);
      if (tick()) yield null;
    }
    for (const n of path) skipped.set(n, hit);
    return hit;
  }

  return { blockContainerOf, underAnyOf, inSkipped };
}
