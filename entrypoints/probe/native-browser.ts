/**
 * The browser's own extension API object for the probe, without webextension-polyfill (most
 * of the probe's size, parsed on every page): Firefox has `browser`; Chrome's MV3 `chrome` returns
 * promises for every API the probe uses (storage.sync.get, storage.onChanged, runtime.getURL).
 *
 * Looked up on demand, never while the script loads: the first read of `chrome` in a frame
 * builds its API bindings, a cost on the main thread (docs/architecture.md). A page without
 * mentions never pays for it.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

export type Browser = typeof wxtBrowser;

/**
 * The extension API, or undefined once the extension is gone (reloaded, removed) or when no
 * global holds it. Never throws.
 */
export function nativeBrowser(): Browser | undefined {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  return genuine(g.browser) ?? genuine(g.chrome);
}

/**
 * `api` if it is the extension API. A page's named elements can stand in for these globals
 * in a content script's world (Chromium, when the world is made after they exist; the
 * manifest's `world-at-start.js` prevents that): `<form id="browser"><input name="runtime"
 * id="x">` has a string `runtime.id`, and reading anything off a cross-origin
 * `<iframe name="chrome">` throws. No DOM object has a `runtime.getURL` function, and the
 * page cannot add one: its expandos stay in its own world.
 */
function genuine(api: unknown): Browser | undefined {
  try {
    const runtime = (api as Partial<Browser> | null | undefined)?.runtime;
    return typeof runtime?.id === 'string' && typeof runtime.getURL === 'function'
      ? (api as Browser)
      : undefined;
  } catch {
    return undefined;
  }
}
