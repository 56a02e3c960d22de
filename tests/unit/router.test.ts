/**
 * The background's message router: who may ask what. Every case is a message a page, another
 * extension or a hidden document could send, and what the user would see if it were obeyed:
 * mentions from someone else's page on the badge, another tab scrolled, the side panel opened
 * by a page being prerendered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentionContext } from '../../engine/types';
import { forgetTab, handleRuntimeMessage as handle } from '../../lib/background/router';
import * as store from '../../lib/background/tab-store';
import { frameReport, mention, settle } from './helpers/background';
import { isMentionFraming } from '../../lib/messages';

const report = (document: string, ids: string[]) => ({
  type: 'mentions/report',
  ...frameReport(document, ids, 'News'),
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

/** Records what the background broadcasts to extension pages (none is open to answer). */
const stubBroadcasts = () =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => undefined);

describe('router: what each message does for our own senders', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('mentions/report: stores the frame’s mentions, shows their count and tells open pages', async () => {
    const broadcast = stubBroadcasts();
    expect(await handle(report('d', ['m1', 'm2']), contentScript(21))).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 21 })).toBe('2');
    expect((await store.getTabState(21))?.mentions.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(broadcast).toHaveBeenLastCalledWith({ type: 'tab/updated', tabId: 21 });
    // Taken back as the document goes: the badge empties.
    expect(await handle(report('d', []), contentScript(21))).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 21 })).toBe('');
  });

  it('passages/for-mention: the matters and passages of the mention’s own topic, at most `limit`', async () => {
    const answer = (await handle(
      { type: 'passages/for-mention', mention: mention('m1'), limit: 2 },
      contentScript(22),
    )) as MentionContext;
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.passages.length).toBeLessThanOrEqual(2);
    for (const p of answer.passages) expect(p.passage.topics).toContain('drones');
    expect(Array.isArray(answer.matters)).toBe(true);
  });

  it('passages/for-mention: says how the page frames the mention, in a framing the page accepts', async () => {
    const denial = {
      ...mention('m1'),
      text: "Iran's foreign ministry denied that Tehran had supplied any drones to Russia.",
    };
    const answer = await handle(
      { type: 'passages/for-mention', mention: denial },
      contentScript(22),
    );
    expect(answer).toMatchObject({
      framing: { stance: 'denied', speaker: "Iran's foreign ministry", hedge: null },
    });
    expect(isMentionFraming((answer as { framing: unknown }).framing)).toBe(true);
  });

  it('panel/open: focuses the mention in the sender’s frame and opens the panel', async () => {
    const broadcast = stubBroadcasts();
    // Firefox's sidebar (the fake browser has no Chrome side panel).
    const sidebar = (fakeBrowser as unknown as { sidebarAction: { open(): Promise<void> } })
      .sidebarAction;
    const open = vi.spyOn(sidebar, 'open').mockResolvedValue(undefined);
    const frame = { ...contentScript(23), frameId: 4 };
    await handle(report('d', ['m1']), frame);
    expect(await handle({ type: 'panel/open', mentionId: 'm1' }, frame)).toEqual({ ok: true });
    expect(open).toHaveBeenCalledOnce();
    expect((await store.getTabState(23))?.focus).toEqual({ frameId: 4, mentionId: 'm1' });
    expect(broadcast).toHaveBeenLastCalledWith({ type: 'tab/updated', tabId: 23 });
    // Without a tab (an extension page asking) there is nothing to open.
    expect(await handle({ type: 'panel/open', mentionId: null }, extensionPage())).toEqual({
      ok: false,
    });
    expect(open).toHaveBeenCalledOnce();
  });

  it('tab/state: the active tab’s state when the panel names no tab', async () => {
    await handle(report('d', ['m1']), contentScript(24));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 24 } as never]);
    expect(await handle({ type: 'tab/state', tabId: null }, extensionPage())).toMatchObject({
      state: { tabId: 24, mentions: [{ id: 'm1' }] },
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await handle({ type: 'tab/state', tabId: null }, extensionPage())).toEqual({
      state: null,
    });
  });

  it('mention/reveal: answers { ok: false } when the frame is gone', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await handle(reveal(25), extensionPage())).toEqual({ ok: false });
  });

  it('leaves unanswered what is not for the background, and anything malformed', () => {
    const sent = stubTabs();
    for (const raw of [
      { type: 'tab/updated', tabId: 3 },
      { type: 'popover/open-nearest' },
      { type: 'mentions/report', document: 'd', url: 'u', title: 't', mentions: 'many' },
      { type: 'mention/reveal', tabId: '3', frameId: 0, mentionId: 'm1' },
      { type: 'no/such-type' },
      'mentions/report',
      null,
    ]) {
      expect(handle(raw, contentScript(3))).toBeUndefined();
      expect(handle(raw, extensionPage())).toBeUndefined();
    }
    expect(sent).not.toHaveBeenCalled();
  });
});

describe('router: a closed tab', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is forgotten: no state, no badge, and open pages are told', async () => {
    const broadcast = stubBroadcasts();
    await handle(report('d', ['m1']), contentScript(26));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 26 })).toBe('1');
    forgetTab(26);
    await settle();
    expect(await store.getTabState(26)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 26 })).toBe('');
    expect(broadcast).toHaveBeenLastCalledWith({ type: 'tab/updated', tabId: 26 });
  });
});
