/**
 * Runs first in `npm test`: the end-to-end tests and the browser benchmark need Debian's
 * Chromium and Firefox ESR. Without them, stop at once with one line that says what is missing
 * and how to install it, instead of failing deep inside a browser launch minutes later.
 */
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from './lib/chromium';
import { FIREFOX_PATH } from './lib/firefox';

/** A browser the tests launch: its Debian package, its path and the variable that overrides it. */
export interface NeededBrowser {
  pkg: string;
  path: string;
  env: string;
}

export const NEEDED: readonly NeededBrowser[] = [
  { pkg: 'chromium', path: CHROMIUM_PATH, env: 'CHROMIUM_PATH' },
  { pkg: 'firefox-esr', path: FIREFOX_PATH, env: 'FIREFOX_PATH' },
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The one line to print when browsers are missing, or null when all are there. */
export function missingBrowsersMessage(
  needed: readonly NeededBrowser[] = NEEDED,
  exists: (path: string) => boolean = isExecutable,
): string | null {
  const missing = needed.filter((b) => !exists(b.path));
  if (missing.length === 0) return null;
  const what = missing.map((b) => `${b.pkg} (${b.path})`).join(' and ');
  const pkgs = missing.map((b) => b.pkg).join(' ');
  const envs = missing.map((b) => b.env).join(' / ');
  return (
    `npm test needs ${what}, which is missing: install it with ` +
    `"sudo apt-get install -y ${pkgs}", or set ${envs} to an installed binary.`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const message = missingBrowsersMessage();
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
