/**
 * How every tool here launches Debian's Chromium (e2e harness, browser benchmark, demo): one
 * list of flags, so a fix (e.g. a flag this machine's closed network needs) lands everywhere.
 */

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Command-line flags. Without the background-networking flags Chromium keeps trying (and
 * failing) to reach Google's hosts from this machine's closed network.
 */
export function chromiumFlags(options: { extensionDir?: string; headless: boolean }): string[] {
  const { extensionDir, headless } = options;
  return [
    ...(headless ? ['--headless=new', '--disable-gpu'] : []),
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    // Root (CI, containers) cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
