/**
 * What every detector stage hands the probe: its reading of the frame, with the stage's
 * lexicons (`first-mention.ts`). The probe reads with it until the first mention and hands
 * the reading on to the page UI, which reads the rest of the page with the same reader: one
 * set of compiled lexicons per frame, and no block read twice.
 */
import { createDocumentReader } from '../../engine/detect-core';
import type { Matcher } from '../../engine/lexicon/compile';
import { matcherFromData, type MatcherData } from '../../engine/lexicon/matcher-data';
import { firstMention, type FirstMention, type FirstMentionOptions } from './first-mention';

export type { FirstMention, FirstMentionOptions } from './first-mention';

export interface DetectorStage {
  /** Starts the probe's reading of this frame with the stage's lexicons. */
  firstMention(options: FirstMentionOptions): FirstMention;
}

/**
 * The stage over its own lexicons, compiled at build time (`engine/lexicon/stage-matchers.ts`):
 * the tables are read once, before the first block that needs them.
 */
export function stageWith(data: MatcherData): DetectorStage {
  let matcher: Matcher | undefined;
  const tables = () => (matcher ??= matcherFromData(data));
  return {
    firstMention: (options) =>
      firstMention(
        (reader) => createDocumentReader({ ...reader, lexicons: tables() }),
        function* () {
          // A step of its own: a spent slice pauses before the tables are read.
          yield;
          tables();
        },
        options,
      ),
  };
}
