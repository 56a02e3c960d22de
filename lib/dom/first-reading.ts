/**
 * What the probe hands the page UI when it loads it: the reader it found the first mention
 * with, and the blocks it read on the way. Passed as a call argument inside the extension's
 * isolated world (never through the page's DOM or window), so each block is detected once: the
 * page UI takes a block's mentions from here when the block still has the same text and is
 * reached in the same context, and reads every other block itself.
 */
import type { DocumentReader, ReaderState } from '../../engine/detect-core';
import type { Mention } from '../../engine/types';

/** One block the probe read. */
export interface BlockReading {
  /** The block's text as read (`walkBlocks`). */
  text: string;
  /** The reader's state before the block and after it. */
  before: ReaderState;
  after: ReaderState;
  /** Its mentions, offsets into `text`. */
  mentions: readonly Mention[];
}

export interface FirstReading {
  /**
   * A reader of this frame's document with the probe's detector stage (its lexicons and the
   * vocabulary gate): from `state`, or else from the page title as headline.
   */
  reader(state?: ReaderState): DocumentReader;
  /** The blocks the probe read, by block container. */
  blocks: Map<Node, BlockReading>;
}

/** The page UI's entry (its module's default export): starts it, reading on from `reading`. */
export type StartPageUi = (reading: FirstReading) => void;
