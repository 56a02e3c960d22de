import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIMITS, type MentionSummary } from '../../lib/messages';
import { frameReport, mention, settle } from './helpers/background';

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

/** What storage holds for a tab, and its size as UTF-8 JSON. */
async function stored(tabId: number): Promise<{ raw: unknown; bytes: number }> {
  const raw = (await fakeBrowser.storage.session.get(`fc-tab:${tabId}`))[`fc-tab:${tabId}`];
  return { raw, bytes: raw === undefined ? 0 : Buffer.byteLength(JSON.stringify(raw), 'utf8') };
}

/** A mention as large as a report may carry, in Cyrillic (two bytes a letter in UTF-8). */
const bigMention = (id: string): MentionSummary => ({
  id,
  topics: ['drones'],
  text: 'Иран передал России дроны '.repeat(76).slice(0, LIMITS.text),
  context: 'Иран передал России дроны «Шахед». '.repeat(114).slice(0, LIMITS.context),
  around: 'Заголовок страницы и абзац вокруг. '.repeat(28).slice(0, LIMITS.around),
  terms: Array.from({ length: LIMITS.terms }, (_, i) => `термин-${i}`),
  score: 0.9,
});

describe('tab store: bounded storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a tab within its byte bound with many frames of big mentions, counting the rest', async () => {
    const store = await freshStore();
    const frames = 12;
    const perFrame = 200;
    let count = 0;
    for (let f = 0; f < frames; f++) {
      count = await store.setFrameMentions(5, f, {
        document: `doc-${f}`,
        url: `https://frame${f}.example/${'path/'.repeat(2_000)}`,
        title: `Frame ${f} ${'заголовок '.repeat(100)}`,
        mentions: Array.from({ length: perFrame }, (_, i) => bigMention(`f${f}m${i}`)),
      });
    }
    await settle();
    // The badge counts every mention the frames reported.
    expect(count).toBe(frames * perFrame);
    const { bytes } = await stored(5);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(store.TAB_BUDGET_BYTES);
    const state = (await store.getTabState(5))!;
    expect(state.mentions.length).toBeGreaterThan(0);
    expect(state.mentions.length + state.dropped).toBe(frames * perFrame);
    // The top frame's first mentions are kept first, in page order.
    expect(state.mentions[0]).toMatchObject({ frameId: 0, id: 'f0m0' });
    const top = state.mentions.filter((m) => m.frameId === 0).map((m) => m.id);
    expect(top).toEqual(top.map((_, i) => `f0m${i}`));
    // A worker restart reads back the same bounded state.
    const again = await freshStore();
    const restored = (await again.getTabState(5))!;
    expect(restored.mentions.map((m) => m.id)).toEqual(state.mentions.map((m) => m.id));
    expect(restored.dropped).toBe(state.dropped);
  });

  it('gives the latest report room before older frames', async () => {
    const store = await freshStore();
    const report = (frame: number, n: number) =>
      store.setFrameMentions(6, frame, {
        document: `doc-${frame}`,
        url: `https://f${frame}.example/`,
        title: '',
        mentions: Array.from({ length: n }, (_, i) => bigMention(`f${frame}m${i}`)),
      });
    await report(1, 200);
    await report(2, 3);
    const state = (await store.getTabState(6))!;
    expect(state.mentions.filter((m) => m.frameId === 2)).toHaveLength(3);
    expect(state.dropped).toBeGreaterThan(0);
    expect(state.mentions.length + state.dropped).toBe(203);
  });

  it('keeps writing after a failed write, and stores the latest state', async () => {
    const store = await freshStore();
    const session = fakeBrowser.storage.session;
    const set = session.set.bind(session);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const spy = vi.spyOn(session, 'set').mockImplementation((items) => {
      if (fail) {
        fail = false;
        return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      }
      return set(items);
    });
    try {
      const report = (ids: string[]) => store.setFrameMentions(8, 0, frameReport('d', ids));
      await report(['m1']);
      await settle();
      expect((await stored(8)).raw).toBeUndefined();
      expect(warn).toHaveBeenCalled();
      await report(['m1', 'm2']);
      await report(['m1', 'm2', 'm3']);
      await settle();
      const again = await freshStore();
      expect((await again.getTabState(8))?.mentions.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    } finally {
      spy.mockRestore();
      warn.mockRestore();
    }
  });

  it('stores nothing for a tab whose documents took all their mentions back', async () => {
    const store = await freshStore();
    const report = (frame: number, ids: string[]) =>
      store.setFrameMentions(10, frame, frameReport(`doc-${frame}`, ids));
    await report(0, ['m1']);
    await report(3, ['m2']);
    await settle();
    expect((await stored(10)).raw).toBeDefined();
    // The page navigated: each frame's document took its mentions back on `pagehide`.
    await report(3, []);
    await report(0, []);
    await settle();
    expect((await stored(10)).raw).toBeUndefined();
    expect(await (await freshStore()).getTabState(10)).toBeNull();
  });

  it('clears a closed tab', async () => {
    const store = await freshStore();
    await store.setFrameMentions(11, 0, frameReport('d', ['m1']));
    await settle();
    store.clearTab(11);
    await settle();
    expect((await stored(11)).raw).toBeUndefined();
  });

  it('reads back only well-formed stored state', async () => {
    await fakeBrowser.storage.session.set({
      'fc-tab:12': {
        frames: {
          '0': { document: 'd', url: 'u', title: 't', mentions: [mention('m1'), { id: '<x>' }] },
          x: { document: 'd', url: 'u', title: 't', mentions: [mention('m2')] },
          '2': 'not a frame',
        },
        focus: { frameId: 'top' },
      },
    });
    const state = await (await freshStore()).getTabState(12);
    expect(state?.mentions.map((m) => m.id)).toEqual(['m1']);
    expect(state?.focus).toBeNull();
    expect(state?.dropped).toBe(0);
  });
});
