/**
 * The element the popover is rendered in: a host with a closed shadow root (page styles
 * cannot reach in, ours cannot leak out), under a custom-element name drawn at random for
 * each page load. It is in the page's DOM only while a popover is open or about to open
 * (hidden, during the hover delay).
 */
import { markOwnUi, randomElementName } from './own-ui';

/**
 * The popover's host, built once and kept: what is rendered in it survives `detach`, so the
 * next open attaches a popover that is already built. `host()` is the element while attached,
 * else null.
 */
export interface PopoverMount {
  /** The element to render into (built on first use, off the page until `attach`). */
  body(): HTMLElement;
  /** Attaches the host to the page, in the top layer (nothing to do when it is). */
  attach(): void;
  /** Takes the host off the page, keeping what is rendered in it. */
  detach(): void;
  host(): HTMLElement | null;
}

/**
 * `css` goes inside the shadow root, after a reset that keeps page rules off the host;
 * `anchor` is where the host is attached each time.
 */
export function createPopoverHost(css: string, anchor: () => Element): PopoverMount {
  let built: { host: HTMLElement; body: HTMLElement } | null = null;
  let attached = false;

  const build = () => {
    const host = document.createElement(randomElementName());
    const shadow = host.attachShadow({ mode: 'closed' });
    // A document of its own inside the root, so `html`/`body` rules in our CSS apply there.
    const html = document.createElement('html');
    const head = document.createElement('head');
    const style = document.createElement('style');
    style.textContent = `:host{all:initial !important;}\n${css}`;
    const body = document.createElement('body');
    head.append(style);
    html.append(head, body);
    shadow.append(html);
    host.setAttribute('popover', 'manual');
    markOwnUi(host);
    return { host, body };
  };

  return {
    body() {
      built ??= build();
      return built.body;
    },
    attach() {
      built ??= build();
      const { host } = built;
      // Moving an attached host would make the browser lay its content out again.
      if (attached && host.isConnected && host.parentNode === anchor()) return;
      anchor().append(host);
      attached = true;
      try {
        // The top layer puts the popover above every stacking context, fixed headers and
        // transformed ancestors included.
        host.showPopover();
      } catch {
        // No Popover API: the maximal z-index still applies.
      }
    },
    detach() {
      attached = false;
      built?.host.remove();
    },
    host: () => (attached ? (built?.host ?? null) : null),
  };
}
