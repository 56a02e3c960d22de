/**
 * Shared data types of the engine: the corpus, detected mentions and retrieval results.
 *
 * Browser-free: imported by the content script (detection only), the background, the
 * extension pages, the corpus build and the CLI.
 */

import type { Stance } from './stance/types';

/** The two topics the product detects. */
export type Topic = 'drones' | 'syria';

/** All topics, in display order. */
export const TOPICS: readonly Topic[] = ['drones', 'syria'];

/** How exact a date is. `relative` = a phrase like "this week", anchored to the article date. */
export type DatePrecision = 'day' | 'month' | 'year';

/** How a source's publication date is known. */
export type DateBasis = 'stated' | 'inferred';

/** One article of the bundled corpus, with hand-checked provenance. */
export interface Source {
  /** Stable id, e.g. `s000`. */
  id: string;
  /** The seed's file name under `data/seeds/`. */
  file: string;
  /** The article's headline. */
  title: string;
  /** The site the text appeared on. */
  outlet: string;
  /** Original attribution the text itself names (e.g. "Based on the materials of The Telegraph"), or null. */
  attribution: string | null;
  /** BCP-47 language of the text. */
  language: string;
  /** Publication date as ISO prefix: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, per `publishedPrecision`. */
  published: string;
  publishedPrecision: DatePrecision;
  /** `stated`: printed in the text; `inferred`: reasoned from events the text reports. */
  publishedBasis: DateBasis;
  /** One sentence on how the date is known (which line states it, or which events it is inferred from). */
  publishedNote: string;
  /** What a reader should know about the source's standpoint and quality; shown with every passage. */
  sourceNote: string;
  /** Hand-checked topics the article as a whole is about (passage topics are a subset). */
  topics?: Topic[];
}

/** A date expression found in a passage, normalized against its article's date. */
export interface DateMention {
  /** The expression as written, e.g. "July 19", "in August", "this week". */
  text: string;
  /** Offsets of `text` within the passage text. */
  start: number;
  end: number;
  /**
   * Normalized ISO prefix (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null when a relative
   * expression cannot be pinned down.
   */
  date: string | null;
  /** `relative`: "this week", "last month"...; `date` then holds the anchor period if known. */
  precision: DatePrecision | 'relative';
  /**
   * Set when the expression names a longer period than its precision suggests: `date` then
   * holds the period's first year ("the 19th century" → `1800`, "the early 2000s" → `2000`,
   * "summer of 2014" → `2014`).
   */
  span?: 'season' | 'decade' | 'century';
}

/** A paragraph-sized piece of a cleaned article. */
export interface Passage {
  /** Stable id, e.g. `s000-p03`. */
  id: string;
  sourceId: string;
  /** Position within its article (0-based), for showing neighbours. */
  index: number;
  /** Offsets within the cleaned article text. */
  start: number;
  end: number;
  text: string;
  /** The nearest sub-heading above the passage inside the article, if any (the article title is on the Source). */
  heading: string | null;
  topics: Topic[];
  /** Canonical names of the people, places, organisations and weapons the passage names. */
  entities: string[];
  dates: DateMention[];
  /**
   * The matters (`engine/matters/catalogue.ts`) the passage is about, most central first: set
   * by the same rules that classify a mention, or by hand (`data/matter-labels.json`).
   */
  matters: string[];
  /** Who set `matters`: the rules, or a person (with the reason in `data/matter-labels.json`). */
  mattersBy: 'rules' | 'hand';
  /**
   * How the source frames what the passage says about its topics (`engine/corpus/stance.ts`):
   * absent when the rules are unsure or a person said there is nothing to tell.
   */
  stance?: Stance;
  /** Who the source credits the claim or denial to, verbatim from the passage, or null. */
  speaker?: string | null;
  /** Who set `stance` and `speaker`: the rules, or a person (`data/stance-labels.json`). */
  stanceBy?: 'rules' | 'hand';
  /**
   * Set when the passage belongs to a separate piece republished inside the source (e.g. a
   * "Related" article below the main one): a label naming that piece, to show with the passage.
   */
  part?: string;
}

/** The built corpus, as `npm run -s corpus -- --json` prints it (plus the cleaned articles). */
export interface Corpus {
  sources: Source[];
  passages: Passage[];
  /** The cleaned articles the passages' offsets refer to (one per source, same order). */
  articles?: CleanedArticle[];
}

/** A seed article after boilerplate removal: headings and paragraphs joined with blank lines. */
export interface CleanedArticle {
  sourceId: string;
  text: string;
}

/** A block of page text: a paragraph, heading, list item or table cell. */
export interface TextBlock {
  text: string;
}

/** A detected mention of a topic inside one block. */
export interface Mention {
  /** Index of the block in the input array. */
  block: number;
  /** Offsets into that block's original text (UTF-16 code units): the span to highlight. */
  start: number;
  end: number;
  /** The highlighted text (`blockText.slice(start, end)`). */
  text: string;
  topics: Topic[];
  /** Canonical lexicon terms that triggered it, e.g. ["iran", "russia", "shahed-136"]. */
  terms: string[];
  /** Confidence in [0, 1]. */
  score: number;
  /**
   * How the text frames the matter (`engine/stance`), when a caller has asked: detection leaves
   * it out, so the probe's detector stages stay small. Absent when the rules are unsure.
   */
  stance?: Stance;
  /** Who the text credits the claim or the denial to, verbatim, or null (with `stance`). */
  speaker?: string | null;
}

/** A corpus passage returned for a mention or a search. */
export interface RetrievedPassage {
  passage: Passage;
  source: Source;
  /** Relevance in [0, 1], higher is better. */
  score: number;
  /** Words of the passage that matched the query, for marking in the quote. */
  matched: string[];
  /**
   * For a mention: `matter` when the passage is about one of the mention's matters (those ids
   * are in `matters`), `context` when it is only nearby context on the same topic.
   */
  match?: 'matter' | 'context';
  /** The mention's matters this passage is about, most specific first. */
  matters?: string[];
}

/** A matter recognised in a mention, and whether the corpus has anything on it. */
export interface MentionMatter {
  id: string;
  /** The reader's label of the matter. */
  label: string;
  /** The words of the page that told it, as written. */
  cues: string[];
  /** `context`: told by the text around a vague sentence, not the sentence itself. */
  from: 'sentence' | 'context';
  /** Whether any passage of the corpus is about it. */
  covered: boolean;
}

/** What a mention gets from the corpus. */
export interface MentionContext {
  /** The matters recognised in the mention, most specific first (may be empty). */
  matters: MentionMatter[];
  /** Passages on the mention's matters first, then context on its topic, best first. */
  passages: RetrievedPassage[];
}

/** What retrieval needs of a mention. */
export interface RetrievalQuery {
  /** The mention's sentence(s). */
  text: string;
  /** The text around it (its paragraph, the page's headline), for vague sentences. */
  context?: string;
  topics: Topic[];
  terms: string[];
}
