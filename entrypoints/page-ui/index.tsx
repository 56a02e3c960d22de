/**
 * The page UI, loaded lazily: not in the manifest. The always-on probe
 * (`entrypoints/probe/`) imports it into a frame once it found a mention there. It scans
 * precisely, paints the highlights (CSS Custom Highlight API: no DOM changes), reports
 * mentions, and opens the hover popover, rendered with Preact into a closed shadow root so
 * page styles cannot reach in and ours cannot leak out.
 *
 * An unlisted script, like the probe, not `defineContentScript`: WXT's content-script context
 * posts its event name (which carries the extension id) to `window` and stops on a `document`
 * event of that name, which any page can dispatch. Its lifetime is kept in `lifetime.ts`.
 *
 * Built as an ES module (wxt.config.ts) whose default export is `StartPageUi`: the probe calls
 * it with what it read (`lib/dom/first-reading.ts`), an argument that never leaves the
 * extension's isolated world.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import passageCss from '../../components/passage/passage.css?inline';
import popoverCss from '../../components/popover/popover.css?inline';
import { createPopoverUi } from '../../components/popover/popover-ui';
import type { FirstReading, StartPageUi } from '../../lib/dom/first-reading';
import { createPopoverHost } from '../../lib/dom/popover-host';
import { startController } from './controller';
import { extensionLifetime } from './lifetime';

/**
 * Where the popover's host goes: inside the fullscreen element when there is one, so the
 * popover shows in fullscreen (not inside media or frames, whose children are never rendered).
 */
function popoverAnchor(): Element {
  const full = document.fullscreenElement;
  return full && !/^(VIDEO|AUDIO|IMG|CANVAS|IFRAME|OBJECT|EMBED)$/.test(full.tagName)
    ? full
    : document.documentElement;
}

async function startPageUi(reading: FirstReading): Promise<void> {
  const lifetime = extensionLifetime(() => typeof browser.runtime?.id === 'string');
  const mount = createPopoverHost(`${passageCss}\n${popoverCss}`, popoverAnchor);
  await startController(lifetime, (actions) => createPopoverUi(actions, mount), reading);
}

const start: StartPageUi = (reading) => {
  try {
    startPageUi(reading).catch(() => {
      // Never throw into the page.
    });
  } catch {
    // Never throw into the page.
  }
};

export default defineUnlistedScript({ main: () => start });
