/**
 * Keeps the list of topic mentions on a page (or frame) current: a full scan at start, then
 * only the blocks a DOM mutation touched. Every mention holds a live DOM Range; mentions whose
 * text left the page are dropped. Pure bookkeeping: nothing here writes to the page.
 */
import type { DocumentReader, ReaderState } from '../../engine/detect';
import type { Topic } from '../../engine/types';
import {
  type BlockText,
  type Visibility,
  isBlockElement,
  isSkipped,
  rangeOf,
  walkBlocks,
} from './text-blocks';
import { isOwnUiHost } from './own-ui';
import { runSliced } from './slices';
import { windowsOf } from '../../engine/text/windows';
import { batchAncestry } from './ancestry';

/** A mention on the page, with its live range. */
export interface TrackedMention {
  /** Unique within the frame, stable while its block keeps the same text. */
  id: string;
  container: Node;
  range: Range;
  topics: Topic[];
  terms: string[];
  score: number;
  /** The highlighted text, whitespace collapsed. */
  text: string;
  /** The mention with some surrounding text of its block, whitespace collapsed. */
  context: string;
  /** A wider window of its block (up to AROUND_CHARS), for what a vague sentence is about. */
  around: string;
}

export interface ScannerOptions {
  /**
   * A reader of the page as one document, in block order; `state` resumes one where a block
   * was first read (a rescan after a mutation), undefined starts from the page's headline.
   */
  reader: (state: ReaderState | undefined) => DocumentReader;
  visibility: Visibility;
  /** The scanner stops for good when this aborts. */
  signal: AbortSignal;
  /** Called after each slice of work that added or removed mentions. */
  onChange: () => void;
  /** Debounce of DOM mutations before rescanning, ms. */
  mutationDelayMs?: number;
}

export interface Scanner {
  /** All current mentions, in scan order. */
  mentions(): TrackedMention[];
  byId(id: string): TrackedMention | undefined;
  /** Mentions whose text belongs to this block container, if any. */
  inContainer(container: Node): readonly TrackedMention[] | undefined;
  /** Resolves when all queued scanning is done (for tests and the first report). */
  idle(): Promise<void>;
}

const CONTEXT_CHARS = 300;
/** The paragraph window sent with a mention (the page title is added beside it). */
const AROUND_CHARS = 800;
/** Mutation records kept per batch (see the observer). */
const MAX_PENDING = 20_000;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text around `[start, end)`, widened to sentence edges within CONTEXT_CHARS. */
function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  if (stop >= 0) from += stop + 1;
  const after = text.slice(end, to);
  const next = after.search(/[.!?](\s|$)/);
  if (next >= 0) to = end + next + 1;
  return collapse(text.slice(from, to)).slice(0, 2000);
}

/** The block text around `[start, end)`, at most AROUND_CHARS, whitespace collapsed. */
function aroundOf(text: string, start: number, end: number): string {
  const spare = Math.max(0, AROUND_CHARS - (end - start)) / 2;
  const from = Math.max(0, Math.floor(start - spare));
  return collapse(text.slice(from, Math.min(text.length, Math.ceil(end + spare)))).slice(
    0,
    AROUND_CHARS,
  );
}

/**
 * A rescan: of `root`'s own text, or of its whole subtree. A root inside skipped content (an
 * editor, hidden) only loses its mentions.
 */
type Job = { root: Node; ownTextOnly: boolean; skipped?: boolean };

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
function isOwnRecord(r: MutationRecord): boolean {
  if (isOwnHost(r.target)) return true;
  if (r.type !== 'childList') return false;
  return allOwnHosts(r.addedNodes) && allOwnHosts(r.removedNodes);
}

/** Creates the scanner for `doc` and starts the first full scan. */
export function createScanner(doc: Document, options: ScannerOptions): Scanner {
  const { visibility, signal, onChange } = options;
  /** The reader's context as each block container was first read (bounded by the page). */
  const readFrom = new WeakMap<Node, ReaderState>();
  const byContainer = new Map<Node, TrackedMention[]>();
  const byId = new Map<string, TrackedMention>();
  const observedRoots = new WeakSet<Node>();
  const queue: Job[] = [];
  let nextId = 0;
  let changed = false;
  let running: Promise<void> | null = null;

  const removeContainer = (container: Node): TrackedMention[] => {
    const old = byContainer.get(container);
    if (!old) return [];
    byContainer.delete(container);
    old.forEach((m) => byId.delete(m.id));
    changed = true;
    return old;
  };

  /**
   * Replaces a block's mentions with those detected in its current text; yields between
   * windows of a huge block so one block never makes a long task.
   */
  function* acceptBlock(
    block: BlockText,
    reuse: Map<string, string[]>,
    reader: DocumentReader,
  ): Generator<null> {
    const found: TrackedMention[] = [];
    readFrom.set(block.container, reader.state());
    for (const win of windowsOf(block.text)) {
      for (const m of reader.read(win.text)) {
        const start = win.offset + m.start;
        const end = win.offset + m.end;
        const range = rangeOf(block, start, end);
        if (!range) continue;
        const text = collapse(m.text);
        const id = reuse.get(text)?.shift() ?? `m${++nextId}`;
        const tracked: TrackedMention = {
          id,
          container: block.container,
          range,
          topics: [...m.topics],
          terms: [...m.terms],
          score: m.score,
          text: text.slice(0, 2000),
          context: contextOf(block.text, start, end),
          around: aroundOf(block.text, start, end),
        };
        found.push(tracked);
        byId.set(id, tracked);
      }
      yield null;
    }
    if (found.length) {
      byContainer.set(block.container, found);
      changed = true;
    }
  }

  /** Ids of a container's previous mentions by text, so a rescan keeps ids stable. */
  const takeIds = (containers: Iterable<Node>): Map<string, string[]> => {
    const reuse = new Map<string, string[]>();
    for (const c of containers) {
      for (const m of removeContainer(c)) {
        const list = reuse.get(m.text) ?? [];
        list.push(m.id);
        reuse.set(m.text, list);
      }
    }
    return reuse;
  };

  function* runJob(job: Job): Generator<null> {
    const { root, ownTextOnly } = job;
    if (!root.isConnected) return;
    const stale = [root];
    if (!ownTextOnly) {
      // `contains` climbs from each container: in slices, as the page may be deep and the
      // mentions many.
      let n = 0;
      for (const c of [...byContainer.keys()]) {
        if (c !== root && root.contains(c)) stale.push(c);
        if (++n % 64 === 0) yield null;
      }
    }
    const reuse = takeIds(stale);
    if (job.skipped) return;
    const rootIsBlock = isBlockElement(root) || root.nodeType === 11;
    const walk = walkBlocks(root, {
      visibility,
      ownTextOnly,
      onShadowRoot: (shadow) => {
        observe(shadow);
        queue.push({ root: shadow, ownTextOnly: false });
      },
    });
    // A rescan reads on from where its first block was read before; new text, from the page's
    // headline.
    let reader: DocumentReader | undefined;
    for (const block of walk) {
      // An inline root's own text belongs to its block ancestor, which has its own job.
      if (block && (rootIsBlock || block.container !== root)) {
        reader ??= options.reader(readFrom.get(block.container));
        yield* acceptBlock(block, reuse, reader);
      } else yield null;
    }
  }

  function* drainQueue(): Generator<null> {
    while (queue.length) yield* runJob(queue.shift()!);
  }

  const flush = () => {
    if (!changed) return;
    changed = false;
    try {
      onChange();
    } catch {
      // A consumer error must not stop scanning.
    }
  };

  const kick = (): Promise<void> => {
    running ??= runSliced(drainQueue(), () => {}, signal, flush).finally(() => {
      running = null;
      if (queue.length && !signal.aborted) void kick();
    });
    return running;
  };

  /** Drops mentions whose text is gone from the page. */
  const prune = () => {
    for (const [container, list] of byContainer) {
      if (!container.isConnected) {
        removeContainer(container);
        continue;
      }
      const kept = list.filter((m) => !m.range.collapsed && m.range.startContainer.isConnected);
      if (kept.length !== list.length) {
        list.filter((m) => !kept.includes(m)).forEach((m) => byId.delete(m.id));
        if (kept.length) byContainer.set(container, kept);
        else byContainer.delete(container);
        changed = true;
      }
    }
  };

  // --- Mutations: debounce, then rescan only the touched blocks. ---
  let pending: MutationRecord[] = [];
  /** More records came than MAX_PENDING since the last batch: rescan everything. */
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  /** A batch is being turned into jobs (in slices); the next one waits for it. */
  let planning = false;
  const delay = options.mutationDelayMs ?? 150;

  /**
   * Turns a batch of records into rescan jobs: the outermost added subtrees in full, and the
   * own text of each block whose text changed. Every ancestor climb goes through one
   * `batchAncestry`, so a batch costs O(records + the ancestors they share), never
   * O(records × depth), and it runs in slices.
   */
  function* planBatch(records: MutationRecord[], full: boolean): Generator<null> {
    const ancestry = batchAncestry((el) => isSkipped(el, visibility));
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
      queue.push({ root, ownTextOnly: false, skipped: yield* ancestry.inSkipped(root) });
    }
    const underRoots = ancestry.underAnyOf(roots);
    for (const c of own) {
      if (roots.has(c) || (yield* underRoots(c))) continue;
      queue.push({ root: c, ownTextOnly: true, skipped: yield* ancestry.inSkipped(c) });
    }
  }

  const processMutations = () => {
    timer = undefined;
    // One batch at a time: the records meanwhile wait in `pending` (bounded, see below).
    if (planning) return;
    const records = pending;
    pending = [];
    const full = overflow;
    overflow = false;
    planning = true;
    void runSliced(planBatch(records, full), () => {}, signal, flush)
      .catch(() => {
        // Hostile DOMs must never break the page; the next mutation retries.
      })
      .finally(() => {
        planning = false;
        if (signal.aborted) return;
        void kick();
        if ((pending.length || overflow) && timer === undefined) timer = setTimeout(onTimer, 0);
      });
  };

  const onTimer = () => {
    try {
      processMutations();
    } catch {
      // Hostile DOMs must never break the page; the next mutation retries.
    }
  };

  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    if (!pending.length && !overflow) firstPendingAt = Date.now();
    // Bounded: past MAX_PENDING records a batch rescans the document instead (sliced), so a
    // page mutating without pause cannot grow our memory or one task without limit.
    if (overflow || pending.length + records.length > MAX_PENDING) {
      overflow = true;
      pending = [];
    } else for (const r of records) pending.push(r);
    clearTimeout(timer);
    // Debounce, but never postpone work by more than a second on constantly changing pages.
    const wait = Date.now() - firstPendingAt > 1000 ? 0 : delay;
    timer = setTimeout(onTimer, wait);
  });

  function observe(root: Node) {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      // Only attributes that show or hide content; `class`/`style` churn too much to follow.
      attributeFilter: ['hidden', 'aria-hidden', 'open', 'contenteditable'],
    });
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    queue.length = 0;
    byContainer.clear();
    byId.clear();
  });

  if (!signal.aborted) {
    observe(doc);
    queue.push({ root: doc.body ?? doc.documentElement, ownTextOnly: false });
    // Start on a later task: `onChange` must never run before the caller has our handle.
    setTimeout(() => void kick(), 0);
  }

  return {
    mentions: () => [...byContainer.values()].flat(),
    byId: (id) => byId.get(id),
    inContainer: (c) => byContainer.get(c),
    idle: async () => {
      while (running) await running;
    },
  };
}
