/**
 * The mentions of a page (or frame), by block container and by id. Pure bookkeeping: nothing
 * here reads or writes the page beyond asking whether a range's text is still in it.
 */
import type { Topic } from '../../engine/types';

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

/** What the mentions of a page became since the last look. */
export interface MentionChanges {
  added: TrackedMention[];
  removed: TrackedMention[];
}

export interface MentionStore {
  /** All current mentions, in scan order. */
  all(): TrackedMention[];
  byId(id: string): TrackedMention | undefined;
  inContainer(container: Node): readonly TrackedMention[] | undefined;
  /** The containers that hold mentions now. */
  containers(): Node[];
  /** Sets a container's mentions (it had none: `takeIds` removed them first). */
  set(container: Node, list: TrackedMention[]): void;
  /**
   * Removes the mentions of these containers and returns their ids by text, so that a rescan
   * gives a mention whose text did not change its id again.
   */
  takeIds(containers: Iterable<Node>): Map<string, string[]>;
  /** A fresh id. */
  newId(): string;
  /** Drops mentions whose text left the page. */
  prune(): void;
  clear(): void;
  /**
   * The mentions added and removed since the last call (a mention added and removed in
   * between is in neither), or null when none were.
   */
  takeChanges(): MentionChanges | null;
}

export function createMentionStore(): MentionStore {
  const byContainer = new Map<Node, TrackedMention[]>();
  const byId = new Map<string, TrackedMention>();
  let nextId = 0;
  let added = new Set<TrackedMention>();
  let removed: TrackedMention[] = [];

  const dropped = (m: TrackedMention) => {
    byId.delete(m.id);
    if (!added.delete(m)) removed.push(m);
  };
  const remove = (container: Node): TrackedMention[] => {
    const old = byContainer.get(container);
    if (!old) return [];
    byContainer.delete(container);
    old.forEach(dropped);
    return old;
  };

  return {
    all: () => [...byContainer.values()].flat(),
    byId: (id) => byId.get(id),
    inContainer: (c) => byContainer.get(c),
    containers: () => [...byContainer.keys()],
    set(container, list) {
      if (!list.length) return;
      byContainer.set(container, list);
      for (const m of list) {
        byId.set(m.id, m);
        added.add(m);
      }
    },
    takeIds(containers) {
      const reuse = new Map<string, string[]>();
      for (const c of containers) {
        for (const m of remove(c)) {
          const list = reuse.get(m.text) ?? [];
          list.push(m.id);
          reuse.set(m.text, list);
        }
      }
      return reuse;
    },
    newId: () => `m${++nextId}`,
    prune() {
      for (const [container, list] of byContainer) {
        if (!container.isConnected) {
          remove(container);
          continue;
        }
        const kept = list.filter((m) => !m.range.collapsed && m.range.startContainer.isConnected);
        if (kept.length !== list.length) {
          list.filter((m) => !kept.includes(m)).forEach(dropped);
          if (kept.length) byContainer.set(container, kept);
          else byContainer.delete(container);
        }
      }
    },
    clear() {
      byContainer.clear();
      byId.clear();
      added.clear();
      removed = [];
    },
    takeChanges() {
      if (!added.size && !removed.length) return null;
      const changes = { added: [...added], removed };
      added = new Set();
      removed = [];
      return changes;
    },
  };
}
