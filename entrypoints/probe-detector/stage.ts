/**
 * What every detector stage hands the probe: its reading of the frame, with the stage's
 * lexicons (`first-mention.ts`). The probe reads with it until the first mention and hands
 * the reading on to the page UI, which reads the rest of the page with the same reader: one
 * set of compiled lexicons per frame, and no block read twice.
 */
import { createDocumentReader, prepareContextGate } from '../../engine/detect-core';
import type { Matcher } from '../../engine/lexicon/compile';
import {
  matcherFromData,
  matcherFromDataSteps,
  type MatcherData,
} from '../../engine/lexicon/matcher-data';
import { firstMention, type FirstMention, type FirstMentionOptions } from './first-mention';

export type { FirstMention, FirstMentionOptions } from './first-mention';

export interface DetectorStage {
  /** Starts the probe's reading of this frame with the stage's lexicons. */
  firstMention(options: FirstMentionOptions): FirstMention;
}

/**
 * The stage over its own lexicons, compiled at build time (`engine/lexicon/stage-matchers.ts`):
 * the tables are read once, in steps, before the first block that needs them.
 */
export function stageWith(data: MatcherData): DetectorStage {
  let matcher: Matcher | undefined;
  const tables = () => (matcher ??= matcherFromData(data));
  return {
    firstMention: (options) =>
      firstMention(
        (reader) => createDocumentReader({ ...reader, lexicons: tables() }),
        function* () {
          // In steps, so that no task of the probe reads all the tables, or makes the context
          // gate (`engine/context-gate.ts`), at once.
          matcher ??= yield* matcherFromDataSteps(data);
          yield* prepareContextGate(matcher);
        },
        options,
      ),
  };
}
