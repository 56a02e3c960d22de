/**
 * The probe's lookup of the extension API on a page that names its elements after the API
 * globals (`<form id="browser">`, a cross-origin `<iframe name="chrome">`). The browser-level
 * attacks are in tests/e2e/hostile.e2e.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { nativeBrowser } from '../../entrypoints/probe/native-browser';

afterEach(() => {
  vi.unstubAllGlobals();
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
