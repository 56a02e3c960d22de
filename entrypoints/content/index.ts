/**
 * The always-on content script (every page, every frame). It only answers one question,
 * cheaply and in short slices: does this frame mention a topic? If so, it loads the page UI
 * (`entrypoints/page-ui.content/`: highlights, hover popover, reports) into this frame.
 * Pages without mentions pay for this small script and nothing else: no corpus, no fuse.js,
 * no Preact, no DOM changes, no messages.
 *
 * The manifest also injects `highlights.css` (default highlight colours) from here.
 */
import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProbe } from './probe';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      startProbe(ctx);
    } catch {
      // Never throw into the page.
    }
  },
});
