/**
 * What the context menu hands the side panel: the text a user selected and asked about.
 * Kept in `storage.session` (memory only, cleared when the browser closes, not readable by
 * content scripts) so it reaches a panel that is still loading as well as one already open.
 */
import { storage } from 'wxt/utils/storage';

/** A request to search the corpus for selected text. */
export interface PanelSearchRequest {
  text: string;
  /** The tab the text was selected in, when known. */
  tabId: number | null;
  /** When it was asked (ms since epoch): tells a new request from one already handled. */
  at: number;
}

/** Longest selection kept: enough for a paragraph, small enough for a search query. */
export const MAX_SELECTION_CHARS = 1000;

const item = storage.defineItem<unknown>('session:panelRequest', { fallback: null });

/** Collapses whitespace and trims a selection to {@link MAX_SELECTION_CHARS}; null if empty. */
export function cleanSelection(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_CHARS).trim();
  return text === '' ? null : text;
}

/** A stored value as a request, or null when it is missing or malformed. */
export function parsePanelRequest(raw: unknown): PanelSearchRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const text = cleanSelection(r.text);
  const tabId = typeof r.tabId === 'number' && Number.isInteger(r.tabId) ? r.tabId : null;
  const at = typeof r.at === 'number' && Number.isFinite(r.at) ? r.at : null;
  return text && at !== null ? { text, tabId, at } : null;
}

/** Stores a search request for the panel. */
export async function requestPanelSearch(
  text: string,
  tabId: number | null,
  now = Date.now(),
): Promise<void> {
  const clean = cleanSelection(text);
  if (clean) await item.setValue({ text: clean, tabId, at: now } satisfies PanelSearchRequest);
}

/** The pending request, if any. */
export async function getPanelSearch(): Promise<PanelSearchRequest | null> {
  try {
    return parsePanelRequest(await item.getValue());
  } catch {
    return null;
  }
}

/** Calls `onRequest` for each new valid request; returns the unsubscribe. */
export function watchPanelSearch(onRequest: (r: PanelSearchRequest) => void): () => void {
  return item.watch((v) => {
    const r = parsePanelRequest(v);
    if (r) onRequest(r);
  });
}
