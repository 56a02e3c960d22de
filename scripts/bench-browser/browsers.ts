/**
 * The two browsers of a benchmark run: Debian's Chromium with the built extension, and the
 * same Chromium without it (the plain baseline and the mark.js reference).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, chromiumFlags } from '../lib/chromium';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness/chromium';

/** A Chromium without extensions, launched with the same flags as the extension browser. */
export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The viewport of every benchmark page (a laptop screen). */
export const VIEWPORT = { width: 1280, height: 900 };

/** Launches Chromium without the extension. */
export async function launchPlain(): Promise<PlainBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'fc-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: chromiumFlags({ headless: true }),
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the built extension at `extensionDir`. */
export function launchExtension(extensionDir: string): Promise<ExtensionBrowser> {
  return launchWithExtension({ extensionDir, viewport: VIEWPORT });
}
