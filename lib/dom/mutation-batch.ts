/**
 * DOM mutations, batched: records are collected for a short while (bounded in count and in
 * delay), then each batch becomes rescan jobs for just the blocks it touched. The scanner runs
 * the jobs (`scanner.ts`).
 */
import { batchAncestry } from './ancestry';
import { isOwnUiHost } from './own-ui';
import { isSkipped } from './text-blocks';

/**
 * A rescan: of `root`'s own text, or of its whole subtree. A root inside skipped content (an
 * editor, hidden) only loses its mentions.
 */
export interface Job {
  root: Node;
  ownTextOnly: boolean;
  skipped?: boolean;
}

/** Mutation records kept per batch (see `watchMutations`). */
export const MAX_PENDING = 20_000;
/** A page that never stops changing is still rescanned at least this often, ms. */
export const MAX_WAIT_MS = 1_000;

const isOwnHost = (n: Node) => n.nodeType === 1 && isOwnUiHost(n as Element);

/** Index loops over node lists: Firefox's Xray wrappers do not iterate every DOM iterable. */
const allOwnHosts = (nodes: NodeList) => {
  for (let i = 0; i < nodes.length; i++) if (!isOwnHost(nodes[i]!)) return false;
  return true;
};

/**
 * Whether a record is our popover's doing: the host itself changed, or it was added or
 * removed. Its content lives in a closed shadow root, which no observer of ours sees, so no
 * climb to the root is needed (a page's own nodes put inside the host are skipped by the walk
 * anyway, and only cost a rescan of the block around it).
 */
export function isOwnRecord(r: MutationRecord): boolean {
  if (isOwnHost(r.target)) return true;
  if (r.type !== 'childList') return false;
  return allOwnHosts(r.addedNodes) && allOwnHosts(r.removedNodes);
}

/**
 * Turns a batch of records into rescan jobs, appended to `jobs`: the outermost added subtrees
 * in full, and the own text of each block whose text changed. `full` (the batch overflowed)
 * rescans the whole document. Calls `prune` when nodes were removed. Every ancestor climb goes
 * through one `batchAncestry`, so a batch costs O(records + the ancestors they share), never
 * O(records × depth); it yields often, to run in time slices.
 */
export function* planBatch(
  records: readonly MutationRecord[],
  full: boolean,
  doc: Document,
  prune: () => void,
  jobs: Job[],
): Generator<null> {
  const ancestry = batchAncestry(isSkipped);
  const deep = new Set<Node>();
  const own = new Set<Node>();
  let removed = full;
  if (full) deep.add(doc.body ?? doc.documentElement);
  for (const r of records) {
    yield null;
    if (isOwnRecord(r)) continue;
    if (r.type === 'attributes') {
      deep.add(yield* ancestry.blockContainerOf(r.target));
      continue;
    }
    own.add(yield* ancestry.blockContainerOf(r.target));
    if (r.removedNodes.length) removed = true;
    for (let i = 0; i < r.addedNodes.length; i++) {
      const n = r.addedNodes[i]!;
      if (n.nodeType === 1 && !isOwnHost(n)) deep.add(n);
    }
  }
  if (removed) prune();
  yield null;
  // Outermost roots only.
  const underDeep = ancestry.underAnyOf(deep);
  const roots = new Set<Node>();
  for (const n of deep) {
    if (n.isConnected && !(yield* underDeep(n))) roots.add(n);
  }
  // A mutation's block may lie inside content the walk skips (a user typing in an editor, a
  // hidden panel the page updates): the full walk never went there, nor may a rescan.
  for (const root of roots) {
    jobs.push({ root, ownTextOnly: false, skipped: yield* ancestry.inSkipped(root) });
  }
  const underRoots = ancestry.underAnyOf(roots);
  for (const c of own) {
    if (roots.has(c) || (yield* underRoots(c))) continue;
    jobs.push({ root: c, ownTextOnly: true, skipped: yield* ancestry.inSkipped(c) });
  }
}

export interface MutationWatchOptions {
  signal: AbortSignal;
  /** Debounce of mutations before a batch, ms. */
  delayMs: number;
  /**
   * Handles one batch (`full`: more than MAX_PENDING records came, rescan everything). The
   * next batch waits until the returned promise settles; records meanwhile are kept.
   */
  onBatch(records: MutationRecord[], full: boolean): Promise<void>;
  /** Records past which a batch becomes a full rescan (default MAX_PENDING). */
  maxPending?: number;
}

export interface MutationWatch {
  /** Watches `root`'s subtree too (a document, or a shadow root). */
  observe(root: Node): void;
}

/**
 * Watches the page for changes to its text and to the attributes that show or hide it, and
 * hands them on in batches: debounced by `delayMs`, but never postponed past MAX_WAIT_MS on a
 * page that changes without pause, and one batch at a time.
 */
export function watchMutations(options: MutationWatchOptions): MutationWatch {
  const { signal, delayMs } = options;
  const maxPending = options.maxPending ?? MAX_PENDING;
  const observed = new WeakSet<Node>();
  let pending: MutationRecord[] = [];
  /** More records came than maxPending since the last batch: rescan everything. */
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let lastAt = 0;
  /** A batch is being handled; the next one waits for it. */
  let busy = false;

  const runBatch = () => {
    timer = undefined;
    if (busy || signal.aborted) return;
    const records = pending;
    const full = overflow;
    pending = [];
    overflow = false;
    busy = true;
    let done: Promise<void>;
    try {
      done = options.onBatch(records, full);
    } catch {
      // Hostile DOMs must never break the page; the next mutation retries.
      done = Promise.resolve();
    }
    void done
      .catch(() => {
        // As above.
      })
      .finally(() => {
        busy = false;
        if (signal.aborted) return;
        if ((pending.length || overflow) && timer === undefined) timer = setTimeout(runBatch, 0);
      });
  };

  /** The batch is due once the page was quiet for `delayMs`, or MAX_WAIT_MS after it began. */
  const onTimer = () => {
    timer = undefined;
    const now = Date.now();
    const quiet = now - lastAt;
    const waited = now - firstPendingAt;
    // A wall clock stepped back (negative times) runs the batch now rather than waiting for it
    // to catch up.
    if (quiet >= 0 && waited >= 0 && quiet < delayMs && waited < MAX_WAIT_MS) {
      timer = setTimeout(onTimer, Math.min(delayMs - quiet, MAX_WAIT_MS - waited));
    } else runBatch();
  };

  // It runs at the end of every page task that changed the DOM: no more than a note and a
  // timer armed once, not one per callback.
  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    lastAt = Date.now();
    if (!pending.length && !overflow) firstPendingAt = lastAt;
    // Bounded: past maxPending records a batch rescans the document instead (sliced), so a
    // page mutating without pause cannot grow our memory or one task without limit.
    if (overflow || pending.length + records.length > maxPending) {
      overflow = true;
      pending = [];
    } else for (const r of records) pending.push(r);
    timer ??= setTimeout(onTimer, delayMs);
  });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    pending = [];
  });

  return {
    observe(root) {
      if (observed.has(root) || signal.aborted) return;
      observed.add(root);
      observer.observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        // Only attributes that show or hide content; `class`/`style` churn too much to follow.
        attributeFilter: ['hidden', 'aria-hidden', 'open', 'contenteditable'],
      });
    },
  };
}
