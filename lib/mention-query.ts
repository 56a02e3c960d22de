/**
 * The one mapping from a mention, as the page reports it, to a retrieval query: used by the
 * background (popover) and the side panel, so both show the same passages.
 */
import type { RetrievalQuery } from '../engine/types';
import type { MentionSummary } from './messages';

/** The query for a mention: its sentence(s), and the text around it for vague sentences. */
export function mentionQuery(
  m: Pick<MentionSummary, 'text' | 'context' | 'around' | 'topics' | 'terms'>,
): RetrievalQuery {
  return { text: m.context || m.text, context: m.around ?? '', topics: m.topics, terms: m.terms };
}
