/**
 * The retriever: which corpus passages give context for a mention (popover, side panel) or a
 * free-text search.
 *
 * How a passage is scored against a query (a mention's sentence, or search words):
 * 1. The query is reduced to its salient parts (`query.ts`): canonical entities and
 *    content-word stems (stopwords dropped, at most 32, rarest first).
 * 2. Candidates come from an inverted index (`passage-index.ts`), restricted to the mention's
 *    topics; the best by weighted overlap go on, and fuse.js re-reads the best of those
 *    (`rank.ts`, `fuse-match.ts`).
 * 3. Score in [0, 1] = 0.85 × the share of the query's weight the passage covers + 0.15 × the
 *    fuse match quality; higher is better.
 * A mention gets passages of its own topics only. Its matters (`mention-matters.ts`) come
 * first: passages about them score in [0.5, 1] by how central the shared matter is to each
 * side (0.35) and the score above (0.15), and are marked `match: 'matter'`; every other
 * passage is context, marked `match: 'context'`: first those on a matter near the mention's
 * (`Matter.near`, in [0.4, 0.5)), then the rest, in [0, 0.4). The next slot goes to another
 * outlet on the same matter where there is one. When nothing matches, the topic's passages
 * that share most entities with it still come (low scores), so a popover is never empty while
 * the topic has passages.
 */
import type { Corpus, MentionContext, RetrievalQuery, RetrievedPassage, Topic } from '../types';
import { TOPICS } from '../types';
import { createFuseMatcher } from './fuse-match';
import { createMatchedWords } from './matched-words';
import { mentionMatters } from './mention-matters';
import { indexPassages, type Prepared } from './passage-index';
import { analyzeQuery, type AnalyzedQuery } from './query';
import { createRanker, diversify, type Scored } from './rank';

export interface Retriever {
  /**
   * What the corpus has for a mention: the matters recognised in it, and passages of the
   * mention's topics only (never the other topic), those on its matters first, then context.
   */
  forMention(query: RetrievalQuery, limit?: number): MentionContext;
  /** Free-text search over the whole corpus (side panel search box, context menu). */
  search(text: string, limit?: number): RetrievedPassage[];
}

const DEFAULT_MENTION_LIMIT = 5;
/** Extra ranked passages the outlet diversity may draw from. */
const DIVERSITY_POOL = 6;
const DEFAULT_SEARCH_LIMIT = 10;

function validTopics(topics: unknown): Topic[] {
  return Array.isArray(topics) ? TOPICS.filter((t) => topics.includes(t)) : [];
}

function clampLimit(limit: unknown, fallback: number): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : fallback;
  return Math.max(0, Math.min(n, 100));
}

/**
 * Creates a retriever over `corpus`. Pass the serialized fuse index (`data/generated/
 * fuse-index.json`) to skip building it; without it (or if it does not match the corpus) the
 * index is built here.
 */
export function createRetriever(corpus: Corpus, fuseIndexJson?: unknown): Retriever {
  const index = indexPassages(corpus);
  const { prepared } = index;
  const fuse = createFuseMatcher(
    prepared.map((p) => p.passage),
    fuseIndexJson,
  );
  const { rank } = createRanker(index, fuse);
  const matchedWords = createMatchedWords();

  function toResult(s: Scored, q: AnalyzedQuery): RetrievedPassage {
    return {
      passage: s.p.passage,
      source: s.p.source,
      score: Math.round(s.score * 1000) / 1000,
      matched: matchedWords(s.p.passage, q, s.fuse > 0),
    };
  }

  /** A mention's result: on a matter, or context, with the shared matters. */
  function mentionResult(s: Scored, q: AnalyzedQuery): RetrievedPassage {
    const shared = s.shared ?? [];
    return {
      ...toResult(s, q),
      match: shared.length > 0 ? 'matter' : 'context',
      matters: shared,
    };
  }

  return {
    forMention(query, limit) {
      const max = clampLimit(limit, DEFAULT_MENTION_LIMIT);
      const topics = validTopics(query?.topics);
      if (max === 0 || topics.length === 0) return { matters: [], passages: [] };
      const inTopic = (p: Prepared) => topics.some((t) => p.topics.has(t));
      const q = analyzeQuery(index, query.text, query.terms);
      const { matters, ranker } = mentionMatters(index, query, topics, inTopic);
      const ranked = diversify(rank(q, inTopic, max + DIVERSITY_POOL, ranker), max);
      if (ranked.length > 0) {
        return { matters, passages: ranked.map((s) => mentionResult(s, q)) };
      }
      // Nothing matched: the topic's passages sharing most entities with the query, then in
      // corpus order, with low scores that say so.
      const names = new Set(q.entities.map((e) => e.name));
      const passages = prepared
        .filter(inTopic)
        .map((p) => {
          const shared = [...p.entities].filter((e) => names.has(e)).length;
          return { p, entity: shared, stem: 0, fuse: 0, score: 0.05 * Math.min(1, shared / 3) };
        })
        .sort((a, b) => b.entity - a.entity || a.p.order - b.p.order)
        .slice(0, max)
        .map((s) => mentionResult(s, q));
      return { matters, passages };
    },
    search(text, limit) {
      const max = clampLimit(limit, DEFAULT_SEARCH_LIMIT);
      if (max === 0 || typeof text !== 'string' || text.trim() === '') return [];
      const q = analyzeQuery(index, text);
      return rank(q, () => true, max).map((s) => toResult(s, q));
    },
  };
}
