/**
 * The browser's own extension API object for the probe, without webextension-polyfill (9.8 kB
 * of a 25 kB bundle parsed on every page): Firefox has `browser`; Chrome's MV3 `chrome` returns
 * promises for every API the probe uses (storage.sync.get, storage.onChanged, runtime.getURL).
 *
 * Looked up on demand, never while the script loads: the first read of `chrome` in a frame
 * builds its API bindings, 2.6 ms of main thread per page (CPU profile of the bench page
 * without mentions, Chromium 156). A page without mentions never pays for it.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

export type Browser = typeof wxtBrowser;

/** The extension API, or undefined once the extension is gone (reloaded, removed). */
export function nativeBrowser(): Browser | undefined {
  const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  return api?.runtime?.id ? api : undefined;
}
