/** Debian's Firefox ESR, driven over WebDriver BiDi; never a browser downloaded by a test tool. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
