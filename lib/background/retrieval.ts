/**
 * Corpus retrieval for mentions. The retriever (and its fuse.js index) is built on first use,
 * so a background woken only for badge updates does not pay for it.
 */
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever, type Retriever } from '../../engine/retrieve';
import type { MentionContext } from '../../engine/types';
import type { MentionSummary } from '../messages';
import { mentionQuery } from '../mention-query';

let retriever: Retriever | null = null;

/** The matters of a mention and the corpus passages for it (only of its topics), best first. */
export function contextForMention(mention: MentionSummary, limit = 4): MentionContext {
  retriever ??= createRetriever(corpus, fuseIndexJson);
  return retriever.forMention(mentionQuery(mention), limit);
}
