/**
 * How long the page UI runs: until the extension that loaded it is gone (reloaded, updated,
 * removed). Only the extension runtime decides this. No page event does: WXT's content-script
 * context, used here before, stopped on a `document` event whose name it posted to `window`,
 * so any page could switch the extension off.
 */

/**
 * How often the runtime is checked. The API gives a content script no event when its
 * extension goes, so old highlights would otherwise outlive a reload.
 */
export const ALIVE_CHECK_MS = 1_000;

/** A signal aborted once `isAlive()` is false (or throws) at one of the checks. */
export function extensionLifetime(isAlive: () => boolean, checkMs = ALIVE_CHECK_MS): AbortSignal {
  const controller = new AbortController();
  const alive = () => {
    try {
      return isAlive();
    } catch {
      return false;
    }
  };
  const timer = setInterval(() => {
    if (alive()) return;
    clearInterval(timer);
    controller.abort();
  }, checkMs);
  return controller.signal;
}
