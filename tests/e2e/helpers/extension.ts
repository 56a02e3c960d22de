/** Talking to the extension's background from a test (through its service worker). */
import { SETTINGS_KEY } from '../../../lib/settings';
import type { ExtensionBrowser } from '../harness/chromium';

/** The few extension APIs the tests call inside the service worker. */
interface ChromeApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: {
    session: { get(key?: string | null): Promise<Record<string, unknown>> };
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      getBytesInUse(key: string | null): Promise<number>;
    };
  };
}
declare const chrome: ChromeApi;

/**
 * The id of the tab whose top frame reported mentions from a URL containing `urlPart`. Tab
 * URLs are hidden without the `tabs` permission, so this reads the background's own state.
 */
export async function tabIdOf(browser: ExtensionBrowser, urlPart: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const id = await browser.serviceWorker.evaluate(async (part) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        const frames = (value as { frames?: Record<string, { url?: string }> }).frames ?? {};
        if (key.startsWith('fc-tab:') && frames['0']?.url?.includes(part)) {
          return Number(key.slice('fc-tab:'.length));
        }
      }
      return null;
    }, urlPart);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab reported mentions for ${urlPart}`);
}

/** The badge text of a tab. */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Sends a message from the background to every frame of a tab (like the keyboard command). */
export function sendToTab(
  browser: ExtensionBrowser,
  tabId: number,
  message: unknown,
): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    ([id, m]) => chrome.tabs.sendMessage(id as number, m).catch((e: unknown) => String(e)),
    [tabId, message] as const,
  );
}

/** What the background stored for a tab (its storage.session mirror). */
export function storedTab(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return browser.serviceWorker.evaluate(async (id) => {
    const key = `fc-tab:${id}`;
    return (await chrome.storage.session.get(key))[key] ?? null;
  }, tabId);
}

/** Stores raw settings (as the options page would) through the service worker. */
export function storeSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  return browser.serviceWorker.evaluate(([key, s]) => chrome.storage.sync.set({ [key]: s }), [
    SETTINGS_KEY,
    settings,
  ] as const);
}

/** The settings item as stored (raw, unvalidated). */
export function storedSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async (key) => (await chrome.storage.sync.get(key))[key],
    SETTINGS_KEY,
  );
}

/** The bytes storage.sync counts for the settings item. */
export function settingsBytesInUse(browser: ExtensionBrowser): Promise<number> {
  return browser.serviceWorker.evaluate(
    (key) => chrome.storage.sync.getBytesInUse(key),
    SETTINGS_KEY,
  );
}
