/**
 * Answers runtime messages. Every message is validated (`parseMessage`) and must come from
 * this extension, from a document the user has in front of them; anything else is ignored.
 * Content-script requests are scoped to the sender's own tab and frame.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, sendToTab, type Message } from '../messages';
import { openSidePanel } from '../side-panel';
import { setBadgeCount } from './badge';
import { contextForMention } from './mention-context';
import { clearTab, getTabState, setFocus, setFrameMentions } from './tab-store';

type Sender = Browser.runtime.MessageSender & { documentLifecycle?: string };

/** Tells extension pages (side panel, popup) that a tab's state changed. */
export function broadcastTabUpdated(tabId: number): void {
  browser.runtime.sendMessage({ type: 'tab/updated', tabId }).catch(() => {
    // No extension page is open to listen.
  });
}

/** Forgets a tab's mentions and resets its badge (navigation or close). */
export function forgetTab(tabId: number): void {
  clearTab(tabId);
  setBadgeCount(tabId, 0);
  broadcastTabUpdated(tabId);
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? null;
}

/** Extension pages (panel, popup, options) may be open in a tab too, so `sender.tab` alone can't tell. */
function isExtensionPage(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/**
 * Whether a sender's document may act: a prerendered page, or one in the back/forward cache,
 * is not what the user sees, and must not report mentions, open the panel or reveal anything.
 * Its retraction (an empty report, sent on `pagehide` as it leaves) is kept: the store only
 * applies it to the report of the same document. Browsers that do not say (Firefox) count
 * as active.
 */
function mayAct(message: Message, sender: Sender): boolean {
  if ((sender.documentLifecycle ?? 'active') === 'active') return true;
  return message.type === 'mentions/report' && message.mentions.length === 0;
}

function route(message: Message, sender: Sender): Promise<unknown> | undefined {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (!mayAct(message, sender)) return undefined;
  switch (message.type) {
    case 'mentions/report': {
      if (tabId === undefined) return;
      const { document, url, title, mentions } = message;
      return setFrameMentions(tabId, frameId, { document, url, title, mentions }).then((count) => {
        setBadgeCount(tabId, count);
        broadcastTabUpdated(tabId);
        return { ok: true };
      });
    }
    case 'passages/for-mention':
      return Promise.resolve(contextForMention(message.mention, message.limit));
    case 'panel/open': {
      if (tabId === undefined) return Promise.resolve({ ok: false });
      // Synchronously, inside the user gesture the click gave: focus first, then open.
      setFocus(tabId, message.mentionId ? { frameId, mentionId: message.mentionId } : null);
      const opened = openSidePanel({ tabId });
      broadcastTabUpdated(tabId);
      return opened.then((ok) => ({ ok }));
    }
    case 'tab/state': {
      // Other tabs' URLs, titles and mentions are for extension pages only.
      if (!isExtensionPage(sender) && (message.tabId === null || message.tabId !== tabId)) return;
      const id = message.tabId;
      return (id === null ? activeTabId() : Promise.resolve(id)).then(async (t) => ({
        state: t === null ? null : await getTabState(t),
      }));
    }
    case 'mention/reveal':
      // From extension pages, or a content script about its own tab.
      if (!isExtensionPage(sender) && tabId !== message.tabId) return;
      return sendToTab<'mention/reveal'>(message.tabId, message, message.frameId).catch(() => ({
        ok: false,
      }));
    default:
      // 'tab/updated' and 'popover/open-nearest' are not for the background.
      return undefined;
  }
}

/** The runtime.onMessage listener: validated, sender-checked, never throws. */
export function handleRuntimeMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  try {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    return message ? route(message, sender) : undefined;
  } catch {
    return undefined;
  }
}
