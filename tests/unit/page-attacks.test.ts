/**
 * What a page can do to the content scripts without any privilege (issue #12): name its
 * elements after the extension API globals, fire fake lifecycle events without end, and look
 * for our elements by name. The browser-level attacks are in tests/e2e/hostile.e2e.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { nativeBrowser } from '../../entrypoints/probe/native-browser';
import { createReporter, REPORT_DELAY_MS } from '../../entrypoints/page-ui/reporter';
import { extensionLifetime } from '../../entrypoints/page-ui/lifetime';
import { isOwnUiHost, randomElementName } from '../../lib/dom/own-ui';
import { createPopoverHost } from '../../lib/dom/popover-host';
import { walkBlocks, type BlockText } from '../../lib/dom/text-blocks';
import type { MentionSummary } from '../../lib/messages';

const sent = vi.hoisted(() => [] as Array<{ type: string; mentions: unknown[] }>);
vi.mock('../../lib/messages', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/messages')>()),
  sendMessage: (message: { type: string; mentions: unknown[] }) => {
    sent.push(message);
    return Promise.resolve({ ok: true });
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The extension API as far as the probe checks it. */
const api = (id: string) => ({ runtime: { id, getURL: (p: string) => `ext://${id}${p}` } });

describe('the probe’s extension API lookup', () => {
  /** What `<form id="browser"><input name="runtime" id="x"></form>` looks like as a global. */
  const namedForm = () => {
    const { document } = parseHTML('<form id="browser"><input name="runtime" id="x"></form>');
    const form = document.querySelector('form')!;
    Object.defineProperty(form, 'runtime', { value: document.querySelector('input') });
    return form;
  };
  /** A cross-origin frame's window: every read throws. */
  const crossOriginWindow = () =>
    new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame from accessing a cross-origin frame.');
        },
      },
    );

  it('passes over a named form for the real API', () => {
    const real = api('abc');
    vi.stubGlobal('browser', namedForm());
    vi.stubGlobal('chrome', real);
    expect(nativeBrowser()).toBe(real);
  });

  it('passes over a cross-origin frame without throwing', () => {
    const real = api('abc');
    vi.stubGlobal('browser', crossOriginWindow());
    vi.stubGlobal('chrome', real);
    expect(nativeBrowser()).toBe(real);
  });

  it('finds nothing, quietly, when both globals are the page’s', () => {
    vi.stubGlobal('browser', namedForm());
    vi.stubGlobal('chrome', crossOriginWindow());
    expect(nativeBrowser()).toBeUndefined();
  });

  it('finds nothing once the extension is gone (no runtime id)', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { getURL: () => '' } });
    expect(nativeBrowser()).toBeUndefined();
  });
});

describe('reports under a stream of events', () => {
  const mention = { id: 'm1' } as MentionSummary;

  beforeEach(() => {
    sent.length = 0;
    vi.useFakeTimers();
    vi.stubGlobal('location', { href: 'http://news.test/a' });
    vi.stubGlobal('document', { title: 'A page' });
  });

  it('sends while schedule() is called without pause (a throttle, not a debounce)', () => {
    const reporter = createReporter();
    for (let t = 0; t < 2_000; t += 30) {
      reporter.schedule(() => [mention]);
      vi.advanceTimersByTime(30);
    }
    // At least one report per REPORT_DELAY_MS of the stream (a debounce would send none).
    expect(sent.length).toBeGreaterThanOrEqual(Math.floor(2_000 / REPORT_DELAY_MS) - 1);
    expect(sent[0]!.mentions).toEqual([mention]);
  });

  it('coalesces a burst into one report of the latest list', () => {
    const reporter = createReporter();
    const other = { id: 'm2' } as MentionSummary;
    reporter.schedule(() => [mention]);
    reporter.schedule(() => [mention, other]);
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    expect(sent.map((m) => m.mentions)).toEqual([[mention, other]]);
  });

  it('retracts at once and drops the pending report', () => {
    const reporter = createReporter();
    reporter.schedule(() => [mention]);
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    reporter.schedule(() => [mention]);
    reporter.retract();
    vi.advanceTimersByTime(REPORT_DELAY_MS * 2);
    expect(sent.map((m) => m.mentions)).toEqual([[mention], []]);
  });
});

describe('the page UI’s lifetime', () => {
  it('ends only when the extension runtime is gone', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = extensionLifetime(() => alive, 1_000);
    vi.advanceTimersByTime(10_000);
    expect(lifetime.aborted).toBe(false);
    alive = false;
    vi.advanceTimersByTime(1_000);
    expect(lifetime.aborted).toBe(true);
  });

  it('ends when asking the runtime throws (its context is gone)', () => {
    vi.useFakeTimers();
    const lifetime = extensionLifetime(() => {
      throw new Error('Extension context invalidated.');
    }, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(lifetime.aborted).toBe(true);
  });
});

describe('the popover’s host element', () => {
  it('has a valid custom-element name no page can predict', () => {
    const names = new Set(Array.from({ length: 200 }, randomElementName));
    expect(names.size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^[a-z][a-z0-9]{5}-[a-z0-9]{5}$/);
      expect(name).not.toMatch(/fact|context|popover/);
    }
  });

  it('is in the page only while mounted, and never read as page text', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Iran sent drones.</p></body></html>',
    );
    vi.stubGlobal('document', document);
    const before = [...document.documentElement.children];
    const mount = createPopoverHost('p{}', () => document.documentElement);
    expect(mount.host()).toBeNull();
    const inner = mount.mount();
    inner.textContent = 'Iran and Russia, text of the popover';
    const host = mount.host()!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(isOwnUiHost(host)).toBe(true);
    const texts = [...walkBlocks(document.documentElement)]
      .filter((b): b is BlockText => b !== null)
      .map((b) => b.text.trim());
    expect(texts).toEqual(['Iran sent drones.']);
    mount.unmount();
    expect(mount.host()).toBeNull();
    expect(host.isConnected).toBe(false);
    expect([...document.documentElement.children]).toEqual(before);
  });
});
