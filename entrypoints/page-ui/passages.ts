/**
 * The page side's passages for the popover: asks the background for a mention's passages
 * (`passages/for-mention`) as soon as the pointer rests on it, so they are there when the hover
 * delay ends, and keeps the answers of recent mentions for the next open.
 *
 * Entries are keyed by the retrieval query the background builds from the mention (the one
 * mapping, `lib/mention-query.ts`): two mentions asking the same share one answer, and a
 * mention whose text changed asks again. At most `capacity` entries are kept, least recently
 * used first out; a request in flight is shared, never sent twice. A failed, malformed or
 * unanswered request gives the `error` state (a calm message in the popover, never a spinner
 * that stays) and is not kept, so the next open asks again.
 */
import { isMentionFraming, LIMITS, sendMessage, type MentionSummary } from '../../lib/messages';
import { mentionQuery } from '../../lib/mention-query';
import type { PassagesState } from '../../lib/dom/popover-contract';

/** Passages shown per mention. */
export const PASSAGE_LIMIT = 4;

/** Mentions of a session whose passages are fetched as soon as they are found, not hovered. */
export const FOUND_PREFETCH = 4;

export type ReadyPassages = Extract<PassagesState, { status: 'ready' }>;

export interface Passages {
  /** Starts fetching `mention`'s passages unless they are known or on their way. */
  prefetch(mention: MentionSummary): void;
  /** The passages known now (fetched earlier), or null: then `load` them. */
  peek(mention: MentionSummary): ReadyPassages | null;
  /** The passages, fetched once; resolves with `error` on failure or after `timeoutMs`. */
  load(mention: MentionSummary): Promise<ReadyPassages | { status: 'error' }>;
  /** Forgets everything (the session stopped). */
  clear(): void;
}

export interface PassagesOptions {
  /** Asks the background; defaults to the `passages/for-mention` message. */
  request?: (mention: MentionSummary, limit: number) => Promise<unknown>;
  /** Mentions whose passages are kept. */
  capacity?: number;
  /** How long a caller waits for an answer before it is told the passages could not load. */
  timeoutMs?: number;
}

interface Entry {
  /** Settles once; never rejects. */
  answer: Promise<ReadyPassages | null>;
  ready: ReadyPassages | null;
}

const ERROR = Object.freeze({ status: 'error' as const });

const requestPassages = (mention: MentionSummary, limit: number): Promise<unknown> =>
  sendMessage<'passages/for-mention'>({ type: 'passages/for-mention', mention, limit });

/**
 * The background's answer as passages, or null when it is not one. A malformed framing is
 * left out (the popover then says nothing of it); the passages still show.
 */
export function toPassages(raw: unknown): ReadyPassages | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { matters, passages, framing } = raw as {
    matters?: unknown;
    passages?: unknown;
    framing?: unknown;
  };
  if (!Array.isArray(matters) || !Array.isArray(passages)) return null;
  if (passages.length > LIMITS.passages || matters.length > LIMITS.passages) return null;
  const isObject = (x: unknown) => typeof x === 'object' && x !== null;
  if (!matters.every(isObject) || !passages.every(isObject)) return null;
  return {
    status: 'ready',
    matters,
    passages,
    framing: isMentionFraming(framing) ? framing : null,
  } as ReadyPassages;
}

/** The cache key: what retrieval depends on, as the background will read it. */
function keyOf(mention: MentionSummary): string {
  const q = mentionQuery(mention);
  return JSON.stringify([q.text, q.context, q.topics, q.terms]);
}

export function createPassages(options: PassagesOptions = {}): Passages {
  const request = options.request ?? requestPassages;
  const capacity = Math.max(1, options.capacity ?? 32);
  const timeoutMs = options.timeoutMs ?? 10_000;
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const entries = new Map<string, Entry>();

  const entryFor = (mention: MentionSummary): Entry => {
    const key = keyOf(mention);
    const found = entries.get(key);
    if (found) {
      entries.delete(key);
      entries.set(key, found);
      return found;
    }
    const entry: Entry = { answer: Promise.resolve(null), ready: null };
    let sent: Promise<unknown>;
    try {
      sent = request(mention, PASSAGE_LIMIT);
    } catch (err) {
      sent = Promise.reject(err);
    }
    entry.answer = sent
      .then(toPassages, () => null)
      .then((ready) => {
        entry.ready = ready;
        // Only answers are kept: a failure is asked again next time.
        if (!ready && entries.get(key) === entry) entries.delete(key);
        return ready;
      });
    entries.set(key, entry);
    while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    return entry;
  };

  return {
    prefetch(mention) {
      entryFor(mention);
    },
    peek(mention) {
      const key = keyOf(mention);
      const entry = entries.get(key);
      if (!entry?.ready) return null;
      entries.delete(key);
      entries.set(key, entry);
      return entry.ready;
    },
    load(mention) {
      const { answer } = entryFor(mention);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((done) => (timer = setTimeout(done, timeoutMs, null)));
      return Promise.race([answer, late]).then((ready) => {
        clearTimeout(timer);
        return ready ?? ERROR;
      });
    },
    clear() {
      entries.clear();
    },
  };
}
