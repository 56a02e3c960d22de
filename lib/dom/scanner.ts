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
  blockContainerOf,
  isBlockElement,
  rangeOf,
  walkBlocks,
} from './text-blocks';
import { isOwnUiHost } from './own-ui';
import { runSliced } from './slices';

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

/** Blocks longer than this are detected in windows, so one call never runs long. */
const WINDOW = 20_000;
const CONTEXT_CHARS = 300;
/** The paragraph window sent with a mention (the page title is added beside it). */
const AROUND_CHARS = 800;
/** Mutation records kept per batch (see the observer). */
const MAX_PENDING = 20_000;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Splits a long block text at sentence ends (or spaces) into windows of at most WINDOW chars. */
export function windowsOf(text: string): Array<{ offset: number; text: string }> {
  if (text.length <= WINDOW) return [{ offset: 0, text }];
  const out: Array<{ offset: number; text: string }> = [];
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(text.length, offset + WINDOW);
    if (end < text.length) {
      const slice = text.slice(offset, end);
      const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'));
      const space = slice.lastIndexOf(' ');
      end = offset + (cut > WINDOW / 2 ? cut + 1 : space > 0 ? space : slice.length);
    }
    out.push({ offset, text: text.slice(offset, end) });
    offset = end;
  }
  return out;
}

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

type Job = { root: Node; ownTextOnly: boolean };

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
    const stale = ownTextOnly
      ? [root]
      : [...byContainer.keys()].filter((c) => c === root || root.contains(c));
    const reuse = takeIds(stale);
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

  const isOwnUi = (node: Node | null): boolean => {
    for (let n = node; n; n = n.parentNode) {
      if (n.nodeType === 1 && isOwnUiHost(n as Element)) return true;
    }
    return false;
  };

  // --- Mutations: debounce, then rescan only the touched blocks. ---
  let pending: MutationRecord[] = [];
  /** More records came than MAX_PENDING since the last batch: rescan everything. */
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  const delay = options.mutationDelayMs ?? 150;

  /** Whether an ancestor of `node` (same tree) is in `set`: O(depth), not O(set size). */
  const underAny = (node: Node, set: ReadonlySet<Node>): boolean => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
    return false;
  };

  const processMutations = () => {
    timer = undefined;
    const records = pending;
    pending = [];
    const full = overflow;
    overflow = false;
    const deep = new Set<Node>();
    const own = new Set<Node>();
    let removed = full;
    // Records of one batch mostly share a few targets (a live blog's list): test each once.
    const ownUi = new Map<Node, boolean>();
    const isOwnTarget = (n: Node) => {
      let known = ownUi.get(n);
      if (known === undefined) ownUi.set(n, (known = isOwnUi(n)));
      return known;
    };
    if (full) deep.add(doc.body ?? doc.documentElement);
    for (const r of records) {
      if (isOwnTarget(r.target)) continue;
      if (r.type === 'attributes') {
        deep.add(isBlockElement(r.target) ? r.target : blockContainerOf(r.target));
        continue;
      }
      own.add(blockContainerOf(r.target));
      if (r.removedNodes.length) removed = true;
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 1 && !isOwnUi(n)) deep.add(n);
      });
    }
    if (removed) prune();
    // Outermost roots only. Climbing ancestors instead of testing every pair: the pairwise
    // `contains` filter was quadratic, 115 ms of one task for ~1,000 records on the bench page
    // mutating 1,000×/s (CPU profile, Chromium 156).
    const roots = new Set([...deep].filter((n) => n.isConnected && !underAny(n, deep)));
    for (const root of roots) queue.push({ root, ownTextOnly: false });
    for (const c of own) {
      if (!roots.has(c) && !underAny(c, roots)) queue.push({ root: c, ownTextOnly: true });
    }
    flush();
    void kick();
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
    timer = setTimeout(() => {
      try {
        processMutations();
      } catch {
        // Hostile DOMs must never break the page; the next mutation retries.
      }
    }, wait);
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
