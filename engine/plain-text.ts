/**
 * Plain text → text blocks: paragraphs separated by blank lines (their hard-wrapped lines
 * rejoined), or one block per line when the text has no blank line between its first and
 * last words. The reader takes the text in chunks of any size: the same blocks come out
 * however it is cut, except where `auto` has to decide the layout before the end (see
 * `createTextBlockStream`).
 */
import {
  collectBlocks,
  createBlockAssembler,
  type BlockSink,
  type BlockStream,
} from './block-text';
import type { TextBlock } from './types';

/** How plain text is cut into blocks. */
export type TextLayout = 'paragraphs' | 'lines';

/** Text read before `auto` settles on one block per line when no blank line has come. */
export const LAYOUT_LOOKAHEAD_CHARS = 1 << 20;

/** The characters `\s` matches (and `trim` removes). */
function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Turns "\r\n" and lone "\r" into "\n", across chunk edges. */
export function createNewlineNormalizer(): (chunk: string) => string {
  let afterCr = false;
  return (chunk) => {
    const s = afterCr && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    if (chunk !== '') afterCr = s.endsWith('\r');
    return s.replace(/\r\n?/g, '\n');
  };
}

/**
 * Decides a text's layout as it streams (newlines already normalized): `paragraphs` once a
 * blank line ("\n", spaces or tabs, "\n") has come with words before and after it; `lines`
 * if the text ends without one.
 */
export function createLayoutDetector(): {
  push(text: string): TextLayout | null;
  end(): TextLayout;
} {
  let words = false;
  let newline = false;
  let blank = false;
  let found = false;
  return {
    push(text) {
      for (let i = 0; i < text.length && !found; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
          if (newline && words) blank = true;
          newline = true;
        } else if (c === 32 || c === 9) {
          // a blank line may hold spaces and tabs
        } else if (isJsSpace(c)) {
          newline = false;
        } else {
          if (blank) found = true;
          words = true;
          newline = false;
        }
      }
      return found ? 'paragraphs' : null;
    },
    end: () => (found ? 'paragraphs' : 'lines'),
  };
}

/**
 * Splits plain text, given in chunks, into blocks. With `auto` the layout is decided as
 * `textToBlocks` decides it, holding the text until a blank line between words has come (then
 * `paragraphs`) or the text ends; after `lookahead` characters without one it settles on
 * `lines`, so a long stream is not held whole.
 */
export function createTextBlockStream(
  sink: BlockSink,
  layout: TextLayout | 'auto' = 'auto',
  lookahead = LAYOUT_LOOKAHEAD_CHARS,
): BlockStream {
  const block = createBlockAssembler(sink, false);
  const normalize = createNewlineNormalizer();
  const detector = createLayoutDetector();
  let chosen: TextLayout | null = layout === 'auto' ? null : layout;
  let held: string[] = [];
  let heldChars = 0;
  /** The last chunk ended in "\n" and spaces or tabs: maybe the start of a blank line. */
  let openLine = false;

  const split = (text: string, final: boolean) => {
    let parts: string[];
    if (chosen === 'lines') {
      parts = text.split('\n');
    } else {
      parts = (openLine ? `\n${text}` : text).split(/\n[ \t]*\n/);
      // A newline at the very end may begin a blank line that the next chunk completes.
      const last = parts.length - 1;
      const tail = final ? null : /\n[ \t]*$/.exec(parts[last] ?? '');
      openLine = tail !== null;
      if (tail) parts[last] = (parts[last] ?? '').slice(0, tail.index);
    }
    parts.forEach((part, i) => {
      if (i > 0) block.end();
      block.add(part);
    });
  };
  const choose = (which: TextLayout) => {
    chosen = which;
    const text = held.join('');
    held = [];
    split(text, false);
  };

  return {
    push(chunk) {
      const text = normalize(chunk);
      if (chosen) return split(text, false);
      held.push(text);
      heldChars += text.length;
      const found = detector.push(text);
      if (found) choose(found);
      else if (heldChars > lookahead) choose('lines');
    },
    end() {
      if (!chosen) choose(detector.end());
      split('', true);
      block.end();
    },
  };
}

/**
 * Splits plain text into blocks: paragraphs separated by blank lines (their hard-wrapped
 * lines rejoined), or one block per line when the text has no blank lines at all.
 */
export function textToBlocks(text: string): TextBlock[] {
  const { sink, blocks } = collectBlocks();
  const stream = createTextBlockStream(sink, 'auto', Infinity);
  stream.push(text);
  stream.end();
  return blocks;
}
