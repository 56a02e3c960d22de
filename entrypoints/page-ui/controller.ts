/**
 * Starts and stops the scanning session as settings change (paused, site disabled) and routes
 * messages from the background to it. Everything is torn down when the extension is reloaded
 * or removed (`lifetime` is aborted; see `lifetime.ts`).
 */
import { browser } from 'wxt/browser';
import { parseMessage } from '../../lib/messages';
import { isActiveOn, type Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../lib/storage/settings-store';
import type { FirstReading } from '../../lib/dom/first-reading';
import type { PopoverActions, PopoverUi } from '../../lib/dom/popover-contract';
import { startSession, type Session } from './session';

/**
 * Runs the page session in this frame until `lifetime` is aborted, reading on from what the
 * probe read (`reading`).
 */
export async function startController(
  lifetime: AbortSignal,
  createUi: (actions: PopoverActions) => PopoverUi,
  reading: FirstReading,
): Promise<void> {
  let settings: Settings = await getSettings();
  let session: Session | null = null;
  if (lifetime.aborted) return;

  const apply = () => {
    const active = isActiveOn(settings, location.hostname);
    if (active && !session) session = startSession(() => settings, createUi, reading);
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

  lifetime.addEventListener('abort', () => {
    // Remove what is on the page first: the extension APIs below may already be gone.
    try {
      session?.stop();
    } catch {
      // Never throw into the page.
    }
    session = null;
    try {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension was reloaded or removed: nothing left to unregister.
    }
  });
}
