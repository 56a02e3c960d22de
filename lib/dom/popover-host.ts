/**
 * The element the popover is rendered in: a host with a closed shadow root (page styles
 * cannot reach in, ours cannot leak out), under a custom-element name drawn at random for
 * each page load. It is in the page's DOM only while a popover is open.
 */
import { markOwnUi, randomElementName } from './own-ui';

/** Attaches and detaches the host; `host()` is the attached element, else null. */
export interface PopoverMount {
  /** Attaches the host to the page and returns the element to render into. */
  mount(): HTMLElement;
  /** Detaches the host (and everything rendered) from the page. */
  unmount(): void;
  host(): HTMLElement | null;
}

/**
 * `css` goes inside the shadow root, after a reset that keeps page rules off the host;
 * `anchor` is where the host is attached on each mount.
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
    markOwnUi(host);
    return { host, body };
  };

  return {
    mount() {
      built ??= build();
      const { host, body } = built;
      anchor().append(host);
      attached = true;
      try {
        // The top layer puts the popover above every stacking context, fixed headers and
        // transformed ancestors included.
        host.setAttribute('popover', 'manual');
        host.showPopover();
      } catch {
        // No Popover API: the maximal z-index still applies.
      }
      return body;
    },
    unmount() {
      attached = false;
      if (!built) return;
      built.host.remove();
      built.body.replaceChildren();
    },
    host: () => (attached ? (built?.host ?? null) : null),
  };
}
