/**
 * Wires the background's listeners: messages, tab lifecycle (close) and the
 * keyboard command. Listeners are registered synchronously at startup, as MV3 requires for a
 * service worker woken by an event.
 */
import { browser } from 'wxt/browser';
import { OPEN_POPOVER_COMMAND } from '../manifest-names';
import { sendToTab } from '../messages';
import { forgetTab, handleRuntimeMessage } from './router';

export function startFactContextBackground(): void {
  browser.runtime.onMessage.addListener(handleRuntimeMessage);

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // Navigation is not watched here: each frame's page UI takes its own mentions back when its
  // document goes. Without the `tabs` permission a top-level load cannot be told from a
  // frame's (docs/architecture.md, "Measurements behind the design").

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_POPOVER_COMMAND || tab?.id === undefined) return;
    // Every frame gets it; only the focused frame acts.
    sendToTab<'popover/open-nearest'>(tab.id, { type: 'popover/open-nearest' }).catch(() => {
      // No content script in this tab (e.g. a browser page).
    });
  });
}
