/**
 * Launches Debian's Chromium with the built extension for the demo: headed when a display is
 * available, headless otherwise (CI, SSH sessions, containers).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM_PATH, chromiumFlags } from '../lib/chromium';

/** Whether to run without a window: no X/Wayland display, or a CI environment. */
export function shouldRunHeadless(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CI && env.CI !== 'false') return true;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/** A persistent browser context with the extension in `extensionDir` loaded. */
export async function launchDemoBrowser(
  extensionDir: string,
  headless: boolean,
): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'fc-demo-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: chromiumFlags({ extensionDir, headless }),
  });
}
