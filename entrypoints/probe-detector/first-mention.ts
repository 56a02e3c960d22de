/**
 * Reads a frame's blocks as the page UI will (`walkBlocks`, one document reader from the page
 * title on) until a block holds a mention, and records every block it read, so that the page
 * UI, handed the record, reads none of them again (`lib/dom/first-reading.ts`).
 *
 * While no context is in force (the title and the blocks before established nothing), a block
 * the vocabulary gate rejects holds no mention and establishes nothing: it is passed over
 * without a reader, as the reader itself would pass it.
 */
import type {
  DocumentReader,
  ReaderOptions,
  ReaderState,
  TextGate,
} from '../../engine/detect-core';
import { readInWindows, WINDOW_CHARS } from '../../engine/text/windows';
import type { BlockReading, FirstReading } from '../../lib/dom/first-reading';
import { runWithin, type TimeSlice } from '../../lib/dom/slices';
import { walkBlocks } from '../../lib/dom/text-blocks';

export interface FirstMentionOptions {
  /** The probe's vocabulary gate. */
  gate: TextGate;
  /** The probe's time slices, shared with its other work. */
  slice: TimeSlice;
  /** Called for each open shadow root the walk meets (the probe reads them later). */
  onShadowRoot(shadow: ShadowRoot): void;
}

export interface FirstMention {
  /**
   * Reads the blocks under `container` (a block container) in order, with a fresh reader,
   * until one holds a mention: true then.
   */
  readUntilMention(container: Node): Promise<boolean>;
  /** What was read so far, and the reader to read on with, for the page UI. */
  reading(): FirstReading;
}

/** The probe's reading over a stage's reader (`createReader`: the stage's lexicons bound). */
export function firstMention(
  createReader: (options: Omit<ReaderOptions, 'lexicons'>) => DocumentReader,
  /** Readies the stage's lexicons in steps, for `createReader` (its tables, read once). */
  prepare: () => Iterator<unknown, void>,
  options: FirstMentionOptions,
): FirstMention {
  const { gate, slice } = options;
  const blocks = new Map<Node, BlockReading>();
  const newReader = (state?: ReaderState) =>
    createReader(state ? { state, gate } : { headline: document.title, gate });

  return {
    async readUntilMention(container) {
      // Made for the first block that needs reading: a page the gate passes may hold no block
      // that needs it, and readying the lexicons is done in the loop's slices.
      let reader: DocumentReader | undefined;
      const titleQuiet = !gate.test(document.title);
      for (const block of walkBlocks(container, { onShadowRoot: options.onShadowRoot })) {
        if (block === null) {
          if (slice.due()) await slice.pause();
          continue;
        }
        // A long block is gated window by window, by the reader.
        const quiet = reader ? reader.quiet() : titleQuiet;
        if (quiet && block.text.length <= WINDOW_CHARS && !gate.test(block.text)) continue;
        if (!reader) {
          await runWithin(prepare(), slice);
          reader = newReader();
          if (slice.due()) await slice.pause();
        }
        const before = reader.state();
        const mentions = await runWithin(readInWindows(reader, block.text), slice);
        blocks.set(block.container, { text: block.text, before, after: reader.state(), mentions });
        if (mentions.length) return true;
        if (slice.due()) await slice.pause();
      }
      return false;
    },
    reading: () => ({ reader: newReader, blocks }),
  };
}
