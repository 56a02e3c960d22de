/**
 * Starts and stops the scanning session as settings change (paused, site disabled) and routes
 * messages from the background to it. Everything is torn down when the extension is reloaded
 * or removed (WXT's context is invalidated).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage } from '../../lib/messages';
import { isActiveOn, type Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../lib/storage/settings-store';
import type { MentionLocator, PopoverUi } from '../../lib/dom/popover-contract';
import { startSession, type Session } from './session';

/** Runs the page session in this frame for as long as the extension context is valid. */
export async function startController(
  ctx: ContentScriptContext,
  createUi: (locator: MentionLocator) => PopoverUi,
): Promise<void> {
  let settings: Settings = await getSettings();
  let session: Session | null = null;
  if (ctx.isInvalid) return;

  const apply = () => {
    const active = isActiveOn(settings, location.hostname);
    if (active && !session) session = startSession(() => settings, createUi);
    else if (!active && session) {
      session.stop();
      session = null;
    } else session?.settingsChanged();
  };

  apply();
  const unwatch = watchSettings((next) => {
    settings = next;
    try {
      apply();
    } catch {
      // A settings change must never break the page.
    }
  });

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !session) return undefined;
    const message = parseMessage(raw);
    return message ? session.handle(message) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    // Remove what is on the page first: the extension APIs below may already be gone.
    session?.stop();
    session = null;
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension was reloaded or removed: nothing left to unregister.
    }
  });
  // WXT notices an extension reload only when the context is checked: check every second
  // (this script only runs in frames with mentions), so old highlights never outlive it.
  ctx.setInterval(() => {}, 1000);
}
