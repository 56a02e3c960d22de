/**
 * The browsers of a benchmark run: Debian's Chromium with the built extension, the same
 * Chromium without it (the plain baseline and the mark.js reference), and with reference
 * extensions (an empty content script, the floor).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, chromiumFlags } from '../lib/chromium';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness/chromium';
import { floorContentScript } from './floor';

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
 * Chromium with a reference extension, built in a temporary folder: a content script on every
 * page at document_idle, as the probe runs, optionally with a stylesheet injected the way the
 * extension's manifest injects its highlight CSS.
 */
async function launchReference(
  name: string,
  script: string,
  css?: string,
): Promise<ExtensionBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'fc-bench-reference-'));
  const manifest = {
    manifest_version: 3,
    name: `${name} (benchmark reference)`,
    version: '1',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['content.js'],
        ...(css === undefined ? {} : { css: ['style.css'] }),
      },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), '');
  await writeFile(join(dir, 'content.js'), script);
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

/**
 * A reference extension whose content script does nothing: what any extension with a content
 * script on every page costs (its isolated world, an empty script), measured in the same run,
 * so the probe's own share can be read off the none page. With `css`, it also injects that
 * stylesheet.
 */
export function launchEmptyContentScript(css?: string): Promise<ExtensionBrowser> {
  return launchReference('Empty content script', '', css);
}

/** The floor reference (`floor.ts`). */
export function launchFloorReference(): Promise<ExtensionBrowser> {
  return launchReference('Floor', floorContentScript());
}
