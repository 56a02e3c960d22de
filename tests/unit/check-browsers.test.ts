import { describe, expect, it } from 'vitest';
import { missingBrowsersMessage, type NeededBrowser } from '../../scripts/check-browsers';

const needed: NeededBrowser[] = [
  { pkg: 'chromium', path: '/usr/bin/chromium', env: 'CHROMIUM_PATH' },
  { pkg: 'firefox-esr', path: '/usr/bin/firefox-esr', env: 'FIREFOX_PATH' },
];

describe('the browser check that npm test runs first', () => {
  it('says nothing when both browsers are installed', () => {
    expect(missingBrowsersMessage(needed, () => true)).toBeNull();
  });

  it('names the missing browser and the command that installs it, in one line', () => {
    const message = missingBrowsersMessage(needed, (p) => p !== '/usr/bin/firefox-esr');
    expect(message).toContain('firefox-esr (/usr/bin/firefox-esr)');
    expect(message).toContain('sudo apt-get install -y firefox-esr');
    expect(message).toContain('FIREFOX_PATH');
    expect(message).not.toContain('chromium');
    expect(message).not.toContain('\n');
  });

  it('names both when neither is there', () => {
    const message = missingBrowsersMessage(needed, () => false);
    expect(message).toContain('apt-get install -y chromium firefox-esr');
  });
});
