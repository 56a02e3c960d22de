/**
 * Opening the side panel (Chrome) or sidebar (Firefox), shared by the popup's button and the
 * background's context-menu entry.
 */
import { browser, type Browser } from 'wxt/browser';

/** Firefox's sidebar API (not in the Chrome-based types WXT ships). */
export interface SidebarActionApi {
  open(): Promise<void>;
}

/** The APIs that open the panel; tests pass fakes. */
export interface SidePanelApis {
  sidePanel?: Pick<typeof Browser.sidePanel, 'open'>;
  sidebarAction?: SidebarActionApi;
}

function defaultSidePanelApis(): SidePanelApis {
  const b = browser as unknown as SidePanelApis;
  return { sidePanel: b.sidePanel, sidebarAction: b.sidebarAction };
}

/** Where to open the panel: Chrome needs a tab or a window. */
export interface PanelTarget {
  tabId?: number;
  windowId?: number;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both browsers only allow this in direct
 * response to a user action, so call it synchronously from the click handler, before any
 * `await`. Resolves to false when the browser has neither API or there is no target.
 */
export function openSidePanel(
  target: PanelTarget,
  apis: SidePanelApis = defaultSidePanelApis(),
): Promise<boolean> {
  const done = (p: Promise<unknown>) => p.then(() => true).catch(() => false);
  if (apis.sidebarAction) return done(apis.sidebarAction.open());
  if (apis.sidePanel) {
    if (target.tabId !== undefined) return done(apis.sidePanel.open({ tabId: target.tabId }));
    if (target.windowId !== undefined) {
      return done(apis.sidePanel.open({ windowId: target.windowId }));
    }
  }
  return Promise.resolve(false);
}
