/**
 * The streaming block readers (`engine/block-text.ts`: a document in chunks of any size, its
 * blocks handed on in pieces): the HTML and plain text readers, and the windows of a long
 * block, give what the whole input read at once gives, however the input is cut.
 */
import { describe, expect, it } from 'vitest';
import { collectBlocks, type BlockSink, type BlockStream } from '../../engine/block-text';
import { createHtmlBlockStream, htmlToBlocks } from '../../engine/html-text';
import { createTextBlockStream, textToBlocks } from '../../engine/plain-text';
import { createWindower, windowsOf, WINDOW_CHARS } from '../../engine/text/windows';
import { createRng, type Rng } from '../../scripts/lib/rng';

/** Feeds `text` to a stream in chunks of random length (1 to `max` characters). */
function fedInChunks(make: (sink: BlockSink) => BlockStream, text: string, rng: Rng, max: number) {
  const { sink, blocks } = collectBlocks();
  const stream = make(sink);
  for (let i = 0; i < text.length;) {
    const n = 1 + rng.int(max);
    stream.push(text.slice(i, i + n));
    i += n;
  }
  stream.end();
  return blocks;
}

const randomDoc = (rng: Rng, pieces: readonly string[], count: number) =>
  Array.from({ length: count }, () => rng.pick(pieces)).join('');

const HTML_PIECES = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<div class="a>b">',
  '<br/>',
  '<script>',
  '</script>',
  '</SCRIPT >',
  '<!--',
  '-->',
  '<!doctype html>',
  '<?x?>',
  '<',
  '>',
  '&amp;',
  '&amp',
  '&#x41;',
  '&#65',
  '&bogus;',
  '&',
  ' ',
  '\n',
  '\u00a0',
  'Iran',
  ' , ',
  '.',
  '"',
  '=',
  '="q>"',
  "<a href='x>y'>",
  '<title>',
  '</title>',
  '<td>',
  '&nbsp;',
  '<style/>',
  'x'.repeat(70),
  `<${'a'.repeat(70)}`,
];
const TEXT_PIECES = ['word', ' ', '\t', '\n', '\n\n', '\n \n', '\r', '\r\n', '\u00a0', '\v', '.'];

describe('the HTML block stream', () => {
  it('gives the blocks of the whole document however the input is cut', () => {
    const rng = createRng(3);
    for (let round = 0; round < 2000; round++) {
      const html = randomDoc(rng, HTML_PIECES, rng.int(60));
      expect(fedInChunks(createHtmlBlockStream, html, rng, rng.next() < 0.5 ? 4 : 200)).toEqual(
        htmlToBlocks(html),
      );
    }
  });

  it('hands a huge block on in pieces, references and spacing intact', () => {
    const unit = 'Tehran&rsquo;s drones , &amp; more&nbsp;text ';
    const html = `<p>${unit.repeat(10_000)}</p><p>Next</p>`;
    const pieces: string[] = [];
    const ends: number[] = [];
    const stream = createHtmlBlockStream({
      text: (piece) => pieces.push(piece),
      end: () => ends.push(pieces.length),
    });
    for (let i = 0; i < html.length; i += 4096) stream.push(html.slice(i, i + 4096));
    stream.end();
    expect(ends).toHaveLength(2);
    expect(ends[0]).toBeGreaterThan(5); // the first block came in several pieces
    const first = pieces.slice(0, ends[0]).join('');
    expect(first).toBe(htmlToBlocks(`<p>${unit.repeat(10_000)}</p>`)[0]?.text);
    expect(first.startsWith('Tehran’s drones, & more text Tehran’s')).toBe(true);
  });
});

describe('the plain text block stream', () => {
  it('gives the blocks of the whole text however the input is cut', () => {
    const rng = createRng(5);
    for (let round = 0; round < 2000; round++) {
      const text = randomDoc(rng, TEXT_PIECES, rng.int(40));
      const chunked = fedInChunks(
        (sink) => createTextBlockStream(sink, 'auto', Infinity),
        text,
        rng,
        rng.next() < 0.5 ? 3 : 50,
      );
      expect(chunked).toEqual(textToBlocks(text));
    }
  });

  it('finds a blank line split across chunks, "\\r\\n" included', () => {
    const blocks = (chunks: string[]) => {
      const { sink, blocks: out } = collectBlocks();
      const stream = createTextBlockStream(sink, 'paragraphs');
      chunks.forEach((c) => stream.push(c));
      stream.end();
      return out.map((b) => b.text);
    };
    expect(blocks(['One\r', '\n', '\r', '\nTwo'])).toEqual(['One', 'Two']);
    expect(blocks(['One\n \t', '\nTwo\n', 'wrapped'])).toEqual(['One', 'Two wrapped']);
  });

  it('settles on one block per line when no blank line comes within the look-ahead', () => {
    const { sink, blocks } = collectBlocks();
    const stream = createTextBlockStream(sink, 'auto', 100);
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i} of the feed`);
    for (const line of lines) stream.push(`${line}\n`);
    stream.push('\nA late paragraph\nwrapped');
    // Blocks come out before the end: the stream did not hold the whole text.
    expect(blocks.length).toBeGreaterThan(10);
    stream.end();
    expect(blocks.map((b) => b.text)).toEqual([...lines, 'A late paragraph', 'wrapped']);
  });
});

describe('windows of a block that arrives in pieces', () => {
  it('are the windows of the whole block', () => {
    const rng = createRng(9);
    const words = ['Iran', 'supplied', 'drones.', 'Russia', 'x'.repeat(30), '\n', 'and'];
    const text = Array.from({ length: 12_000 }, () => rng.pick(words)).join(' ');
    expect(text.length).toBeGreaterThan(3 * WINDOW_CHARS);
    const windower = createWindower();
    const got = [];
    for (let i = 0; i < text.length;) {
      const n = 1 + rng.int(9000);
      got.push(...windower.push(text.slice(i, i + n)));
      i += n;
    }
    got.push(...windower.end());
    expect(got).toEqual(windowsOf(text));
  });
});
