/**
 * Launches Debian's Chromium with the built extension (never a downloaded browser) and
 * records what a test must check on every page: console errors and any request that
 * would leave the machine.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumFlags } from '../../../scripts/lib/chromium';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The output folder of the build under test (see FACT_CONTEXT_OUT_DIR in wxt.config.ts). */
export function buildDir(target: 'chrome-mv3' | 'firefox-mv3' = 'chrome-mv3'): string {
  return resolve(ROOT, process.env.FACT_CONTEXT_OUT_DIR ?? '.output', target);
}

export { CHROMIUM_PATH };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Console errors and uncaught page errors seen so far, with the page URL. */
  errors: string[];
  /** Requests to anything other than loopback, extension or data/blob URLs. */
  externalRequests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

// `.test` names are reserved (RFC 2606); tests map them to 127.0.0.1 (`--host-resolver-rules`).
const LOCAL =
  /^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\]|[a-z0-9-]+\.test)(:\d+)?\/|chrome-extension:|data:|blob:|about:)/;

export async function launchWithExtension(
  options: {
    extensionDir?: string;
    viewport?: { width: number; height: number };
    /** More Chromium flags (e.g. host resolver rules). */
    extraArgs?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? buildDir();
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run "npm run build" first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'fc-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [...chromiumFlags({ extensionDir: dir, headless: true }), ...(options.extraArgs ?? [])],
  });
  const errors: string[] = [];
  const externalRequests: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  context.on('request', (req) => {
    if (!LOCAL.test(req.url())) externalRequests.push(req.url());
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    errors,
    externalRequests,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
