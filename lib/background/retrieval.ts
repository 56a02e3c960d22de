/**
 * Corpus retrieval for mentions. The retriever (and its fuse.js index) is built on first use,
 * so a background woken only for badge updates does not pay for it.
 */
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever, type Retriever } from '../../engine/retrieve';
import type { RetrievedPassage } from '../../engine/types';
import type { MentionSummary } from '../messages';

let retriever: Retriever | null = null;

/** The best corpus passages for a mention (only of its topics), best first. */
export function passagesForMention(mention: MentionSummary, limit = 4): RetrievedPassage[] {
  retriever ??= createRetriever(corpus, fuseIndexJson);
  return retriever.forMention(
    { text: mention.context || mention.text, topics: mention.topics, terms: mention.terms },
    limit,
  );
}
