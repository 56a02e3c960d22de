/** Corpus retrieval for mentions: what the popover shows (`passages/for-mention`). */
import { bundledRetriever } from '../bundled-retriever';
import type { MentionSummary, ResponseOf } from '../messages';
import { mentionFraming } from '../mention-framing';
import { mentionQuery } from '../mention-query';

/**
 * The matters of a mention and the corpus passages for it (only of its topics), best first,
 * with how the page frames it.
 */
export function contextForMention(
  mention: MentionSummary,
  limit = 4,
): ResponseOf<'passages/for-mention'> {
  return {
    ...bundledRetriever().forMention(mentionQuery(mention), limit),
    framing: mentionFraming(mention),
  };
}
