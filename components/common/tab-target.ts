/**
 * Which browser tab an extension page (side panel, sidebar, popup) reports on.
 *
 * - `?tabId=N` in the page URL wins: tests and debugging open `sidepanel.html?tabId=N` in a
 *   tab of its own, where "the active tab" would be the panel itself.
 * - Otherwise the active tab of the page's own window: in the side panel, sidebar and popup
 *   that is the page the user is reading. `tabs.query` needs no `tabs` permission for ids.
 * - `null` lets the background pick the active tab when neither works.
 */
import { browser } from 'wxt/browser';

/** The `tabId` query parameter, when it is a valid tab id. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Resolves the tab to report on (see the module comment). */
export async function resolveTargetTab(search = location.search): Promise<number | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
  } catch {
    return null;
  }
}

/** The id of the window this page lives in, or null (e.g. where `windows` is unavailable). */
export async function currentWindowId(): Promise<number | null> {
  try {
    const w = await browser.windows.getCurrent();
    return typeof w.id === 'number' ? w.id : null;
  } catch {
    return null;
  }
}
