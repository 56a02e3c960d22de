/**
 * Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) with the built
 * Firefox extension installed as a temporary add-on.
 *
 * The add-on's internal UUID (the host of its `moz-extension://` pages) is normally random;
 * the `extensions.webextensions.uuids` preference pins it before launch, so tests can open
 * `moz-extension://<uuid>/sidepanel.html` directly without scraping about:debugging.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir } from './chromium';
import { FIREFOX_PATH } from '../../../scripts/lib/firefox';
import type { browser as extensionApi } from 'wxt/browser';

/** The extension API inside extension pages and the service worker (typed for `evaluate`). */
declare const chrome: typeof extensionApi;

export { FIREFOX_PATH };

/** The fixed internal UUID given to the extension under test. */
export const EXTENSION_UUID = '6f1c7a52-3d0e-4b8a-9c1f-0fac7c0e7e57';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id from the manifest (`browser_specific_settings.gecko.id`). */
  addonId: string;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** Console errors and uncaught page errors seen on pages opened with `newPage`. */
  errors: string[];
  newPage(): Promise<Page>;
  /**
   * Opens an extension page (e.g. `sidepanel.html?tabId=2`) in a new tab and waits until it
   * has loaded.
   */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches headless Firefox ESR with the firefox-mv3 build (see FACT_CONTEXT_OUT_DIR). */
export async function launchFirefoxWithExtension(
  options: { extensionDir?: string } = {},
): Promise<FirefoxWithExtension> {
  const dir = options.extensionDir ?? buildDir('firefox-mv3');
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${dir}: run "npx wxt build -b firefox --mv3" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('The Firefox manifest has no gecko id.');

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages unless allowed (Firefox 138+).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // Grant the content script's host permissions without an install prompt.
      'extensions.originControls.grantByDefault': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(dir);
  const errors: string[] = [];
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${String(err)}`));
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
    // Puppeteer does not see the load event of moz-extension:// navigations (Firefox ESR
    // 153), so navigate without awaiting it and wait for the document instead.
    void page.goto(url).catch(() => undefined);
    // While the navigation commits, Firefox may fail the check itself ("right-hand side of
    // 'in' should be an object, got null": the old document's realm is gone). Seen about once
    // in three runs; it is not an answer, so ask again until the deadline.
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await page.waitForFunction(
          (href) => location.href === href && document.readyState === 'complete',
          { timeout: Math.max(1, deadline - Date.now()) },
          url,
        );
        return page;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
  };
  // A temporary add-on is installed asynchronously: a page loaded too early may miss the
  // content script. Wait until an extension page can reach the background before going on.
  const probe = await openExtensionPage('options.html');
  await probe.waitForFunction(
    () =>
      chrome.runtime
        .sendMessage({ type: 'tab/state', tabId: null })
        .then(() => true)
        .catch(() => false),
    { timeout: 20_000, polling: 200 },
  );
  await probe.close();
  return {
    browser,
    addonId,
    extensionOrigin,
    errors,
    newPage,
    openExtensionPage,
    close: () => browser.close(),
  };
}
