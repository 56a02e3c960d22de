/**
 * Tolerant, linear-time HTML → text blocks for the CLI (no DOM): one block per paragraph,
 * heading, list item, table cell, blockquote, figcaption or other block element's own text.
 * script/style/noscript/template/svg (and head furniture such as title) are skipped; entities
 * are decoded; malformed markup degrades to text rather than failing. The reader takes the
 * document in chunks of any size and holds only a bounded tail of it: the same blocks come out
 * however the input is cut.
 */
import {
  collectBlocks,
  createBlockAssembler,
  type BlockSink,
  type BlockStream,
} from './block-text';
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

/** Raw text held for the current block before it is handed on. */
const PIECE_CHARS = 1 << 16;
/** The longest character reference: "&" + 32 letters + ";". */
const MAX_ENTITY_CHARS = 34;
/** Characters a tag name is read from, as the whole-string reader always did. */
const NAME_LOOKAHEAD = 64;
const TAG_START = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;

type Mode = 'text' | 'tag' | 'comment' | 'skip';

/** Splits an HTML document, given in chunks, into text blocks in document order. Never throws. */
export function createHtmlBlockStream(sink: BlockSink): BlockStream {
  const block = createBlockAssembler(sink, true);
  /** Input not parsed yet: at most a chunk and a short tail. */
  let src = '';
  let mode: Mode = 'text';
  /** Raw text of the current block not handed on yet. */
  let buf = '';
  // A tag being read: its name (null for "<!...>", "<?...>" and the end of a skipped element),
  // the quote it is inside, and the two characters before the read position.
  let tag: { name: string; closing: boolean } | null = null;
  let quote = '';
  let prev1 = '';
  let prev2 = '';
  let skipEnd: RegExp | null = null;
  let skipTail = 0;

  const flush = () => {
    if (buf) block.add(decodeEntities(buf));
    buf = '';
    block.end();
  };
  const addText = (text: string) => {
    buf += text;
    if (buf.length <= PIECE_CHARS) return;
    // Hand it on, but for a character reference that may go on in the next chunk.
    const amp = buf.lastIndexOf('&');
    const cut = amp >= 0 && buf.length - amp <= MAX_ENTITY_CHARS ? amp : buf.length;
    block.add(decodeEntities(buf.slice(0, cut)));
    buf = buf.slice(cut);
  };
  const readTag = (name: { name: string; closing: boolean } | null, from: number) => {
    tag = name;
    quote = '';
    prev1 = src[from - 1] ?? '';
    prev2 = src[from - 2] ?? '';
    src = src.slice(from);
    mode = 'tag';
  };
  /** Reads the tag to its ">", honouring quoted values; false when the chunk ends first. */
  const scanTag = (): boolean => {
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        // Quotes only matter inside attribute values (after "="), else a stray quote would
        // swallow the rest of the document.
        if (prev1 === '=' || (prev1 === ' ' && prev2 === '=')) quote = c;
      } else if (c === '>') {
        const selfClosing = prev1 === '/';
        src = src.slice(i + 1);
        mode = 'text';
        if (tag && !tag.closing && !selfClosing && SKIP_TAGS.has(tag.name)) {
          flush();
          mode = 'skip';
          skipEnd = new RegExp(`</${tag.name}`, 'i');
          skipTail = tag.name.length + 1;
        } else if (tag && BLOCK_TAGS.has(tag.name)) {
          flush();
        }
        return true;
      }
      prev2 = prev1;
      prev1 = c;
    }
    src = '';
    return false;
  };

  const drain = (final: boolean) => {
    while (src.length > 0) {
      if (mode === 'tag') {
        if (!scanTag()) return;
      } else if (mode === 'comment') {
        const close = src.indexOf('-->');
        if (close < 0) {
          src = final ? '' : src.slice(-2);
          return;
        }
        src = src.slice(close + 3);
        mode = 'text';
      } else if (mode === 'skip') {
        // Like a browser, an unclosed <script> (etc.) swallows the rest of the document.
        const close = skipEnd?.exec(src);
        if (!close) {
          src = final ? '' : src.slice(-skipTail);
          return;
        }
        readTag(null, close.index + skipTail + 1);
      } else {
        const lt = src.indexOf('<');
        if (lt < 0) {
          addText(src);
          src = '';
          return;
        }
        if (lt > 0) addText(src.slice(0, lt));
        src = src.slice(lt);
        if (!final && src.length < NAME_LOOKAHEAD) return;
        if (src.startsWith('<!--')) {
          src = src.slice(4);
          mode = 'comment';
          continue;
        }
        const m = TAG_START.exec(src.slice(0, NAME_LOOKAHEAD));
        if (m) {
          // Inline tags (<b>, <a>, <span>) add nothing: "S<b>hahed</b>" stays one word.
          readTag({ name: m[2]!.toLowerCase(), closing: m[1] === '/' }, m[0].length);
        } else if (src[1] === '!' || src[1] === '?') {
          readTag(null, 1); // doctype, CDATA, processing instruction
        } else {
          addText('<'); // a literal "<" in text
          src = src.slice(1);
        }
      }
    }
  };

  return {
    push(chunk) {
      src += chunk;
      drain(false);
    },
    end() {
      drain(true);
      flush();
    },
  };
}

/** Splits an HTML document into text blocks, in document order. Never throws. */
export function htmlToBlocks(html: string): TextBlock[] {
  const { sink, blocks } = collectBlocks();
  const stream = createHtmlBlockStream(sink);
  stream.push(html);
  stream.end();
  return blocks;
}

/** Separator the CLI puts between blocks in a document's extracted text. */
export const EXTRACTED_BLOCK_SEPARATOR = '\n\n';
