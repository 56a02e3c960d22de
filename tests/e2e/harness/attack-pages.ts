/**
 * Pages that try to switch the extension off or read what it shows (issue #12), shared by the
 * Chromium suite (`hostile.e2e.test.ts`) and the Firefox suite (`firefox.e2e.test.ts`): the
 * same attack in both browsers, written once.
 */

/**
 * Page script: every `window` message whose data has a string `type` is recorded in
 * `__heard` and replayed as a CustomEvent of that name on `document` and `window` (WXT's
 * content-script context stops itself on such an event). `__replay(name)` does the same for
 * a guessed name.
 */
export const REPLAY_EVENT_NAMES = `<script>
(() => {
  window.__heard = [];
  const replay = (type) => {
    const detail = { contentScriptName: 'page-ui', messageId: 'from-the-page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new CustomEvent(type, { detail }));
  };
  window.__replay = replay;
  addEventListener('message', (e) => {
    const type = e.data && e.data.type;
    if (typeof type !== 'string') return;
    window.__heard.push(type);
    replay(type);
  });
})();
</script>`;

/** Event names a page can guess from the published extension id: WXT's, for each script. */
export function guessedEventNames(extensionId: string): string[] {
  return ['page-ui', 'probe', 'content'].flatMap((script) =>
    ['wxt:content-script-started', 'wxt:locationchange'].map(
      (event) => `${extensionId}:${script}:${event}`,
    ),
  );
}

/**
 * Page script: real same-document navigations every 100 ms (their events are trusted;
 * Chromium throttles faster ones) and fake hashchange and popstate events every 30 ms.
 */
export const EVENT_STREAM = `<script>
  let n = 0;
  setInterval(() => { location.hash = 'n' + n++; }, 100);
  setInterval(() => {
    dispatchEvent(new HashChangeEvent('hashchange'));
    dispatchEvent(new PopStateEvent('popstate'));
  }, 30);
</script>`;

/** Elements named after the extension API globals, each a function of another site's page URL. */
export const NAMED_ELEMENTS = {
  formBrowser: () => '<form id="browser"><input name="runtime" id="x"></form>',
  formChrome: () => '<form id="chrome"><input name="runtime" id="x"></form>',
  formsBoth: () =>
    '<form id="browser"><input name="runtime" id="x"></form>' +
    '<form id="chrome"><input name="runtime" id="y"></form>',
  imagesBoth: () => '<img name="browser" alt=""><img name="chrome" alt="">',
  iframeBrowser: (otherSite: string) => `<iframe name="browser" src="${otherSite}"></iframe>`,
  iframeChrome: (otherSite: string) => `<iframe name="chrome" src="${otherSite}"></iframe>`,
} satisfies Record<string, (otherSite: string) => string>;

/** Page script: records every `window` message in `__heard`. */
export const LISTEN =
  '<script>window.__heard = []; addEventListener("message", (e) => __heard.push(e.data));</script>';

/** A page without mentions. */
export const PLAIN_PARAGRAPH = '<p>The city council met on Tuesday to discuss the tram budget.</p>';

/**
 * What any page's script can read without privilege (an expression for `evaluate`): the
 * colours of the published highlight names, the registered highlights with their colours,
 * the adopted sheets, the messages heard (`LISTEN`) and custom elements in the DOM.
 */
export const READ_WHAT_A_PAGE_CAN = `(() => {
  const bg = (name, el) => getComputedStyle(el, '::highlight(' + name + ')').backgroundColor;
  const p = document.querySelector('p');
  return {
    guessed: ['fact-context-drones', 'fact-context-syria'].map((name) => bg(name, p)),
    registry: [...CSS.highlights].map(([name, h]) => {
      const range = [...h][0];
      const kind = name.startsWith('fact-context-') ? 'published name' : 'other name';
      return [String(range), bg(name, range.startContainer.parentElement), kind].join(' | ');
    }).sort(),
    sheets: [...document.adoptedStyleSheets].map((s) => s.cssRules.length),
    heard: window.__heard,
    unknownElements: [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-')).length,
  };
})()`;
