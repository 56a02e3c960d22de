/**
 * Background-side features of the side panel: how it opens, and the "Find fact context for
 * selection" context-menu entry, which hands the selected text to the panel and opens it.
 * `registerPanelFeatures()` is called once from the background entrypoint at startup.
 *
 * Chrome has `sidePanel`; Firefox has `sidebarAction` (WXT builds the same page as both).
 */
import { browser, type Browser } from 'wxt/browser';
import { openSidePanel, type SidebarActionApi } from '../side-panel';
import { cleanSelection, requestPanelSearch } from '../storage/panel-request';

/** Id of the context-menu entry. */
export const SELECTION_MENU_ID = 'fact-context-find-selection';
/** Its label. */
export const SELECTION_MENU_TITLE = 'Find fact context for selection';

/** The browser APIs the panel features use; tests pass fakes. */
export interface PanelApis {
  sidePanel?: Pick<typeof Browser.sidePanel, 'open' | 'setPanelBehavior'>;
  sidebarAction?: SidebarActionApi;
  contextMenus: Pick<typeof Browser.contextMenus, 'create' | 'removeAll' | 'onClicked'>;
  saveSearch: (text: string, tabId: number | null) => Promise<void>;
}

function defaultApis(): PanelApis {
  const b = browser as unknown as {
    sidePanel?: PanelApis['sidePanel'];
    sidebarAction?: SidebarActionApi;
  };
  return {
    sidePanel: b.sidePanel,
    sidebarAction: b.sidebarAction,
    contextMenus: browser.contextMenus,
    saveSearch: requestPanelSearch,
  };
}

/**
 * Handles a click on the context-menu entry: opens the panel at once (still inside the user
 * gesture), then stores the selection for it. Other menu entries are ignored.
 */
export function handleMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: { id?: number; windowId?: number } | undefined,
  apis: PanelApis = defaultApis(),
): Promise<void> {
  if (info.menuItemId !== SELECTION_MENU_ID) return Promise.resolve();
  const text = cleanSelection(info.selectionText);
  if (!text) return Promise.resolve();
  const tabId = typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : undefined;
  const opened = openSidePanel({ tabId, windowId: tab?.windowId }, apis);
  return Promise.all([opened, apis.saveSearch(text, tabId ?? null)]).then(() => undefined);
}

/** Creates the context-menu entry (replacing any left from a previous run of the worker). */
export async function createSelectionMenu(apis: PanelApis = defaultApis()): Promise<void> {
  await apis.contextMenus.removeAll();
  apis.contextMenus.create({
    id: SELECTION_MENU_ID,
    title: SELECTION_MENU_TITLE,
    contexts: ['selection'],
  });
}

/**
 * Registers the panel features. Listeners are added synchronously so a woken service worker
 * or event page receives the click that woke it.
 */
export function registerPanelFeatures(apis: PanelApis = defaultApis()): void {
  // The toolbar button opens the popup, which has its own "Open side panel" button.
  apis.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  apis.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab, apis).catch(() => undefined);
  });
  void createSelectionMenu(apis).catch(() => undefined);
}
