import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentionSummary } from '../../lib/messages';

const mention = (id: string): MentionSummary => ({
  id,
  topics: ['drones'],
  text: 'Iran sent Shahed drones to Russia',
  context: 'Iran sent Shahed drones to Russia.',
  terms: ['Iran', 'Shahed'],
  score: 0.9,
});

/** A fresh copy of the module: what a restarted service worker sees (memory empty). */
const freshStore = async () => {
  vi.resetModules();
  return import('../../lib/background/tab-store');
};

describe('tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a tab’s mentions when "Full context" sets the focus after a worker restart', async () => {
    const before = await freshStore();
    await before.setFrameMentions(7, 0, {
      document: 'd-a',
      url: 'https://news.example/a',
      title: 'A',
      mentions: [mention('m1'), mention('m2')],
    });
    // The service worker was stopped while idle; the popover's "Full context" wakes it.
    const after = await freshStore();
    after.setFocus(7, { frameId: 0, mentionId: 'm2' });
    const state = await after.getTabState(7);
    expect(state?.mentions.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(state?.focus).toEqual({ frameId: 0, mentionId: 'm2' });
    // And what is stored for the next restart still holds them.
    const again = await freshStore();
    expect((await again.getTabState(7))?.mentions).toHaveLength(2);
  });
});

describe('tab store: navigation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a document taking its mentions back leaves the frame’s next document alone', async () => {
    const store = await freshStore();
    const report = (document: string, ids: string[]) =>
      store.setFrameMentions(9, 2, {
        document,
        url: `https://partner.example/${document}`,
        title: document,
        mentions: ids.map(mention),
      });
    await store.setFrameMentions(9, 0, {
      document: 'top',
      url: 'https://news.example/',
      title: 'Top',
      mentions: [mention('t1')],
    });
    expect(await report('old', ['o1', 'o2'])).toBe(3);
    // The frame navigated: the next document reported before the old one's retraction came.
    expect(await report('new', ['n1'])).toBe(2);
    expect(await report('old', [])).toBe(2);
    expect((await store.getTabState(9))?.mentions.map((m) => m.id)).toEqual(['t1', 'n1']);
    // Its own retraction does take it back.
    expect(await report('new', [])).toBe(1);
    expect((await store.getTabState(9))?.mentions.map((m) => m.id)).toEqual(['t1']);
  });
});

describe('router: tab/state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers extension pages about any tab, content scripts only about their own', async () => {
    const { setFrameMentions } = await import('../../lib/background/tab-store');
    const { handleRuntimeMessage } = await import('../../lib/background/router');
    await setFrameMentions(3, 0, {
      document: 'd-b',
      url: 'https://bank.example/',
      title: 'B',
      mentions: [mention('m1')],
    });
    const ask = { type: 'tab/state', tabId: 3 };
    const id = fakeBrowser.runtime.id;
    const panel = { id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    expect(await handleRuntimeMessage(ask, panel)).toMatchObject({ state: { tabId: 3 } });
    const own = { id, url: 'https://bank.example/', tab: { id: 3 } as never, frameId: 0 };
    expect(await handleRuntimeMessage(ask, own)).toMatchObject({ state: { tabId: 3 } });
    const other = { id, url: 'https://news.example/', tab: { id: 4 } as never, frameId: 0 };
    expect(handleRuntimeMessage(ask, other)).toBeUndefined();
    expect(handleRuntimeMessage({ type: 'tab/state', tabId: null }, other)).toBeUndefined();
  });
});
