/**
 * The one typed module for runtime messages between content scripts, the background and
 * the extension pages. Every message is validated on receipt (`parseMessage`): a message
 * is data, never markup, and anything malformed is dropped.
 *
 * The content script imports this file, so the validators are small hand-written guards
 * (no schema library).
 */
import { browser } from 'wxt/browser';
import type { MentionContext, Topic } from '../engine/types';
import { STANCES, type Stance } from '../engine/stance/types';

/** A mention as the content script reports it (no DOM references). */
export interface MentionSummary {
  /** Unique within its frame for the life of the page, e.g. `m12`. */
  id: string;
  topics: Topic[];
  /** The highlighted text. */
  text: string;
  /** The sentence(s) around it, used as the retrieval query and shown in the panel. */
  context: string;
  /**
   * The page's title and the mention's paragraph, for telling what a vague sentence ("the two
   * countries deny it") is about. Optional: older reports lack it.
   */
  around?: string;
  terms: string[];
  score: number;
}

/**
 * How the page frames a mention (`lib/mention-framing.ts`): the stance rules' reading of its
 * sentence. The views decide what of it a reader is told (`lib/format/framing.ts`).
 */
export interface MentionFraming {
  /** null when the rules are unsure. */
  stance: Stance | null;
  /** Who the page credits the claim or the denial to, verbatim, or null. */
  speaker: string | null;
  /** The words that hedged a hedged sentence ("reportedly", "are believed"), or null. */
  hedge: string | null;
}

/** What the background knows about one tab (all frames merged, top frame first). */
export interface TabState {
  tabId: number;
  url: string;
  title: string;
  mentions: Array<MentionSummary & { frameId: number }>;
  /** Mentions the page reported beyond those kept (the per-tab bound of the tab store). */
  dropped: number;
  /** Set when the popover's "Full context" or a command asked the panel to show a mention. */
  focus: { frameId: number; mentionId: string } | null;
}

/** Requests and their responses. `type` discriminates. */
export interface MessageMap {
  /** content → background: the full current list of mentions in this frame (replaces the previous list). */
  'mentions/report': {
    request: {
      type: 'mentions/report';
      /**
       * Which document of the frame reports (random, one per page UI session): a late
       * retraction from a document that has gone must not remove its successor's mentions.
       */
      document: string;
      url: string;
      title: string;
      mentions: MentionSummary[];
    };
    response: { ok: true };
  };
  /** content → background: the passages for one mention (popover). */
  'passages/for-mention': {
    request: { type: 'passages/for-mention'; mention: MentionSummary; limit?: number };
    response: MentionContext & { framing: MentionFraming };
  };
  /** content → background: open the side panel focused on a mention ("Full context"). */
  'panel/open': {
    request: { type: 'panel/open'; mentionId: string | null };
    response: { ok: boolean };
  };
  /** panel → background: the state of a tab (the active tab when tabId is null). */
  'tab/state': {
    request: { type: 'tab/state'; tabId: number | null };
    response: { state: TabState | null };
  };
  /** panel → background → content: scroll the page to a mention and flash it. */
  'mention/reveal': {
    request: { type: 'mention/reveal'; tabId: number; frameId: number; mentionId: string };
    response: { ok: boolean };
  };
  /**
   * background → extension pages (broadcast with runtime.sendMessage, no response expected):
   * a tab's mentions, URL or focus changed; pages re-read with 'tab/state'.
   */
  'tab/updated': {
    request: { type: 'tab/updated'; tabId: number };
    response: void;
  };
  /**
   * background → content (every frame of the tab; only the focused frame acts): the keyboard
   * command asked for the popover of the mention nearest the caret or selection.
   */
  'popover/open-nearest': {
    request: { type: 'popover/open-nearest' };
    response: { ok: boolean };
  };
}

export type MessageType = keyof MessageMap;
export type Message = MessageMap[MessageType]['request'];
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

/** Bounds on what a message may carry; anything larger is dropped, not truncated. */
export const LIMITS = Object.freeze({
  id: 64,
  text: 2_000,
  context: 4_000,
  around: 1_000,
  terms: 32,
  term: 64,
  mentions: 1_000,
  url: 8_192,
  title: 1_000,
  passages: 20,
  speaker: 200,
  hedge: 64,
});

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown): v is string => isStr(v, LIMITS.id) && /^[\w.:-]+$/.test(v);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTopic = (v: unknown): v is Topic => v === 'drones' || v === 'syria';
const isList = <T>(v: unknown, max: number, item: (x: unknown) => x is T): v is T[] =>
  Array.isArray(v) && v.length <= max && v.every(item);

/** Whether `v` is a well-formed, bounded MentionSummary. */
export function isMentionSummary(v: unknown): v is MentionSummary {
  return (
    isRec(v) &&
    isId(v.id) &&
    isList(v.topics, 2, isTopic) &&
    v.topics.length > 0 &&
    isStr(v.text, LIMITS.text) &&
    isStr(v.context, LIMITS.context) &&
    (v.around === undefined || isStr(v.around, LIMITS.around)) &&
    isList(v.terms, LIMITS.terms, (t): t is string => isStr(t, LIMITS.term)) &&
    typeof v.score === 'number' &&
    v.score >= 0 &&
    v.score <= 1
  );
}

/** Whether `v` is a well-formed, bounded MentionFraming. */
export function isMentionFraming(v: unknown): v is MentionFraming {
  return (
    isRec(v) &&
    (v.stance === null || STANCES.includes(v.stance as Stance)) &&
    (v.speaker === null || (isStr(v.speaker, LIMITS.speaker) && v.speaker.trim() !== '')) &&
    (v.hedge === null || (isStr(v.hedge, LIMITS.hedge) && v.hedge.trim() !== ''))
  );
}

/** Per type: does the (already object-shaped) message carry valid fields? */
const VALIDATORS: { [T in MessageType]: (m: Rec) => boolean } = {
  'mentions/report': (m) =>
    isId(m.document) &&
    isStr(m.url, LIMITS.url) &&
    isStr(m.title, LIMITS.title) &&
    isList(m.mentions, LIMITS.mentions, isMentionSummary),
  'passages/for-mention': (m) =>
    isMentionSummary(m.mention) &&
    (m.limit === undefined || (isInt(m.limit) && m.limit >= 1 && m.limit <= LIMITS.passages)),
  'panel/open': (m) => m.mentionId === null || isId(m.mentionId),
  'tab/state': (m) => m.tabId === null || isInt(m.tabId),
  'mention/reveal': (m) => isInt(m.tabId) && isInt(m.frameId) && isId(m.mentionId),
  'tab/updated': (m) => isInt(m.tabId),
  'popover/open-nearest': () => true,
};

/**
 * Validates a received message. Returns it typed, or null for anything malformed, unknown
 * or oversized. Never throws.
 */
export function parseMessage(raw: unknown): Message | null {
  try {
    if (!isRec(raw) || typeof raw.type !== 'string' || !Object.hasOwn(VALIDATORS, raw.type)) {
      return null;
    }
    return VALIDATORS[raw.type as MessageType](raw) ? (raw as unknown as Message) : null;
  } catch {
    return null;
  }
}

/**
 * Sends a request to the background (or extension pages) and resolves with the typed response.
 * Rejects (never throws) when the extension context is gone, e.g. after an update.
 */
export function sendMessage<T extends MessageType>(message: RequestOf<T>): Promise<ResponseOf<T>> {
  try {
    return browser.runtime.sendMessage(message) as Promise<ResponseOf<T>>;
  } catch (err) {
    return Promise.reject(err);
  }
}

/** Sends a request to one frame of a tab (all frames when `frameId` is undefined). */
export function sendToTab<T extends MessageType>(
  tabId: number,
  message: RequestOf<T>,
  frameId?: number,
): Promise<ResponseOf<T>> {
  const options = frameId === undefined ? undefined : { frameId };
  try {
    return browser.tabs.sendMessage(tabId, message, options) as Promise<ResponseOf<T>>;
  } catch (err) {
    return Promise.reject(err);
  }
}
