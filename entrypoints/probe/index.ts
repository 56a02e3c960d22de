/**
 * The always-on content script (every page, every frame; declared in the manifest by
 * wxt.config.ts). It only answers one question, cheaply and in short slices: does this frame
 * mention a topic? If so, it loads the page UI (`entrypoints/page-ui/`: highlights,
 * hover popover, reports) into this frame. Pages without mentions pay for this small script
 * and nothing else: no corpus, no fuse.js, no Preact, no DOM changes, no messages.
 *
 * An unlisted script rather than `defineContentScript`: WXT's content-script wrapper builds a
 * `ContentScriptContext` on load, which posts a `window` message the page can see and reads
 * `chrome.runtime` on every page (measured: docs/architecture.md).
 * The probe keeps its own lifecycle instead (`startProbe`), and so does the page UI.
 *
 * The manifest also injects `public/highlights.css` (the default highlight colours) with it,
 * and, at document_start, the empty `public/world-at-start.js` (WORLD_AT_START in wxt.config.ts
 * says why).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startProbe } from './probe';

export default defineUnlistedScript(() => {
  try {
    startProbe();
  } catch {
    // Never throw into the page.
  }
});
