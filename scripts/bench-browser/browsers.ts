/**
 * The two browsers of a benchmark run: Debian's Chromium with the built extension, and the
 * same Chromium without it (the plain baseline and the mark.js reference).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/**
 * Chromium with a reference extension whose content script does nothing: what any extension
 * with a content script on every page costs (its isolated world, an empty script), measured
 * in the same run, so the probe's own share can be read off the none page. With `css`, the
 * reference also injects that stylesheet the way the extension's manifest does.
 */
export async function launchEmptyContentScript(css?: string): Promise<ExtensionBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'fc-bench-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (benchmark reference)',
    version: '1',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['empty.js'],
        ...(css === undefined ? {} : { css: ['style.css'] }),
      },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), '');
  await writeFile(join(dir, 'empty.js'), '');
  if (css !== undefined) await writeFile(join(dir, 'style.css'), css);
  const browser = await launchExtension(dir);
  return {
    ...browser,
    close: async () => {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
