import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SELECTION_MENU_ID,
  createSelectionMenu,
  handleMenuClick,
  registerPanelFeatures,
  type PanelApis,
} from '../../lib/background/panel-features';
import { openSidePanel } from '../../lib/side-panel';
import {
  cleanSelection,
  getPanelSearch,
  parsePanelRequest,
  requestPanelSearch,
  watchPanelSearch,
} from '../../lib/storage/panel-request';

type Listener = Parameters<PanelApis['contextMenus']['onClicked']['addListener']>[0];

/** Fake Chrome-style APIs that record calls; `saveSearch` writes the real (fake) session storage. */
function chromeApis() {
  const listeners: Listener[] = [];
  const apis = {
    sidePanel: {
      open: vi.fn(() => Promise.resolve()),
      setPanelBehavior: vi.fn(() => Promise.resolve()),
    },
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(() => Promise.resolve()),
      onClicked: { addListener: (l: Listener) => listeners.push(l) },
    },
    saveSearch: requestPanelSearch,
  };
  return { apis: apis as unknown as PanelApis, raw: apis, listeners };
}

describe('context menu "Find fact context for selection"', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('creates one selection entry, replacing leftovers', async () => {
    const { apis, raw } = chromeApis();
    await createSelectionMenu(apis);
    expect(raw.contextMenus.removeAll).toHaveBeenCalledBefore(raw.contextMenus.create);
    expect(raw.contextMenus.create).toHaveBeenCalledWith({
      id: SELECTION_MENU_ID,
      title: 'Find fact context for selection',
      contexts: ['selection'],
    });
  });

  it('opens the side panel on the tab and hands it the cleaned selection', async () => {
    const { apis, raw, listeners } = chromeApis();
    registerPanelFeatures(apis);
    expect(raw.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    expect(listeners).toHaveLength(1);
    await handleMenuClick(
      { menuItemId: SELECTION_MENU_ID, selectionText: '  Iran sent\n Shahed drones  ' },
      { id: 7, windowId: 1 },
      apis,
    );
    expect(raw.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await getPanelSearch()).toMatchObject({ text: 'Iran sent Shahed drones', tabId: 7 });
  });

  it('opens the panel before anything asynchronous (the user gesture must not be lost)', () => {
    const { apis, raw } = chromeApis();
    void handleMenuClick({ menuItemId: SELECTION_MENU_ID, selectionText: 'x y' }, { id: 3 }, apis);
    // Synchronously, before any await: the open call has already happened.
    expect(raw.sidePanel.open).toHaveBeenCalledTimes(1);
  });

  it('ignores other menu entries and empty selections', async () => {
    const { apis, raw } = chromeApis();
    await handleMenuClick({ menuItemId: 'other', selectionText: 'Iran' }, { id: 1 }, apis);
    await handleMenuClick({ menuItemId: SELECTION_MENU_ID, selectionText: '   ' }, { id: 1 }, apis);
    await handleMenuClick({ menuItemId: SELECTION_MENU_ID }, { id: 1 }, apis);
    expect(raw.sidePanel.open).not.toHaveBeenCalled();
    expect(await getPanelSearch()).toBeNull();
  });

  it('uses the window when there is no tab id, and Firefox’s sidebar when present', async () => {
    const { apis, raw } = chromeApis();
    expect(await openSidePanel({ windowId: 4 }, apis)).toBe(true);
    expect(raw.sidePanel.open).toHaveBeenCalledWith({ windowId: 4 });
    expect(await openSidePanel({}, apis)).toBe(false);

    const sidebarOpen = vi.fn(() => Promise.resolve());
    expect(await openSidePanel({ tabId: 1 }, { sidebarAction: { open: sidebarOpen } })).toBe(true);
    expect(sidebarOpen).toHaveBeenCalledTimes(1);
    const failing = { open: () => Promise.reject(new Error('no gesture')) };
    expect(await openSidePanel({}, { sidebarAction: failing })).toBe(false);
  });
});

describe('panel search request (storage.session)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('cleans and bounds the selection', () => {
    expect(cleanSelection(' a \n\t b ')).toBe('a b');
    expect(cleanSelection('x'.repeat(5000))).toHaveLength(1000);
    expect(cleanSelection(42)).toBeNull();
    expect(cleanSelection('  ')).toBeNull();
  });

  it('rejects malformed stored requests', () => {
    expect(parsePanelRequest(null)).toBeNull();
    expect(parsePanelRequest({ text: 5, at: 1 })).toBeNull();
    expect(parsePanelRequest({ text: 'Iran', at: 'now' })).toBeNull();
    expect(parsePanelRequest({ text: 'Iran', at: 1, tabId: 'x' })).toEqual({
      text: 'Iran',
      tabId: null,
      at: 1,
    });
  });

  it('notifies an open panel of each new request', async () => {
    const seen = vi.fn();
    const stop = watchPanelSearch(seen);
    await requestPanelSearch('Soleimani Moscow visit', 2, 100);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(seen).toHaveBeenCalledWith({ text: 'Soleimani Moscow visit', tabId: 2, at: 100 });
    stop();
  });
});
