/**
 * The page UI, loaded lazily: not in the manifest (`registration: 'runtime'`). The always-on
 * probe (`entrypoints/probe/`) imports it into a frame once it found a mention there. It scans
 * precisely, paints the highlights (CSS Custom Highlight API: no DOM changes), reports mentions, and opens
 * the hover popover, rendered with Preact into a closed shadow root so page styles cannot
 * reach in and ours cannot leak out.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import passageCss from '../../components/passage/passage.css?inline';
import popoverCss from '../../components/popover/popover.css?inline';
import { createPopoverUi } from '../../components/popover/popover-ui';
import { OWN_UI_TAG } from '../../lib/dom/text-blocks';
import { startController } from './controller';

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    try {
      let host: HTMLElement | null = null;
      const shadowUi = await createShadowRootUi(ctx, {
        name: OWN_UI_TAG.toLowerCase(),
        mode: 'closed',
        position: 'inline',
        // Inside the fullscreen element when there is one, so the popover shows in fullscreen
        // (not inside media or frames, whose children are never rendered).
        anchor: () => {
          const full = document.fullscreenElement;
          return full && !/^(VIDEO|AUDIO|IMG|CANVAS|IFRAME|OBJECT|EMBED)$/.test(full.tagName)
            ? full
            : document.documentElement;
        },
        css: `${passageCss}\n${popoverCss}`,
        onMount: (_container, _shadow, shadowHost) => {
          host = shadowHost;
          try {
            // The top layer puts the popover above every stacking context, fixed headers and
            // transformed ancestors included.
            shadowHost.setAttribute('popover', 'manual');
            shadowHost.showPopover();
          } catch {
            // No Popover API: the maximal z-index still applies.
          }
        },
        onRemove: () => {
          host = null;
        },
      });
      await startController(ctx, (locator) =>
        createPopoverUi(locator, {
          mount: () => {
            shadowUi.mount();
            return shadowUi.uiContainer;
          },
          unmount: () => shadowUi.remove(),
          host: () => host,
        }),
      );
    } catch {
      // Never throw into the page.
    }
  },
});
