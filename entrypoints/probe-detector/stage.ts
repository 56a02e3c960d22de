/**
 * What every detector stage hands the probe: its reading of the frame, with the stage's
 * lexicons (`first-mention.ts`). The probe reads with it until the first mention and hands
 * the reading on to the page UI, which reads the rest of the page with the same reader: one
 * set of compiled lexicons per frame, and no block read twice.
 */
import { createDocumentReader, prepareLexicons } from '../../engine/detect-core';
import type { Lexicon } from '../../engine/lexicon/types';
import { firstMention, type FirstMention, type FirstMentionOptions } from './first-mention';

export type { FirstMention, FirstMentionOptions } from './first-mention';

export interface DetectorStage {
  /** Starts the probe's reading of this frame with the stage's lexicons. */
  firstMention(options: FirstMentionOptions): FirstMention;
}

/** The stage over its own lexicons. */
export function stageWith(lexicons: readonly Lexicon[]): DetectorStage {
  return {
    firstMention: (options) =>
      firstMention(
        (reader) => createDocumentReader({ ...reader, lexicons }),
        () => prepareLexicons(lexicons),
        options,
      ),
  };
}
