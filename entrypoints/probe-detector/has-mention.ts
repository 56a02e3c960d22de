/** What every detector stage hands the probe: whether some text blocks hold a mention. */
import { detectMentions } from '../../engine/detect-core';
import type { Lexicon } from '../../engine/lexicon/types';

/** Whether any of these text blocks holds a topic mention. */
export type HasMention = (blocks: readonly string[]) => boolean;

/** The stage's function over its own lexicons. */
export function hasMentionWith(lexicons: readonly Lexicon[]): HasMention {
  return (blocks) =>
    detectMentions(
      blocks.map((text) => ({ text })),
      { lexicons },
    ).length > 0;
}
