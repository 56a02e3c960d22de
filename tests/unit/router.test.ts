/**
 * The background's message router: who may ask what. Every case is a message a page, another
 * extension or a hidden document could send, and what the user would see if it were obeyed:
 * mentions from someone else's page on the badge, another tab scrolled, the side panel opened
 * by a page being prerendered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentionSummary } from '../../lib/messages';
import { handleRuntimeMessage as handle } from '../../lib/background/router';
import * as store from '../../lib/background/tab-store';

const mention = (id: string): MentionSummary => ({
  id,
  topics: ['drones'],
  text: 'Iran sent Shahed drones to Russia',
  context: 'Iran sent Shahed drones to Russia.',
  terms: ['Iran', 'Shahed'],
  score: 0.9,
});

const report = (document: string, ids: string[]) => ({
  type: 'mentions/report',
  document,
  url: 'https://news.example/',
  title: 'News',
  mentions: ids.map(mention),
});

const reveal = (tabId: number) => ({ type: 'mention/reveal', tabId, frameId: 2, mentionId: 'm1' });

type Lifecycle = Parameters<typeof handle>[1]['documentLifecycle'];

/** Our content script in a tab's frame, its document in the given lifecycle state. */
const contentScript = (tabId: number, documentLifecycle?: Lifecycle) => ({
  id: fakeBrowser.runtime.id,
  url: 'https://news.example/',
  tab: { id: tabId } as never,
  frameId: 0,
  ...(documentLifecycle ? { documentLifecycle } : {}),
});

const extensionPage = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/sidepanel.html'),
});

/** Messages to the tabs, as the router forwards them (answered "ok" by the page UI). */
const stubTabs = () =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => ({ ok: true }));

describe('router: foreign senders', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('refuses another extension and a web page, whatever they ask', async () => {
    const sent = stubTabs();
    const otherExtension = {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html',
      tab: { id: 3 } as never,
      frameId: 0,
    };
    const webPage = {
      url: 'https://evil.example/',
      origin: 'https://evil.example',
      tab: { id: 3 } as never,
      frameId: 0,
    };
    for (const sender of [otherExtension, webPage]) {
      expect(handle(report('d', ['m1']), sender)).toBeUndefined();
      expect(handle({ type: 'tab/state', tabId: 3 }, sender)).toBeUndefined();
      expect(handle({ type: 'tab/state', tabId: null }, sender)).toBeUndefined();
      expect(handle(reveal(3), sender)).toBeUndefined();
      expect(handle({ type: 'panel/open', mentionId: null }, sender)).toBeUndefined();
      expect(handle({ type: 'passages/for-mention', mention: mention('m1') }, sender)).toBe(
        undefined,
      );
    }
    expect(sent).not.toHaveBeenCalled();
    expect(await store.getTabState(3)).toBeNull();
    // The same report from our own content script is taken.
    expect(await handle(report('d', ['m1']), contentScript(3))).toEqual({ ok: true });
    expect((await store.getTabState(3))?.mentions.map((m) => m.id)).toEqual(['m1']);
  });

  it('answers extension pages about any tab, content scripts only about their own', async () => {
    await store.setFrameMentions(13, 0, {
      document: 'd-b',
      url: 'https://bank.example/',
      title: 'B',
      mentions: [mention('m1')],
    });
    const ask = { type: 'tab/state', tabId: 13 };
    expect(await handle(ask, extensionPage())).toMatchObject({ state: { tabId: 13 } });
    expect(await handle(ask, contentScript(13))).toMatchObject({ state: { tabId: 13 } });
    const other = contentScript(14);
    expect(handle(ask, other)).toBeUndefined();
    expect(handle({ type: 'tab/state', tabId: null }, other)).toBeUndefined();
  });
});

describe('router: mention/reveal', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('lets a content script reveal only in its own tab, and the panel in any', async () => {
    const sent = stubTabs();
    // Tab 3's page asks to scroll tab 4: refused, nothing is sent.
    expect(handle(reveal(4), contentScript(3))).toBeUndefined();
    expect(sent).not.toHaveBeenCalled();
    expect(await handle(reveal(3), contentScript(3))).toEqual({ ok: true });
    expect(sent).toHaveBeenLastCalledWith(3, reveal(3), { frameId: 2 });
    expect(await handle(reveal(4), extensionPage())).toEqual({ ok: true });
    expect(sent).toHaveBeenLastCalledWith(4, reveal(4), { frameId: 2 });
  });
});

describe('router: documents not in front of the user', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('ignores a prerendered or cached document, but applies its retraction', async () => {
    const sent = stubTabs();
    // The live page (Firefox says nothing of the lifecycle: active).
    expect(await handle(report('live', ['m1']), contentScript(5))).toEqual({ ok: true });
    for (const lifecycle of ['prerender', 'cached', 'pending_deletion'] as const) {
      const hidden = contentScript(5, lifecycle);
      expect(handle(report('other', ['x1', 'x2']), hidden)).toBeUndefined();
      expect(handle({ type: 'panel/open', mentionId: 'm1' }, hidden)).toBeUndefined();
      expect(handle(reveal(5), hidden)).toBeUndefined();
      expect(handle({ type: 'passages/for-mention', mention: mention('m1') }, hidden)).toBe(
        undefined,
      );
      expect(handle({ type: 'tab/state', tabId: 5 }, hidden)).toBeUndefined();
    }
    expect(sent).not.toHaveBeenCalled();
    const state = await store.getTabState(5);
    expect(state?.mentions.map((m) => m.id)).toEqual(['m1']);
    expect(state?.focus).toBeNull();
    // The live page went into the back/forward cache: its retraction still counts.
    expect(await handle(report('live', []), contentScript(5, 'cached'))).toEqual({ ok: true });
    expect(await store.getTabState(5)).toBeNull();
  });
});
