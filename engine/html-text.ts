/**
 * Tolerant, linear-time HTML → text blocks for the CLI (no DOM): one block per paragraph,
 * heading, list item, table cell, blockquote, figcaption or other block element's own text.
 * script/style/noscript/template/svg (and head furniture such as title) are skipped; entities
 * are decoded; malformed markup degrades to text rather than failing.
 */
import {
  BLOCK_TAGS as PAGE_BLOCK_TAGS,
  NO_END_TAG,
  SKIP_TAGS as PAGE_SKIP_TAGS,
} from './page-tags';
import type { TextBlock } from './types';

/** Elements whose start or end ends the current block; without layout, a line break does too. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  [...PAGE_BLOCK_TAGS, 'BR'].map((t) => t.toLowerCase()),
);

/** Elements whose content is never page text and that close with an end tag. */
const SKIP_TAGS: ReadonlySet<string> = new Set(
  [...PAGE_SKIP_TAGS].filter((t) => !NO_END_TAG.has(t)).map((t) => t.toLowerCase()),
);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwnj: '',
  zwj: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  szlig: 'ß',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

/** Decodes character references; unknown or invalid ones are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined)
      return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Index just past the `>` closing the tag that starts at `from`, honouring quoted values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes only matter inside attribute values (after "="), else a stray quote would
      // swallow the rest of the document.
      if (html[i - 1] === '=' || (html[i - 1] === ' ' && html[i - 2] === '=')) quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** Splits an HTML document into text blocks, in document order. Never throws. */
export function htmlToBlocks(html: string): TextBlock[] {
  const lower = html.toLowerCase();
  const blocks: TextBlock[] = [];
  let buf = '';
  const flush = () => {
    const text = decodeEntities(buf).replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text });
    buf = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      buf += html.slice(i);
      break;
    }
    buf += html.slice(i, lt);
    if (lower.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        i = tagEnd(html, lt + 1); // doctype, CDATA, processing instruction
      } else {
        buf += '<'; // a literal "<" in text
        i = lt + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const end = tagEnd(html, lt + m[0].length);
    const selfClosing = html[end - 2] === '/';
    if (!closing && !selfClosing && SKIP_TAGS.has(name)) {
      flush();
      const close = lower.indexOf(`</${name}`, end);
      // Like a browser, an unclosed <script> (etc.) swallows the rest of the document.
      i = close < 0 ? html.length : tagEnd(html, close + name.length + 2);
      continue;
    }
    // Inline tags (<b>, <a>, <span>) add nothing: "S<b>hahed</b>" stays one word.
    if (BLOCK_TAGS.has(name)) flush();
    i = end;
  }
  flush();
  return blocks.map((b) => ({ text: b.text.replace(/ ([,.;:!?])/g, '$1') }));
}

/**
 * Splits plain text into blocks: paragraphs separated by blank lines (their hard-wrapped
 * lines rejoined), or one block per line when the text has no blank lines at all.
 */
export function textToBlocks(text: string): TextBlock[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t]*\n/.test(normalized.trim());
  const chunks = hasBlankLines ? normalized.split(/\n[ \t]*\n/) : normalized.split('\n');
  return chunks
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter((c) => c.length > 0)
    .map((c) => ({ text: c }));
}

/** Separator the CLI puts between blocks in a document's extracted text. */
export const EXTRACTED_BLOCK_SEPARATOR = '\n\n';
