/** Corpus retrieval for mentions: what the popover shows (`passages/for-mention`). */
import type { MentionContext } from '../../engine/types';
import { bundledRetriever } from '../bundled-retriever';
import type { MentionSummary } from '../messages';
import { mentionQuery } from '../mention-query';

/** The matters of a mention and the corpus passages for it (only of its topics), best first. */
export function contextForMention(mention: MentionSummary, limit = 4): MentionContext {
  return bundledRetriever().forMention(mentionQuery(mention), limit);
}
