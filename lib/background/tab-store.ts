/**
 * Per-tab mention state (all frames merged). Held in memory and mirrored to
 * `storage.session`, because a Chrome service worker is stopped when idle and would otherwise
 * forget every tab's mentions (and badge counts) between two messages.
 */
import { browser } from 'wxt/browser';
import type { MentionSummary, TabState } from '../messages';

/** One frame's latest report. */
interface FrameState {
  /** The reporting document's token (see the `mentions/report` message). */
  document: string;
  url: string;
  title: string;
  mentions: MentionSummary[];
}

/** What is stored per tab. */
interface StoredTab {
  frames: Record<string, FrameState>;
  focus: TabState['focus'];
}

const key = (tabId: number) => `fc-tab:${tabId}`;
const tabs = new Map<number, StoredTab>();

const empty = (): StoredTab => ({ frames: {}, focus: null });

function session(): typeof browser.storage.session | undefined {
  return (browser.storage as { session?: typeof browser.storage.session }).session;
}

/** Tabs `setFocus` created in memory while their stored state is still being read. */
const restoring = new Map<number, Promise<void>>();

async function readStored(tabId: number): Promise<StoredTab> {
  try {
    const raw = (await session()?.get(key(tabId)))?.[key(tabId)];
    if (raw && typeof raw === 'object') return raw as StoredTab;
  } catch {
    // Session storage unavailable: memory only.
  }
  return empty();
}

async function load(tabId: number): Promise<StoredTab> {
  await restoring.get(tabId);
  const cached = tabs.get(tabId);
  if (cached) return cached;
  const stored = await readStored(tabId);
  // Another call may have filled the cache while we awaited storage.
  const now = tabs.get(tabId) ?? stored;
  tabs.set(tabId, now);
  return now;
}

function persist(tabId: number): void {
  const tab = tabs.get(tabId);
  const store = session();
  if (!store) return;
  const done = tab ? store.set({ [key(tabId)]: tab }) : store.remove(key(tabId));
  done.catch(() => {
    // Quota or shutdown: the in-memory state still answers.
  });
}

/** The merged state of a tab, top frame first; null when nothing is known. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  const tab = await load(tabId);
  const frameIds = Object.keys(tab.frames)
    .map(Number)
    .sort((a, b) => a - b);
  if (!frameIds.length && !tab.focus) return null;
  const top = tab.frames['0'] ?? tab.frames[String(frameIds[0])];
  return {
    tabId,
    url: top?.url ?? '',
    title: top?.title ?? '',
    mentions: frameIds.flatMap((frameId) =>
      tab.frames[String(frameId)]!.mentions.map((m) => ({ ...m, frameId })),
    ),
    focus: tab.focus,
  };
}

/** Replaces one frame's mentions; returns the tab's total count. */
export async function setFrameMentions(
  tabId: number,
  frameId: number,
  frame: FrameState,
): Promise<number> {
  const tab = await load(tabId);
  const current = tab.frames[String(frameId)];
  if (frame.mentions.length) tab.frames[String(frameId)] = frame;
  // A retraction only takes back what the same document reported: one arriving after the
  // frame's next document reported (a navigation) leaves that report alone.
  else if (!current || current.document === frame.document) delete tab.frames[String(frameId)];
  if (
    tab.focus?.frameId === frameId &&
    !frame.mentions.some((m) => m.id === tab.focus?.mentionId)
  ) {
    tab.focus = null;
  }
  persist(tabId);
  return Object.values(tab.frames).reduce((n, f) => n + f.mentions.length, 0);
}

/**
 * Sets the mention the side panel should show. Synchronous on the in-memory state so it is
 * in place before the panel (opened in the same user gesture) asks for it.
 */
export function setFocus(tabId: number, focus: TabState['focus']): void {
  let tab = tabs.get(tabId);
  if (!tab) {
    // Not in memory (the service worker was restarted): set the focus now and merge the
    // stored frames in, instead of overwriting them with an empty tab.
    const fresh = (tab = empty());
    tabs.set(tabId, fresh);
    const restored = readStored(tabId)
      .then((stored) => {
        if (tabs.get(tabId) === fresh) fresh.frames = { ...stored.frames, ...fresh.frames };
      })
      .finally(() => {
        if (restoring.get(tabId) === restored) restoring.delete(tabId);
        persist(tabId);
      });
    restoring.set(tabId, restored);
  }
  tab.focus = focus;
  if (!restoring.has(tabId)) persist(tabId);
}

/** Forgets a tab (closed or navigated to a new document). */
export function clearTab(tabId: number): void {
  tabs.delete(tabId);
  persist(tabId);
}
