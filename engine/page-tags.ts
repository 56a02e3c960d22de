/**
 * One source for the element lists that every reader of page text shares: the page UI's walk
 * (`lib/dom/text-blocks.ts`), the probe and the CLI's HTML reader (`html-text.ts`).
 */

/** Elements whose content is not readable page text. Upper case, as `tagName` gives HTML. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'MATH',
]);

/** Elements that start a new block of text (a mention never spans two blocks). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Skipped elements that a tolerant HTML reader must not skip to an end tag: void elements have
 * none, and these may omit theirs (an unclosed `<head>` would swallow the whole document).
 */
export const NO_END_TAG: ReadonlySet<string> = new Set([
  'INPUT',
  'EMBED',
  'FRAME',
  'HEAD',
  'OPTION',
]);

/**
 * The elements that can host a shadow root (`attachShadow`'s list; any other throws), upper
 * case. Autonomous custom elements (a `-` in the tag) can too.
 */
export const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);
