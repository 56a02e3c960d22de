/**
 * The one typed module for runtime messages between content scripts, the background and
 * the extension pages. Every message is validated on receipt (`parseMessage`): a message
 * is data, never markup, and anything malformed is dropped.
 */
import type { RetrievedPassage, Topic } from '../engine/types';

/** A mention as the content script reports it (no DOM references). */
export interface MentionSummary {
  /** Unique within its frame for the life of the page, e.g. `m12`. */
  id: string;
  topics: Topic[];
  /** The highlighted text. */
  text: string;
  /** The sentence(s) around it, used as the retrieval query and shown in the panel. */
  context: string;
  terms: string[];
  score: number;
}

/** What the background knows about one tab (all frames merged, top frame first). */
export interface TabState {
  tabId: number;
  url: string;
  title: string;
  mentions: Array<MentionSummary & { frameId: number }>;
  /** Set when the popover's "Full context" or a command asked the panel to show a mention. */
  focus: { frameId: number; mentionId: string } | null;
}

/** Requests and their responses. `type` discriminates. */
export interface MessageMap {
  /** content → background: the full current list of mentions in this frame (replaces the previous list). */
  'mentions/report': {
    request: { type: 'mentions/report'; url: string; title: string; mentions: MentionSummary[] };
    response: { ok: true };
  };
  /** content → background: the passages for one mention (popover). */
  'passages/for-mention': {
    request: { type: 'passages/for-mention'; mention: MentionSummary; limit?: number };
    response: { passages: RetrievedPassage[] };
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
}

export type MessageType = keyof MessageMap;
export type Message = MessageMap[MessageType]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];
