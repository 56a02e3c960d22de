/**
 * Keeps the list of topic mentions on a page (or frame) current: a full scan at start, then
 * only the blocks a DOM mutation touched (`mutation-batch.ts`). Every mention holds a live DOM
 * Range; mentions whose text left the page are dropped (`mention-store.ts`). Nothing here
 * writes to the page, and the scan reads no geometry: only the text a mention covers is asked
 * whether it is rendered (`rendered.ts`).
 */
import { sameReaderState, type DocumentReader, type ReaderState } from '../../engine/detect-core';
import { readInWindows, WINDOW_CHARS } from '../../engine/text/windows';
import type { Mention } from '../../engine/types';
import type { BlockReading } from './first-reading';
import { collapse, contextOf, aroundOf } from './mention-text';
import { createMentionStore, type MentionChanges, type TrackedMention } from './mention-store';
import { planBatch, watchMutations, type Job } from './mutation-batch';
import { spanRendered, type RenderedTest } from './rendered';
import { runSliced, yieldToPage } from './slices';
import { type BlockText, isBlockElement, rangeOf, walkBlocks } from './text-blocks';
import { containsOf, nodeTypeOf } from './node-access';

export type { MentionChanges, TrackedMention } from './mention-store';

export interface ScannerOptions {
  /**
   * A reader of the page as one document, in block order; `state` resumes one where a block
   * was first read (a rescan after a mutation), undefined starts from the page's headline.
   */
  reader: (state: ReaderState | undefined) => DocumentReader;
  /**
   * Blocks already read (by the probe, with the same reader), by container: a block reached
   * with the same text in the same context takes its mentions from here instead of being read
   * again. Entries are used once, and the map is emptied after the first full scan.
   */
  prior?: Map<Node, BlockReading>;
  /** Whether an element's text is rendered (`isRendered`, or a fake without layout in tests). */
  rendered: RenderedTest;
  /** The scanner stops for good when this aborts. */
  signal: AbortSignal;
  /** Called after each slice of work that added or removed mentions, with what it changed. */
  onChange: (changes: MentionChanges) => void;
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

/** Block text read between two yields to the slice's clock (unless a block holds mentions). */
const CHARS_PER_YIELD = 4_096;

/** Creates the scanner for `doc` and starts the first full scan. */
export function createScanner(doc: Document, options: ScannerOptions): Scanner {
  const { signal, rendered } = options;
  const store = createMentionStore();
  /** The reader's context as each block container was first read (bounded by the page). */
  const readFrom = new WeakMap<Node, ReaderState>();
  let prior = options.prior;
  const queue: Job[] = [];
  let running: Promise<void> | null = null;

  /** The probe's reading of `block`, if it read the same text in the same context. */
  const priorReading = (block: BlockText, reader: DocumentReader): BlockReading | undefined => {
    const earlier = prior?.get(block.container);
    if (!earlier) return undefined;
    prior!.delete(block.container);
    return earlier.text === block.text && sameReaderState(earlier.before, reader.state())
      ? earlier
      : undefined;
  };

  /** Tracks a block's mentions (found in its current text) in place of its previous ones. */
  const track = (block: BlockText, found: readonly Mention[], reuse: Map<string, string[]>) => {
    const list: TrackedMention[] = [];
    const known = new Map<Element, boolean>();
    for (const m of found) {
      if (!spanRendered(block, m.start, m.end, rendered, known)) continue;
      const range = rangeOf(block, m.start, m.end);
      if (!range) continue;
      const text = collapse(m.text);
      list.push({
        id: reuse.get(text)?.shift() ?? store.newId(),
        container: block.container,
        range,
        topics: [...m.topics],
        terms: [...m.terms],
        score: m.score,
        text: text.slice(0, 2000),
        context: contextOf(block.text, m.start, m.end),
        around: aroundOf(block.text, m.start, m.end),
      });
    }
    store.set(block.container, list);
  };

  function* runJob(job: Job): Generator<null> {
    const { root, ownTextOnly } = job;
    if (!root.isConnected) return;
    const stale = [root];
    if (!ownTextOnly) {
      // `contains` climbs from each container: in slices, as the page may be deep and the
      // mentions many.
      let n = 0;
      for (const c of store.containers()) {
        if (c !== root && containsOf(root, c)) stale.push(c);
        if (++n % 64 === 0) yield null;
      }
    }
    const reuse = store.takeIds(stale);
    if (job.skipped) return;
    const rootIsBlock = isBlockElement(root) || nodeTypeOf(root) === 11;
    const walk = walkBlocks(root, {
      ownTextOnly,
      onShadowRoot: (shadow) => {
        mutations.observe(shadow);
        queue.push({ root: shadow, ownTextOnly: false });
      },
    });
    // A rescan reads on from where its first block was read before; new text, from the page's
    // headline.
    let reader: DocumentReader | undefined;
    // Text read since the last yield: most blocks are passed over by the gate, so the clock is
    // asked per amount of text rather than per block.
    let sinceYield = 0;
    for (const block of walk) {
      // An inline root's own text belongs to its block ancestor, which has its own job.
      if (!block || (!rootIsBlock && block.container === root)) {
        sinceYield = 0;
        yield null;
        continue;
      }
      reader ??= options.reader(readFrom.get(block.container));
      readFrom.set(block.container, reader.state());
      const earlier = priorReading(block, reader);
      let found: readonly Mention[];
      if (earlier) {
        found = earlier.mentions;
        reader = options.reader(earlier.after);
      } else if (block.text.length <= WINDOW_CHARS) found = reader.read(block.text);
      else found = yield* readInWindows(reader, block.text);
      if (found.length) track(block, found, reuse);
      sinceYield += block.text.length;
      if (found.length || sinceYield >= CHARS_PER_YIELD) {
        sinceYield = 0;
        yield null;
      }
    }
  }

  function* drainQueue(): Generator<null> {
    while (queue.length) yield* runJob(queue.shift()!);
    // The first full scan is done: what the probe read is of no further use.
    prior?.clear();
    prior = undefined;
  }

  const flush = () => {
    const changes = store.takeChanges();
    if (!changes) return;
    try {
      options.onChange(changes);
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

  const mutations = watchMutations({
    signal,
    delayMs: options.mutationDelayMs ?? 150,
    onBatch: (records, full) =>
      runSliced(planBatch(records, full, doc, store.prune, queue), () => {}, signal, flush)
        // The rescan starts on a task of its own: not on the tail of the planning's last slice.
        .then(yieldToPage)
        .finally(() => {
          if (!signal.aborted) void kick();
        }),
  });

  signal.addEventListener('abort', () => {
    queue.length = 0;
    prior?.clear();
    prior = undefined;
    store.clear();
  });

  if (!signal.aborted) {
    mutations.observe(doc);
    queue.push({ root: doc.body ?? doc.documentElement, ownTextOnly: false });
    // Start on a later task: `onChange` must never run before the caller has our handle.
    setTimeout(() => void kick(), 0);
  }

  return {
    mentions: store.all,
    byId: store.byId,
    inContainer: store.inContainer,
    idle: async () => {
      while (running) await running;
    },
  };
}
