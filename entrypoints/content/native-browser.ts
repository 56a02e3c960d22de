/**
 * `wxt/browser` for the probe bundle only (aliased in wxt.config.ts): the browser's own
 * extension API object, without webextension-polyfill. Firefox has `browser`; Chrome's MV3
 * `chrome` returns promises for every API the probe and WXT's content-script context use.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (g.browser?.runtime?.id ? g.browser : g.chrome)!;
