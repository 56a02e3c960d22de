/**
 * Assembles a block's text from the raw pieces a streaming reader hands over, with the result
 * the whole raw block would give at once: whitespace runs collapsed to one space, the block
 * trimmed, and (for HTML) no space left before , . ; : ! ?
 */

/** Receives a document's blocks as they are read: each block's text in pieces, then its end. */
export interface BlockSink {
  text(piece: string): void;
  end(): void;
}

/** A reader that takes a document in chunks of any size and hands its blocks to a sink. */
export interface BlockStream {
  push(chunk: string): void;
  /** The input is over: hands on the last block. */
  end(): void;
}

/** Pieces of one block at a time; `end` closes the block (an empty block is not reported). */
export interface BlockAssembler {
  add(raw: string): void;
  end(): void;
}

const PUNCT = /^[,.;:!?]/;

export function createBlockAssembler(sink: BlockSink, tightPunctuation: boolean): BlockAssembler {
  let started = false;
  let space = false;
  return {
    add(raw) {
      if (raw === '') return;
      const collapsed = raw.replace(/\s+/g, ' ');
      let body = collapsed.trim();
      if (body === '') {
        if (started) space = true;
        return;
      }
      if (tightPunctuation) body = body.replace(/ ([,.;:!?])/g, '$1');
      const gap =
        started && (space || collapsed.startsWith(' ')) && !(tightPunctuation && PUNCT.test(body));
      sink.text(gap ? ` ${body}` : body);
      started = true;
      space = collapsed.endsWith(' ');
    },
    end() {
      if (started) sink.end();
      started = false;
      space = false;
    },
  };
}

/** Collects the blocks a stream hands on, for callers that have the whole text. */
export function collectBlocks(): { sink: BlockSink; blocks: Array<{ text: string }> } {
  const blocks: Array<{ text: string }> = [];
  let text = '';
  return {
    blocks,
    sink: {
      text(piece) {
        text += piece;
      },
      end() {
        blocks.push({ text });
        text = '';
      },
    },
  };
}
