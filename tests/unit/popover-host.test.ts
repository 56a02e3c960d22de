/**
 * The popover's host element in the page: named so no page can look it up in advance, in the
 * DOM only while a popover is open, and never read as page text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { isOwnUiHost, randomElementName } from '../../lib/dom/own-ui';
import { createPopoverHost } from '../../lib/dom/popover-host';
import { walkBlocks, type BlockText } from '../../lib/dom/text-blocks';

afterEach(() => {
  vi.unstubAllGlobals();
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

  it('is in the page only while attached, and never read as page text', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Iran sent drones.</p></body></html>',
    );
    vi.stubGlobal('document', document);
    const before = [...document.documentElement.children];
    const mount = createPopoverHost('p{}', () => document.documentElement);
    expect(mount.host()).toBeNull();
    const inner = mount.body();
    inner.textContent = 'Iran and Russia, text of the popover';
    // Built and rendered into, but not attached: the page has nothing new.
    expect(mount.host()).toBeNull();
    expect([...document.documentElement.children]).toEqual(before);
    mount.attach();
    const host = mount.host()!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(isOwnUiHost(host)).toBe(true);
    const texts = [...walkBlocks(document.documentElement)]
      .filter((b): b is BlockText => b !== null)
      .map((b) => b.text.trim());
    expect(texts).toEqual(['Iran sent drones.']);
    mount.detach();
    expect(mount.host()).toBeNull();
    expect(host.isConnected).toBe(false);
    expect([...document.documentElement.children]).toEqual(before);
    // What was rendered is kept for the next open, in the same host.
    expect(mount.body().textContent).toBe('Iran and Russia, text of the popover');
    mount.attach();
    expect(mount.host()).toBe(host);
    expect(host.parentNode).toBe(document.documentElement);
    mount.detach();
  });
});
