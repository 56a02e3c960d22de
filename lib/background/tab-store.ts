/**
 * Per-tab mention state (all frames merged). Held in memory and mirrored to
 * `storage.session`, because a Chrome service worker is stopped when idle and would otherwise
 * forget every tab's mentions (and badge counts) between two messages.
 *
 * Bounded: a tab keeps at most TAB_BUDGET_BYTES (UTF-8 JSON), memory and storage alike, or a
 * few pages full of mentions would fill the browser's 10 MB of session storage and every later
 * write (other tabs, the context menu's hand-over to the panel) would fail. What does not fit
 * is counted, so the panel can say how many mentions it does not list.
 */
import { browser } from 'wxt/browser';
import { isMentionSummary, type MentionSummary, type TabState } from '../messages';

/** The most a tab's stored state takes, as UTF-8 bytes of its JSON. */
export const TAB_BUDGET_BYTES = 256 * 1024;
/** What a frame's URL and title are cut to when stored: enough to show and to tell the site. */
const URL_CHARS = 2_048;
const TITLE_CHARS = 300;

/** One frame's latest report, as kept. */
interface FrameState {
  /** The reporting document's token (see the `mentions/report` message). */
  document: string;
  url: string;
  title: string;
  /** The first mentions of the report, in page order, as many as the tab's bound allows. */
  mentions: MentionSummary[];
  /** How many mentions the frame reported (the badge counts them all). */
  reported: number;
  /** Report order within the tab: the latest reports are kept first after the top frame's. */
  seq: number;
}

/** A frame's report, as `setFrameMentions` takes it. */
export interface FrameReport {
  document: string;
  url: string;
  title: string;
  mentions: MentionSummary[];
}

/** What is stored per tab. */
interface StoredTab {
  frames: Record<string, FrameState>;
  focus: TabState['focus'];
  /** The last report's `seq`. */
  seq: number;
}

const key = (tabId: number) => `fc-tab:${tabId}`;
const tabs = new Map<number, StoredTab>();

const empty = (): StoredTab => ({ frames: {}, focus: null, seq: 0 });
const isEmpty = (tab: StoredTab) => !tab.focus && Object.keys(tab.frames).length === 0;

function session(): typeof browser.storage.session | undefined {
  return (browser.storage as { session?: typeof browser.storage.session }).session;
}

/** Bytes of `s` in UTF-8, without encoding it. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      // A surrogate pair: 2 code units, 4 bytes.
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2;
        i++;
        continue;
      }
    }
    if (c >= 0x800) n += 2;
    else if (c >= 0x80) n += 1;
  }
  return n;
}

const jsonBytes = (v: unknown) => utf8Length(JSON.stringify(v));

/** The frames in the order their mentions are kept: the top frame, then the latest reports. */
function byPriority(frames: Record<string, FrameState>): Array<[string, FrameState]> {
  return Object.entries(frames).sort(([a, x], [b, y]) =>
    a === '0' ? -1 : b === '0' ? 1 : y.seq - x.seq,
  );
}

/**
 * Cuts a tab down to TAB_BUDGET_BYTES. Every frame's own fields come first (so its count
 * stays known; a frame is forgotten only when those alone no longer fit), then the frames in
 * priority order keep as many of their first mentions as fit. Sizes are the parts' JSON plus
 * their separators, so the whole tab's JSON stays within the bound.
 */
function fit(tab: StoredTab): void {
  // `{"frames":{},"focus":…,"seq":…}`
  let used = jsonBytes({ frames: {}, focus: tab.focus, seq: tab.seq });
  const frames = byPriority(tab.frames).filter(([id, frame]) => {
    // `"id":{…,"mentions":[]}` and a comma.
    const head = jsonBytes(id) + 2 + jsonBytes({ ...frame, mentions: [] });
    if (used + head > TAB_BUDGET_BYTES) return false;
    used += head;
    return true;
  });
  const kept: Record<string, FrameState> = {};
  for (const [id, frame] of frames) {
    let count = 0;
    for (const m of frame.mentions) {
      const size = jsonBytes(m) + 1;
      if (used + size > TAB_BUDGET_BYTES) break;
      used += size;
      count++;
    }
    kept[id] =
      count === frame.mentions.length
        ? frame
        : { ...frame, mentions: frame.mentions.slice(0, count) };
  }
  tab.frames = kept;
}

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A stored tab read back, checked field by field: anything malformed is left out. */
function parseStored(raw: unknown): StoredTab | null {
  if (!isRec(raw) || !isRec(raw.frames)) return null;
  const tab = empty();
  tab.seq = isCount(raw.seq) ? raw.seq : 0;
  const f = raw.focus;
  if (isRec(f) && isCount(f.frameId) && typeof f.mentionId === 'string') {
    tab.focus = { frameId: f.frameId, mentionId: f.mentionId };
  }
  for (const [id, v] of Object.entries(raw.frames)) {
    if (!/^\d+$/.test(id) || !isRec(v) || !Array.isArray(v.mentions)) continue;
    if (typeof v.document !== 'string' || typeof v.url !== 'string') continue;
    if (typeof v.title !== 'string') continue;
    const mentions = v.mentions.filter(isMentionSummary);
    const reported = isCount(v.reported) ? Math.max(v.reported, mentions.length) : mentions.length;
    const seq = isCount(v.seq) ? v.seq : 0;
    tab.frames[id] = { document: v.document, url: v.url, title: v.title, mentions, reported, seq };
  }
  fit(tab);
  return tab;
}

/** Tabs `setFocus` created in memory while their stored state is still being read. */
const restoring = new Map<number, Promise<void>>();

async function readStored(tabId: number): Promise<StoredTab> {
  try {
    const raw = (await session()?.get(key(tabId)))?.[key(tabId)];
    return parseStored(raw) ?? empty();
  } catch {
    // Session storage unavailable: memory only.
    return empty();
  }
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

/** Tabs with a write in flight, and those whose state changed since it started. */
const writing = new Set<number>();
const dirty = new Set<number>();

/**
 * Mirrors a tab to storage. One write at a time per tab, always of the latest state; a write
 * that fails (quota, shutdown) is logged and the next change writes again: the in-memory
 * state still answers meanwhile.
 */
function persist(tabId: number): void {
  const store = session();
  if (!store) return;
  dirty.add(tabId);
  if (writing.has(tabId)) return;
  writing.add(tabId);
  void (async () => {
    while (dirty.delete(tabId)) {
      const tab = tabs.get(tabId);
      try {
        if (tab && !isEmpty(tab)) await store.set({ [key(tabId)]: tab });
        else await store.remove(key(tabId));
      } catch (err) {
        console.warn(`Fact Context: tab ${tabId}'s mentions were not saved`, err);
      }
    }
  })().finally(() => writing.delete(tabId));
}

/** The merged state of a tab, top frame first; null when nothing is known. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  const tab = await load(tabId);
  const frameIds = Object.keys(tab.frames)
    .map(Number)
    .sort((a, b) => a - b);
  if (!frameIds.length && !tab.focus) return null;
  const top = tab.frames['0'] ?? tab.frames[String(frameIds[0])];
  const frames = frameIds.map((id) => [id, tab.frames[String(id)]!] as const);
  return {
    tabId,
    url: top?.url ?? '',
    title: top?.title ?? '',
    mentions: frames.flatMap(([frameId, f]) => f.mentions.map((m) => ({ ...m, frameId }))),
    dropped: frames.reduce((n, [, f]) => n + f.reported - f.mentions.length, 0),
    focus: tab.focus,
  };
}

/** Replaces one frame's mentions; returns the tab's total count (what the frames reported). */
export async function setFrameMentions(
  tabId: number,
  frameId: number,
  report: FrameReport,
): Promise<number> {
  const tab = await load(tabId);
  const id = String(frameId);
  const current = tab.frames[id];
  if (report.mentions.length) {
    tab.frames[id] = {
      document: report.document,
      url: report.url.slice(0, URL_CHARS),
      title: report.title.slice(0, TITLE_CHARS),
      mentions: report.mentions,
      reported: report.mentions.length,
      seq: ++tab.seq,
    };
    fit(tab);
  }
  // A retraction only takes back what the same document reported: one arriving after the
  // frame's next document reported (a navigation) leaves that report alone.
  else if (!current || current.document === report.document) delete tab.frames[id];
  if (
    tab.focus?.frameId === frameId &&
    !(tab.frames[id]?.mentions ?? []).some((m) => m.id === tab.focus?.mentionId)
  ) {
    tab.focus = null;
  }
  persist(tabId);
  return Object.values(tab.frames).reduce((n, f) => n + f.reported, 0);
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
        if (tabs.get(tabId) !== fresh) return;
        fresh.frames = { ...stored.frames, ...fresh.frames };
        fresh.seq = Math.max(fresh.seq, stored.seq);
        fit(fresh);
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

/** Forgets a tab (closed). */
export function clearTab(tabId: number): void {
  tabs.delete(tabId);
  persist(tabId);
}
