/**
 * Wires the background's listeners: messages, tab lifecycle (navigation, close) and the
 * keyboard command. Listeners are registered synchronously at startup, as MV3 requires for a
 * service worker woken by an event.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../messages';
import { forgetTab, handleRuntimeMessage } from './router';

/** The manifest command that opens the popover for the mention nearest the caret. */
export const OPEN_POPOVER_COMMAND = 'open-popover';

export function startFactContextBackground(): void {
  browser.runtime.onMessage.addListener(handleRuntimeMessage);

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // A top-level navigation starts a new document: its frames will report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_POPOVER_COMMAND || tab?.id === undefined) return;
    // Every frame gets it; only the focused frame acts.
    sendToTab<'popover/open-nearest'>(tab.id, { type: 'popover/open-nearest' }).catch(() => {
      // No content script in this tab (e.g. a browser page).
    });
  });
}
