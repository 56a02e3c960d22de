/**
 * Keeps an extension page in step with what the background knows about the tab it reports
 * on: re-reads 'tab/state' when the background broadcasts 'tab/updated', when the user
 * switches tabs in this window, and when the page becomes visible or focused again.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type TabState, isMentionSummary, parseMessage, sendMessage } from '../../lib/messages';
import { currentWindowId, resolveTargetTab, tabIdFromQuery } from './tab-target';

/** What a page knows about its tab. `loading` until the first answer arrives. */
export interface TabStateView {
  loading: boolean;
  /** The tab reported on (null when unknown). */
  tabId: number | null;
  /** The background's state for it; null when the page has nothing to report (e.g. `chrome://`). */
  state: TabState | null;
  /** Re-reads now. */
  refresh: () => void;
}

const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Checks a 'tab/state' response: the page trusts nothing it did not validate. */
export function parseTabState(v: unknown): TabState | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (!isInt(s.tabId) || typeof s.url !== 'string' || typeof s.title !== 'string') return null;
  if (!Array.isArray(s.mentions)) return null;
  const mentions = s.mentions.filter(
    (m): m is TabState['mentions'][number] =>
      isMentionSummary(m) && isInt((m as unknown as Record<string, unknown>).frameId),
  );
  const f = s.focus as Record<string, unknown> | null | undefined;
  const focus =
    f && isInt(f.frameId) && typeof f.mentionId === 'string'
      ? { frameId: f.frameId, mentionId: f.mentionId }
      : null;
  const dropped = isInt(s.dropped) ? s.dropped : 0;
  return { tabId: s.tabId, url: s.url, title: s.title, mentions, dropped, focus };
}

/** Subscribes to the state of the page's target tab (see `tab-target.ts`). */
export function useTabState(): TabStateView {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null>(null);
  const [loading, setLoading] = useState(true);

  // Which tab: resolved once, then follows tab switches in this window (unless pinned by ?tabId).
  useEffect(() => {
    let windowId: number | null = null;
    void resolveTargetTab().then(setTabId);
    if (tabIdFromQuery(location.search) !== null) return;
    void currentWindowId().then((id) => (windowId = id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === null || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  const refresh = useCallback(() => {
    if (tabId === undefined) return;
    sendMessage<'tab/state'>({ type: 'tab/state', tabId })
      .then((r) => setState(parseTabState(r?.state)))
      .catch(() => setState(null))
      .finally(() => setLoading(false));
  }, [tabId]);

  useEffect(() => {
    refresh();
    const onMessage = (raw: unknown) => {
      const m = parseMessage(raw);
      if (m?.type === 'tab/updated' && (tabId === null || m.tabId === tabId)) refresh();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh, tabId]);

  return { loading, tabId: tabId ?? null, state, refresh };
}
